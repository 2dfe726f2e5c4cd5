"""The selected container as JSON: every member, including those the form does
not cover (systemControls, firelensConfiguration, credentialSpecs...).

Edits are applied only on Apply. Text that does not parse, or is not an
object, is refused with the reason (and line / column); the draft and the form
stay as they were. While the user has unapplied edits, outside changes do not
overwrite the text; Revert reloads it.
"""

from __future__ import annotations

import json

from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QWidget

from wizard.domain.findings import Finding
from wizard.ui.container_editor.context import EditorContext
from wizard.ui.container_editor.section import Section
from wizard.ui.draft.field_names import field_name_below
from wizard.ui.widgets.field_row import hidden_in_visible_window, repolish
from wizard.ui.widgets.table_findings import message_label, show_summary
from wizard.ui.widgets.table_layout import button_row, stack_with_buttons


class JsonSection(Section):
    def title(self) -> str:
        return self.tr("JSON of this container")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loading = False
        self._behind = False  # a change arrived while hidden (see _document_changed)
        self.dirty = False
        block = QWidget(self)
        self.text = QPlainTextEdit(block)
        self.text.setAccessibleName(self.tr("Container JSON"))
        self.text.setAccessibleDescription(
            self.tr(
                "The selected container definition as JSON, including members the form "
                "does not show; Apply JSON puts your edits into the draft."
            )
        )
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setMinimumHeight(260)
        self.text.textChanged.connect(self._edited)
        self.apply_button = QPushButton(self.tr("Apply JSON"), block)
        self.apply_button.setAccessibleName(self.tr("Apply container JSON"))
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = QPushButton(self.tr("Revert"), block)
        self.revert_button.setAccessibleName(self.tr("Revert container JSON"))
        self.revert_button.clicked.connect(self.revert)
        self.message = message_label(block)
        # Findings about members the form does not show (links, systemControls...).
        self.others = message_label(block)
        self.covered: tuple[str, ...] = ()
        buttons = button_row(self.apply_button, self.revert_button)
        stack_with_buttons(block, self.text, buttons, self.message, self.others)
        self.add_wide(
            "",
            "",
            block,
            hint=self.tr(
                "All members of the container, also those the form above does not show. "
                "Edit and press Apply; the form then shows the new values."
            ),
        )
        self.reload()
        self.controller.watch(self, ctx.ptr(""), on_findings=self.show_other_findings)

    def findings(self) -> list[Finding]:
        """Findings of the container that no form field shows."""
        base = self.ctx.base()
        covered = [base + rel for rel in self.covered]
        return [
            f
            for f in self.controller.findings_under(base)
            if not any(f.path == p or f.path.startswith(p + "/") for p in covered)
        ]

    def show_other_findings(self) -> None:
        base = self.ctx.base()
        document = self.controller.document
        # Where each is, as the screen names it below the container ("Linux
        # parameters › Capabilities"), not as a path of API members.
        lines = [(f, field_name_below(document, f.path, base)) for f in self.findings()]
        show_summary(self.others, lines, self.tr("… and {0} more"))

    def current_json(self) -> str:
        container = self.ctx.get("")
        if container is None:
            return ""
        return json.dumps(container, indent=2, ensure_ascii=False)

    def reload(self) -> None:
        """Show the draft's container (dropping unapplied edits)."""
        self.dirty = False
        self._show(self.current_json())
        self._say("", "")
        self._buttons()

    def revert(self) -> None:
        self.reload()

    def rebind(self) -> None:
        self.reload()
        self.show_other_findings()

    def _document_changed(self, changed: str) -> None:
        # A new draft (File > Open, New) replaces whatever was being edited here.
        if not changed:
            self.reload()
        elif hidden_in_visible_window(self):
            # Folded or on another page: re-reading the container as JSON on
            # every keystroke elsewhere costs a dump; catch up when shown.
            self._behind = True
        else:
            self.update_state()

    def showEvent(self, event: QShowEvent) -> None:
        if self._behind:
            self._behind = False
            self.update_state()
        super().showEvent(event)

    def update_state(self) -> None:
        if not self.dirty:
            self._show(self.current_json())

    def _show(self, text: str) -> None:
        if self.text.toPlainText() == text:
            return
        self._loading = True
        self.text.setPlainText(text)
        self._loading = False

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self._buttons()

    def _buttons(self) -> None:
        self.apply_button.setEnabled(self.dirty)
        self.revert_button.setEnabled(self.dirty)

    def apply(self) -> bool:
        try:
            value = json.loads(self.text.toPlainText())
        except json.JSONDecodeError as exc:
            self._say(
                self.tr("Not applied: line {0}, column {1}: {2}. The form is unchanged.").format(
                    exc.lineno, exc.colno, exc.msg
                ),
                "error",
            )
            self._move_cursor(exc.pos)
            return False
        if not isinstance(value, dict):
            self._say(
                self.tr(
                    "Not applied: a container must be a JSON object ({{ … }}), not {0}. "
                    "The form is unchanged."
                ).format(self._kind(value)),
                "error",
            )
            return False
        self.dirty = False
        self.controller.set(self.ctx.base(), value)
        self._show(self.current_json())
        self._buttons()
        self._say(self.tr("Applied; the form shows the new values."), "info")
        return True

    def _kind(self, value: object) -> str:
        if isinstance(value, list):
            return self.tr("a list")
        if isinstance(value, str):
            return self.tr("a string")
        if isinstance(value, bool):
            return self.tr("true or false")
        if value is None:
            return "null"
        return self.tr("a number")

    def _move_cursor(self, position: int) -> None:
        cursor = self.text.textCursor()
        cursor.setPosition(min(position, len(self.text.toPlainText())))
        self.text.setTextCursor(cursor)
        self.text.setFocus()

    def _say(self, text: str, severity: str) -> None:
        invalid = severity == "error"
        if self.text.property("invalid") != invalid:
            self.text.setProperty("invalid", invalid)
            repolish(self.text)
        self.message.setText(text)
        self.message.setProperty("severity", severity)
        repolish(self.message)
        self.message.setVisible(bool(text))
