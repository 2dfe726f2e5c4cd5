"""AWS calls off the GUI thread: :class:`Job` runs one function on a thread pool
and reports through :class:`JobSignals`; :class:`JobRunner` starts jobs and keeps
them alive until they are done.

Why the relay: a worker thread must never touch a widget, and a signal emitted
in a worker and connected to a plain function (or a lambda) would run that
function in the worker. So the worker only emits one private signal, queued to
the ``JobSignals`` object that lives on the GUI thread; that object re-emits
``started`` / ``result`` / ``error`` / ``finished`` there. Whatever a caller
connects to them therefore runs on the GUI thread.

Cancelling cannot interrupt a request already on the wire (botocore offers no
way to), so it is cooperative: the job function may call ``token.check()``
between calls, and the result or error of a cancelled job is never delivered.
``finished`` always is, so busy indicators can reset.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from wizard.services.errors import AwsError, map_error

# Enough for a picker, a diff and a register at once; AWS calls mostly wait on the network.
MAX_WORKERS = 4


class JobCancelled(Exception):
    """Raised by :meth:`CancelToken.check` to leave a cancelled job between two calls."""


class CancelToken:
    """The flag a job function checks between its calls (thread-safe)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise JobCancelled


JobFunction = Callable[[CancelToken], Any]


class JobSignals(QObject):
    """Lives on the GUI thread; every public signal is emitted there.

    Signals:
        started(): the worker began.
        result(object): the function's return value (not for a cancelled job).
        error(object): an :class:`AwsError` (not for a cancelled job).
        finished(): always last, cancelled or not.
    """

    started = Signal()
    result = Signal(object)
    error = Signal(object)
    finished = Signal()
    # The only signal emitted in the worker thread: (kind, payload), queued to _deliver.
    relay = Signal(str, object)

    def __init__(self, token: CancelToken, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._token = token
        self.relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(str, object)
    def _deliver(self, kind: str, payload: object) -> None:
        if kind == "started":
            self.started.emit()
        elif kind == "finished":
            self.finished.emit()
        elif self._token.cancelled:
            return  # the user moved on; a late answer must not change anything
        elif kind == "result":
            self.result.emit(payload)
        else:
            self.error.emit(payload)


class Job(QRunnable):
    """One function run on a pool thread; see the module docstring for the contract."""

    def __init__(self, fn: JobFunction, parent: QObject | None = None, name: str = "") -> None:
        super().__init__()
        self.fn = fn
        self.name = name
        self.token = CancelToken()
        # Parented on the GUI thread: if this runnable is freed by the pool thread,
        # the signals object is not freed with it (a QObject dies on its own thread).
        self.signals = JobSignals(self.token, parent)
        # Set as the very last thing run() does: until then the worker may still be
        # inside an emit, so neither this object nor its signals may be freed.
        self.returned = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def cancel(self) -> None:
        self.token.cancel()

    def run(self) -> None:
        self._emit("started", None)
        try:
            self.token.check()
            value = self.fn(self.token)
            self.token.check()
        except JobCancelled:
            pass
        except Exception as exc:  # noqa: BLE001 - nothing may escape into the thread pool
            self._emit("error", as_aws_error(exc))
        else:
            self._emit("result", value)
        finally:
            self._emit("finished", None)
            self.returned.set()

    def _emit(self, kind: str, payload: object) -> None:
        try:
            self.signals.relay.emit(kind, payload)
        except RuntimeError:
            pass  # the window closed and took the signals object with it: nobody listens


def _orphan(job: Job, alive: list[bool]) -> None:
    alive[0] = False
    job.cancel()


def as_aws_error(exc: BaseException) -> AwsError:
    """Every failure as an ``AwsError``, so the GUI has one thing to show."""
    return exc if isinstance(exc, AwsError) else map_error(exc)


class JobRunner(QObject):
    """Starts jobs on its own pool and holds them until ``finished`` reaches the GUI thread.

    A private pool (not the global one) so that closing the window waits only
    for this window's calls, and at most :data:`MAX_WORKERS` run at once.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(MAX_WORKERS)
        self._jobs: set[Job] = set()
        # Finished jobs whose worker may still be leaving run() (see _forget).
        self._retired: list[Job] = []

    def submit(
        self,
        fn: JobFunction,
        *,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[AwsError], None] | None = None,
        on_finished: Callable[[Job], None] | None = None,
        owner: QObject | None = None,
        name: str = "",
    ) -> Job:
        """Run ``fn(token)`` in a worker; the callbacks run on the GUI thread.

        ``on_finished`` gets the job, so a caller can tell a superseded job from
        its current one. When ``owner`` (a dialog, say) is destroyed first, the
        job is cancelled and no callback runs: they would reach deleted widgets.
        """
        job = Job(fn, self, name)
        alive = [True]
        watch = None
        if owner is not None:
            watch = owner.destroyed.connect(lambda *_: _orphan(job, alive))

        def result(value: object) -> None:
            if alive[0] and on_result is not None:
                on_result(value)

        def error(exc: AwsError) -> None:
            if alive[0] and on_error is not None:
                on_error(exc)

        def finished() -> None:
            self._forget(job)
            if not alive[0]:
                return
            if watch is not None:
                QObject.disconnect(watch)  # a long-lived owner must not collect dead watches
            if on_finished is not None:
                on_finished(job)

        job.signals.result.connect(result)
        job.signals.error.connect(error)
        job.signals.finished.connect(finished)
        self._jobs.add(job)
        self._pool.start(job)
        return job

    def _forget(self, job: Job) -> None:
        """``finished`` reached the GUI thread; the worker may not have left run()
        yet (it queued that signal a moment ago). Freeing the job or its signals
        now would pull them from under it (a crash seen under load, in the garbage
        collector): they are retired, and freed once their run() has returned."""
        self._jobs.discard(job)
        self._retired.append(job)
        still_running = []
        for retired in self._retired:
            if retired.returned.is_set():
                retired.signals.deleteLater()
            else:
                still_running.append(retired)
        self._retired = still_running

    def wait(self, msecs: int = 10000) -> bool:
        """Block until no worker runs (tests, and closing the window); results are
        still delivered afterwards through the event loop."""
        return self._pool.waitForDone(msecs)

    @property
    def active(self) -> int:
        """Jobs started whose ``finished`` has not reached the GUI thread yet."""
        return len(self._jobs)

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()
