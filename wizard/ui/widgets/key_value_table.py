"""An editable key / value table bound to a string map in the draft.

For maps such as ``dockerLabels``, ``logConfiguration.options`` and a Docker
volume's ``driverOpts`` and ``labels``. Every edit
writes the whole map (rows in order; a row with neither key nor value is only a
row being typed and is not stored). ``hidden_keys`` are members edited by
dedicated fields elsewhere (e.g. ``awslogs-group``): they are not listed here
and are always kept when the map is written.

Two rows with the same key cannot both live in a map: the row further down
wins and the earlier one is marked, so the user sees why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Unpack

from PySide6.QtWidgets import QTableWidgetItem

from wizard.domain.findings import Finding, Severity
from wizard.ui.draft.controller import REMOVE, DraftController
from wizard.ui.widgets.field_row import PointerSource
from wizard.ui.widgets.table_columns import VALUE_ROLE
from wizard.ui.widgets.table_editor import CellTable, TableOptions
from wizard.ui.widgets.table_findings import (
    escape_key,
    mark_item,
)
from wizard.ui.widgets.table_layout import fit_height, key_value_table

HiddenKeys = Iterable[str] | Callable[[], Iterable[str]]


class KeyValueTable(CellTable):
    """A string map at the pointer, one row of key and value per member."""

    VALUE_TYPE = dict

    def __init__(
        self,
        controller: DraftController,
        ptr: PointerSource,
        *,
        name: str,
        key_title: str,
        value_title: str,
        hidden_keys: HiddenKeys = (),
        **options: Unpack[TableOptions],
    ) -> None:
        super().__init__(controller, ptr, name=name, **options)
        self._hidden = hidden_keys
        self._assemble_cells(key_value_table(self, name, key_title, value_title))

    def hidden_keys(self) -> set[str]:
        return set(self._hidden() if callable(self._hidden) else self._hidden)

    def mapping(self) -> dict[str, Any]:
        value = self.controller.get(self.pointer)
        return value if isinstance(value, dict) else {}

    def row_count(self) -> int:
        hidden = self.hidden_keys()
        return sum(1 for k in self.mapping() if k not in hidden)

    def shown_count(self) -> int:
        return self.table.rowCount()

    def _fill(self) -> None:
        hidden = self.hidden_keys()
        shown = [(k, v) for k, v in self.mapping().items() if k not in hidden]
        self._loading = True
        try:
            self.table.setRowCount(len(shown))
            for r, (key, value) in enumerate(shown):
                self.table.setItem(r, 0, QTableWidgetItem(key))
                item = QTableWidgetItem("" if value is None else str(value))
                # Keep the original (maybe non-string) value until the cell is edited.
                item.setData(VALUE_ROLE, value)
                self.table.setItem(r, 1, item)
        finally:
            self._loading = False
        self.focus_map = {self.pointer: self.table}
        fit_height(self.table, len(shown))

    def _row(self, r: int) -> tuple[str, Any]:
        key_item, value_item = self.table.item(r, 0), self.table.item(r, 1)
        key = key_item.text() if key_item else ""
        if value_item is None:
            return key, ""
        original = value_item.data(VALUE_ROLE)
        text = value_item.text()
        return key, original if original is not None and str(original) == text else text

    def _table_map(self) -> dict[str, Any]:
        current = self.mapping()
        result = {k: current[k] for k in self.hidden_keys() if k in current}
        for r in range(self.table.rowCount()):
            key, value = self._row(r)
            if key == "" and value == "":
                continue  # a row still being typed
            result.pop(key, None)
            result[key] = value
        return result

    def _store_map(self) -> None:
        # The controller ignores a write that changes nothing.
        mapping = self._table_map()
        self._store(self.pointer, mapping if mapping else REMOVE)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() == 1:
            self._loading = True
            item.setData(VALUE_ROLE, None)
            self._loading = False
        self._store_map()

    def _append_blank(self) -> int:
        """A row being typed: on screen only until it has a key or a value."""
        self._loading = True
        r = self.table.rowCount()
        self.table.setRowCount(r + 1)
        self.table.setItem(r, 0, QTableWidgetItem(""))
        self.table.setItem(r, 1, QTableWidgetItem(""))
        self._loading = False
        fit_height(self.table, self.table.rowCount())
        self._update_buttons()
        return r

    def set_entry(self, row: int, key: str, value: str) -> None:
        """Type a key and a value into ``row`` as a user does (adding rows up to it)."""
        while self.table.rowCount() <= row:
            self._append_blank()
        key_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
        if key_item is not None and value_item is not None:
            key_item.setText(key)
            value_item.setText(value)

    def add_row(self) -> None:
        if not self.can_add():
            return
        self._edit_row(self._append_blank())

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        self._loading = True
        for r in rows:
            self.table.removeRow(r)
        self._loading = False
        fit_height(self.table, self.table.rowCount())
        self._store_map()
        self._update_buttons()
        self.refresh_findings()

    def _focus_parts(self, parts: list[str]) -> None:
        if parts:
            self.focus_key(parts[0])
        else:
            self.table.setFocus()

    def focus_key(self, key: str) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.text() == key:
                self.table.setCurrentCell(r, 0)
        self.table.setFocus()

    def refresh_findings(self) -> None:
        base = self.pointer
        later_keys: set[str] = set()
        summary: list[tuple[Finding, str]] = []
        self._loading = True
        try:
            for r in reversed(range(self.table.rowCount())):
                key, value = self._row(r)
                blank = key == "" and value == ""
                found = [] if blank else self.controller.findings_under(f"{base}/{escape_key(key)}")
                if not blank and key in later_keys:
                    found.append(self._shadowed(base, key))
                later_keys.add(key)
                for c in range(2):
                    item = self.table.item(r, c)
                    if item is not None:
                        mark_item(item, found if c == 0 else [], "")
                for finding in found:
                    summary.append((finding, key or "…"))
        finally:
            self._loading = False
        at_map = self.controller.findings_at(base)
        summary.extend((f, "") for f in at_map)
        self._show_findings(self.table, summary, [f for f, _ in summary])

    def _shadowed(self, base: str, key: str) -> Finding:
        # A UI-only note (not a rule): the map keeps the last row with this key.
        return _UiFinding(
            "ui-duplicate-key",
            Severity.WARNING,
            f"{base}/{escape_key(key)}",
            {
                "text": self.tr("'{0}' appears again further down; only that row is kept.").format(
                    key
                )
            },
        )


class _UiFinding(Finding):
    """A finding made by the table itself, with its text already translated."""

    @property
    def message(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def hint(self) -> str:
        return ""
