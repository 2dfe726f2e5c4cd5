"""A status line for AWS work: a busy indicator, what is happening, and Cancel.

The line stays after the work ends, saying how it ended (done, cancelled, or
the mapped error with its fix), so the outcome is not only in a dialog that
the user may already have closed.

Signals:
    cancel_requested(): the user pressed Cancel while busy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from wizard.services.errors import AwsError
from wizard.ui.widgets.field_row import repolish

PROGRESS_WIDTH = 120


class BusyBar(QWidget):
    cancel_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # no known end: an AWS call reports no progress
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(PROGRESS_WIDTH)
        self.progress.setAccessibleName(self.tr("{0}: in progress").format(name))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("statusNote")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("{0}: status").format(name))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("{0}: cancel").format(name))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout.addWidget(self.progress)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.cancel_button)

    @property
    def busy(self) -> bool:
        return not self.progress.isHidden()

    @property
    def text(self) -> str:
        return self.status.text()

    @property
    def severity(self) -> str:
        return str(self.status.property("severity") or "")

    def start(self, text: str, cancellable: bool = True) -> None:
        self._set(text, "info")
        self.progress.show()
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)

    def finish(self, text: str = "", severity: str = "ok") -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._set(text, severity)

    def show_error(self, error: AwsError, suffix: str = "") -> None:
        self.finish(error_text(error, suffix), "error")

    def _set(self, text: str, severity: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if self.status.property("severity") != severity:
            self.status.setProperty("severity", severity)
            repolish(self.status)


def error_text(error: AwsError, suffix: str = "") -> str:
    """The message, then what to do: the mapped hint already names the fix."""
    parts = [error.message]
    if error.hint:
        parts.append(error.hint)
    if suffix:
        parts.append(suffix)
    return " ".join(parts)
