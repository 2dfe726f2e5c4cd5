"""The crash report dialog (see :mod:`wizard.ui.app.crash`): built only when
something went wrong, so its module stays out of the start-up."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wizard import APP_NAME
from wizard.ui.app.crash import CrashRecord


class CrashDialog(QDialog):
    """The report, a Copy button, and the choice to go on or quit."""

    def __init__(self, record: CrashRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("{} ran into a problem").format(APP_NAME))
        self.quit_requested = False
        self.record = record
        layout = QVBoxLayout(self)
        intro = QLabel(self._explanation(record), self)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(record.report, self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setMinimumSize(640, 320)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(self)
        copy = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        if record.log_file:
            folder = buttons.addButton(
                self.tr("Open log folder"), QDialogButtonBox.ButtonRole.ActionRole
            )
            folder.clicked.connect(self._open_log_folder)
        buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.DestructiveRole
        ).clicked.connect(self._quit)
        go_on = buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        go_on.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _explanation(self, record: CrashRecord) -> str:
        parts = [self.tr("Something went wrong that the program did not expect.")]
        if record.autosave:
            parts.append(
                self.tr("Your draft was saved to {} (open it with File, Open).").format(
                    record.autosave
                )
            )
        if record.log_file:
            parts.append(self.tr("This report was saved to {}.").format(record.log_file))
        parts.extend(record.problems)
        parts.append(
            self.tr(
                "Please include the report when you tell us about the problem. It holds "
                "versions and the error only: no credentials, no environment values."
            )
        )
        parts.append(self.tr("You can continue, but save your work soon."))
        return "\n\n".join(parts)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.record.report)

    def _open_log_folder(self) -> None:
        if self.record.log_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.record.log_file.parent)))

    def _quit(self) -> None:
        self.quit_requested = True
        self.reject()

    def launch(self) -> bool:
        """Show modally; True if the user chose to quit."""
        self.exec()
        return self.quit_requested
