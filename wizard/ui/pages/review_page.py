"""The "Review and create" page: the final JSON, every finding, Copy and Export.

The JSON is what Export writes (``exporter.to_json``). While the draft does not
fit the API shape yet, the page shows the draft itself as JSON with a red note
saying why, so the user still sees everything they entered.

Refreshing means serialising and listing all findings, so it happens only
while the page is shown; otherwise the page just remembers it is stale.
"""

from __future__ import annotations

import json
import threading

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.findings import Finding, Severity
from wizard.domain.formats.exporter import ExportError, to_json
from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.base import DraftPage, PageId
from wizard.ui.widgets.field_row import repolish
from wizard.ui.widgets.findings_list import FindingsList

COPIED_FEEDBACK_MS = 2000
WARM_UP_THREAD = "wizard-model-warm-up"
_warm_up: list[threading.Thread] = []


def _load_models() -> None:
    # Only a head start: if the import fails here it is retried, and
    # reported, where the export needs it. Once, under load, PySide6's
    # import hook (which reads each new module's source) met pydantic's
    # lazy module attributes half-imported on this thread and raised;
    # that must not reach the crash handler as a crash at start-up.
    # (A module-level function: lupdate loses track of the classes after a
    # function defined inside an if block, and files their strings under no
    # context, where the program never finds their translations.)
    try:
        import wizard.domain.formats.importer
        import wizard.domain.schema.model  # noqa: F401
    except Exception:  # noqa: BLE001 - Python drops the failed module; retried later
        pass


def warm_up_models() -> threading.Thread:
    """Build the pydantic models of the export on a background thread, once.

    The first export (this page's first refresh) imports them, which takes half a
    second; done on the GUI thread the first visit to this page would freeze the
    window that long. Python's import lock makes a refresh that comes earlier
    simply wait for the thread's import rather than import twice.
    """
    if not _warm_up:
        thread = threading.Thread(target=_load_models, name=WARM_UP_THREAD, daemon=True)
        thread.start()
        _warm_up.append(thread)
    return _warm_up[0]


class ReviewPage(DraftPage):
    """Signals: jump_requested(str) a finding's pointer; export_requested()."""

    PAGE_ID = PageId.REVIEW
    PREFIXES = ("",)
    jump_requested = Signal(str)
    export_requested = Signal()

    def __init__(self, controller: DraftController) -> None:
        super().__init__(controller)
        self.setTitle(self.tr("Review and create"))
        self._stale = True
        controller.analysis_changed.connect(self._analysis_changed)
        warm_up_models()
        layout = QVBoxLayout(self)
        layout.addWidget(
            self.intro(
                self.tr(
                    "This is the JSON that Export writes and register-task-definition takes. "
                    "Fix the findings below (Enter or double-click jumps to the field), then "
                    "export it."
                )
            )
        )
        self.summary = _note(self, self.tr("Summary"))
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_json_view())
        self.findings_list = FindingsList(self)
        self.findings_list.finding_activated.connect(self.jump_requested)
        # The one-click fix for plain-text secrets ("Fix: move to secrets...").
        from wizard.ui.dialogs.move_to_secrets import install_findings_fix

        install_findings_fix(self.findings_list, controller)
        splitter.addWidget(self.findings_list)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        self._copied = QTimer(self)
        self._copied.setSingleShot(True)
        self._copied.timeout.connect(lambda: self.copy_button.setText(self.tr("Copy")))

    def _build_json_view(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.export_note = _note(box, self.tr("Why the export is not ready"))
        column.addWidget(self.export_note)
        self.json_view = QPlainTextEdit(box)
        self.json_view.setReadOnly(True)
        self.json_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.json_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.json_view.setAccessibleName(self.tr("Task definition JSON"))
        self.json_view.setAccessibleDescription(
            self.tr("The JSON that Export saves and Register sends (read only).")
        )
        column.addWidget(self.json_view, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy"), box)
        self.copy_button.setToolTip(self.tr("Copy the JSON to the clipboard"))
        self.copy_button.setAccessibleName(self.tr("Copy the JSON to the clipboard"))
        self.copy_button.clicked.connect(self.copy_json)
        self.export_button = QPushButton(self.tr("Export JSON..."), box)
        self.export_button.setToolTip(
            self.tr("Save the JSON for aws ecs register-task-definition --cli-input-json")
        )
        self.export_button.setAccessibleName(self.tr("Export the JSON to a file"))
        self.export_button.clicked.connect(self.export_requested)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return box

    # --- keeping up with the draft ----------------------------------------
    def _analysis_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def initializePage(self) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        doc = self.controller.document
        try:
            text = to_json(doc)
            problem = ""
        except ExportError as exc:
            text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
            problem = self.tr(
                "Not exportable yet; this is the draft as entered. Fix this first: {0}"
            ).format(exc)
        if self.json_view.toPlainText() != text:
            # Keep the reader's place when the text changes under them.
            scroll = self.json_view.verticalScrollBar().value()
            self.json_view.setPlainText(text)
            self.json_view.verticalScrollBar().setValue(scroll)
        _set_note(self.export_note, problem, "error")
        findings = self.controller.findings
        self.findings_list.set_findings(findings, doc)
        errors = sum(f.severity is Severity.ERROR for f in findings)
        warnings = sum(f.severity is Severity.WARNING for f in findings)
        _set_note(self.summary, self._summary_text(errors, warnings), "error" if errors else "ok")

    def _summary_text(self, errors: int, warnings: int) -> str:
        if errors == 1:
            text = self.tr("1 error must be fixed before AWS accepts this")
        elif errors:
            text = self.tr("{0} errors must be fixed before AWS accepts this").format(errors)
        else:
            text = self.tr("Ready to register")
        if warnings == 1:
            text += self.tr(" (1 warning worth a look)")
        elif warnings:
            text += self.tr(" ({0} warnings worth a look)").format(warnings)
        return text

    def add_section(self, widget: QWidget) -> None:
        """Another part below the findings (the account checks), sharing their room."""
        self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(self.splitter.count() - 1, 2)

    @property
    def json_text(self) -> str:
        return self.json_view.toPlainText()

    def copy_json(self) -> None:
        QGuiApplication.clipboard().setText(self.json_view.toPlainText())
        self.copy_button.setText(self.tr("Copied"))
        self._copied.start(COPIED_FEEDBACK_MS)

    def isComplete(self) -> bool:
        # A draft can always be exported or saved; the summary says what is left.
        return True

    def blocking_findings(self) -> list[Finding]:
        return []


def _note(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("statusNote")
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


def _set_note(label: QLabel, text: str, severity: str) -> None:
    if label.text() != text:
        label.setText(text)
    if label.isHidden() == bool(text):
        label.setVisible(bool(text))
    if label.property("severity") != severity:
        label.setProperty("severity", severity)
        repolish(label)
