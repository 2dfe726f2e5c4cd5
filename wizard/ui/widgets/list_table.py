"""An editable table bound to a list of objects in the draft.

One row per list item, one column per member (port mappings, secrets, ulimits,
dependencies...). A cell edit writes its row back through the controller; an
empty cell removes the member; whole numbers are stored as integers and other
text as typed, so nothing the user wrote is lost and the schema check marks the
cell. Members without a column are kept as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Unpack

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from wizard.domain.findings import Finding
from wizard.ui.draft.controller import REMOVE, DraftController
from wizard.ui.widgets.field_row import PointerSource
from wizard.ui.widgets.table_columns import VALUE_ROLE as VALUE_ROLE  # as before
from wizard.ui.widgets.table_columns import ChoiceDelegate, Column, choice_items, parse_cell
from wizard.ui.widgets.table_editor import CellTable, TableOptions
from wizard.ui.widgets.table_findings import mark_item
from wizard.ui.widgets.table_layout import fit_height, row_table


class ListTable(CellTable):
    """A list of objects at the pointer, one row per item and one cell per column."""

    def __init__(
        self,
        controller: DraftController,
        ptr: PointerSource,
        columns: Sequence[Column],
        *,
        name: str,
        new_row: Callable[[], dict[str, Any]] = dict,
        **options: Unpack[TableOptions],
    ) -> None:
        super().__init__(controller, ptr, name=name, **options)
        self.columns = list(columns)
        self.new_row = new_row
        self.table = row_table(self, len(self.columns), name)
        self.table.setItemDelegate(ChoiceDelegate(self))
        self._set_headers()
        self._assemble_cells(self.table)

    def _set_headers(self) -> None:
        for c, column in enumerate(self.columns):
            header = QTableWidgetItem(column.title)
            # Stretched columns elide a long title (a longer language): the
            # tooltip then still says it whole.
            tip = column.tooltip
            header.setToolTip(
                f"{column.title}: {tip}" if tip and column.title not in tip else tip or column.title
            )
            self.table.setHorizontalHeaderItem(c, header)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    # --- reading ------------------------------------------------------------
    def rows(self) -> list[Any]:
        value = self.controller.get(self.pointer)
        return value if isinstance(value, list) else []

    def column_index(self, key: str) -> int:
        return next((c for c, col in enumerate(self.columns) if col.key == key), -1)

    def _display(self, column: Column, value: Any) -> str:
        if value is None:
            return ""
        if column.kind == "choice":
            for label, choice in choice_items(column.choices):
                if choice == value:
                    return label
        if isinstance(value, bool):
            return "true" if value else "false"
        if column.kind == "list" and isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return str(value)

    def row_count(self) -> int:
        return len(self.rows())

    def _fill(self) -> None:
        """Show the list as it is in the draft (after an outside change or a rebind)."""
        rows = self.rows()
        self._loading = True
        try:
            self.table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, column in enumerate(self.columns):
                    value = row.get(column.key) if isinstance(row, dict) else None
                    item = QTableWidgetItem(self._display(column, value))
                    item.setData(VALUE_ROLE, value)
                    if not isinstance(row, dict):
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(r, c, item)
        finally:
            self._loading = False

    def refresh(self) -> None:
        """The same rows with other values (a port edited, an undo): only the cells
        whose value changed are rewritten, in place, so their findings marks stay
        (the findings watch re-marks the cells whose findings changed). Rebuilding
        the table on every port edit was most of an edit's cost on screen."""
        rows = self.rows()
        if self.table.rowCount() != len(rows):
            self.reload()
            return
        self._loading = True
        try:
            for r, row in enumerate(rows):
                editable = isinstance(row, dict)
                for c, column in enumerate(self.columns):
                    item = self.table.item(r, c)
                    value = row.get(column.key) if isinstance(row, dict) else None
                    if item is None:
                        item = QTableWidgetItem()
                        self.table.setItem(r, c, item)
                    old = item.data(VALUE_ROLE)
                    if type(old) is not type(value) or old != value:
                        item.setData(VALUE_ROLE, value)
                    text = self._display(column, value)
                    if item.text() != text:
                        item.setText(text)
                    flags = item.flags()
                    wanted = (
                        flags | Qt.ItemFlag.ItemIsEditable
                        if editable
                        else flags & ~Qt.ItemFlag.ItemIsEditable
                    )
                    if wanted != flags:
                        item.setFlags(wanted)
        finally:
            self._loading = False
        self.focus_map = {self.pointer: self.table}
        fit_height(self.table, self.table.rowCount())

    # --- writing ------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        rows = self.rows()
        r = item.row()
        if r >= len(rows) or not isinstance(rows[r], dict):
            return
        column = self.columns[item.column()]
        if column.kind == "choice":
            value = item.data(VALUE_ROLE)
        else:
            value = parse_cell(item.text(), column.kind)
            self._loading = True
            item.setData(VALUE_ROLE, value)
            self._loading = False
        self._store(f"{self.pointer}/{r}", self._ordered(rows[r], column.key, value))

    def _ordered(self, row: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
        """The row with ``key`` set (None removes it), members in column order first,
        so the exported JSON reads like the table; members without a column follow."""
        merged = {k: v for k, v in row.items() if k != key}
        if value is not None:
            merged[key] = value
        ordered = {c.key: merged[c.key] for c in self.columns if c.key in merged}
        ordered.update({k: v for k, v in merged.items() if k not in ordered})
        return ordered

    def add_row(self) -> None:
        if not self.can_add():
            return
        current = self.controller.get(self.pointer)
        row = self.new_row()
        if isinstance(current, list):
            self._store(f"{self.pointer}/{len(current)}", row)
        else:
            self._store(self.pointer, [row])
        self.reload()
        self._edit_row(self.table.rowCount() - 1)

    def remove_selected(self) -> None:
        selected = {index.row() for index in self.table.selectionModel().selectedRows()}
        rows = self.rows()
        if not selected or not rows:
            return
        kept = [row for r, row in enumerate(rows) if r not in selected]
        self._store(self.pointer, kept if kept else REMOVE)
        self.reload()

    def _focus_parts(self, parts: list[str]) -> None:
        if parts and parts[0].isdigit():
            self.focus_row(int(parts[0]), parts[1] if len(parts) > 1 else "")
        else:
            self.table.setFocus()

    def focus_row(self, row: int, key: str = "") -> None:
        """Select a row (and a column by member name) and focus the table."""
        if 0 <= row < self.table.rowCount():
            column = max(self.column_index(key), 0)
            self.table.setCurrentCell(row, column)
        self.table.setFocus()

    # --- outside changes and findings ---------------------------------------
    def refresh_findings(self) -> None:
        base = self.pointer
        under = self.controller.findings_under(base)
        # One pass over the findings, sorted into cells: asking the controller once
        # per cell scans every finding for each of them, and a list of 50 port
        # mappings with conflicts has 250 cells and thousands of findings.
        cells = _findings_by_cell(under, base)
        summary = []
        self._loading = True
        try:
            for r in range(self.table.rowCount()):
                for c, column in enumerate(self.columns):
                    item = self.table.item(r, c)
                    found = cells.get((r, column.key), [])
                    if c == 0:
                        # Findings about the whole row show at its first cell.
                        found = found + cells.get((r, ""), [])
                    if item is not None:
                        mark_item(item, found, column.tooltip)
        finally:
            self._loading = False
        for finding in under:
            summary.append((finding, self._where(finding.path, base)))
        self._show_findings(self.table, summary, under)

    def _where(self, path: str, base: str) -> str:
        rest = path[len(base) :].strip("/").split("/")
        if not rest or not rest[0].isdigit():
            return ""
        where = self.tr("Row {0}").format(int(rest[0]) + 1)
        index = self.column_index(rest[1]) if len(rest) > 1 else -1
        if index >= 0:
            where = self.tr("{0}, {1}").format(where, self.columns[index].title)
        return where


def _findings_by_cell(found: list[Finding], base: str) -> dict[tuple[int, str], list[Finding]]:
    """(row, member) -> the findings at or below ``base/row/member``; member "" holds
    the findings about a whole row. Order within a cell follows ``found``."""
    cells: dict[tuple[int, str], list[Finding]] = {}
    for finding in found:
        parts = finding.path[len(base) :].split("/", 3)  # "", row, member, rest
        if len(parts) < 2 or not parts[1].isdigit() or str(int(parts[1])) != parts[1]:
            continue
        key = parts[2] if len(parts) > 2 else ""
        cells.setdefault((int(parts[1]), key), []).append(finding)
    return cells
