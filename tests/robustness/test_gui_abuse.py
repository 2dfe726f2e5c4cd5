"""The real main window under abuse: huge pastes, 500 port mappings, fast typing,
resizing and page switches in the middle of an edit.

Each test asserts that no exception reached Qt's event loop (pytest-qt's capture,
made explicit with ``captureExceptions``), that the draft holds exactly what was
entered (or says at the field why it does not), and that the window still
answers its event loop afterwards. How long the GUI thread stalls is measured
by ``bench/gui_abuse.py``, not asserted here: timings on a loaded CI machine
are no test.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from tests.ui.conftest import open_main_window
from wizard.domain.sizing.quotas import MAX_TASK_DEFINITION_BYTES
from wizard.ui.container_editor.basics import BasicsSection
from wizard.ui.container_editor.docker import DockerSection
from wizard.ui.container_editor.environment import EnvironmentSection
from wizard.ui.container_editor.ports import PortsSection
from wizard.ui.draft.file_actions import Unsaved
from wizard.ui.pages.base import PageId

MB = 1024 * 1024
# QLineEdit's default maxLength: Qt keeps at most this much of a paste.
QLINEEDIT_MAX = 32767


def big_text(size: int) -> str:
    unit = "abcdefghijklmnopqrstuvwxyz0123456789-_"
    return (unit * (size // len(unit) + 1))[:size]


@pytest.fixture
def window(qtbot, qapp):
    main = open_main_window(qtbot)
    yield main
    main.autosave.timer.stop()
    main.files.ask_unsaved = lambda: Unsaved.DISCARD


@pytest.fixture
def no_exceptions(qtbot):
    """Every exception raised in a slot or an event handler, for the test to assert on."""
    with qtbot.captureExceptions() as caught:
        yield caught


def assert_responsive(qtbot) -> None:
    """A zero-delay timer still fires: the event loop runs."""
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=5000)


def paste(widget, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def containers_page(window):
    window.wizard.go_to(PageId.CONTAINERS)
    assert window.wizard.currentId() == PageId.CONTAINERS
    return window.wizard.pages[PageId.CONTAINERS]


def unfold(page, cls):
    editor = page.editor
    section = editor.section(cls)
    editor.folds[editor.sections.index(section)].set_expanded(True)
    return section


def test_a_1_mb_paste_into_a_command_is_refused_with_the_reason_at_the_field(
    qtbot, window, no_exceptions
):
    page = containers_page(window)
    docker = unfold(page, DockerSection)
    before = window.controller.snapshot()
    paste(docker.command, big_text(MB))
    # Not inserted: the draft, the editor and the undo history are as they were.
    assert window.controller.document == before
    assert docker.command.toPlainText() == ""
    message = docker.refusals[docker.command]
    assert message.isVisible()
    assert "Not pasted" in message.text() and str(MAX_TASK_DEFINITION_BYTES) in message.text()
    assert docker.command.accessibleDescription() == message.text()
    # What fits is pasted as usual, exactly, and the message goes away.
    fits = big_text(30_000)
    paste(docker.command, fits)
    assert window.controller.get("/containerDefinitions/0/command") == [fits]
    assert not message.isVisible()
    assert_responsive(qtbot)
    assert no_exceptions == []


def test_a_1_mb_paste_into_the_family_keeps_what_the_field_holds_and_says_why(
    qtbot, window, no_exceptions
):
    edit = window.wizard.page(int(PageId.LAUNCH)).family_edit
    paste(edit, big_text(MB))
    # A line edit keeps 32767 characters of a paste (Qt's limit); the draft has exactly those.
    assert edit.text() == big_text(QLINEEDIT_MAX)
    assert window.controller.get("/family") == edit.text()
    [finding] = window.controller.findings_at("/family")
    assert finding.rule == "family-invalid"
    row = window.wizard.page(int(PageId.LAUNCH)).family_row
    assert row.message.isVisible() and row.message.text().startswith("The family name")
    QTest.keyClicks(edit, "xyz")  # typing on after the paste still edits the draft
    assert window.controller.get("/family") == edit.text()
    assert_responsive(qtbot)
    assert no_exceptions == []


def test_a_1_mb_environment_value_round_trips_through_save_and_is_reported(
    qtbot, window, no_exceptions, tmp_path, monkeypatch
):
    page = containers_page(window)
    env = unfold(page, EnvironmentSection).environment
    env.add_row()
    env.table.item(0, 0).setText("BIG")
    value = big_text(MB)
    env.table.item(0, 1).setText(value)  # what a drop or a script puts in the cell
    assert window.controller.get("/containerDefinitions/0/environment") == [
        {"name": "BIG", "value": value}
    ]
    [too_large] = [f for f in window.controller.findings if f.rule.startswith("size-task")]
    assert too_large.rule == "size-task-definition-too-large"
    assert too_large.params["size"] > MB
    # The review page lists it with its message.
    window.wizard.go_to(PageId.REVIEW)
    listed = window.wizard.review.findings_list.visible_findings()
    assert too_large in listed and "at most 65536 bytes" in too_large.message
    # Saving never fails over an error: the file holds every byte, and opens back the same.
    path = tmp_path / "big.json"
    monkeypatch.setattr(window.files, "ask_save_path", lambda *args: str(path))
    assert window.files.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["containerDefinitions"][0]["environment"] == [{"name": "BIG", "value": value}]
    before = window.controller.snapshot()
    assert window.files.open_file(str(path))
    assert window.controller.document == before
    assert_responsive(qtbot)
    assert no_exceptions == []


def test_ten_containers_of_fifty_port_mappings_edited_in_the_editor(qtbot, window, no_exceptions):
    controller = window.controller
    controller.set("/containerDefinitions/0/name", "c0")
    for i in range(1, 10):
        controller.add_container({"name": f"c{i}", "image": "nginx:1.27", "essential": True})
    for i in range(10):
        mappings = [{"containerPort": 1000 + 100 * i + p, "protocol": "tcp"} for p in range(50)]
        controller.set(f"/containerDefinitions/{i}/portMappings", mappings)
    page = containers_page(window)
    ports = unfold(page, PortsSection).table
    for i in range(10):
        page.container_list.select(i)
        assert page.editor.index == i and ports.table.rowCount() == 50
        ports.table.item(25, 0).setText(str(20000 + i))
    containers = controller.document["containerDefinitions"]
    assert sum(len(c["portMappings"]) for c in containers) == 500
    for i, container in enumerate(containers):
        expected = [1000 + 100 * i + p for p in range(50)]
        expected[25] = 20000 + i
        assert [m["containerPort"] for m in container["portMappings"]] == expected
        assert all(m["protocol"] == "tcp" for m in container["portMappings"])
    assert_responsive(qtbot)
    assert no_exceptions == []


def test_fast_typing_into_the_family_and_a_container_name(qtbot, window, no_exceptions):
    text = ("web-app-" * 30)[:200]
    family = window.wizard.page(int(PageId.LAUNCH)).family_edit
    family.setFocus()
    QTest.keyClicks(family, text)
    assert window.controller.get("/family") == text == family.text()
    page = containers_page(window)
    name = page.editor.section(BasicsSection).name
    name.setFocus()
    QTest.keyClicks(name, text)
    assert window.controller.get("/containerDefinitions/0/name") == text
    assert page.container_list.list.item(0).text().startswith(text)
    assert_responsive(qtbot)
    assert no_exceptions == []


def test_resizing_fifty_times_changes_nothing_in_the_draft(qtbot, window, no_exceptions):
    page = containers_page(window)
    window.controller.set(
        "/containerDefinitions/0/portMappings",
        [{"containerPort": 2000 + p} for p in range(50)],
    )
    before = window.controller.snapshot()
    sizes = [QSize(800, 600), QSize(1600, 1000), QSize(1024, 700), QSize(640, 480)]
    for n in range(50):
        window.resize(sizes[n % len(sizes)])
        QCoreApplication.processEvents()
    assert window.size() == sizes[49 % len(sizes)]
    assert window.controller.document == before
    assert page.editor.isVisible()
    assert_responsive(qtbot)
    assert no_exceptions == []


def test_switching_pages_in_the_middle_of_an_edit_keeps_every_keystroke(
    qtbot, window, no_exceptions
):
    wizard = window.wizard
    family = wizard.page(int(PageId.LAUNCH)).family_edit
    typed = ""
    for round_ in range(5):
        wizard.go_to(PageId.LAUNCH)
        family.setFocus()
        QTest.keyClicks(family, f"r{round_}")
        typed += f"r{round_}"
        wizard.next()
        wizard.next()
        assert wizard.currentId() == PageId.CONTAINERS
        name = wizard.pages[PageId.CONTAINERS].editor.section(BasicsSection).name
        name.setFocus()
        QTest.keyClicks(name, "ab")
        wizard.back()
        wizard.jump_to("/containerDefinitions/0/image")
        assert wizard.currentId() == PageId.CONTAINERS
        QTest.keyClicks(QCoreApplication.instance().focusWidget(), "n")
        wizard.go_to(PageId.REVIEW)
        wizard.jump_to("/family")
        assert wizard.currentId() == PageId.LAUNCH
    assert window.controller.get("/family") == typed == family.text()
    assert window.controller.get("/containerDefinitions/0/name") == "ab" * 5
    assert window.controller.get("/containerDefinitions/0/image") == "n" * 5
    # The review page shows the draft as it is now, not as it was when first shown.
    wizard.go_to(PageId.REVIEW)
    assert f'"family": "{typed}"' in wizard.review.json_view.toPlainText()
    assert_responsive(qtbot)
    assert no_exceptions == []
