"""File > New from Template: pick one of the ready-made starting points.

The chosen template replaces the draft as one undoable step (after the usual
question about unsaved changes) and starts clean, like File > New: nothing in
it is the user's work yet.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.formats.templates import TEMPLATES, load_template
from wizard.ui.draft.file_actions import FileActions
from wizard.ui.widgets.form_rows import caption_for

# The titles and descriptions of wizard/domain/formats/templates.py, marked for lupdate
# (the domain has no Qt); shown through template_text(). tests/ui/test_translations.py
# fails when a template's text is missing here.
TEMPLATE_TEXTS = (
    QT_TRANSLATE_NOOP("Templates", "WordPress and MySQL (Fargate quick start)"),
    QT_TRANSLATE_NOOP(
        "Templates",
        "The Fargate Quick Start book's example: WordPress and MySQL in one task of 0.25 "
        "vCPU and 512 MiB, 128 MiB soft limit and 10 CPU units each; WordPress starts "
        "after MySQL and reaches it on localhost; the database password comes from AWS "
        "Secrets Manager.",
    ),
    QT_TRANSLATE_NOOP("Templates", "Web service on port 80"),
    QT_TRANSLATE_NOOP(
        "Templates",
        "One nginx container serving port 80 with a health check, logging to CloudWatch "
        "Logs with awslogs.",
    ),
    QT_TRANSLATE_NOOP("Templates", "Worker with a FireLens log router"),
    QT_TRANSLATE_NOOP(
        "Templates",
        "A background worker whose logs go through a Fluent Bit sidecar (AWS for Fluent "
        "Bit) to CloudWatch Logs; the task role lets Fluent Bit write the logs.",
    ),
    QT_TRANSLATE_NOOP("Templates", "Application with an OpenTelemetry sidecar"),
    QT_TRANSLATE_NOOP(
        "Templates",
        "An application container sending traces and metrics over OTLP to an AWS Distro "
        "for OpenTelemetry collector sidecar on localhost:4317.",
    ),
)


def template_text(text: str) -> str:
    """A template's title or description in the GUI's language."""
    return QCoreApplication.translate("Templates", text)


class TemplateDialog(QDialog):
    """A list of template titles with the selected one's description below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.setWindowTitle(self.tr("New from template"))
        self.list = QListWidget(self)
        for template in TEMPLATES:
            item = QListWidgetItem(template_text(template.title), self.list)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            item.setToolTip(template_text(template.description))
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setAccessibleName(self.tr("Template description"))
        # Room for the longest description without the dialog jumping in size.
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = caption_for(self.tr("Start from one of these task definitions:"), self.list, self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.description)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._describe)
        self.list.itemDoubleClicked.connect(self.accept)
        self.list.setCurrentRow(0)
        self.resize(560, 420)

    @Slot()
    def _describe(self, *_: object) -> None:
        template = TEMPLATES[max(self.list.currentRow(), 0)]
        self.description.setText(template_text(template.description))

    def chosen_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""


class TemplateActions(QObject):
    def __init__(self, files: FileActions) -> None:
        super().__init__(files)
        self.files = files

    def ask_template(self) -> str:
        """The chosen template id, "" when cancelled (tests replace this)."""
        dialog = TemplateDialog(self.files.window)
        try:
            return dialog.chosen_id() if dialog.exec() == QDialog.DialogCode.Accepted else ""
        finally:
            dialog.deleteLater()

    @Slot()
    def new_from_template(self) -> bool:
        # Choose first: cancelling the list should not have asked about saving.
        template_id = self.ask_template()
        if not template_id or not self.files.maybe_save():
            return False
        title = next(t.title for t in TEMPLATES if t.id == template_id)
        document = load_template(template_id)
        label = self.tr("New from template {0}").format(template_text(title))
        self.files.load_draft(document, label, clean=True)
        return True
