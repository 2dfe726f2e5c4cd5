"""What every section of the container editor shares: a form whose rows are
bound to members of the selected container, and re-read on ``rebound``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.findings import Finding
from wizard.domain.sizing.quotas import MAX_TASK_DEFINITION_BYTES
from wizard.ui.container_editor.context import EditorContext
from wizard.ui.widgets.field_row import FieldRow, PointerSource, bind_text, set_severity


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


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("fieldHint")
    label.setWordWrap(True)
    return label


class Section(QWidget):
    """A form section. Subclasses set TITLE via ``title()``, EXPANDED and PREFIXES
    (container-relative pointers whose findings count in the header badge)."""

    EXPANDED = False
    PREFIXES: tuple[str, ...] = ()
    # Task-level members that ``update_state`` may read besides the selected
    # container: which launch types and network mode apply (replacing the draft
    # or the launch types to check announces "", which reaches every section).
    TASK_MEMBERS: tuple[str, ...] = ("/requiresCompatibilities", "/networkMode")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = ctx.controller
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Relative pointer -> widget to focus (the review page jumps here).
        self.targets: dict[str, QWidget] = {}
        self._bound: list[Any] = []
        self._holders: dict[str, QWidget] = {}
        # Relative pointer -> the explanation line under a field (when it has one).
        self.hints: dict[str, QLabel] = {}
        # The form's labels; the editor gives them one width so fields line up.
        self.captions: list[QLabel] = []
        # Multi-line editor -> the message saying why a paste was refused.
        self.refusals: dict[QWidget, QLabel] = {}
        ctx.rebound.connect(self.rebind)
        self.controller.watch(
            self, (ctx.ptr(""), *self.TASK_MEMBERS), on_document=self._document_changed
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
        """A labelled FieldRow for the member at ``rel`` (findings at ``ptr`` when the
        field edits something else than exactly ``rel``); ``hint`` is a line under it."""
        editor.setAccessibleName(label)
        row_class = SubtreeFieldRow if subtree else FieldRow
        row = row_class(self.controller, ptr or self.ctx.ptr(rel), editor, help_text, self)
        holder: QWidget = row
        if hint or isinstance(editor, LinesEdit):
            holder = QWidget(self)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(row)
            if isinstance(editor, LinesEdit):
                box.addWidget(self._refusal_label(editor, holder))
            if hint:
                self.hints[rel] = hint_label(hint, holder)
                box.addWidget(self.hints[rel])
        # A check box already says what it is; don't repeat its text as the caption.
        repeated = isinstance(editor, QCheckBox) and editor.text() == label
        caption = QLabel("" if repeated else label, self)
        caption.setBuddy(editor)
        self.captions.append(caption)
        self.form.addRow(caption, holder)
        self.targets[rel] = editor
        self._holders[rel] = holder
        self._bound.append(row)
        return row

    def show_row(self, rel: str, visible: bool) -> None:
        holder = self._holders.get(rel)
        if holder is not None:
            self.form.setRowVisible(holder, visible)

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

    def _refusal_label(self, editor: LinesEdit, parent: QWidget) -> QLabel:
        """The message under ``editor`` when it refused a paste; the next edit clears it."""
        label = QLabel(parent)
        label.setObjectName("fieldMessage")
        label.setWordWrap(True)
        set_severity(label, "error")
        label.hide()

        before: list[str] = []  # the field's own description, given back on clear

        def show(text: str) -> None:
            if not label.isVisibleTo(parent):
                before[:] = [editor.accessibleDescription()]
            label.setText(text)
            label.show()
            editor.setAccessibleDescription(text)  # screen readers announce the refusal

        def clear() -> None:
            if label.isVisibleTo(parent):
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
        """A table or group spanning the form's width under its caption; returns
        the block (caption, hint and widget) so a section can hide it whole.
        ``note`` is a line of the section's own (see :meth:`limit`) above the widget."""
        block = QWidget(self)
        box = QVBoxLayout(block)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(2)
        if label:
            caption = QLabel(label, block)
            caption.setObjectName("tableCaption")
            caption.setBuddy(widget)
            box.addWidget(caption)
        if hint:
            box.addWidget(hint_label(hint, block))
            # The hint is the table's description too (screen readers skip the label).
            table = getattr(widget, "table", widget)
            table.setAccessibleDescription(f"{hint} {table.accessibleDescription()}".strip())
        if note is not None:
            note.setParent(block)
            box.addWidget(note)
        box.addWidget(widget)
        self.form.addRow(block)
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
