"""What the review page's account actions share: one job at a time, connect first.

*Check against account* (:mod:`.preflight_flow`) and *Register* (:mod:`.register_flow`)
each read the draft, talk to the connected account through the job runner, send the
user to a field when asked, and open the connect dialog when there is no account yet.
Both run one job at a time: a second click while it runs does nothing, Cancel drops
it, and a cancelled or superseded job that finishes late must not end the busy state
of the current one. That bookkeeping is here, once; what each shows stays with it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from wizard.ui.aws.account import AccountState
from wizard.ui.draft.controller import DraftController
from wizard.ui.jobs import Job


class AccountFlow(QObject):
    """The base of a flow; subclasses show their state with :meth:`_say`."""

    def __init__(
        self,
        parent: QObject,
        controller: DraftController,
        account: AccountState,
        jump: Callable[[str], None],
        ensure_connected: Callable[[], bool],
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.account = account
        self.jump = jump
        self.ensure_connected = ensure_connected
        self._job: Job | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _connected(self, refusal: str) -> bool:
        """Connected already, or now through the connect dialog; otherwise say
        ``refusal`` (in the subclass's words) and report False."""
        if self.account.is_connected or self.ensure_connected():
            return True
        self._say(refusal, "warning")
        return False

    def _take_job(self) -> Job | None:
        """Cancel the running job and forget it (Cancel); the job, or None if idle."""
        job, self._job = self._job, None
        if job is not None:
            job.cancel()
        return job

    def _is_current(self, job: Job) -> bool:
        """Whether ``job`` is the running one, which it then stops being: only that
        one ends the busy state (a cancelled or superseded job finishes late)."""
        if self._job is not job:
            return False
        self._job = None
        return True

    def _say(self, text: str, severity: str) -> None:
        raise NotImplementedError
