"""Key/value editors: task tags (a list of {key, value}) and string maps
(Docker volume driver options and labels, stored as a JSON object).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QPushButton, QTableWidgetItem, QWidget

from wizard.ui.draft.controller import REMOVE, DraftController
from wizard.ui.widgets.field_row import PointerSource, resolve
from wizard.ui.widgets.rows_editor import Column, RowsEditor
from wizard.ui.widgets.table_layout import button_row, key_value_table, stack_with_buttons

# Tags per resource (the API reference: at most 50 tags).
MAX_TAGS = 50


class TagsTable(RowsEditor):
    """The task definition's tags at ``/tags``; findings show at each key and value."""

    def __init__(self, controller: DraftController, parent: QWidget | None = None) -> None:
        columns = [
            Column(
                "key",
                self.tr("Key"),
                placeholder=self.tr("e.g. team"),
                help=self.tr(
                    "1 to 128 characters: letters, digits, spaces and + - = . _ : / @. "
                    "Keys starting with aws: are reserved for AWS."
                ),
                keep_empty=True,
            ),
            Column(
                "value",
                self.tr("Value"),
                placeholder=self.tr("optional, e.g. payments"),
                help=self.tr("Up to 256 characters; may be empty."),
                keep_empty=True,
                stretch=2,
            ),
        ]
        super().__init__(
            controller,
            "/tags",
            columns,
            lambda: {"key": "", "value": ""},
            noun=self.tr("tag"),
            add_text=self.tr("Add tag"),
            empty_text=self.tr("No tags."),
            max_rows=MAX_TAGS,
            parent=parent,
        )


class MapTable(QWidget):
    """A string map (JSON object) edited as rows of key and value.

    The rows live in the table; every edit writes the whole map, so a row whose
    key is still empty stays on screen without reaching the draft, and renaming
    a key does not reorder the rows.
    """

    def __init__(
        self,
        controller: DraftController,
        ptr: PointerSource,
        key_header: str,
        value_header: str,
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._ptr = ptr
        self.table = key_value_table(self, accessible_name, key_header, value_header)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(130)
        self.table.itemChanged.connect(self._edited)
        add = QPushButton(self.tr("Add"), self)
        add.setAccessibleName(self.tr("Add entry to {name}").format(name=accessible_name))
        add.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(
            self.tr("Remove selected entry from {name}").format(name=accessible_name)
        )
        self.remove_button.clicked.connect(self.remove_selected)
        stack_with_buttons(self, self.table, button_row(add, self.remove_button))
        controller.watch(self, ptr, on_document=self.sync)
        self.sync()

    @property
    def pointer(self) -> str:
        return resolve(self._ptr)

    def shown(self) -> dict[str, str]:
        result: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            key, value = self.table.item(row, 0), self.table.item(row, 1)
            if key is not None and key.text():
                result[key.text()] = value.text() if value is not None else ""
        return result

    def stored(self) -> dict[str, Any]:
        value = self.controller.get(self.pointer)
        return value if isinstance(value, dict) else {}

    @Slot()
    def add_row(self) -> None:
        self._append("", "")
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        item = self.table.item(self.table.rowCount() - 1, 0)
        if item is not None:
            self.table.editItem(item)

    @Slot()
    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._edited()

    def set_entry(self, row: int, key: str, value: str) -> None:
        """Type into a row as a user does (used by tests and add_row)."""
        while self.table.rowCount() <= row:
            self._append("", "")
        key_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
        if key_item is not None and value_item is not None:
            key_item.setText(key)
            value_item.setText(value)

    def _append(self, key: str, value: str) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(key))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        self.table.blockSignals(False)

    @Slot()
    def _edited(self, _item: QTableWidgetItem | None = None) -> None:
        shown = self.shown()
        if shown != self.stored():
            self.controller.set(self.pointer, shown if shown else REMOVE)

    @Slot(str)
    def sync(self, _changed: str = "") -> None:
        stored = self.stored()
        if {k: str(v) for k, v in stored.items()} == self.shown():
            return
        self.table.setRowCount(0)
        for key, value in stored.items():
            self._append(str(key), "" if value is None else str(value))
