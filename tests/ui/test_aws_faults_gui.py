"""AWS faults in the GUI's Register and Open-from-account flows.

A local endpoint (``tests/aws_fixtures.py``) answers too slowly, drops the
connection, answers 500/503, throttles or says the credentials expired; an SSO
profile with an expired login never sends anything. Each time the user gets a
message naming what happened and what to do, a Retry that works once the fault
clears, an unchanged draft, and never a success that did not happen. Timeouts
come down to a fraction of a second through the environment overrides of
``wizard.services.session``; botocore's standard retries still run (without
their backoff waits).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.aws_fixtures import Drop, Slow, write_sso_profile
from tests.ui.aws_support import *  # noqa: F403 - the AWS fixtures
from tests.ui.aws_support import ECS_TARGET, REGION, Dialogs, book, connect_to
from wizard.domain.formats.exporter import export_document
from wizard.services import session
from wizard.services.session import connect
from wizard.ui.aws.open_dialog import OpenFromAccountDialog
from wizard.ui.pages.base import PageId

WAIT_MS = 30_000
READ_TIMEOUT_S = 0.3
ATTEMPTS = session.MAX_RETRIES + 1  # botocore's first try and its retries
REGISTER = ECS_TARGET + "RegisterTaskDefinition"
DESCRIBE = ECS_TARGET + "DescribeTaskDefinition"
ARN = f"arn:aws:ecs:{REGION}:123456789012:task-definition/book:4"


@pytest.fixture(autouse=True)
def fast_timeouts(monkeypatch: pytest.MonkeyPatch, no_backoff: None) -> None:
    """A slow endpoint times out in a fraction of a second; retries do not wait."""
    monkeypatch.setenv(session.ENV_READ_TIMEOUT, str(READ_TIMEOUT_S))
    monkeypatch.setenv(session.ENV_CONNECT_TIMEOUT, "1")


def error(code: str, message: str, status: int = 400) -> tuple[int, dict]:
    return status, {"__type": code, "message": message}


NEW_FAMILY = error("ClientException", "Unable to describe task definition.")


def described() -> dict[str, Any]:
    task = export_document(book())
    tags = task.pop("tags", [])
    task.update(taskDefinitionArn=ARN, revision=4, status="ACTIVE")
    return {"taskDefinition": task, "tags": tags}


class Account:
    """A local ECS endpoint that fails ``faulty`` calls with ``fault`` until it is cleared."""

    def __init__(self, fault_server, fault: Any, faulty: tuple[str, ...]) -> None:
        self.fault = fault
        self.faulty = faulty
        self.pull = False  # True: the family has revision 4 to describe (Open from account)
        self.server = fault_server(self.respond, threaded=True, max_requests=200)

    def clear(self) -> None:
        self.fault = None

    def respond(self, target: str) -> Any:
        if self.fault is not None and target in self.faulty:
            return self.fault
        if target == REGISTER:
            return 200, {
                "taskDefinition": {"taskDefinitionArn": ARN, "family": "book", "revision": 4}
            }
        if target == DESCRIBE:
            # Register compares with the family's latest revision: a new family here.
            return (200, described()) if self.pull else NEW_FAMILY
        if target.endswith("ListTaskDefinitionFamilies"):
            return 200, {"families": ["book"]}
        if target.endswith("ListTaskDefinitions"):
            return 200, {"taskDefinitionArns": [ARN]}
        return error("InvalidAction", target)

    def count(self, target: str) -> int:
        return self.server.requests.count(target)


# Each fault, the words its message must say, whether botocore retries it, and
# whether the request may have been carried out although no answer came back.
FAULTS: dict[str, tuple[Callable[[], Any], str, tuple[str, ...], bool, bool]] = {
    "slow endpoint": (lambda: Slow(5, (200, {})), "timeout", ("did not answer",), True, True),
    "connection dropped": (
        lambda: Drop(),
        "connection-dropped",
        ("connection", "was closed"),
        True,
        True,
    ),
    "answer cut off": (
        lambda: Drop(body=40),
        "incomplete-response",
        ("cut off",),
        False,
        True,
    ),
    "500": (
        lambda: error("ServerException", "Service is unavailable.", 500),
        "server",
        ("internal error", f"after {ATTEMPTS} attempts"),
        True,
        False,
    ),
    "503": (
        lambda: error("ServiceUnavailableException", "Service unavailable.", 503),
        "server",
        ("internal error", f"after {ATTEMPTS} attempts"),
        True,
        False,
    ),
    "throttled": (
        lambda: error("ThrottlingException", "Rate exceeded"),
        "throttled",
        ("throttled", f"after {ATTEMPTS} attempts", "Wait a minute"),
        True,
        False,
    ),
    "expired token": (
        lambda: error("ExpiredTokenException", "The security token included has expired"),
        "expired-credentials",
        ("expired", "aws sso login"),
        False,
        False,
    ),
}


class Heartbeat:
    """Counts GUI-thread timer ticks: they stop if the event loop is blocked."""

    def __init__(self) -> None:
        self.ticks = 0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(5)

    def _tick(self) -> None:
        self.ticks += 1

    def stop(self) -> None:
        self.timer.stop()


def open_review(ui, document) -> None:
    ui.window.controller.replace_document(document)
    ui.window.wizard.go_to(PageId.REVIEW)
    assert ui.window.wizard.currentId() == PageId.REVIEW


def wait_idle(qtbot, ui) -> None:
    qtbot.waitUntil(lambda: not ui.register_flow.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ui.account.runner.active == 0, timeout=WAIT_MS)


def assert_not_registered(ui, dialogs: Dialogs, before: dict) -> None:
    busy = ui.register_panel.busy
    assert ui.window.controller.document == before  # the draft is intact
    assert "registered" not in dialogs.names()
    assert ui.register_flow.last_registered is None
    assert busy.severity == "error"
    assert "Registered" not in busy.text and "arn:aws:ecs" not in busy.text


@pytest.mark.parametrize("name", list(FAULTS))
def test_a_register_fault_is_explained_and_retry_registers_once_it_clears(
    qtbot, aws_ui, dialogs: Dialogs, fault_server, name: str
):
    make_fault, kind, words, _retried, maybe_applied = FAULTS[name]
    # A registration is sent once whatever the error (wizard.services.sent_once), and
    # a 5xx answer to it says nothing about whether the revision was made.
    words = tuple(word for word in words if "attempts" not in word)
    maybe_applied = maybe_applied or kind == "server"
    account = Account(fault_server, make_fault(), (REGISTER,))
    connect_to(aws_ui, account.server.url)
    open_review(aws_ui, book())
    aws_ui.window.controller.set("/family", "book")  # a user edit, not just a loaded file
    before = aws_ui.window.controller.snapshot()
    heartbeat = Heartbeat()
    qtbot.mouseClick(aws_ui.register_panel.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: account.count(REGISTER) >= 1, timeout=WAIT_MS)
    sent_at = heartbeat.ticks
    qtbot.waitUntil(lambda: dialogs.has("error"), timeout=WAIT_MS)
    wait_idle(qtbot, aws_ui)
    heartbeat.stop()
    if name == "slow endpoint":
        # The event loop kept running while the worker waited out six timeouts.
        assert heartbeat.ticks - sent_at >= 10
    [(title, failure, note, *_)] = dialogs.named("error")
    assert title == "Registration failed"
    assert failure.kind == kind and failure.hint
    busy = aws_ui.register_panel.busy
    for word in words:
        assert word.lower() in busy.text.lower(), (word, busy.text)
    assert failure.action == "ecs:RegisterTaskDefinition"
    if maybe_applied:
        # The request left; its answer did not come back: no promise either way.
        assert "may or may not have been made" in note and "Nothing was registered" not in note
    else:
        assert "Nothing was registered" in note
    assert "draft is unchanged" in note.lower()
    # botocore retries throttling and 5xx of reads; a registration is never sent
    # again behind the user's back (it could add a second revision).
    assert account.count(REGISTER) == 1
    assert_not_registered(aws_ui, dialogs, before)
    assert busy.retry_offered and busy.retry_button.isVisible()

    account.clear()
    qtbot.mouseClick(busy.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogs.has("registered"), timeout=WAIT_MS)
    wait_idle(qtbot, aws_ui)
    [(registered,)] = dialogs.named("registered")
    assert registered.arn == ARN and registered.revision == 4
    assert ARN in busy.text and busy.severity == "ok" and not busy.retry_offered
    assert aws_ui.window.controller.document == before


def test_a_fault_while_comparing_sends_no_registration(qtbot, aws_ui, dialogs, fault_server):
    account = Account(fault_server, Drop(), (DESCRIBE,))
    connect_to(aws_ui, account.server.url)
    open_review(aws_ui, book())
    before = aws_ui.window.controller.snapshot()
    qtbot.mouseClick(aws_ui.register_panel.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogs.has("error"), timeout=WAIT_MS)
    wait_idle(qtbot, aws_ui)
    [(_title, failure, note, *_)] = dialogs.named("error")
    assert failure.kind == "connection-dropped" and "Nothing was registered" in note
    assert account.count(REGISTER) == 0 and "diff" not in dialogs.names()
    assert_not_registered(aws_ui, dialogs, before)
    account.clear()
    qtbot.mouseClick(aws_ui.register_panel.busy.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogs.has("registered"), timeout=WAIT_MS)
    assert account.count(REGISTER) == 1


def test_an_expired_sso_login_says_how_to_log_in_and_sends_nothing(
    qtbot, aws_ui, dialogs, fault_server, aws_home, monkeypatch
):
    # The real botocore SSO provider reads an expired token from the real cache layout.
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    write_sso_profile(aws_home, expired_login=True)
    account = Account(fault_server, None, ())
    aws_ui.account.use(connect("corp", REGION, account.server.url))
    open_review(aws_ui, book())
    before = aws_ui.window.controller.snapshot()
    qtbot.mouseClick(aws_ui.register_panel.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogs.has("error"), timeout=WAIT_MS)
    wait_idle(qtbot, aws_ui)
    [(_title, failure, note, *_)] = dialogs.named("error")
    assert failure.kind == "sso-expired"
    busy = aws_ui.register_panel.busy
    assert "SSO session of profile 'corp' has expired" in busy.text
    assert "aws sso login --profile corp" in busy.text
    assert "not-a-real-token" not in busy.text
    assert "Nothing was registered" in note
    assert account.server.requests == []  # nothing left the machine without credentials
    assert_not_registered(aws_ui, dialogs, before)
    assert busy.retry_offered  # after 'aws sso login', Retry goes on from here


# --- Open from account (pull) ------------------------------------------------------
@pytest.fixture
def pull_account(fault_server, aws_ui):
    def start(fault: Any, faulty: tuple[str, ...] = (DESCRIBE,)) -> Account:
        account = Account(fault_server, fault, faulty)
        account.pull = True
        connect_to(aws_ui, account.server.url)
        return account

    return start


def open_dialog(qtbot, ui) -> OpenFromAccountDialog:
    dialog = OpenFromAccountDialog(ui.account, ui.window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("name", list(FAULTS))
def test_a_pull_fault_is_explained_and_retry_opens_the_revision(
    qtbot, aws_ui, dialogs, pull_account, name: str
):
    make_fault, _kind, words, retried, _maybe = FAULTS[name]
    account = pull_account(make_fault())
    window = aws_ui.window
    window.controller.set("/family", "my-unsaved-work")
    before = window.controller.snapshot()
    dialog = open_dialog(qtbot, aws_ui)
    qtbot.waitUntil(lambda: dialog.selected_reference() == "book:4", timeout=WAIT_MS)
    heartbeat = Heartbeat()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.busy.retry_offered, timeout=WAIT_MS)
    heartbeat.stop()
    if name == "slow endpoint":
        assert heartbeat.ticks >= 10  # the window was not frozen while it waited
    assert dialog.pulled is None and dialog.isVisible()  # nothing was opened
    assert dialog.busy.severity == "error"
    for word in words:
        assert word.lower() in dialog.busy.text.lower(), (word, dialog.busy.text)
    assert account.count(DESCRIBE) == (ATTEMPTS if retried else 1)
    assert window.controller.document == before
    assert not dialogs.has("notice")

    account.clear()
    qtbot.mouseClick(dialog.busy.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pulled is not None, timeout=WAIT_MS)
    assert dialog.result() == OpenFromAccountDialog.DialogCode.Accepted
    assert dialog.pulled.revision == 4 and dialog.pulled.document["family"] == "book"
    assert window.controller.document == before  # until the caller opens it


def test_a_fault_listing_families_offers_retry_that_reloads_them(qtbot, aws_ui, pull_account):
    account = pull_account(
        error("ThrottlingException", "Rate exceeded"), (ECS_TARGET + "ListTaskDefinitionFamilies",)
    )
    dialog = open_dialog(qtbot, aws_ui)
    qtbot.waitUntil(lambda: dialog.busy.retry_offered, timeout=WAIT_MS)
    assert "throttled" in dialog.busy.text and dialog.families.count() == 0
    account.clear()
    qtbot.mouseClick(dialog.busy.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.visible_families() == ["book"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.selected_reference() == "book:4", timeout=WAIT_MS)
    assert not dialog.busy.retry_offered


def test_a_refused_value_offers_no_retry(qtbot, aws_ui, dialogs, fault_server):
    refused = error("ClientException", "Invalid 'memory' setting for container 'wordpress'")
    account = Account(fault_server, refused, (REGISTER,))
    connect_to(aws_ui, account.server.url)
    open_review(aws_ui, book())
    qtbot.mouseClick(aws_ui.register_panel.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogs.has("error"), timeout=WAIT_MS)
    wait_idle(qtbot, aws_ui)
    # The same request would be refused again: fixing the draft is the way on.
    assert not aws_ui.register_panel.busy.retry_offered
