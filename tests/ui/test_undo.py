"""Undo and redo: every edit, exactly, with the widgets following."""

from __future__ import annotations

import copy
import json

from PySide6.QtGui import QKeySequence

from tests.ui.test_sizing_panel import BOOK
from wizard.ui.draft import undo
from wizard.ui.draft.controller import REMOVE, DraftController
from wizard.ui.pages.base import PageId


def exact(document: dict) -> str:
    """Type- and order-exact form for comparisons (a dict == would take 1 for True)."""
    return json.dumps(document, ensure_ascii=False)


def test_undo_restores_each_earlier_state_and_redo_replays(main_window, tmp_path):
    controller = main_window.controller
    saved = tmp_path / "book.json"
    saved.write_text(json.dumps(BOOK), encoding="utf-8")
    edits = [
        lambda c: c.set("/family", "web"),
        lambda c: c.set("/containerDefinitions/0/name", "app"),
        lambda c: c.set("/containerDefinitions/0/essential", 1),  # True -> 1 is a change
        lambda c: c.add_container(),
        lambda c: c.set("/containerDefinitions/1/image", "busybox"),
        lambda c: c.duplicate_container(1),
        lambda c: c.move_container(2, 0),
        lambda c: c.remove_container(1),
        lambda c: c.set("/containerDefinitions/0/portMappings/0/containerPort", 80),
        lambda c: c.set("/containerDefinitions/0/portMappings/0", REMOVE),
        lambda c: c.set_launch_types(("EC2",)),
        lambda c: main_window.open_file(str(saved)),
        lambda c: c.replace_document({"family": "replaced"}),
    ]
    states = [(exact(controller.document), controller.launch_types)]
    for edit in edits:
        edit(controller)
        states.append((exact(controller.document), controller.launch_types))
    stack = controller.undo_stack
    assert stack.count() == len(edits)
    for expected in reversed(states[:-1]):
        stack.undo()
        assert (exact(controller.document), controller.launch_types) == expected
    assert not stack.canUndo()
    for expected in states[1:]:
        stack.redo()
        assert (exact(controller.document), controller.launch_types) == expected
    assert not stack.canRedo()


def test_undo_and_redo_emit_the_edits_signals(qtbot, controller):
    controller.set("/family", "web")
    controller.add_container()
    seen: list[str] = []
    controller.document_changed.connect(seen.append)
    with qtbot.waitSignal(controller.analysis_changed):
        controller.undo_stack.undo()
    controller.undo_stack.undo()
    controller.undo_stack.redo()
    # The family edit renamed the default log group too (/ecs/FAMILY): it announces the draft.
    assert seen == ["/containerDefinitions", "", ""]
    assert controller.get("/family") == "web"


def test_undo_never_shares_state_with_the_live_draft(controller):
    controller.set("/family", "one")
    controller.set("/cpu", "1024")
    controller.undo_stack.undo()
    # Edit the restored draft in place (as a careless widget might): the history keeps
    # its own copy, so redo still gives back exactly what was recorded.
    controller.document["family"] = "mangled"
    controller.undo_stack.redo()
    assert controller.get("/cpu") == "1024"
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert controller.get("/family") == ""


def test_typing_into_a_field_is_one_undo_step(qtbot, main_window):
    page = main_window.wizard.pages[PageId.LAUNCH]
    stack = main_window.controller.undo_stack
    before = stack.count()
    page.family_edit.setFocus()
    qtbot.keyClicks(page.family_edit, "web-1024")
    assert main_window.controller.get("/family") == "web-1024"
    assert stack.count() == before + 1
    main_window.undo_action.trigger()
    assert main_window.controller.get("/family") == ""
    assert page.family_edit.text() == ""  # the widget follows the undo
    main_window.redo_action.trigger()
    assert page.family_edit.text() == "web-1024"


def test_edits_further_apart_than_the_merge_window_are_separate(monkeypatch, qapp):
    clock = [100.0]
    monkeypatch.setattr(undo.time, "monotonic", lambda: clock[0])
    controller = DraftController()
    for text in ("1", "10", "102"):
        controller.set("/cpu", text)
        clock[0] += 0.2
    clock[0] += undo.MERGE_SECONDS + 1
    controller.set("/cpu", "1024")
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    assert controller.get("/cpu") == "102"
    controller.undo_stack.undo()
    assert controller.get("/cpu") == "512"  # the new draft's value


def test_typing_and_deleting_again_leaves_no_step(controller):
    controller.set("/family", "x")
    controller.set("/family", "xy")
    controller.set("/family", "")  # back to the new draft's value
    assert controller.undo_stack.count() == 0
    assert not controller.undo_stack.canUndo()


def test_edits_to_different_fields_do_not_merge(controller):
    controller.set("/family", "a")
    controller.set("/cpu", "256")
    controller.set("/family", "ab")
    assert controller.undo_stack.count() == 3


def test_shortcuts_and_menu(main_window):
    assert main_window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    shortcuts = {s.toString() for s in main_window.redo_action.shortcuts()}
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= shortcuts
    assert not main_window.undo_action.isEnabled()
    main_window.controller.add_container()
    assert main_window.undo_action.isEnabled()
    assert "Add a container" in main_window.undo_action.text()


def test_the_title_marks_unsaved_changes_and_saving_clears_it(main_window, tmp_path, monkeypatch):
    target = tmp_path / "web.json"
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(target))
    assert not main_window.isWindowModified()
    assert "[*]" in main_window.windowTitle()  # Qt shows "*" there while modified
    main_window.controller.set("/family", "web")
    assert main_window.isWindowModified()
    assert main_window.files.save()
    assert not main_window.isWindowModified()
    main_window.controller.set("/family", "web2")
    assert main_window.isWindowModified()
    main_window.controller.undo_stack.undo()  # back to what is on disk
    assert not main_window.isWindowModified()


def test_json_apply_is_undoable(main_window):
    editor = main_window.json_editor
    before = copy.deepcopy(main_window.controller.document)
    cursor = editor.editor.textCursor()
    cursor.select(cursor.SelectionType.Document)
    cursor.insertText(json.dumps(BOOK))
    editor.apply()
    assert main_window.controller.get("/family") == "wordpress"
    main_window.undo_action.trigger()
    assert exact(main_window.controller.document) == exact(before)


def test_large_drafts_are_kept_compressed_and_restored_exactly(controller):
    from wizard.ui.draft.undo import COMPRESS_ABOVE, DraftState

    before = copy.deepcopy(controller.document)
    big = "x" * (2 * COMPRESS_ABOVE) + "\ud800 ünïcode"
    controller.set("/family", big)
    state = DraftState.capture(controller.document, ())
    assert isinstance(state.text, bytes) and len(state.text) < COMPRESS_ABOVE // 4
    assert state.document() == controller.document
    controller.undo_stack.undo()
    assert controller.document == before
    controller.undo_stack.redo()
    assert controller.get("/family") == big
