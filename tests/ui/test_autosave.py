"""Autosave and crash recovery, including a real SIGKILL of a running wizard."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from tests.drivers import spawn_driver
from wizard.ui.draft.autosave import Autosave, AutosaveSlot, Recovery
from wizard.ui.draft.file_actions import Unsaved
from wizard.ui.private_folders import autosave_dir

ROOT = Path(__file__).resolve().parents[2]


def build_window(qtbot, answer: Recovery = Recovery.RECOVER, shown: list | None = None):
    """A MainWindow as a fresh start builds it, with the recovery prompt answered."""
    from wizard.ui.app.main_window import MainWindow

    asked: list[dict] = []
    messages = shown if shown is not None else []

    def ask(self, found):
        asked.append(found.meta)
        return answer

    # Patched on the class: the question comes during start-up.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Autosave, "ask_recover", ask)
        patch.setattr(Autosave, "show_message", lambda self, title, text: messages.append(text))
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.finish_startup()
        qtbot.waitUntil(lambda: window.autosave._offered)
    window.asked = asked  # type: ignore[attr-defined]
    return window


def test_a_change_is_autosaved_after_a_pause(qtbot, main_window):
    main_window.autosave.timer.setInterval(50)
    main_window.controller.set("/family", "autosaved")
    qtbot.waitUntil(lambda: main_window.autosave.draft_path is not None, timeout=3000)
    draft = main_window.autosave.draft_path
    assert draft.parent == autosave_dir() and draft.name == "autosave.json"
    assert json.loads(draft.read_text(encoding="utf-8")) == main_window.controller.document
    meta = json.loads(draft.with_name("autosave.meta.json").read_text(encoding="utf-8"))
    assert meta["pid"] == os.getpid() and meta["path"] == ""


def test_the_timer_restarts_on_every_change(main_window):
    timer = main_window.autosave.timer
    assert timer.isSingleShot() and not timer.isActive()
    main_window.controller.set("/family", "a")
    assert timer.isActive() and timer.remainingTime() > 2000
    main_window.controller.undo_stack.undo()  # back to the clean state: nothing to save
    assert not timer.isActive()


def test_saving_and_a_clean_exit_remove_the_autosave(main_window, monkeypatch, tmp_path):
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(tmp_path / "w.json"))
    main_window.controller.set("/family", "web")
    assert main_window.autosave.write_now()
    draft = main_window.autosave.draft_path
    assert draft.exists()
    main_window.files.save()
    assert not draft.exists()
    main_window.controller.set("/family", "web2")
    assert main_window.autosave.write_now() and draft.exists()
    monkeypatch.setattr(main_window.files, "ask_unsaved", lambda: Unsaved.DISCARD)
    assert main_window.close()
    assert not draft.exists() and not draft.with_name("autosave.meta.json").exists()


def test_sigkill_during_edits_then_restart_recovers_up_to_the_last_autosave(qtbot, tmp_path):
    errors = (tmp_path / "driver.err").open("w+", encoding="utf-8")
    process, lines = spawn_driver("tests.ui.autosave_driver", stderr=errors)
    try:
        qtbot.waitUntil(lambda: any(x.startswith("EDITING") for x in lines), timeout=60_000)
        assert process.poll() is None  # still running, the second batch only in memory
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        errors.seek(0)
        stderr = errors.read()
        errors.close()
    assert process.returncode == -signal.SIGKILL, stderr
    autosaved = json.loads(next(x for x in lines if x.startswith("AUTOSAVED ")).split(" ", 1)[1])
    assert autosaved["family"] == "crash-test" and len(autosaved["containerDefinitions"]) == 2
    # The killed process left its autosave and a stale lock behind.
    assert (autosave_dir() / "autosave.json").exists()

    window = build_window(qtbot, Recovery.RECOVER)
    assert window.asked and window.asked[0]["pid"] == process.pid
    assert json.dumps(window.controller.document) == json.dumps(autosaved)
    assert window.isWindowModified()  # recovered work is unsaved work
    # The recovered draft is this session's now; it is protected again at once.
    assert window.autosave.draft_path == autosave_dir() / "autosave.json"
    assert json.loads(window.autosave.draft_path.read_text(encoding="utf-8")) == autosaved
    # Undo goes back to the blank draft the window started with.
    window.undo_action.trigger()
    assert window.controller.get("/family") == ""


def plant(folder: Path, text: str, meta: dict | None = None, number: int = 1) -> AutosaveSlot:
    slot = AutosaveSlot(folder, number)
    folder.mkdir(parents=True, exist_ok=True)
    slot.draft.write_text(text, encoding="utf-8")
    if meta is not None:
        slot.meta.write_text(json.dumps(meta), encoding="utf-8")
    return slot


def test_recovery_restores_the_path_and_launch_types(qtbot, tmp_path):
    original = tmp_path / "web.json"
    draft = {"family": "web", "containerDefinitions": [{"name": "a", "image": "nginx"}]}
    plant(autosave_dir(), json.dumps(draft), {"path": str(original), "launchTypes": ["EC2"]})
    window = build_window(qtbot)
    assert window.controller.document == draft
    assert window.controller.launch_types == ("EC2",)
    assert window.files.path == str(original)
    assert window.windowTitle().startswith("web.json")


def test_declining_recovery_discards_the_autosave(qtbot):
    slot = plant(autosave_dir(), json.dumps({"family": "old"}))
    window = build_window(qtbot, Recovery.DISCARD)
    assert window.asked
    assert window.controller.get("/family") == ""
    assert not slot.draft.exists()


def test_keep_leaves_the_autosave_for_a_later_start(qtbot):
    slot = plant(autosave_dir(), json.dumps({"family": "old"}))
    window = build_window(qtbot, Recovery.KEEP)
    assert window.controller.get("/family") == ""
    assert slot.draft.exists()
    window.controller.set("/family", "new")
    assert window.autosave.write_now()
    assert window.autosave.draft_path.name == "autosave-2.json"  # the old one is kept
    assert json.loads(slot.draft.read_text(encoding="utf-8")) == {"family": "old"}


@pytest.mark.parametrize(
    "text", ["{not json", "[1, 2, 3]", '"a string"', "\udcff".encode("utf-8", "surrogatepass")]
)
def test_a_corrupt_autosave_is_set_aside_with_a_message(qtbot, text):
    folder = autosave_dir()
    if isinstance(text, bytes):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "autosave.json").write_bytes(text)
    else:
        plant(folder, text, {"path": ""})
    shown: list[str] = []
    window = build_window(qtbot, shown=shown)
    assert not window.asked  # nothing to offer
    assert shown and "moved aside" in shown[0]
    assert window.controller.get("/family") == ""
    assert not (folder / "autosave.json").exists()
    assert len(list(folder.glob("autosave-corrupt-*.json"))) == 1


def test_a_running_instances_autosave_is_not_offered(qtbot, main_window):
    main_window.controller.set("/family", "live")
    assert main_window.autosave.write_now()
    other = build_window(qtbot)
    assert not other.asked  # the first window still holds its lock
    assert other.controller.get("/family") == ""
    other.controller.set("/family", "second")
    assert other.autosave.write_now()
    assert other.autosave.draft_path != main_window.autosave.draft_path


def test_an_autosave_that_cannot_be_written_says_so_once(main_window, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    main_window.autosave.folder = blocker  # mkdir fails under a file
    main_window.controller.set("/family", "web")
    assert not main_window.autosave.write_now()
    message = main_window.statusBar().currentMessage()
    assert message.startswith("Autosave failed")
    main_window.statusBar().clearMessage()
    assert not main_window.autosave.write_now()
    assert main_window.statusBar().currentMessage() == ""  # not repeated every few seconds


def test_tearing_down_without_a_clean_exit_keeps_the_autosave(qapp):
    import shiboken6

    from wizard.ui.app.main_window import MainWindow

    window = MainWindow()  # not handed to qtbot: this test deletes it itself
    window.controller.set("/family", "unsaved")
    assert window.autosave.write_now()
    draft = window.autosave.draft_path
    controller = window.controller
    # A dying undo stack clears itself (cleanChanged(True)); that is not a save.
    shiboken6.delete(controller)  # first, while the window's autosave still listens
    assert draft.exists()
    shiboken6.delete(window)
