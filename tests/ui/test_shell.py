"""The main window: pages in the console's order, the sizing panel beside them."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from wizard.ui.pages.base import PageId


def test_pages_in_console_order(main_window):
    wizard = main_window.wizard
    assert wizard.pageIds() == [int(p) for p in PageId]
    assert wizard.currentId() == int(PageId.LAUNCH)
    assert main_window.sizing_panel.isVisible()


def test_open_bad_file_keeps_the_draft(main_window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    main_window.controller.set("/family", "keep-me")
    bad = tmp_path / "bad.json"
    bad.write_text('{"family": "x",\n "cpu": }', encoding="utf-8")
    assert main_window.open_file(str(bad)) is False
    assert main_window.controller.get("/family") == "keep-me"
    assert "bad.json:2:" in shown[0]


def test_open_good_file_replaces_the_draft(main_window, tmp_path):
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"family": "opened", "containerDefinitions": []}), encoding="utf-8")
    assert main_window.open_file(str(good)) is True
    assert main_window.controller.get("/family") == "opened"


def test_controller_set_remove_and_prune(controller):
    from wizard.ui.draft.controller import REMOVE

    controller.set("/containerDefinitions/0/healthCheck/interval", 30)
    assert controller.get("/containerDefinitions/0/healthCheck") == {"interval": 30}
    controller.set("/containerDefinitions/0/healthCheck/interval", REMOVE)
    assert "healthCheck" not in controller.get("/containerDefinitions/0")
    controller.set("/tags/0/key", "team")
    assert controller.get("/tags") == [{"key": "team"}]


def test_controller_container_operations(controller):
    controller.set("/containerDefinitions/0/name", "web")
    i = controller.duplicate_container(0)
    assert controller.get(f"/containerDefinitions/{i}/name") == "web-1"
    j = controller.add_container()
    assert controller.get(f"/containerDefinitions/{j}/name") == "container-1"
    controller.move_container(2, 0)
    assert [c["name"] for c in controller.containers] == ["container-1", "web", "web-1"]
    controller.remove_container(0)
    assert [c["name"] for c in controller.containers] == ["web", "web-1"]


def test_findings_follow_edits(controller):
    controller.set("/family", "bad family!")
    assert any(f.path == "/family" for f in controller.findings)
    controller.set("/family", "good-family")
    assert not any(f.path == "/family" and f.severity.value == "error" for f in controller.findings)


def test_json_view_toggles_from_the_view_menu(main_window, qtbot):
    assert not main_window.json_dock.isVisible()
    main_window.json_dock.toggleViewAction().trigger()
    qtbot.waitUntil(main_window.json_dock.isVisible)
    assert '"containerDefinitions"' in main_window.json_editor.editor.toPlainText()


def test_set_creates_a_list_where_the_next_segment_is_an_index(controller):
    controller.set("/volumes/0/name", "data")
    assert controller.get("/volumes") == [{"name": "data"}]
    controller.set("/placementConstraints/0", {"type": "memberOf"})
    assert controller.get("/placementConstraints") == [{"type": "memberOf"}]


def test_mount_point_findings_go_to_the_storage_page_and_do_not_block_containers(main_window):
    wizard = main_window.wizard
    assert wizard.page_for("/containerDefinitions/0/mountPoints/0/sourceVolume") == PageId.STORAGE
    assert wizard.page_for("/containerDefinitions/0/memory") == PageId.CONTAINERS
    controller = main_window.controller
    controller.replace_document(
        {
            "family": "web",
            "requiresCompatibilities": ["FARGATE"],
            "networkMode": "awsvpc",
            "cpu": "256",
            "memory": "512",
            "containerDefinitions": [
                {
                    "name": "web",
                    "image": "nginx:1.27",
                    "mountPoints": [{"sourceVolume": "missing", "containerPath": "/d"}],
                }
            ],
        }
    )
    containers = wizard.pages[PageId.CONTAINERS]
    storage = wizard.pages[PageId.STORAGE]
    assert controller.has_errors_under("/containerDefinitions/0/mountPoints")
    assert containers.isComplete()
    assert not storage.isComplete()
