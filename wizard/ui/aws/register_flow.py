"""Register, from the review page: check, compare, confirm, send, report.

1. The rules run on a snapshot of the draft: errors and unrendered
   placeholders block (nothing is sent; the user may jump to a field);
   warnings need a confirmation.
2. Not connected: the connect dialog opens first.
2b. With "Check before registering" on, the account checks run first; failed
   error checks are listed with "Register anyway" (and "Go to field").
3. A worker fetches the family's latest ACTIVE revision and diffs it with the
   request; the diff dialog shows the changes (or "no changes from revision
   N", or "first revision") with Register / Cancel.
4. A worker registers. The review page shows a busy line with Cancel; the
   window stays usable. Success shows the new ARN and revision; a failure
   shows the mapped message, its fix and "Go to field" when AWS named one.

The draft is only ever read here, so a failed registration cannot change it.
Dialogs are opened from a zero-delay timer, never inside a job callback: a
modal dialog's event loop would otherwise run while the job's signals object
is being delivered, and that object is deleted once the job has finished.

Signals:
    registered(object): a :class:`~wizard.services.gateway.Registered`.
    failed(object): the :class:`~wizard.services.errors.AwsError` of a failed attempt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from wizard.domain.formats.importer import load_value
from wizard.domain.text.plural import plural
from wizard.services.errors import AwsError
from wizard.services.gateway import Boto3EcsGateway, Registered
from wizard.services.register import Comparison, compare_with_latest, prepare
from wizard.ui.app import settings
from wizard.ui.aws.account import AccountState, submit_with_gateway
from wizard.ui.aws.account_flow import AccountFlow
from wizard.ui.aws.busy import BusyBar
from wizard.ui.aws.messages import AwsErrorDialog
from wizard.ui.aws.preflight_dialog import PreflightFailedDialog
from wizard.ui.aws.register_dialogs import (
    BlockedDialog,
    DiffDialog,
    RegisteredDialog,
    WarningsDialog,
)
from wizard.ui.draft.controller import DraftController
from wizard.ui.jobs import Job

# A failed comparison does not stop registering: it needs other permissions than
# ecs:RegisterTaskDefinition, and the diff is a courtesy.
_COMPARE_OPTIONAL = ("access-denied", "not-found")


class RegisterPanel(QWidget):
    """The Register button and its busy line, placed beside Export on the review page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerPanel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.register_button = QPushButton(self.tr("Register..."), self)
        self.register_button.setToolTip(
            self.tr("Register this task definition as the next revision of its family")
        )
        self.register_button.setAccessibleName(self.tr("Register in the AWS account"))
        self.busy = BusyBar(self.tr("Registering"), self)
        layout.addWidget(self.register_button)
        layout.addWidget(self.busy, 1)


class RegisterFlow(AccountFlow):
    registered = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        window: QWidget,
        controller: DraftController,
        account: AccountState,
        panel: RegisterPanel,
        jump: Callable[[str], None],
        ensure_connected: Callable[[], bool],
    ) -> None:
        super().__init__(window, controller, account, jump, ensure_connected)
        self.window = window
        self.panel = panel
        self.last_registered: Registered | None = None
        # The account checks (a PreflightFlow), installed beside Register when AWS is.
        self.preflight: Any = None
        self._request: dict[str, Any] = {}
        panel.register_button.clicked.connect(self.start)
        panel.busy.cancel_requested.connect(self.cancel)
        # Retry starts over: the checks and the diff run again on the draft as it is now.
        panel.busy.offer_retry(self.start)

    # --- 1-2: checks before anything is sent ------------------------------------
    @Slot()
    def start(self) -> None:
        if self.busy:
            return
        request = self._checked_request()
        if request is None:
            return
        if not self._connected(self.tr("Not connected to an AWS account; nothing was sent.")):
            return
        self._request = request
        if self.preflight is not None and settings.preflight_before_register():
            self._check_first(request)
            return
        self._compare(request)

    def _compare(self, request: dict[str, Any]) -> None:
        family = str(request.get("family", ""))
        self._run(
            lambda gateway: compare_with_latest(gateway, request),
            self._compared,
            self._compare_failed,
            self.tr("Comparing with the latest revision of {0}...").format(family),
            "compare",
        )

    # --- 2b: the account checks (the preflight), when the setting asks for them --------
    def _check_first(self, request: dict[str, Any]) -> None:
        job = self.preflight.run(request, self._checked, on_finished=self._finished)
        if job is None:  # the checklist is busy with the user's own check
            self._compare(request)
            return
        self._job = job
        self.panel.register_button.setEnabled(False)
        self.panel.busy.start(self.tr("Checking against the account before registering..."))

    def _checked(self, report: Any, _error: AwsError | None) -> None:
        # Checks that could not run do not stop registering (as on the command line).
        if report is None or not report.blocking:
            self._later(lambda: self._compare(self._request))
            return
        failures = report.blocking
        self._later(lambda: self._ask_anyway(failures))

    def _ask_anyway(self, failures: list[Any]) -> None:
        proceed, ptr = PreflightFailedDialog.ask(self.window, failures)
        if not proceed:
            failed = len(failures)
            self._say(
                plural(
                    failed,
                    self.tr("Not registered: {0} check against the account failed."),
                    self.tr("Not registered: {0} checks against the account failed."),
                ).format(failed),
                "error",
            )
            self._jump_then_none(ptr)
            return
        self._compare(self._request)

    def _checked_request(self) -> dict[str, Any] | None:
        prep = prepare(load_value(self.controller.snapshot()))
        if prep.errors or prep.request is None:
            count = len(prep.errors)
            ptr = BlockedDialog.ask(
                self.window,
                self.tr("Cannot register yet"),
                plural(
                    count,
                    self.tr(
                        "AWS would refuse this task definition: {0} error below. Nothing was "
                        "sent. Go to the field to fix it."
                    ),
                    self.tr(
                        "AWS would refuse this task definition: {0} errors below. Nothing was "
                        "sent. Go to a field to fix it."
                    ),
                ).format(count),
                prep.errors,
                self.controller.document,
            )
            self._say(
                plural(
                    count,
                    self.tr("Not registered: fix the error first."),
                    self.tr("Not registered: fix the {0} errors first."),
                ).format(count),
                "error",
            )
            self._jump_then_none(ptr)
            return None
        if prep.placeholders:
            tokens = sorted({str(f.params.get("token", "")) for f in prep.placeholders})
            ptr = BlockedDialog.ask(
                self.window,
                self.tr("Unrendered placeholders"),
                self.tr(
                    "The draft still holds template placeholders ({0}); ECS would take them "
                    "literally. Replace them with real values. Nothing was sent."
                ).format(", ".join(tokens)),
                prep.placeholders,
                self.controller.document,
            )
            self._say(self.tr("Not registered: replace the placeholders first."), "error")
            self._jump_then_none(ptr)
            return None
        if prep.warnings:
            proceed, ptr = WarningsDialog.ask(self.window, prep.warnings, self.controller.document)
            if not proceed:
                self._say(self.tr("Not registered; nothing was sent."), "warning")
                self._jump_then_none(ptr)
            return None
        return prep.request

    def _jump_then_none(self, ptr: str | None) -> None:
        if ptr is not None:
            self.jump(ptr)
        return None

    # --- 3: the diff --------------------------------------------------------------
    def _compared(self, comparison: Comparison | None) -> None:
        family = str(self._request.get("family", ""))
        if comparison is None:
            summary = self.tr(
                "The family {0} has no ACTIVE revision yet: this registers its first revision."
            ).format(family)
            lines: list[str] = []
        elif not comparison.changes:
            summary = self.tr(
                "No changes from revision {0} of {1}. ECS still registers a new revision."
            ).format(comparison.revision, family)
            lines = []
        else:
            changes = len(comparison.changes)
            summary = plural(
                changes,
                self.tr("{0} change from revision {1} of {2}:"),
                self.tr("{0} changes from revision {1} of {2}:"),
            ).format(changes, comparison.revision, family)
            lines = [change.readable() for change in comparison.changes]
        compare = None
        if comparison is not None and comparison.latest is not None:
            before = f"{family}:{comparison.revision}"
            compare = (comparison.latest, self._request, before, self.tr("this draft"))
        self._say(self.tr("Waiting for your confirmation..."), "info")
        self._later(lambda: self._confirm(summary, lines, compare))

    def _compare_failed(self, error: AwsError) -> None:
        if error.kind in _COMPARE_OPTIONAL:
            summary = self.tr(
                "Cannot compare with the latest revision ({0}). Registering still makes a new "
                "revision."
            ).format(error.message)
            self._say(self.tr("Waiting for your confirmation..."), "info")
            self._later(lambda: self._confirm(summary, []))
        else:
            self._fail(error)

    def _confirm(
        self,
        summary: str,
        lines: list[str],
        compare: tuple[dict[str, Any], dict[str, Any], str, str] | None = None,
    ) -> None:
        # Side by side per container and section when the latest revision came back.
        if not DiffDialog.ask(self.window, summary, lines, compare):
            self._say(self.tr("Not registered; nothing was sent."), "warning")
            return
        request = self._request
        self._run(
            lambda gateway: gateway.register_task_definition(request),
            self._succeeded,
            self._register_failed,
            self.tr("Registering {0}...").format(request.get("family", "")),
            "register",
        )

    # --- 4: the outcome -------------------------------------------------------------
    def _succeeded(self, registered: Registered) -> None:
        self.last_registered = registered
        self._say(
            self.tr("Registered {0}, revision {1}: {2}").format(
                registered.family, registered.revision, registered.arn
            ),
            "ok",
        )
        self.registered.emit(registered)
        self._later(lambda: RegisteredDialog.launch(self.window, registered))

    def _register_failed(self, error: AwsError) -> None:
        self._fail(error, sent=True)

    def _fail(self, error: AwsError, sent: bool = False) -> None:
        if sent and error.maybe_applied:
            # The request left, its answer did not come back: do not promise either way.
            note = self.tr(
                "The registration may or may not have been made: check the family's "
                "revisions (Account > Open from account...) before registering again. "
                "Your draft is unchanged."
            )
        else:
            note = self.tr("Nothing was registered; your draft is unchanged.")
        self.panel.busy.show_error(error, note)
        self.failed.emit(error)

        def show() -> None:
            title = self.tr("Registration failed")
            # The draft, so that the box names the container ("web › …"), not its number.
            shown = AwsErrorDialog.ask(
                self.window, title, error, note, document=self.controller.document
            )
            if shown and error.field_pointer:
                self.jump(error.field_pointer)

        self._later(show)

    @Slot()
    def cancel(self) -> None:
        job = self._take_job()
        if job is None:
            return
        sending = job.name == "register"
        self.panel.register_button.setEnabled(True)
        if sending:
            # The request may already be on its way: say so rather than promise nothing happened.
            text = self.tr(
                "Cancelled. If the request had already reached AWS, the revision may exist; "
                "Account > Open from account... lists the family's revisions."
            )
        else:
            text = self.tr("Cancelled; nothing was sent.")
        self._say(text, "warning")

    # --- plumbing -------------------------------------------------------------------
    def _run(
        self,
        call: Callable[[Boto3EcsGateway], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[AwsError], None],
        text: str,
        name: str,
    ) -> None:
        """Run ``call(gateway)`` in a worker; the gateway is taken here, on the GUI thread."""
        job = submit_with_gateway(
            self.account,
            call,
            on_result=on_result,
            on_error=on_error,
            on_finished=self._finished,
            owner=self,
            name=name,
            on_unavailable=self._fail,  # disconnected while the diff was shown
        )
        if job is None:
            return
        self._job = job
        self.panel.register_button.setEnabled(False)
        self.panel.busy.start(text)

    def _finished(self, job: Job) -> None:
        # A cancelled or superseded job finishes late; only the current one ends the busy state.
        if self._is_current(job):
            self.panel.register_button.setEnabled(True)
            if self.panel.busy.busy:
                self.panel.busy.finish(self.panel.busy.text, self.panel.busy.severity)

    def _say(self, text: str, severity: str) -> None:
        self.panel.busy.finish(text, severity)

    def _later(self, fn: Callable[[], None]) -> None:
        QTimer.singleShot(0, self, fn)
