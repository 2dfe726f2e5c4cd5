"""An editable list of small objects (tags, mount points, volumes-from entries):
the member of the table editor family (:mod:`wizard.ui.widgets.table_editor`)
whose cells are fields.

Each row is a set of :class:`FieldRow` editors bound to
``<list pointer>/<row>/<member>``, so a finding shows under the very cell it is
about. Rows are rebuilt only when the number of entries (or the list pointer)
changes; otherwise the binders keep the editors and the draft in sync.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any, Unpack

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from wizard.ui.draft.controller import REMOVE, DraftController
from wizard.ui.widgets.field_row import (
    ComboBinder,
    FieldRow,
    PointerSource,
    bind_check,
    bind_text,
)
from wizard.ui.widgets.table_columns import Choices, Column, choice_items
from wizard.ui.widgets.table_editor import TableEditor, TableOptions


class ChoiceBinder(ComboBinder):
    """A combo whose items come from the draft (volume names, container names);
    they are refreshed before every sync, and an unknown value stays shown."""

    def __init__(
        self, controller: DraftController, ptr: PointerSource, combo: QComboBox, choices: Choices
    ) -> None:
        self.choices = choices  # needed by the first sync() inside ComboBinder.__init__
        super().__init__(controller, ptr, combo)

    def watched(self) -> tuple[PointerSource, ...]:
        # The choices come from anywhere in the draft (volume names, container
        # names): every change may alter them.
        return ("",)

    @Slot(str)
    def sync(self, _changed: str = "") -> None:
        combo = self.editor
        wanted = choice_items(self.choices)
        value = self.value()
        expected = list(wanted)
        if value is not None and value not in [v for _, v in wanted]:
            expected.append((str(value), value))  # ComboBinder.sync adds it back
        current = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        if current != expected:
            combo.blockSignals(True)
            combo.clear()
            for label, value in wanted:
                combo.addItem(label, value)
            combo.blockSignals(False)
        super().sync()


def row_ptr(list_ptr: str, row: int, key: str) -> str:
    return f"{list_ptr}/{row}/{key}"


class RowsEditor(TableEditor):
    """Rows of field editors for the list at the pointer; each row has its own
    Remove button, so there is no "Remove selected"."""

    REMOVES_SELECTED = False

    def __init__(
        self,
        controller: DraftController,
        ptr: PointerSource,
        columns: Sequence[Column],
        *,
        name: str,
        new_row: Callable[[], dict[str, Any]] = dict,
        noun: str,
        **options: Unpack[TableOptions],
    ) -> None:
        super().__init__(controller, ptr, name=name, **options)
        self.columns = list(columns)
        self.new_row = new_row
        self.noun = noun
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._assemble(self._grid_host)

    def rows(self) -> list[Any]:
        value = self.value()
        return value if isinstance(value, list) else []

    def row_count(self) -> int:
        return len(self.rows())

    def refresh(self) -> None:
        """Nothing to do: the rows' binders show the values."""

    def editor(self, row: int, key: str) -> QWidget:
        return self.focus_map[row_ptr(self.pointer, row, key)]

    # --- editing ------------------------------------------------------------
    @Slot()
    def add_row(self) -> None:
        if not self.can_add():
            return
        rows = self.rows()
        if self.value() is None:
            # Set the whole list: setting "<ptr>/0" on a missing member would
            # make the controller create an object, not a list.
            self.controller.set(self.pointer, [self.new_row()])
        else:
            self.controller.set(f"{self.pointer}/{len(rows)}", self.new_row())
        first = self.focus_map.get(row_ptr(self.pointer, len(rows), self.columns[0].key))
        if first is not None:
            first.setFocus()

    def remove_row(self, row: int) -> None:
        ptr = self.pointer
        self.controller.set(f"{ptr}/{row}", REMOVE)
        if not self.rows():
            # An empty list says nothing; leave the member out of the JSON.
            self.controller.set(ptr, REMOVE)

    def _focus_parts(self, parts: list[str]) -> None:
        probe = "/".join([self.pointer, *parts]) if parts else self.pointer
        while probe.startswith(self.pointer):
            target = self.focus_map.get(probe)
            if target is not None:
                target.setFocus()
                return
            probe = probe.rsplit("/", 1)[0]
        self.add_button.setFocus()

    # --- building -----------------------------------------------------------
    def _fill(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        ptr, count = self.pointer, self.row_count()
        self.focus_map = {ptr: self.add_button}
        if count:
            for col, column in enumerate(self.columns):
                header = QLabel(column.title, self._grid_host)
                header.setObjectName("columnHeader")
                self._grid.addWidget(header, 0, col)
                self._grid.setColumnStretch(col, column.stretch)
        chain: list[QWidget] = []
        for row in range(count):
            chain += self._build_row(ptr, row)
        # Rows are created after the Add button, but sit above it: Tab follows the eye.
        for before, after in pairwise([*chain, self.add_button]):
            QWidget.setTabOrder(before, after)
        self._grid_host.setVisible(count > 0)

    def _build_row(self, ptr: str, row: int) -> list[QWidget]:
        """Build one row; returns its focusable widgets, left to right."""
        widgets: list[QWidget] = []
        for col, column in enumerate(self.columns):
            editor = self._make_editor(column, row_ptr(ptr, row, column.key), row)
            field = FieldRow(
                self.controller,
                row_ptr(ptr, row, column.key),
                editor,
                column.tooltip,
                self._grid_host,
            )
            self._grid.addWidget(field, row + 1, col, Qt.AlignmentFlag.AlignTop)
            self.focus_map[row_ptr(ptr, row, column.key)] = editor
            widgets.append(editor)
            if col == 0:
                self.focus_map[f"{ptr}/{row}"] = editor
        remove = QToolButton(self._grid_host)
        remove.setText(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove {noun} {row}").format(noun=self.noun, row=row + 1))
        remove.clicked.connect(lambda _=False, r=row: self.remove_row(r))
        self._grid.addWidget(remove, row + 1, len(self.columns), Qt.AlignmentFlag.AlignTop)
        return [*widgets, remove]

    def _make_editor(self, column: Column, ptr: str, row: int) -> QWidget:
        name = self.tr("{header} of {noun} {row}").format(
            header=column.title, noun=self.noun, row=row + 1
        )
        editor: QWidget
        if column.kind == "check":
            editor = QCheckBox(self._grid_host)
            bind_check(self.controller, ptr, editor)
        elif column.kind == "choice":
            editor = QComboBox(self._grid_host)
            ChoiceBinder(self.controller, ptr, editor, column.choices)
        else:
            editor = QLineEdit(self._grid_host)
            editor.setPlaceholderText(column.placeholder)
            bind_text(
                self.controller,
                ptr,
                editor,
                integer=column.kind == "int",
                empty_removes=not column.keep_empty,
            )
        editor.setAccessibleName(name)
        return editor
