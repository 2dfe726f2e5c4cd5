"""Register from the review page against a real moto endpoint and a faulty local one."""

from __future__ import annotations

import socket
import threading

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.ui.aws_support import *  # noqa: F403 - the AWS fixtures
from tests.ui.aws_support import ECS_TARGET, REGION, Dialogs, book, connect_to
from wizard.services.gateway import gateway_for
from wizard.ui.aws.connect_dialog import ConnectDialog
from wizard.ui.pages.base import PageId

WAIT_MS = 30_000


def open_review(ui, document) -> None:
    window = ui.window
    window.controller.replace_document(document)
    window.wizard.go_to(PageId.REVIEW)
    assert window.wizard.currentId() == PageId.REVIEW


def click_register(qtbot, ui) -> None:
    button = ui.register_panel.register_button
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_idle(qtbot, ui) -> None:
    qtbot.waitUntil(lambda: not ui.register_flow.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ui.account.runner.active == 0, timeout=WAIT_MS)


def revisions(ui, family: str = "book") -> list[int]:
    return [r.revision for r in gateway_for(ui.account.connection).list_task_definitions(family)]


def test_register_the_book_example_then_its_next_revision(qtbot, connected, dialogs: Dialogs):
    ui = connected
    open_review(ui, book())
    click_register(qtbot, ui)
    qtbot.waitUntil(lambda: dialogs.has("registered"), timeout=WAIT_MS)
    wait_idle(qtbot, ui)  # the result may arrive a moment before the job has finished
    [(registered,)] = dialogs.named("registered")
    assert registered.arn == f"arn:aws:ecs:{REGION}:123456789012:task-definition/book:1"
    assert registered.revision == 1
    assert registered.arn in ui.register_panel.busy.text
    assert ui.register_panel.busy.severity == "ok"
    [(summary, lines, compare)] = dialogs.named("diff")
    assert "no ACTIVE revision yet" in summary and lines == [] and compare is None
    assert revisions(ui) == [1]

    ui.window.controller.set("/memory", "1024")
    click_register(qtbot, ui)
    qtbot.waitUntil(lambda: len(dialogs.named("registered")) == 2, timeout=WAIT_MS)
    summary, lines, compare = dialogs.named("diff")[1]
    assert "1 change from revision 1 of book" in summary
    assert lines == ['~ memory: "512" → "1024"']
    # Side by side: revision 1 as described by ECS, and the request.
    before, after, before_name, _after_name = compare
    assert before["taskDefinition"]["memory"] == "512" and after["memory"] == "1024"
    assert before_name == "book:1"
    assert dialogs.named("registered")[1][0].revision == 2
    assert revisions(ui) == [2, 1]
    assert "blocked" not in dialogs.names() and "error" not in dialogs.names()


def test_cancel_at_the_diff_sends_nothing(qtbot, connected, dialogs):
    dialogs.answers["diff"] = False
    open_review(connected, book())
    click_register(qtbot, connected)
    qtbot.waitUntil(lambda: dialogs.has("diff"), timeout=WAIT_MS)
    wait_idle(qtbot, connected)
    assert revisions(connected) == []
    assert "Not registered" in connected.register_panel.busy.text


def test_a_rule_error_blocks_registration(qtbot, connected, dialogs):
    doc = book()
    doc["containerDefinitions"][0]["memoryReservation"] = 600  # Σ soft limits > task memory
    dialogs.answers["blocked"] = "/memory"  # the user chooses "Go to field"
    open_review(connected, doc)
    click_register(qtbot, connected)
    [(title, intro, findings, document)] = dialogs.named("blocked")
    assert title == "Cannot register yet" and "Nothing was sent" in intro
    assert "AWS would refuse this task definition: 1 error below." in intro  # not "error(s)"
    assert document["containerDefinitions"][0]["name"] == "wordpress"  # for the Field column
    assert [f.path for f in findings] == ["/memory"]
    assert connected.register_panel.busy.severity == "error"
    assert connected.register_panel.busy.status.text() == "Not registered: fix the error first."
    assert connected.window.wizard.currentId() == PageId.TASK_SIZE  # jumped to the field
    assert connected.account.runner.active == 0
    assert gateway_for(connected.account.connection).list_task_definition_families() == []


def test_warnings_need_a_confirmation(qtbot, connected, dialogs):
    doc = book()
    doc["containerDefinitions"][0]["environment"] = [{"name": "DB_PASSWORD", "value": "hunter2"}]
    dialogs.answers["warnings"] = (False, None)
    open_review(connected, doc)
    click_register(qtbot, connected)
    [(findings, _document)] = dialogs.named("warnings")
    assert findings and all(f.severity.value == "warning" for f in findings)
    assert "diff" not in dialogs.names()
    assert gateway_for(connected.account.connection).list_task_definition_families() == []


def denied(target: str) -> tuple[int, dict]:
    action = target.removeprefix(ECS_TARGET)
    text = (
        "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: "
        f"ecs:{action} on resource: *"
    )
    return 400, {"__type": "AccessDeniedException", "message": text}


def assert_failed_cleanly(ui, dialogs, before: dict, kind: str) -> None:
    [(title, error, note, *_)] = dialogs.named("error")
    assert title == "Registration failed" and error.kind == kind
    assert "your draft is unchanged" in note
    assert ui.window.controller.document == before
    assert "registered" not in dialogs.names()
    assert ui.register_flow.last_registered is None
    assert ui.register_panel.busy.severity == "error"
    assert "Registered" not in ui.register_panel.busy.text


def test_access_denied_is_explained_and_the_draft_kept(qtbot, aws_ui, dialogs, fault_server):
    server = fault_server(denied)
    connect_to(aws_ui, server.url)
    open_review(aws_ui, book())
    before = aws_ui.window.controller.snapshot()
    click_register(qtbot, aws_ui)
    qtbot.waitUntil(lambda: dialogs.has("error"), timeout=WAIT_MS)
    wait_idle(qtbot, aws_ui)
    assert_failed_cleanly(aws_ui, dialogs, before, "access-denied")
    # Describe was denied too: registering went on without the diff, and said so.
    [(summary, _lines, _compare)] = dialogs.named("diff")
    assert "Cannot compare" in summary
    assert "ecs:RegisterTaskDefinition" in aws_ui.register_panel.busy.text
    assert server.requests == [
        ECS_TARGET + "DescribeTaskDefinition",
        ECS_TARGET + "RegisterTaskDefinition",
    ]


def test_connection_refused_is_explained_and_the_draft_kept(qtbot, aws_ui, dialogs, no_backoff):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
    connect_to(aws_ui, url)
    open_review(aws_ui, book())
    before = aws_ui.window.controller.snapshot()
    click_register(qtbot, aws_ui)
    qtbot.waitUntil(lambda: dialogs.has("error"), timeout=WAIT_MS)
    wait_idle(qtbot, aws_ui)
    assert_failed_cleanly(aws_ui, dialogs, before, "unreachable")
    assert f"Could not reach {url}" in aws_ui.register_panel.busy.text
    assert "diff" not in dialogs.names()


def no_fargate_size(target: str) -> tuple[int, dict]:
    if target.endswith("DescribeTaskDefinition"):
        return 400, {"__type": "ClientException", "message": "Unable to describe task definition."}
    text = "No Fargate configuration exists for given values: 256 CPU, 4096 memory"
    return 400, {"__type": "ClientException", "message": text}


def test_a_refusal_naming_a_field_offers_to_go_there(qtbot, aws_ui, dialogs, fault_server):
    connect_to(aws_ui, fault_server(no_fargate_size).url)
    dialogs.answers["error"] = True  # "Go to field"
    open_review(aws_ui, book())
    click_register(qtbot, aws_ui)
    qtbot.waitUntil(lambda: dialogs.has("error"), timeout=WAIT_MS)
    [(_title, error, _note, document)] = dialogs.named("error")
    assert error.kind == "invalid-value" and error.field_pointer == "/memory"
    # The box gets the draft, so a field inside a container is named by its container.
    assert document is aws_ui.window.controller.document
    qtbot.waitUntil(lambda: aws_ui.window.wizard.currentId() == PageId.TASK_SIZE)


class HeldRegister:
    """A local endpoint whose RegisterTaskDefinition answers only when released."""

    def __init__(self, fault_server) -> None:
        self.release = threading.Event()
        self.server = fault_server(self.respond)

    def respond(self, target: str) -> tuple[int, dict]:
        if target.endswith("DescribeTaskDefinition"):
            return 400, {
                "__type": "ClientException",
                "message": "Unable to describe task definition.",
            }
        self.release.wait(WAIT_MS / 1000)
        arn = f"arn:aws:ecs:{REGION}:123456789012:task-definition/book:7"
        return 200, {"taskDefinition": {"taskDefinitionArn": arn, "family": "book", "revision": 7}}

    def sending(self) -> bool:
        return ECS_TARGET + "RegisterTaskDefinition" in self.server.requests


@pytest.fixture
def held(aws_ui, fault_server):
    held = HeldRegister(fault_server)
    connect_to(aws_ui, held.server.url)
    yield held
    held.release.set()


def test_the_window_stays_responsive_while_registering(qtbot, aws_ui, dialogs, held):
    open_review(aws_ui, book())
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    click_register(qtbot, aws_ui)
    qtbot.waitUntil(held.sending, timeout=WAIT_MS)
    busy = aws_ui.register_panel.busy
    assert busy.busy and busy.cancel_button.isVisible()
    assert not aws_ui.register_panel.register_button.isEnabled()
    started = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) > started + 3)  # the event loop keeps running
    aws_ui.window.controller.set("/family", "typed-meanwhile")  # and edits go on
    held.release.set()
    qtbot.waitUntil(lambda: dialogs.has("registered"), timeout=WAIT_MS)
    timer.stop()
    assert dialogs.named("registered")[0][0].revision == 7
    wait_idle(qtbot, aws_ui)
    assert aws_ui.register_panel.register_button.isEnabled()


def test_a_cancelled_registration_is_not_reported_as_done(qtbot, aws_ui, dialogs, held):
    open_review(aws_ui, book())
    click_register(qtbot, aws_ui)
    qtbot.waitUntil(held.sending, timeout=WAIT_MS)
    qtbot.mouseClick(aws_ui.register_panel.busy.cancel_button, Qt.MouseButton.LeftButton)
    assert "Cancelled" in aws_ui.register_panel.busy.text
    assert "may exist" in aws_ui.register_panel.busy.text  # the request was already sent
    held.release.set()
    wait_idle(qtbot, aws_ui)
    assert "registered" not in dialogs.names()
    assert aws_ui.register_flow.last_registered is None
    assert aws_ui.register_panel.busy.severity == "warning"


def test_unrendered_placeholders_block_registration(qtbot, connected, dialogs):
    doc = book()
    doc["containerDefinitions"][0]["image"] = "${IMAGE}"
    open_review(connected, doc)
    click_register(qtbot, connected)
    [(title, intro, findings, _document)] = dialogs.named("blocked")
    assert title == "Unrendered placeholders" and "${IMAGE}" in intro
    assert [f.path for f in findings] == ["/containerDefinitions/0/image"]
    assert connected.account.runner.active == 0
    assert gateway_for(connected.account.connection).list_task_definition_families() == []


def test_register_while_disconnected_asks_to_connect_first(
    qtbot, aws_ui, dialogs, moto_url, monkeypatch
):
    asked: list[object] = []

    def launch(parent, account):
        asked.append(parent)
        connect_to(aws_ui, moto_url)
        return True

    monkeypatch.setattr(ConnectDialog, "launch", staticmethod(launch))
    open_review(aws_ui, book())
    click_register(qtbot, aws_ui)
    qtbot.waitUntil(lambda: dialogs.has("registered"), timeout=WAIT_MS)
    assert asked == [aws_ui.window]
    assert revisions(aws_ui) == [1]
