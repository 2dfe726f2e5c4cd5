"""The one ``Column`` of every table editor (see :mod:`wizard.ui.widgets.table_editor`)
and the delegate that edits choice columns of a cell table with a drop-down."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from wizard.domain.formats.integers import parse_int

if TYPE_CHECKING:
    from wizard.ui.widgets.list_table import ListTable

KINDS = ("text", "int", "list", "check", "choice")

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
Choices = Sequence[tuple[str, Any]] | Callable[[], Sequence[tuple[str, Any]]]


@dataclass(frozen=True)
class Column:
    """One member of a row, shown as one column of a table editor.

    ``kind`` is "text", "int" (read with ``parse_int``), "list" (a list of strings
    typed "a, b"), "check" (a check box) or "choice" (items are (label, API value),
    value None = unset; a callable is asked again each time the choices are shown).
    ``title`` heads the column and names its editors; ``tooltip`` explains it (the
    header's tooltip, and the help line of a row editor). ``placeholder``,
    ``keep_empty`` (store "" rather than removing the member) and ``stretch`` are
    used by the row editors, whose cells are fields.
    """

    key: str
    title: str
    kind: str = "text"
    choices: Choices = ()
    tooltip: str = ""
    placeholder: str = ""
    keep_empty: bool = False
    stretch: int = 1

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}; one of {KINDS}")


def choice_items(choices: Choices) -> Sequence[tuple[str, Any]]:
    return choices() if callable(choices) else choices


def parse_cell(text: str, kind: str) -> Any:
    stripped = text.strip()
    if stripped == "":
        return None
    number = parse_int(stripped) if kind == "int" else None
    if number is not None:
        return number
    if kind == "list":
        # A member that is a list of strings (tmpfs mountOptions, device permissions).
        items = [part.strip() for part in text.split(",") if part.strip()]
        return items or None
    return text


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for choice columns; other columns use the default line edit."""

    def __init__(self, table: ListTable) -> None:
        super().__init__(table)
        self.owner = table

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        column = self.owner.columns[index.column()]
        if column.kind != "choice":
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(column.title)
        for label, value in choice_items(column.choices):
            combo.addItem(label, value)
        # Commit as soon as a value is picked, as a user expects from a drop-down.
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        value = index.data(VALUE_ROLE)
        found = editor.findData(value)
        if found < 0 and value is not None:
            editor.addItem(str(value), value)
            found = editor.count() - 1
        editor.setCurrentIndex(max(found, 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
            return
        model.setItemData(
            index,
            {Qt.ItemDataRole.DisplayRole: editor.currentText(), VALUE_ROLE: editor.currentData()},
        )
