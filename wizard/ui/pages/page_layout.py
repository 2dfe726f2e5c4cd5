"""Layout pieces shared by the launch, task size, storage and monitoring pages.

Pages that can grow put their sections in a scroll area so they stay usable at
1280x860 with the sizing dock beside them; the review page's jumps then have
to scroll the focused field into view, which :func:`focus_in_scroll` does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.base import DraftPage
from wizard.ui.widgets.field_row import set_severity  # noqa: F401 - re-exported for the pages

# One label column width for every section, so the fields line up down the page.
LABEL_WIDTH = 190


def is_fargate(controller: DraftController) -> bool:
    """FARGATE among the launch types the rules check."""
    return controller.applicable_launch_types.fargate


def scroll_body(page: QWidget, intro: QLabel) -> tuple[QScrollArea, QVBoxLayout]:
    """Intro on top, then a scrolling column; returns the area and the column's layout."""
    outer = QVBoxLayout(page)
    outer.addWidget(intro)
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setObjectName("pageScroll")
    body = QWidget(area)
    body.setObjectName("pageBody")
    area.setWidget(body)
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 8, 0)
    outer.addWidget(area, 1)
    return area, column


def form_layout(widget: QWidget, *, nested: bool = False) -> QFormLayout:
    """A form whose fields grow with the page and whose labels sit at the top
    of tall fields (row editors, fields with hints below)."""
    form = QFormLayout(widget)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if nested:
        form.setContentsMargins(0, 0, 0, 0)
    return form


def section(title: str, parent: QWidget) -> tuple[QGroupBox, QFormLayout]:
    """A titled group with a form layout."""
    box = QGroupBox(title, parent)
    return box, form_layout(box)


def hint(text: str, parent: QWidget) -> QLabel:
    """Secondary explanatory text under or beside a field."""
    label = QLabel(text, parent)
    label.setObjectName("fieldHint")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def notice(parent: QWidget, severity: str = "warning") -> QLabel:
    """A message label coloured like a field message (styled by app.qss)."""
    label = QLabel(parent)
    label.setObjectName("fieldMessage")
    label.setWordWrap(True)
    label.setProperty("severity", severity)
    label.hide()
    return label


def add_field(
    form: QFormLayout, text: str, field: QWidget, buddy: QWidget, *below: QWidget
) -> QLabel:
    """A form row whose label is the editor's buddy (mnemonics, screen readers).

    Hints go ``below`` the field inside the same cell: as rows of their own with
    an empty label, QFormLayout gives wrapped labels several times the height
    they need.
    """
    label = QLabel(text, field.parentWidget())
    label.setBuddy(buddy)
    label.setMinimumWidth(LABEL_WIDTH)
    if below:
        cell = QWidget(field.parentWidget())
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for widget in (field, *below):
            column.addWidget(widget)
        field = cell
    form.addRow(label, field)
    return label


def focus_in_scroll(area: QScrollArea, widget: QWidget | None) -> None:
    """Scroll ``widget`` (just focused by the review page) into view."""
    content = area.widget()
    if widget is not None and content is not None and content.isAncestorOf(widget):
        area.ensureWidgetVisible(widget)


class ScrollingPage(DraftPage):
    """A draft page whose sections scroll under its intro (see :func:`scroll_body`);
    focusing a field for the review page's jumps scrolls it into view."""

    def scroll_column(self, title: str, intro: str) -> QVBoxLayout:
        """Set the title, put the intro on top; returns the scrolling column's layout."""
        self.setTitle(title)
        self._area, column = scroll_body(self, self.intro(intro))
        return column

    def focus_field(self, ptr: str) -> bool:
        """Focus the field for ``ptr``; True if found. Pages with editors of their
        own (a list of volumes, say) extend this."""
        return super().focus_pointer(ptr)

    def focus_pointer(self, ptr: str) -> bool:
        found = self.focus_field(ptr)
        focus_in_scroll(self._area, self.focusWidget())
        return found
