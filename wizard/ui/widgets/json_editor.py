"""The JSON view of the draft, like the console's "Create new task definition
with JSON", kept in sync with the form.

The text shows the draft as pretty JSON. The user edits it and presses Apply
(Ctrl+Return): the text is loaded like a file (``importer.load_text``). JSON
that cannot be read, or that is not a task definition, shows where (line and
column, with the line highlighted) and leaves the draft alone. Anything that
loads replaces the draft; the findings then say what is still wrong.

Form edits refresh the text, except while it holds unapplied edits: those are
never overwritten, a banner offers Reload instead.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.findings import Finding, Severity
from wizard.domain.formats.importer import LoadResult, load_text
from wizard.ui.app import theme
from wizard.ui.draft.controller import DraftController
from wizard.ui.draft.screen_words import finding_text
from wizard.ui.widgets.field_row import set_severity


def draft_json(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


class JsonEditor(QWidget):
    def __init__(self, controller: DraftController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAccessibleName(self.tr("JSON view"))
        self._applying = False
        self._stale = False
        self.error_lines: list[int] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_banner())
        self.editor = QPlainTextEdit(self)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setAccessibleName(self.tr("Task definition JSON, editable"))
        self.editor.modificationChanged.connect(self._update_status)
        layout.addWidget(self.editor, 1)
        self.error_label = _note(self, self.tr("JSON error"))
        layout.addWidget(self.error_label)
        layout.addLayout(self._build_buttons())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.apply)
        controller.document_changed.connect(self._draft_changed)
        self.refresh()

    def _build_banner(self) -> QWidget:
        self.banner = QWidget(self)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(0, 0, 0, 0)
        self.banner_label = _note(self.banner, self.tr("The form changed"))
        self.banner_label.setText(self.tr("The form changed; Reload discards your JSON edits."))
        set_severity(self.banner_label, "warning")
        self.banner_label.show()
        row.addWidget(self.banner_label, 1)
        reload_button = QPushButton(self.tr("Reload"), self.banner)
        reload_button.setAccessibleName(self.tr("Reload the JSON from the form"))
        reload_button.setToolTip(self.tr("Show the form's current draft; your edits are lost"))
        reload_button.clicked.connect(self.refresh)
        row.addWidget(reload_button)
        self.banner.hide()
        return self.banner

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setToolTip(self.tr("Use this JSON as the draft (Ctrl+Return)"))
        self.apply_button.setAccessibleName(self.tr("Apply the JSON to the draft"))
        self.apply_button.clicked.connect(self.apply)
        self.discard_button = QPushButton(self.tr("Discard edits"), self)
        self.discard_button.setToolTip(self.tr("Throw away your edits and show the draft again"))
        self.discard_button.setAccessibleName(self.tr("Discard the JSON edits"))
        self.discard_button.clicked.connect(self.refresh)
        self.status = _note(self, self.tr("JSON view status"))
        set_severity(self.status, "")
        self.status.show()
        row.addWidget(self.apply_button)
        row.addWidget(self.discard_button)
        row.addWidget(self.status, 1)
        return row

    # --- state ------------------------------------------------------------
    @property
    def has_unapplied_edits(self) -> bool:
        return self.editor.document().isModified()

    @property
    def form_changed(self) -> bool:
        """The draft changed since the text was loaded (while it had edits)."""
        return self.banner.isVisibleTo(self)

    @property
    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def refresh(self) -> None:
        """Show the current draft, discarding unapplied edits and any error."""
        self._stale = False
        text = draft_json(self.controller.document)
        if self.editor.toPlainText() != text:
            scroll = self.editor.verticalScrollBar().value()
            self.editor.setPlainText(text)
            self.editor.verticalScrollBar().setValue(scroll)
        if self.editor.document().isModified():
            self.editor.document().setModified(False)
        if not self.banner.isHidden():
            self.banner.hide()
        self._clear_error()
        self._update_status()

    def _draft_changed(self, _ptr: str) -> None:
        if self._applying:
            return
        if self.has_unapplied_edits:
            self.banner.show()
        elif self.isVisible():
            self.refresh()
        else:
            self._stale = True  # hidden: serialise when shown, not on every keystroke

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self.has_unapplied_edits:
            self.refresh()

    def _update_status(self, *_: object) -> None:
        edited = self.has_unapplied_edits
        if self.apply_button.isEnabled() != edited:
            self.apply_button.setEnabled(edited)
            self.discard_button.setEnabled(edited)
        if not edited:
            text = self.tr("In sync with the form")
        elif not self.error_text:
            text = self.tr("Unapplied edits: Apply (Ctrl+Return) to use them")
        else:
            return
        if self.status.text() != text:
            self.status.setText(text)

    # --- applying ---------------------------------------------------------
    def apply(self) -> bool:
        """Load the text into the draft; False (draft unchanged) when it cannot be read."""
        result = load_text(self.editor.toPlainText())
        if result.document is None or result.fatal:
            self._show_error(result)
            return False
        self._applying = True
        try:
            self.controller.replace_document(result.document)
        finally:
            self._applying = False
        self.refresh()
        # What loading tidied (nulls removed, "1 GB" converted, ...) and the
        # analysis will not repeat: say it once so nothing changes silently.
        notes = [f for f in result.findings if f not in self.controller.findings]
        self.status.setText(self._applied_text(notes))
        return True

    def _applied_text(self, notes: list[Finding]) -> str:
        if not notes:
            return self.tr("Applied")
        more = len(notes) - 1
        text = self.tr("Applied; changed on loading: {0}").format(finding_text(notes[0]))
        return text + (self.tr(" (and {0} more)").format(more) if more else "")

    def _show_error(self, result: LoadResult) -> None:
        errors = [f for f in result.findings if f.severity is Severity.ERROR] or result.findings
        located = [(self._locate(result, f), f) for f in errors]
        (line, column), first = located[0]
        message = first.params.get("detail") if first.rule == "json-syntax" else finding_text(first)
        text = self.tr("Line {0}, column {1}: {2}").format(line, column, message)
        if len(located) > 1:
            text += self.tr(" (and {0} more)").format(len(located) - 1)
        text += "\n" + self.tr("Nothing was applied; the form keeps its state.")
        self.error_label.setText(text)
        self.error_label.show()
        self.status.setText(self.tr("Not applied"))
        self._highlight(sorted({pos[0] for pos, _ in located}))
        self._move_cursor(line, column)

    def _locate(self, result: LoadResult, finding: Finding) -> tuple[int, int]:
        params = finding.params
        if "line" in params and "column" in params:
            return int(params["line"]), int(params["column"])
        return result.position(finding.path) if result.text is not None else (1, 1)

    def _highlight(self, lines: list[int]) -> None:
        self.error_lines = lines
        background = QColor(theme.colour("error"))
        background.setAlpha(70)
        selections = []
        document = self.editor.document()
        for line in lines:
            block = document.findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(background)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(block)
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def _move_cursor(self, line: int, column: int) -> None:
        block = self.editor.document().findBlockByNumber(max(line - 1, 0))
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        offset = min(max(column - 1, 0), max(block.length() - 1, 0))
        cursor.setPosition(block.position() + offset)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus()

    def _clear_error(self) -> None:
        if self.error_label.isHidden() and not self.error_lines:
            return
        self.error_label.hide()
        self.error_label.clear()
        self._highlight([])


def _note(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("statusNote")
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_severity(label, "error")
    label.hide()
    return label
