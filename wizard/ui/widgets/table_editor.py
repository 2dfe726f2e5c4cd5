"""The base of every table editor: a list (or map) in the draft edited row by row.

The family (``tests/ui/test_one_table_family.py`` keeps it the only one):

- :class:`~wizard.ui.widgets.list_table.ListTable`: a list of objects shown as cells
  of a table (port mappings, environment, ulimits, extra hosts ...);
- :class:`~wizard.ui.widgets.key_value_table.KeyValueTable`: a string map shown as
  key and value cells (Docker labels, log options, volume driver options);
- :class:`~wizard.ui.widgets.rows_editor.RowsEditor`: a list of objects whose cells
  are field rows, so a finding shows under the very field it is about (mount
  points, volumes-from, and :class:`~wizard.ui.widgets.tags_table.TagsTable`).

Every one of them is described by :class:`~wizard.ui.widgets.table_columns.Column`
and gets from this base: the pointer it edits (fixed, or asked for on each use),
the Add button (and Remove selected for the cell tables) with the same enabled
rules, the text shown while there are no rows, the message line under it, the
rebuild when the number of rows or the pointer changed (a refresh of the values
otherwise), ``focus_map`` and :meth:`focus_pointer` for the review page's jumps,
and accessible names that say which editor a button belongs to.
The two cell tables share :class:`CellTable` (one ``QTableWidget``: cell edits, the
selection Remove acts on); every member takes the keywords of :class:`TableOptions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, TypedDict

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.findings import Finding
from wizard.ui.draft.controller import DraftController
from wizard.ui.draft.watchers import is_related
from wizard.ui.widgets.field_row import PointerSource, resolve
from wizard.ui.widgets.table_findings import mark_widget, message_label, show_summary
from wizard.ui.widgets.table_layout import button_row, named_button


def split_rest(ptr: str, base: str) -> list[str] | None:
    """The unescaped segments of ``ptr`` below ``base``; None when it is not at or under."""
    if ptr != base and not ptr.startswith(base + "/"):
        return None
    rest = ptr[len(base) :]
    return [p.replace("~1", "/").replace("~0", "~") for p in rest.split("/")[1:]]


class TableOptions(TypedDict, total=False):
    """The keywords every member takes and hands on to :class:`TableEditor` unchanged
    (``**options: Unpack[TableOptions]``), so they are declared once."""

    add_text: str
    empty_text: str
    max_rows: int | None
    parent: QWidget | None


class TableEditor(QWidget):
    """Rows of one list or map in the draft, with Add (and Remove) buttons under them.

    Subclasses build their body (a table or a grid) after ``super().__init__`` and
    call :meth:`_assemble` with it; they implement :meth:`_fill` (show the rows of
    the draft), :meth:`row_count` and, where cells carry findings,
    :meth:`refresh_findings`. ``_loading`` is set while they fill cells and
    ``_storing`` counts their own writes, so those do not reload the rows.

    Signals:
        rebuilt(): the rows were recreated; :attr:`focus_map` changed.
    """

    rebuilt = Signal()

    # The JSON type of the value edited: a value of another type (from a file)
    # can only be fixed in the JSON view, so Add is disabled.
    VALUE_TYPE: ClassVar[type] = list
    # Whether a "Remove selected" button acts on the selected rows (cell tables);
    # row editors have a Remove button on each row instead.
    REMOVES_SELECTED: ClassVar[bool] = True

    def __init__(
        self,
        controller: DraftController,
        ptr: PointerSource,
        *,
        name: str,
        add_text: str = "",
        empty_text: str = "",
        max_rows: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._ptr = ptr
        self.name = name
        self.max_rows = max_rows
        self._loading = False
        self._storing = 0
        self._built: tuple[str, int] | None = None
        self.focus_map: dict[str, QWidget] = {}
        self._texts = (add_text or self.tr("Add"), empty_text)

    def _assemble(self, body: QWidget, spacing: int | None = None) -> None:
        """Lay out the body, the empty text, the buttons and the message line; start
        following the draft and show it."""
        # Made after the body, in the order they sit: the Tab order follows
        # creation (and survives the editor being moved into a form).
        add_text, empty_text = self._texts
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setObjectName("fieldHint")
        self.empty_label.hide()
        self.add_button = named_button(self, add_text, self.name, self.add_row)
        self.remove_button: QPushButton | None = None
        if self.REMOVES_SELECTED:
            self.remove_button = named_button(
                self, self.tr("Remove selected"), self.name, self.remove_selected
            )
        self.message = message_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if spacing is not None:
            layout.setSpacing(spacing)
        layout.addWidget(body)
        layout.addWidget(self.empty_label)
        buttons = [self.add_button] + ([self.remove_button] if self.remove_button else [])
        layout.addLayout(button_row(*buttons))
        layout.addWidget(self.message)
        # Row editors' fields watch their own findings: no call for the editor then.
        marks_cells = type(self).refresh_findings is not TableEditor.refresh_findings
        self.controller.watch(
            self,
            self._ptr,
            on_document=self._document_changed,
            on_findings=self.refresh_findings if marks_cells else None,
        )
        self.reload()

    @property
    def pointer(self) -> str:
        return resolve(self._ptr)

    def value(self) -> Any:
        return self.controller.get(self.pointer)

    # --- to implement -------------------------------------------------------
    def _fill(self) -> None:
        """Recreate the rows from the draft."""
        raise NotImplementedError

    def row_count(self) -> int:
        """The number of rows the draft holds (what a rebuild follows)."""
        raise NotImplementedError

    def refresh_findings(self) -> None:
        """Show the findings at or under the pointer (field rows show their own)."""

    def refresh(self) -> None:
        """Show outside changes of the values when the rows stay the same."""
        self.reload()

    def add_row(self) -> None:
        raise NotImplementedError

    def remove_selected(self) -> None:
        raise NotImplementedError

    def has_selection(self) -> bool:
        return False

    def shown_count(self) -> int:
        """The rows on screen (a cell table may show a row still being typed)."""
        return self.row_count()

    def _focus_parts(self, parts: list[str]) -> None:
        """Focus the cell or field of ``parts`` (the segments below the pointer)."""
        raise NotImplementedError

    # --- shared -------------------------------------------------------------
    def reload(self) -> None:
        """Recreate the rows (after an outside change, a rebind or a new pointer)."""
        self._fill()
        self._built = (self.pointer, self.row_count())
        self._update_buttons()
        self.refresh_findings()
        self.rebuilt.emit()

    @Slot(str)
    def sync(self, _changed: str = "") -> None:
        """Rebuild when the pointer or the number of rows changed, refresh otherwise."""
        if self._built != (self.pointer, self.row_count()):
            self.reload()
        else:
            self.refresh()
            self._update_buttons()  # the value may have changed type (e.g. undo)

    def _document_changed(self, changed: str) -> None:
        if not self._storing and is_related(changed, self.pointer):
            self.sync(changed)

    def _store(self, ptr: str, value: Any) -> None:
        """Write through the controller without reloading from that write."""
        self._storing += 1
        try:
            self.controller.set(ptr, value)
        finally:
            self._storing -= 1

    def can_add(self) -> bool:
        value = self.value()
        fits = value is None or isinstance(value, self.VALUE_TYPE)
        return fits and (self.max_rows is None or self.row_count() < self.max_rows)

    @Slot()
    def _update_buttons(self) -> None:
        """The enabled state of the buttons and the empty text, after any change."""
        self.empty_label.setVisible(bool(self.empty_label.text()) and self.shown_count() == 0)
        self.add_button.setEnabled(self.can_add())
        if self.remove_button is not None:
            self.remove_button.setEnabled(self.has_selection())

    def _show_findings(
        self, marked: QWidget, lines: list[tuple[Finding, str]], findings: Sequence[Finding]
    ) -> None:
        """The message line under the rows (the most severe first) and the red or
        amber frame of ``marked`` from ``findings``."""
        show_summary(self.message, lines, self.tr("… and {0} more"))
        mark_widget(marked, findings)

    def focus_pointer(self, ptr: str) -> bool:
        """Focus the cell or field that shows ``ptr`` (or the nearest one above it)."""
        parts = split_rest(ptr, self.pointer)
        if parts is None:
            return False
        self._focus_parts(parts)
        return True


class CellTable(TableEditor):
    """A member whose rows are the cells of one ``QTableWidget`` (``ListTable``,
    ``KeyValueTable``): a cell edit writes (:meth:`_item_changed`), and "Remove
    selected" follows the selected rows. Row editors have field rows instead."""

    table: QTableWidget

    def _assemble_cells(self, table: QTableWidget) -> None:
        """Follow the cells of ``table`` (set up by the subclass) and lay it out."""
        self.table = table
        table.itemChanged.connect(self._item_changed)
        table.itemSelectionChanged.connect(self._update_buttons)
        self.focus_map = {self.pointer: table}
        self._assemble(table, spacing=4)

    def has_selection(self) -> bool:
        return bool(self.table.selectionModel().selectedRows())

    def _edit_row(self, row: int) -> None:
        """Start typing in the first cell of ``row`` (after Add)."""
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        """Write the edited cell's row into the draft."""
        raise NotImplementedError
