"""Layout pieces shared by the launch, task size, storage and monitoring pages
(their form rows come from :mod:`wizard.ui.widgets.form_rows`).

Pages that can grow put their sections in a scroll area so they stay usable at
1280x860 with the sizing dock beside them; the review page's jumps then have
to scroll the focused field into view, which :func:`focus_in_scroll` does.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.base import DraftPage
from wizard.ui.widgets.form_rows import FormRows


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


def section(title: str, parent: QWidget) -> tuple[QGroupBox, FormRows]:
    """A titled group with a form (see :class:`FormRows`)."""
    box = QGroupBox(title, parent)
    return box, FormRows(box)


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
