"""An editable list of small objects (tags, mount points, volumes-from entries).

Each row is a set of :class:`FieldRow` editors bound to
``<list pointer>/<row>/<member>``, so a finding shows under the very cell it is
about. Rows are rebuilt only when the number of entries (or the list pointer)
changes; otherwise the binders keep the editors and the draft in sync.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.draft.controller import REMOVE, DraftController
from wizard.ui.widgets.field_row import (
    ComboBinder,
    FieldRow,
    PointerSource,
    bind_check,
    bind_text,
    resolve,
)

Choices = Callable[[], list[tuple[str, Any]]]


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = "text"  # "text", "int", "check" or "choice"
    placeholder: str = ""
    help: str = ""
    choices: Choices | None = None  # for "choice": (label, API value); value None = unset
    keep_empty: bool = False  # store "" rather than removing the member
    stretch: int = 1


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
        wanted = self.choices()
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


class RowsEditor(QWidget):
    """Rows of editors for the list at ``list_ptr``.

    Signals:
        rebuilt(): the rows were recreated; :attr:`focus_map` changed.
    """

    rebuilt = Signal()

    def __init__(
        self,
        controller: DraftController,
        list_ptr: PointerSource,
        columns: list[Column],
        new_row: Callable[[], dict[str, Any]],
        *,
        noun: str,
        add_text: str,
        empty_text: str,
        max_rows: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._list_ptr = list_ptr
        self.columns = columns
        self.new_row = new_row
        self.noun = noun
        self.max_rows = max_rows
        self.focus_map: dict[str, QWidget] = {}
        self._built: tuple[str, int] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._grid_host)
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setObjectName("fieldHint")
        layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(self.add_row)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        controller.watch(self, list_ptr, on_document=self._document_changed)
        self.reload()

    @property
    def list_ptr(self) -> str:
        return resolve(self._list_ptr)

    def rows(self) -> list[Any]:
        value = self.controller.get(self.list_ptr)
        return value if isinstance(value, list) else []

    def row_count(self) -> int:
        return len(self.rows())

    def editor(self, row: int, key: str) -> QWidget:
        return self.focus_map[row_ptr(self.list_ptr, row, key)]

    # --- editing ------------------------------------------------------------
    @Slot()
    def add_row(self) -> int:
        rows = self.rows()
        if self.controller.get(self.list_ptr) is None:
            # Set the whole list: setting "<ptr>/0" on a missing member would
            # make the controller create an object, not a list.
            self.controller.set(self.list_ptr, [self.new_row()])
        else:
            self.controller.set(f"{self.list_ptr}/{len(rows)}", self.new_row())
        index = len(rows)
        first = self.focus_map.get(row_ptr(self.list_ptr, index, self.columns[0].key))
        if first is not None:
            first.setFocus()
        return index

    def remove_row(self, row: int) -> None:
        ptr = self.list_ptr
        self.controller.set(f"{ptr}/{row}", REMOVE)
        if not self.rows():
            # An empty list says nothing; leave the member out of the JSON.
            self.controller.set(ptr, REMOVE)

    # --- building -----------------------------------------------------------
    @Slot(str)
    def _document_changed(self, _changed: str = "") -> None:
        if self._built != (self.list_ptr, self.row_count()):
            self.reload()

    def reload(self) -> None:
        """Recreate the rows (call when the list pointer changes)."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        ptr, count = self.list_ptr, self.row_count()
        self.focus_map = {ptr: self.add_button}
        if count:
            for col, column in enumerate(self.columns):
                header = QLabel(column.header, self._grid_host)
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
        self.empty_label.setVisible(count == 0)
        self.add_button.setEnabled(self.max_rows is None or count < self.max_rows)
        self._built = (ptr, count)
        self.rebuilt.emit()

    def _build_row(self, ptr: str, row: int) -> list[QWidget]:
        """Build one row; returns its focusable widgets, left to right."""
        widgets: list[QWidget] = []
        for col, column in enumerate(self.columns):
            editor = self._make_editor(column, row_ptr(ptr, row, column.key), row)
            field = FieldRow(
                self.controller, row_ptr(ptr, row, column.key), editor, column.help, self._grid_host
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
            header=column.header, noun=self.noun, row=row + 1
        )
        editor: QWidget
        if column.kind == "check":
            editor = QCheckBox(self._grid_host)
            bind_check(self.controller, ptr, editor)
        elif column.kind == "choice":
            editor = QComboBox(self._grid_host)
            ChoiceBinder(self.controller, ptr, editor, column.choices or (lambda: []))
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
