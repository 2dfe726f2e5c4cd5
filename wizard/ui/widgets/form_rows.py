"""The one builder of form rows: a caption, its editor, what goes under it.

Every page and every container-editor section lays out its fields with
:class:`FormRows`, so each row behaves the same:

- the caption is the editor's buddy (its mnemonic focuses the editor, and
  screen readers link the two);
- the editor's accessible name is the caption as it reads (without the ``&``);
  a check box whose own text says what it is gets no caption repeating it, and
  a read-only value (a label) keeps its text as what is read;
- the message about the field sits under the editor in the same cell (the
  caller passes the :class:`~wizard.ui.widgets.field_row.FieldRow` holding
  the editor), and hints and notes go below it, still in that cell: as rows of
  their own with an empty caption, QFormLayout gives wrapped labels several
  times the height they need;
- captions get one width so the fields line up (:func:`line_up` across
  several forms);
- a row is shown or hidden whole (caption, cell and the spacing between rows).

Tables and other wide editors take the whole width under a bold caption
(:meth:`FormRows.wide`); notes and nested forms span the width with no caption
(:meth:`FormRows.line`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.widgets.field_row import set_severity

# The pages' label column: one width for every section of a page, so the fields
# line up down the page.
LABEL_WIDTH = 190

W = TypeVar("W", bound=QWidget)


def plain_caption(text: str) -> str:
    """A caption as a screen reader should say it: "Task &role" -> "Task role"
    ("&&" is an "&"), "Keep it in:" -> "Keep it in"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().removesuffix(":")


def name_after_caption(editor: QWidget, caption: str) -> str:
    """Give ``editor`` the caption as its accessible name; returns the caption to
    show: none for a check box whose own text is the caption. A read-only value
    (a label) keeps its text as what is read."""
    name = plain_caption(caption)
    if isinstance(editor, QAbstractButton) and name in ("", plain_caption(editor.text())):
        # A check box already says what it is; the caption does not repeat it.
        caption, name = "", plain_caption(editor.text())
    if not isinstance(editor, QLabel):
        editor.setAccessibleName(name)
    return caption


def caption_for(text: str, widget: QWidget, parent: QWidget | None = None) -> QLabel:
    """A caption set above or beside ``widget`` outside a form (over one of two
    lists side by side): its buddy is the widget, whose accessible name it gives."""
    label = QLabel(name_after_caption(widget, text), parent)
    label.setBuddy(widget)
    return label


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """Secondary explanatory text under or beside a field (italic, from app.qss)."""
    label = QLabel(text, parent)
    label.setObjectName("fieldHint")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def notice_label(parent: QWidget | None = None, severity: str = "warning") -> QLabel:
    """A hidden message label coloured like a field's message (styled by app.qss)."""
    label = QLabel(parent)
    label.setObjectName("fieldMessage")
    label.setWordWrap(True)
    set_severity(label, severity)
    label.hide()
    return label


def line_up(captions: Iterable[QLabel], *, most: int | None = None) -> int:
    """Give ``captions`` (of one or several forms) one width, so their fields
    start in one column; returns it. Past ``most`` (a longer language) the
    captions wrap onto two lines rather than push the fields out of the page."""
    shown = list(captions)
    width = max((caption.sizeHint().width() for caption in shown), default=0)
    if most is not None and width > most:
        width = most
        for caption in shown:
            caption.setWordWrap(True)
    for caption in shown:
        caption.setMinimumWidth(width)
    return width


# A NamedTuple, not a frozen dataclass: this module is imported before the
# window's first paint, and creating a frozen dataclass costs about 0.5 ms.
class FormRow(NamedTuple):
    """One row built by :meth:`FormRows.field`."""

    form: QFormLayout
    caption: QLabel
    # What sits in the field column: the editor, its FieldRow, or a box of those
    # with the widgets under them.
    cell: QWidget
    editor: QWidget
    hint: QLabel | None

    def set_visible(self, visible: bool) -> None:
        """Show or hide the whole row (no gap is left where it was)."""
        if self.form.isRowVisible(self.cell) != visible:
            self.form.setRowVisible(self.cell, visible)


class FormRows:
    """A form whose fields grow with it and whose captions sit at the top of
    tall fields (tables, fields with hints below).

    ``host`` gets the form as its layout; without one, add :attr:`layout` to
    another layout. ``nested`` drops the margins (a form inside a form's row).
    ``label_width`` is each caption's least width (0: lined up later with
    :func:`line_up`).
    """

    def __init__(
        self,
        host: QWidget | None = None,
        *,
        nested: bool = False,
        label_width: int = LABEL_WIDTH,
    ) -> None:
        self.host = host
        self.layout = QFormLayout(host) if host is not None else QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if nested:
            self.layout.setContentsMargins(0, 0, 0, 0)
        self.label_width = label_width
        # Every caption of this form, for lining them up with other forms.
        self.captions: list[QLabel] = []

    def _parent(self, widget: QWidget) -> QWidget | None:
        return self.host if self.host is not None else widget.parentWidget()

    # --- rows -----------------------------------------------------------------
    def field(
        self,
        caption: str,
        editor: QWidget,
        *,
        cell: QWidget | None = None,
        buddy: QWidget | None = None,
        below: Sequence[QWidget] = (),
        hint: str = "",
    ) -> FormRow:
        """A captioned row for ``editor``.

        ``cell`` is what goes in the field column when it is more than the
        editor (its FieldRow with the message under it, a line with a unit
        beside it); ``buddy`` is what the caption's mnemonic focuses when the
        editor is a group (a frame of check boxes: its first box). ``below``
        are widgets under the cell, then ``hint`` as a line of text.
        """
        shown = cell if cell is not None else editor
        parent = self._parent(shown)
        caption = name_after_caption(editor, caption)
        hint_widget = hint_label(hint, parent) if hint else None
        under = [*below, *([hint_widget] if hint_widget is not None else [])]
        if under:
            box = QWidget(parent)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            for widget in (shown, *under):
                column.addWidget(widget)
            shown = box
        label = QLabel(caption, parent)
        label.setBuddy(buddy if buddy is not None else editor)
        if self.label_width:
            label.setMinimumWidth(self.label_width)
        self.captions.append(label)
        self.layout.addRow(label, shown)
        return FormRow(self.layout, label, shown, editor, hint_widget)

    def wide(
        self,
        caption: str,
        widget: QWidget,
        *,
        hint: str = "",
        note: QLabel | None = None,
        inner: QWidget | None = None,
    ) -> QWidget:
        """A table or group spanning the form's width under its caption (none
        when ``caption`` is empty); returns the block (caption, hint, ``note``
        and widget) so it can be hidden whole. ``inner`` (the table inside
        ``widget``, default the widget) is what the caption is the buddy of and
        names, and the hint describes: screen readers do not read a caption
        or a hint above a table."""
        target = inner if inner is not None else widget
        block = QWidget(self._parent(widget))
        box = QVBoxLayout(block)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(2)
        if caption:
            label = QLabel(name_after_caption(target, caption), block)
            label.setObjectName("tableCaption")
            label.setBuddy(target)
            box.addWidget(label)
        if hint:
            box.addWidget(hint_label(hint, block))
            target.setAccessibleDescription(f"{hint} {target.accessibleDescription()}".strip())
        if note is not None:
            note.setParent(block)
            box.addWidget(note)
        box.addWidget(widget)
        self.layout.addRow(block)
        return block

    def line(self, widget: W) -> W:
        """``widget`` across the whole width with no caption (a note, a status
        line, a nested form, a check box that is its own caption)."""
        self.layout.addRow(widget)
        return widget

    def set_visible(self, widget: QWidget, visible: bool) -> None:
        """Show or hide the row holding ``widget`` (a :meth:`line` or a cell)."""
        if self.layout.isRowVisible(widget) != visible:
            self.layout.setRowVisible(widget, visible)
