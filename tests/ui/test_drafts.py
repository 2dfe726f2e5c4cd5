"""Drafts: unsaved-changes prompts, recent files, interrupted saves, bad input."""

from __future__ import annotations

import json
import os
import stat

import pytest

from wizard import safe_files
from wizard.ui.app.recent_files import MAX_RECENT, RecentFiles
from wizard.ui.draft.file_actions import Unsaved


def answer(window, monkeypatch, reply: Unsaved) -> list[int]:
    asked: list[int] = []

    def ask() -> Unsaved:
        asked.append(1)
        return reply

    monkeypatch.setattr(window.files, "ask_unsaved", ask)
    return asked


def test_close_with_unsaved_changes_cancel_keeps_the_window(main_window, monkeypatch):
    main_window.controller.set("/family", "web")
    asked = answer(main_window, monkeypatch, Unsaved.CANCEL)
    assert not main_window.close()
    assert asked and main_window.isVisible()
    assert main_window.controller.get("/family") == "web"


def test_close_with_unsaved_changes_discard_closes(main_window, monkeypatch):
    main_window.controller.set("/family", "web")
    answer(main_window, monkeypatch, Unsaved.DISCARD)
    assert main_window.close()
    assert not main_window.isVisible()


def test_close_with_unsaved_changes_save_writes_then_closes(main_window, monkeypatch, tmp_path):
    target = tmp_path / "web.json"
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(target))
    main_window.controller.set("/family", "web")
    answer(main_window, monkeypatch, Unsaved.SAVE)
    assert main_window.close()
    assert json.loads(target.read_text(encoding="utf-8"))["family"] == "web"


def test_close_save_cancelled_in_the_file_dialog_keeps_the_window(main_window, monkeypatch):
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: "")
    main_window.controller.set("/family", "web")
    answer(main_window, monkeypatch, Unsaved.SAVE)
    assert not main_window.close()
    assert main_window.isVisible()


def test_close_without_changes_does_not_ask(main_window, monkeypatch):
    asked = answer(main_window, monkeypatch, Unsaved.CANCEL)
    assert main_window.close()
    assert not asked


def test_new_and_open_ask_about_unsaved_changes(main_window, monkeypatch, tmp_path):
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"family": "other"}), encoding="utf-8")
    monkeypatch.setattr(main_window.files, "ask_open_path", lambda: str(other))
    main_window.controller.set("/family", "mine")
    asked = answer(main_window, monkeypatch, Unsaved.CANCEL)
    assert not main_window.new_draft()
    assert not main_window.open_dialog()
    assert len(asked) == 2 and main_window.controller.get("/family") == "mine"
    answer(main_window, monkeypatch, Unsaved.DISCARD)
    assert main_window.open_dialog()
    assert main_window.controller.get("/family") == "other"
    assert not main_window.isWindowModified()  # just opened: equal to the file
    main_window.controller.undo_stack.undo()  # Open is undoable too
    assert main_window.controller.get("/family") == "mine"


def test_new_starts_clean_and_is_undoable(main_window):
    main_window.controller.set("/family", "mine")
    main_window.files.ask_unsaved = lambda: Unsaved.DISCARD
    assert main_window.new_draft()
    assert main_window.controller.get("/family") == ""
    assert not main_window.isWindowModified()
    main_window.undo_action.trigger()
    assert main_window.controller.get("/family") == "mine"


# --- recent files -----------------------------------------------------------------


def write_draft(folder, name: str) -> str:
    path = folder / name
    path.write_text(json.dumps({"family": name.removesuffix(".json")}), encoding="utf-8")
    return str(path)


def test_open_and_save_put_files_on_the_recent_list(main_window, monkeypatch, tmp_path):
    first = write_draft(tmp_path, "first.json")
    assert main_window.open_file(first)
    second = tmp_path / "second.json"
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(second))
    assert main_window.files.save_as()
    menu = main_window.recent_menu
    menu.rebuild()
    assert menu.entries() == [str(second), first]
    menu.actions()[1].trigger()  # reopen the first one from the menu
    assert main_window.controller.get("/family") == "first"
    assert main_window.files.recent.paths()[0] == first


def test_the_recent_list_keeps_ten_newest_first(qapp, tmp_path):
    recent = RecentFiles()
    paths = [write_draft(tmp_path, f"d{i}.json") for i in range(MAX_RECENT + 3)]
    for path in paths:
        recent.add(path)
    recent.add(paths[5])  # again: moves to the top, no duplicate
    listed = recent.paths()
    assert len(listed) == MAX_RECENT
    assert listed[0] == paths[5] and listed[1] == paths[-1]
    assert len(set(listed)) == MAX_RECENT


def test_missing_recent_files_are_pruned_with_a_message(main_window, tmp_path):
    keep = write_draft(tmp_path, "keep.json")
    gone = write_draft(tmp_path, "gone.json")
    main_window.files.recent.add(gone)
    main_window.files.recent.add(keep)
    (tmp_path / "gone.json").unlink()
    main_window.recent_menu.rebuild()
    assert main_window.recent_menu.entries() == [keep]
    assert "gone.json" in main_window.statusBar().currentMessage()


def test_opening_a_recent_file_that_vanished_says_so(main_window, monkeypatch, tmp_path):
    gone = write_draft(tmp_path, "gone.json")
    main_window.files.recent.add(gone)
    (tmp_path / "gone.json").unlink()
    shown: list[str] = []
    monkeypatch.setattr(main_window.files, "show_error", lambda title, text: shown.append(text))
    assert not main_window.files.open_recent(gone)
    assert shown and "no longer exists" in shown[0]
    assert main_window.files.recent.paths() == []


# --- interrupted saves and bad input ----------------------------------------------


@pytest.mark.parametrize("how", ["rename fails", "write raises"])
def test_an_interrupted_save_keeps_the_previous_file(main_window, monkeypatch, tmp_path, how):
    target = tmp_path / "web.json"
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(target))
    main_window.controller.set("/family", "first")
    assert main_window.files.save()
    previous = target.read_bytes()
    main_window.controller.set("/family", "second")
    if how == "rename fails":

        def fail(*_args):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(safe_files.os, "replace", fail)
    else:
        real_write = safe_files._write_all

        def half_then_fail(fd, data):
            real_write(fd, data[: len(data) // 2])
            raise OSError(5, "Input/output error")

        monkeypatch.setattr(safe_files, "_write_all", half_then_fail)
    shown: list[str] = []
    monkeypatch.setattr(main_window.files, "show_error", lambda title, text: shown.append(text))
    assert not main_window.files.save()
    assert target.read_bytes() == previous
    assert shown and "could not be written" in shown[0]
    assert main_window.isWindowModified()  # the change is still unsaved
    assert sorted(p.name for p in tmp_path.iterdir()) == ["web.json"]  # no temp file left
    monkeypatch.undo()  # the real writer again: saving works
    assert main_window.files.save()
    assert json.loads(target.read_text(encoding="utf-8"))["family"] == "second"


def test_a_read_only_draft_is_refused_in_the_users_words(main_window, monkeypatch, tmp_path):
    target = tmp_path / "web.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o444)
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(target))
    main_window.controller.set("/family", "web")
    shown: list[str] = []
    monkeypatch.setattr(main_window.files, "show_error", lambda title, text: shown.append(text))
    assert not main_window.files.save()
    assert shown == [f"{target} could not be written: it is read-only. Nothing was changed."]
    assert target.read_text(encoding="utf-8") == "{}"


def test_opening_a_fifo_with_no_writer_says_so_and_does_not_wait(
    main_window, monkeypatch, tmp_path
):
    fifo = tmp_path / "task.json"
    os.mkfifo(fifo)
    shown: list[str] = []
    monkeypatch.setattr(main_window.files, "show_error", lambda title, text: shown.append(text))
    main_window.files.ask_unsaved = lambda: Unsaved.DISCARD
    monkeypatch.setattr(main_window.files, "ask_open_path", lambda: str(fifo))
    assert not main_window.open_dialog()
    assert shown and "it is a FIFO with no writer" in shown[0]


def test_save_as_keeps_the_umask_for_the_users_own_file(main_window, monkeypatch, tmp_path):
    target = tmp_path / "mine.json"
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(target))
    main_window.controller.set("/family", "web")
    old = os.umask(0o022)
    try:
        assert main_window.files.save()
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_bad_json_says_line_and_column_and_keeps_the_draft(main_window, monkeypatch, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "family": "x",\n  "cpu": \n}\n', encoding="utf-8")
    main_window.controller.set("/family", "mine")
    before = json.dumps(main_window.controller.document)
    shown: list[str] = []
    monkeypatch.setattr(main_window.files, "show_error", lambda title, text: shown.append(text))
    main_window.files.ask_unsaved = lambda: Unsaved.DISCARD
    monkeypatch.setattr(main_window.files, "ask_open_path", lambda: str(bad))
    assert not main_window.open_dialog()
    assert shown and "bad.json:4:1" in shown[0]
    assert json.dumps(main_window.controller.document) == before
    assert main_window.files.path == ""
