"""Save, Save As, Open; theme and window geometry remembered."""

from __future__ import annotations

import json

from wizard.ui.app import settings
from wizard.ui.app.theme import Theme


def test_save_as_then_save_writes_register_input_json(main_window, tmp_path, monkeypatch):
    target = tmp_path / "web.json"
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda title, suggested: str(target))
    main_window.controller.set("/family", "web")
    assert main_window.files.save()  # no path yet: behaves as Save As
    assert json.loads(target.read_text(encoding="utf-8"))["family"] == "web"
    assert main_window.windowTitle().startswith("web.json")
    main_window.controller.set("/family", "web2")
    monkeypatch.setattr(
        main_window.files, "ask_save_path", lambda *a: (_ for _ in ()).throw(AssertionError)
    )
    assert main_window.files.save()  # now saves in place without asking
    assert json.loads(target.read_text(encoding="utf-8"))["family"] == "web2"


def test_a_draft_with_schema_errors_can_still_be_saved(main_window, tmp_path, monkeypatch):
    target = tmp_path / "draft.json"
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(target))
    main_window.controller.set("/containerDefinitions/0/memory", "12a")
    assert main_window.files.save_as()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["containerDefinitions"][0]["memory"] == "12a"


def test_failed_write_keeps_the_previous_file_and_says_so(main_window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(main_window.files, "show_error", lambda title, text: shown.append(text))
    missing_dir = tmp_path / "nope" / "x.json"
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(missing_dir))
    assert not main_window.files.save_as()
    assert shown and "could not be written" in shown[0]
    assert main_window.files.path == ""


def test_open_reads_a_saved_file_back(main_window, tmp_path, monkeypatch):
    target = tmp_path / "round.json"
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(target))
    main_window.controller.set("/family", "roundtrip")
    main_window.files.save_as()
    main_window.new_draft()
    assert main_window.controller.get("/family") == ""
    monkeypatch.setattr(main_window.files, "ask_open_path", lambda: str(target))
    main_window.open_dialog()
    assert main_window.controller.get("/family") == "roundtrip"


def test_theme_choice_is_remembered(main_window):
    main_window.set_theme(Theme.LIGHT)
    assert settings.theme() is Theme.LIGHT
    main_window.set_theme(Theme.SYSTEM)
    assert settings.theme() is Theme.SYSTEM


def test_window_geometry_is_remembered(qtbot, main_window):
    main_window.resize(700, 520)  # within the offscreen screen (800x600)
    main_window.close()
    geometry, state = settings.window_state()
    assert geometry is not None and state is not None
    from wizard.ui.app.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    again.resize(600, 400)
    again.restore_window_state()
    again.show()
    qtbot.waitExposed(again)
    assert again.width() == 700
