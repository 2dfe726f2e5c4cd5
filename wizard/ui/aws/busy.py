"""A status line for AWS work: a busy indicator, what is happening, and Cancel.

The line stays after the work ends, saying how it ended (done, cancelled, or
the mapped error with its fix), so the outcome is not only in a dialog that
the user may already have closed.

After a failure that may go away (the network, throttling, an expired login)
the line offers Retry.

Signals:
    cancel_requested(): the user pressed Cancel while busy.
    retry_requested(): the user pressed Retry after a failure.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from wizard.services.errors import AwsError
from wizard.ui.draft.screen_words import screen_finding
from wizard.ui.jobs import Job
from wizard.ui.widgets.field_row import repolish
from wizard.ui.widgets.wrapped_label import WrappedLabel

PROGRESS_WIDTH = 120


class BusyBar(QWidget):
    cancel_requested = Signal()
    retry_requested = Signal()

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
        # Its own height for a long error: the dialog grows instead of
        # squashing the rows above it.
        self.status = WrappedLabel("", self)
        self.status.setObjectName("statusNote")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("{0}: status").format(name))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("{0}: cancel").format(name))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setAccessibleName(self.tr("{0}: try again").format(name))
        self.retry_button.hide()
        self.retry_button.clicked.connect(self._retry)
        self._retry_wired = False  # a Retry nobody answers is never shown
        layout.addWidget(self.progress)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.retry_button)
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

    @property
    def retry_offered(self) -> bool:
        return not self.retry_button.isHidden()

    def offer_retry(self, slot: Callable[[], None]) -> None:
        """Show Retry after errors that may go away; ``slot`` does the work again."""
        self.retry_requested.connect(slot)
        self._retry_wired = True

    def start(self, text: str, cancellable: bool = True) -> None:
        self._set(text, "info")
        self.retry_button.hide()
        self.progress.show()
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)

    def finish(self, text: str = "", severity: str = "ok") -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.retry_button.hide()
        self._set(text, severity)

    def show_error(self, error: AwsError, suffix: str = "", retry: bool | None = None) -> None:
        """The error and its fix; Retry is offered when ``retry`` (by default: when
        the owner offers retrying and the error may go away without changing the
        request)."""
        self.finish(error_text(error, suffix), "error")
        wanted = error.retryable if retry is None else retry
        self.retry_button.setVisible(self._retry_wired and wanted)

    def _retry(self) -> None:
        self.retry_button.hide()
        self.retry_requested.emit()

    def _set(self, text: str, severity: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if self.status.property("severity") != severity:
            self.status.setProperty("severity", severity)
            repolish(self.status)


def error_text(error: AwsError, suffix: str = "") -> str:
    """The message, then what to do: the mapped hint already names the fix. In the
    screen's words, as the findings: a field as its label reads, the API members
    in a note."""
    message, hint, api = screen_finding(error.message, error.hint, error.field_pointer or "")
    return " ".join(part for part in (message, hint, api, suffix) if part)


class PurposeJobs:
    """The jobs of one window, at most one per purpose ("families", "pull", ...): a
    new job for a purpose cancels the one it replaces; the window's BusyBar shows
    while any runs."""

    def __init__(self, busy: BusyBar, on_change: Callable[[], None] = lambda: None) -> None:
        """``on_change()`` runs after a job started, finished or was cancelled: the
        window's buttons follow whether anything runs (one place, not each caller)."""
        self.busy = busy
        self._on_change = on_change
        self._jobs: dict[str, Job] = {}

    def __contains__(self, purpose: object) -> bool:
        return purpose in self._jobs

    def __bool__(self) -> bool:
        return bool(self._jobs)

    def replace(self, purpose: str) -> None:
        """Cancel the job running for ``purpose`` (a new one is about to start)."""
        old = self._jobs.pop(purpose, None)
        if old is not None:
            old.cancel()

    def started(self, purpose: str, job: Job, text: str) -> None:
        self._jobs[purpose] = job
        self.busy.start(text)
        self._on_change()

    def finished(self, purpose: str, job: Job) -> None:
        """``job`` is done; the bar stops when it was the last (a replaced job's
        finish does not forget its successor)."""
        if self._jobs.get(purpose) is job:
            del self._jobs[purpose]
        if not self._jobs and self.busy.busy:
            self.busy.finish()
        self._on_change()

    def cancel_all(self, note: str) -> None:
        for job in self._jobs.values():
            job.cancel()
        self._jobs.clear()
        if self.busy.busy:
            self.busy.finish(note, "warning")
        self._on_change()
