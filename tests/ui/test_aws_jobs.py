"""The job runner: work off the GUI thread, results on it, cancelled results dropped."""

from __future__ import annotations

import threading

import pytest
from botocore.exceptions import EndpointConnectionError
from PySide6.QtCore import QObject, QThread, Slot

from wizard.services.errors import AwsError
from wizard.ui.jobs import MAX_WORKERS, CancelToken, JobRunner

WAIT_S = 10  # a worker never waits longer than this for the test to let it go


class Receiver(QObject):
    """A GUI-thread object with a slot, as the widgets are."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []
        self.threads: list[QThread] = []

    @Slot(object)
    def take(self, value: object) -> None:
        self.results.append(value)
        self.threads.append(QThread.currentThread())


@pytest.fixture
def runner(qtbot, qapp):
    runner = JobRunner()
    yield runner
    qtbot.waitUntil(lambda: runner.active == 0, timeout=WAIT_S * 1000)


def test_work_runs_in_a_worker_and_results_arrive_on_the_gui_thread(qtbot, runner):
    gui = QThread.currentThread()
    receiver = Receiver()
    seen_by_callback: list[QThread] = []
    job = runner.submit(
        lambda _token: QThread.currentThread(),
        on_result=lambda _value: seen_by_callback.append(QThread.currentThread()),
    )
    job.signals.result.connect(receiver.take)
    with qtbot.waitSignal(job.signals.finished):
        pass
    worker_thread = receiver.results[0]
    assert worker_thread is not gui  # the function ran elsewhere
    assert receiver.threads == [gui]  # the slot ran here
    assert seen_by_callback == [gui]  # and so did a plain callback


def test_a_cancelled_jobs_result_is_ignored(qtbot, runner):
    release = threading.Event()
    running = threading.Event()
    results: list[object] = []
    errors: list[object] = []

    def slow(_token: CancelToken) -> str:
        running.set()
        release.wait(WAIT_S)
        return "late answer"

    job = runner.submit(slow, on_result=results.append, on_error=errors.append)
    qtbot.waitUntil(running.is_set)
    job.cancel()
    with qtbot.waitSignal(job.signals.finished), qtbot.assertNotEmitted(job.signals.result):
        release.set()
    assert results == [] and errors == []
    assert runner.active == 0


def test_the_token_stops_a_job_between_calls(qtbot, runner):
    first_done = threading.Event()
    release = threading.Event()
    calls: list[str] = []

    def two_calls(token: CancelToken) -> None:
        calls.append("first")
        first_done.set()
        release.wait(WAIT_S)
        token.check()
        calls.append("second")

    finished: list[object] = []
    job = runner.submit(two_calls, on_finished=finished.append)
    qtbot.waitUntil(first_done.is_set)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: finished == [job])
    assert calls == ["first"]


@pytest.mark.parametrize(
    ("raised", "kind"),
    [
        (EndpointConnectionError(endpoint_url="http://127.0.0.1:9"), "unreachable"),
        (ValueError("boom"), "aws"),
        (AwsError("access-denied", "no"), "access-denied"),
    ],
)
def test_every_exception_arrives_as_an_aws_error(qtbot, runner, raised, kind):
    def fail(_token: CancelToken) -> None:
        raise raised

    errors: list[AwsError] = []
    job = runner.submit(fail, on_error=errors.append)
    with qtbot.waitSignal(job.signals.finished):
        pass
    assert len(errors) == 1 and isinstance(errors[0], AwsError)
    assert errors[0].kind == kind


def test_callbacks_of_a_destroyed_owner_are_not_called(qtbot, runner):
    running = threading.Event()
    release = threading.Event()
    owner = QObject()
    called: list[str] = []

    def slow(_token: CancelToken) -> bool:
        running.set()
        return release.wait(WAIT_S)

    job = runner.submit(
        slow,
        on_result=lambda _v: called.append("result"),
        on_finished=lambda _j: called.append("finished"),
        owner=owner,
    )
    qtbot.waitUntil(running.is_set)
    owner.deleteLater()
    qtbot.waitUntil(lambda: job.cancelled)
    release.set()
    qtbot.waitUntil(lambda: runner.active == 0)
    assert called == []


def test_a_job_cancelled_before_it_starts_never_runs(qtbot, runner):
    ran: list[bool] = []
    blocker = threading.Event()
    # Fill every worker so the next job waits in the queue, then cancel it there.
    for _ in range(MAX_WORKERS):
        runner.submit(lambda _token: blocker.wait(WAIT_S))
    job = runner.submit(lambda _token: ran.append(True))
    job.cancel()
    blocker.set()
    qtbot.waitUntil(lambda: runner.active == 0)
    assert ran == []


def test_many_jobs_all_deliver(qtbot, runner):
    results: list[int] = []
    for i in range(200):
        runner.submit(lambda _token, i=i: i, on_result=results.append)
    qtbot.waitUntil(lambda: runner.active == 0, timeout=WAIT_S * 1000)
    assert sorted(results) == list(range(200))
