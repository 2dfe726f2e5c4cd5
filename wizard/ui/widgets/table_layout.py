"""Building blocks shared by the editable tables (ListTable, KeyValueTable,
MapTable) and other editors with a row of buttons under them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.draft.controller import DraftController
from wizard.ui.draft.watchers import is_related
from wizard.ui.widgets.field_row import PointerSource, resolve

# Rows shown before the table scrolls instead of growing.
MAX_VISIBLE_ROWS = 6


def row_table(parent: QWidget, columns: int, name: str) -> QTableWidget:
    """An empty table selecting whole rows, without row numbers."""
    table = QTableWidget(0, columns, parent)
    table.setAccessibleName(name)
    # How to use it, for screen readers (editors with a hint put theirs first).
    table.setAccessibleDescription(
        QCoreApplication.translate(
            "EditableTable",
            "Select a cell and type, or double-click it, to edit; the buttons below the "
            "table add and remove rows.",
        )
    )
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table


def key_value_table(parent: QWidget, name: str, key_title: str, value_title: str) -> QTableWidget:
    """A :func:`row_table` of two stretched columns, key and value."""
    table = row_table(parent, 2, name)
    for column, title in enumerate((key_title, value_title)):
        item = QTableWidgetItem(title)
        item.setToolTip(title)  # the whole title when the column elides it
        table.setHorizontalHeaderItem(column, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def fit_height(table: QTableWidget, rows: int) -> None:
    """Make the table as tall as ``rows`` rows (at least one, at most MAX_VISIBLE_ROWS)."""
    shown = min(max(rows, 1), MAX_VISIBLE_ROWS)
    row_height = table.verticalHeader().defaultSectionSize()
    height = table.horizontalHeader().sizeHint().height() + shown * row_height
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


def named_button(parent: QWidget, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    """A button whose accessible name says which editor it belongs to: "name: text"."""
    button = QPushButton(text, parent)
    button.setAccessibleName(f"{name}: {text}")
    button.clicked.connect(slot)
    return button


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """The buttons side by side, left-aligned."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def stack_with_buttons(
    owner: QWidget,
    editor: QWidget,
    buttons: QHBoxLayout,
    *below: QWidget,
    spacing: int | None = None,
) -> QVBoxLayout:
    """``owner``'s layout, without margins: the editor, its buttons, then ``below``."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    if spacing is not None:
        layout.setSpacing(spacing)
    layout.addWidget(editor)
    layout.addLayout(buttons)
    for widget in below:
        layout.addWidget(widget)
    return layout


class BoundTable(QWidget):
    """A table editor bound to the draft value at a pointer (fixed, or asked for
    on each use). Subclasses build ``self.table``, call ``_watch`` and implement
    ``reload`` (and ``refresh_findings``); ``_loading`` is set while they fill cells and
    ``_storing`` counts their own writes, so those do not reload the table."""

    def __init__(
        self, controller: DraftController, ptr: PointerSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._ptr = ptr
        self._loading = False
        self._storing = 0

    @property
    def pointer(self) -> str:
        return resolve(self._ptr)

    def reload(self) -> None:
        raise NotImplementedError

    def refresh_findings(self) -> None:
        raise NotImplementedError

    def _watch(self) -> None:
        """Reload after outside changes of the value, and show the findings again
        when those at or under it changed."""
        self.controller.watch(
            self,
            self._ptr,
            on_document=self._document_changed,
            on_findings=self.refresh_findings,
        )

    def _document_changed(self, changed: str) -> None:
        if not self._storing and is_related(changed, self.pointer):
            self.reload()
