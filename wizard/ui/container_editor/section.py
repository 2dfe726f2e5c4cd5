"""What every section of the container editor shares: a form whose rows are
bound to members of the selected container, and re-read on ``rebound``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from wizard.domain.findings import Finding
from wizard.domain.sizing.quotas import MAX_TASK_DEFINITION_BYTES
from wizard.ui.container_editor.context import EditorContext
from wizard.ui.widgets.field_row import FieldRow, PointerSource, bind_text
from wizard.ui.widgets.form_rows import FormRow, FormRows, notice_label


class SubtreeFieldRow(FieldRow):
    """A FieldRow that also shows findings below its pointer: a list edited in
    one line reports problems at its items (``/healthCheck/command/0``)."""

    SUBTREE = True

    def finding(self) -> Finding | None:
        found = self.controller.findings_under(self.pointer)
        return min(found, key=lambda f: f.severity.rank) if found else None


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


class LinesEdit(QPlainTextEdit):
    """A multi-line editor that refuses a paste or drop the API could never take.

    Qt lays out a paragraph whole on every keystroke: with a 1 MB argument each
    key takes a quarter of a second or more. Nothing over the 64 KiB quota of a
    whole task definition can be registered, so such text is not inserted at all
    (the draft stays as it was) and ``refused`` says why, for the message at the field.

    Signals:
        refused(str): the message explaining a refused paste or drop.
    """

    refused = Signal(str)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            incoming = _utf8_size(source.text())
            selected = _utf8_size(self.textCursor().selectedText())
            after = _utf8_size(self.toPlainText()) - selected + incoming
            if after > MAX_TASK_DEFINITION_BYTES:
                self.refused.emit(
                    self.tr(
                        "Not pasted: {0} bytes of text would make this field {1} bytes long, "
                        "and a whole task definition may be at most {2} bytes (64 KiB). "
                        "Put long values in an environment file or a secret instead."
                    ).format(incoming, after, MAX_TASK_DEFINITION_BYTES)
                )
                return
        super().insertFromMimeData(source)


class Section(QWidget):
    """A form section. Subclasses set TITLE via ``title()``, EXPANDED and PREFIXES
    (container-relative pointers whose findings count in the header badge)."""

    EXPANDED = False
    PREFIXES: tuple[str, ...] = ()
    # Task-level members that ``update_state`` may read besides the selected
    # container: which launch types and network mode apply (replacing the draft
    # or the launch types to check announces "", which reaches every section).
    TASK_MEMBERS: tuple[str, ...] = ("/requiresCompatibilities", "/networkMode")
    # Container-relative members ``update_state`` reads (None: the whole
    # container). An edit elsewhere in the container does not run it: a memory
    # edit does not re-check the logs, network or Linux sections. A section that
    # does not override ``update_state`` watches nothing.
    STATE_MEMBERS: tuple[str, ...] | None = None

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = ctx.controller
        # The form's rows; the editor lines up the captions of all sections.
        self.rows = FormRows(self, label_width=0)
        # Relative pointer -> widget to focus (the review page jumps here).
        self.targets: dict[str, QWidget] = {}
        self._bound: list[Any] = []
        self._rows: dict[str, FormRow] = {}
        # Relative pointer -> the explanation line under a field (when it has one).
        self.hints: dict[str, QLabel] = {}
        # Multi-line editor -> the message saying why a paste was refused.
        self.refusals: dict[QWidget, QLabel] = {}
        ctx.rebound.connect(self.rebind)
        if type(self).update_state is not Section.update_state:
            members = ("",) if self.STATE_MEMBERS is None else self.STATE_MEMBERS
            self.controller.watch(
                self,
                (*(ctx.ptr(rel) for rel in members), *self.TASK_MEMBERS),
                on_document=self._document_changed,
            )

    def title(self) -> str:
        raise NotImplementedError

    # --- building -----------------------------------------------------------
    def add_field(
        self,
        label: str,
        rel: str,
        editor: QWidget,
        help_text: str = "",
        *,
        hint: str = "",
        subtree: bool = False,
        ptr: PointerSource | None = None,
    ) -> FieldRow:
        """A form row (see :class:`FormRows`) for the member at ``rel`` of the
        selected container, its message from a FieldRow at ``ptr`` (when the field
        edits something else than exactly ``rel``); ``hint`` is a line under it."""
        row_class = SubtreeFieldRow if subtree else FieldRow
        row = row_class(self.controller, ptr or self.ctx.ptr(rel), editor, help_text, self)
        below = [self._refusal_label(editor)] if isinstance(editor, LinesEdit) else []
        form_row = self.rows.field(label, editor, cell=row, below=below, hint=hint)
        if form_row.hint is not None:
            self.hints[rel] = form_row.hint
        self.targets[rel] = editor
        self._rows[rel] = form_row
        self._bound.append(row)
        return row

    @property
    def captions(self) -> list[QLabel]:
        """The form's captions (the editor gives them one width so fields line up)."""
        return self.rows.captions

    def show_row(self, rel: str, visible: bool) -> None:
        row = self._rows.get(rel)
        if row is not None:
            row.set_visible(visible)

    def line(
        self,
        label: str,
        rel: str,
        help_text: str = "",
        *,
        integer: bool = False,
        placeholder: str = "",
        hint: str = "",
        empty_removes: bool = True,
    ) -> QLineEdit:
        editor = QLineEdit(self)
        editor.setPlaceholderText(placeholder)
        self.track(
            bind_text(
                self.controller,
                self.ctx.ptr(rel),
                editor,
                integer=integer,
                empty_removes=empty_removes,
            )
        )
        self.add_field(label, rel, editor, help_text, hint=hint)
        return editor

    def _refusal_label(self, editor: LinesEdit) -> QLabel:
        """The message under ``editor`` when it refused a paste; the next edit clears it."""
        label = notice_label(self, "error")

        before: list[str] = []  # the field's own description, given back on clear

        def show(text: str) -> None:
            if not label.isVisibleTo(self):
                before[:] = [editor.accessibleDescription()]
            label.setText(text)
            label.show()
            editor.setAccessibleDescription(text)  # screen readers announce the refusal

        def clear() -> None:
            if label.isVisibleTo(self):
                label.hide()
                editor.setAccessibleDescription(before[0] if before else editor.toolTip())

        editor.refused.connect(show)
        editor.textChanged.connect(clear)
        self.refusals[editor] = label
        return label

    def lines_editor(self, rows: int = 3) -> LinesEdit:
        editor = LinesEdit(self)
        editor.setTabChangesFocus(True)
        height = editor.fontMetrics().lineSpacing() * rows + 12
        editor.setFixedHeight(height)
        return editor

    def add_wide(
        self,
        label: str,
        rel: str,
        widget: QWidget,
        hint: str = "",
        *,
        note: QLabel | None = None,
    ) -> QWidget:
        """A table or group spanning the form's width under its caption (see
        :meth:`FormRows.wide`); returns the block so a section can hide it whole.
        ``note`` is a line of the section's own (see :meth:`limit`) above the widget."""
        block = self.rows.wide(
            label, widget, hint=hint, note=note, inner=getattr(widget, "table", widget)
        )
        if rel:
            self.targets[rel] = widget
        self.track(widget)
        return block

    def limit(self, rel: str, widget: QWidget, note: QLabel, reason: str) -> None:
        """Disable the field for ``rel`` when the task cannot use it and say why in
        ``note`` (``reason``; "" when it can). A value already in the draft keeps the
        field enabled, so the finding at it can be fixed by clearing it there, as
        the Storage page does for ephemeral storage outside Fargate."""
        enabled = not reason or self.ctx.get(rel) is not None
        if widget.isEnabled() != enabled:
            widget.setEnabled(enabled)
        if note.text() != reason:
            note.setText(reason)
        note.setVisible(bool(reason))

    def findings(self) -> list[Finding]:
        """The selected container's findings this section shows (for its badge)."""
        base = self.ctx.base()
        prefixes = [base + rel for rel in self.PREFIXES]
        return self.controller.findings_under(*prefixes) if prefixes else []

    def track(self, item: Any) -> Any:
        """Something with ``sync()``, ``refresh()`` or ``reload()`` to re-read on rebind."""
        self._bound.append(item)
        return item

    # --- following the selection -------------------------------------------
    def rebind(self) -> None:
        for label in self.refusals.values():
            label.hide()  # it was about the container shown before
        for item in self._bound:
            for method in ("sync", "reload", "refresh"):
                if hasattr(item, method):
                    getattr(item, method)()
                    break
        self.update_state()

    def _document_changed(self, _changed: str) -> None:
        self.update_state()

    def update_state(self) -> None:
        """Enable / show widgets that depend on other values (override)."""
