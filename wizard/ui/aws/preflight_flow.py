""" "Check against account" on the review page: the preflight in a worker.

The job runner (``jobs.py``) runs :func:`run_preflight` on a pool thread; the
worker makes its own clients there (a boto3 session of its own, used by that
thread only) from the connection's profile, region and endpoint, read here on
the GUI thread. It reports progress into a small locked counter that a timer
on the GUI thread reads: the worker never touches a widget and emits nothing
but the job's own signals. Cancel stops it between two checks; a cancelled
job's result is never shown.

The results go stale as soon as the draft changes (the page says so); the
image field of each container shows the last result for its image.

Signals:
    finished(object): the :class:`~wizard.services.preflight.results.Report`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wizard.services.errors import AwsError
from wizard.services.preflight.context import options_from_environment
from wizard.services.preflight.results import Report
from wizard.services.preflight.runner import connect_for_preflight, run_preflight
from wizard.ui.app import settings
from wizard.ui.aws.account import AccountState
from wizard.ui.aws.account_flow import AccountFlow
from wizard.ui.aws.busy import error_text
from wizard.ui.aws.preflight_view import Checklist
from wizard.ui.draft.controller import DraftController
from wizard.ui.jobs import CancelToken, Job

PROGRESS_MS = 100
Done = Callable[[Report | None, AwsError | None], None]


class _Progress:
    """Checks done / total, written by the worker, read by the GUI thread's timer."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.done, self.total = 0, 0

    def update(self, done: int, total: int) -> None:
        with self._lock:
            self.done, self.total = done, total

    def read(self) -> tuple[int, int]:
        with self._lock:
            return self.done, self.total


class PreflightPanel(QWidget):
    """The button, the progress line, the two settings, the stale note and the checklist."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflightPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check against account"), self)
        self.check_button.setToolTip(
            self.tr(
                "Check roles, permissions, images, log groups, secrets and storage in the "
                "connected account (read-only; secret values are never read)"
            )
        )
        self.check_button.setAccessibleName(self.tr("Check against the AWS account"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Checks done"))
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the checks"))
        self.cancel_button.setToolTip(self.tr("Stop the checks; nothing is changed either way"))
        self.cancel_button.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("statusNote")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Account check status"))
        row.addWidget(self.check_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.status, 2)
        layout.addLayout(row)
        options = QHBoxLayout()
        self.public_box = QCheckBox(
            self.tr("Ask public registries (Docker Hub, public.ecr.aws, ghcr.io, quay.io)"), self
        )
        self.public_box.setToolTip(
            self.tr(
                "Ask these registries, anonymously, whether each image and tag exists and "
                "which platforms it has (manifests only, never layers)"
            )
        )
        self.public_box.setChecked(settings.preflight_public_registries())
        self.public_box.toggled.connect(settings.set_preflight_public_registries)
        self.before_register_box = QCheckBox(self.tr("Check before registering"), self)
        self.before_register_box.setToolTip(
            self.tr("Run these checks when you click Register, and ask before registering anyway")
        )
        self.before_register_box.setChecked(settings.preflight_before_register())
        self.before_register_box.toggled.connect(settings.set_preflight_before_register)
        options.addWidget(self.public_box)
        options.addWidget(self.before_register_box)
        options.addStretch(1)
        layout.addLayout(options)
        self.stale_note = QLabel(
            self.tr("The draft changed since this check: run it again to see where it stands."),
            self,
        )
        self.stale_note.setObjectName("statusNote")
        self.stale_note.setProperty("severity", "warning")
        self.stale_note.setWordWrap(True)
        self.stale_note.setVisible(False)
        layout.addWidget(self.stale_note)
        self.checklist = Checklist(self)
        self.checklist.setVisible(False)
        layout.addWidget(self.checklist, 1)


def _make_room(panel: QWidget) -> None:
    """Give the checklist about half of the page's splitter when it first appears."""
    splitter = panel.parentWidget()
    if not isinstance(splitter, QSplitter):
        return
    sizes = splitter.sizes()
    total = sum(sizes)
    index = splitter.indexOf(panel)
    if total <= 0 or index < 0 or sizes[index] >= total // 2:
        return
    others = total - total // 2
    rest = sum(size for i, size in enumerate(sizes) if i != index) or 1
    splitter.setSizes(
        [total // 2 if i == index else size * others // rest for i, size in enumerate(sizes)]
    )


class PreflightFlow(AccountFlow):
    finished = Signal(object)

    def __init__(
        self,
        controller: DraftController,
        account: AccountState,
        panel: PreflightPanel,
        jump: Callable[[str], None],
        ensure_connected: Callable[[], bool],
    ) -> None:
        super().__init__(panel, controller, account, jump, ensure_connected)
        self.panel = panel
        self.report: Report | None = None
        self.stale = False
        self.image_status: QWidget | None = None  # the image field's mark, once installed
        self._progress = _Progress()
        self._timer = QTimer(self)
        self._timer.setInterval(PROGRESS_MS)
        self._timer.timeout.connect(self._show_progress)
        panel.check_button.clicked.connect(self.start)
        panel.cancel_button.clicked.connect(self.cancel)
        panel.checklist.check_activated.connect(jump)
        controller.document_changed.connect(self._draft_changed)

    @Slot()
    def start(self) -> None:
        if self.busy:
            return
        if not self._connected(self.tr("Not connected to an AWS account; nothing was checked.")):
            return
        self.run(self.controller.snapshot(), lambda _report, _error: None)

    def run(
        self,
        document: dict[str, Any],
        done: Done,
        on_finished: Callable[[Job], None] | None = None,
    ) -> Job | None:
        """Check ``document`` in a worker; ``done(report, None)`` or ``done(None, error)``
        on the GUI thread (not after a cancel); ``on_finished(job)`` always."""
        conn = self.account.connection
        if conn is None or self.busy:
            return None
        profile, region, endpoint = conn.profile, conn.region, conn.endpoint_url
        options = options_from_environment(public_registries=self.panel.public_box.isChecked())
        progress = self._progress
        progress.update(0, 0)

        def work(token: CancelToken) -> Report:
            # A session of this thread's own: boto3 sessions must not be shared.
            worker_conn = connect_for_preflight(profile, region, endpoint)
            return run_preflight(
                document,
                worker_conn,
                options,
                cancelled=lambda: token.cancelled,
                progress=progress.update,
            )

        def result(report: Report) -> None:
            self._show(report)
            done(report, None)

        def error(exc: AwsError) -> None:
            # In the screen's words, as every AWS error the GUI shows.
            self._say(self.tr("Could not check: {0}").format(error_text(exc)), "error")
            done(None, exc)

        def finished(job: Job) -> None:
            if self._is_current(job):
                self._end()
            if on_finished is not None:
                on_finished(job)

        job = self.account.runner.submit(
            work,
            on_result=result,
            on_error=error,
            on_finished=finished,
            owner=self,
            name="preflight",
        )
        self._job = job
        self._begin()
        return job

    @Slot()
    def cancel(self) -> None:
        if self._take_job() is None:
            return
        self._end()
        self._say(self.tr("Cancelled; the checks stopped."), "warning")

    # --- showing ------------------------------------------------------------------------
    def _begin(self) -> None:
        self.panel.check_button.setEnabled(False)
        self.panel.progress.setRange(0, 0)  # busy until the first check reports
        self.panel.progress.setVisible(True)
        self.panel.cancel_button.setVisible(True)
        self.panel.status.setText(self.tr("Checking against the account..."))
        self._timer.start()

    def _end(self) -> None:
        self._timer.stop()
        self.panel.check_button.setEnabled(True)
        self.panel.progress.setVisible(False)
        self.panel.cancel_button.setVisible(False)

    def _show_progress(self) -> None:
        done, total = self._progress.read()
        if total:
            self.panel.progress.setRange(0, total)
            self.panel.progress.setValue(done)

    def _show(self, report: Report) -> None:
        self.report = report
        self.stale = False
        self.panel.stale_note.setVisible(False)
        self.panel.checklist.set_report(report)
        if not self.panel.checklist.isVisible():
            self.panel.checklist.setVisible(True)
            _make_room(self.panel)
        s = report.summary()
        blocking = len(report.blocking)
        text = self.tr("{0} passed, {1} failed, {2} skipped (account {3}, {4})").format(
            s["passed"], s["failed"], s["skipped"], report.account, report.region
        )
        self._say(text, "error" if blocking else "warning" if s["failed"] else "ok")
        self.finished.emit(report)

    def _say(self, text: str, severity: str) -> None:
        self.panel.status.setText(text)
        self.panel.status.setProperty("severity", severity)
        self.panel.status.style().unpolish(self.panel.status)
        self.panel.status.style().polish(self.panel.status)

    @Slot(str)
    def _draft_changed(self, _pointer: str) -> None:
        if self.report is not None and not self.stale:
            self.stale = True
            self.panel.stale_note.setVisible(True)
