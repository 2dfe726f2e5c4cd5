"""Building blocks shared by the table editors (see
:mod:`wizard.ui.widgets.table_editor`) and other editors with a row of buttons
under them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
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
    # A column too narrow for its title shows "Container …" (left-aligned like the
    # cells), never a title clipped on both sides; the header's tooltip has it whole.
    head = table.horizontalHeader()
    head.setTextElideMode(Qt.TextElideMode.ElideRight)
    head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    # Every cell table edits the same way: typing into a selected cell, F2, a
    # double click, or a click on the selected cell starts editing.
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
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
