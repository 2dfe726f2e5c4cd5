"""Page 4: ephemeral storage, volumes, mount points, volumes-from."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.page_driving import choose, page_errors, retype, toggle
from wizard.ui.pages.storage_page import StoragePage


@pytest.fixture
def page(qtbot, controller) -> StoragePage:
    page = StoragePage(controller)
    qtbot.addWidget(page)
    return page


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_adding_an_efs_volume(qtbot, page, controller):
    editor = page.volume_editor
    click(qtbot, editor.add_button)
    assert controller.get("/volumes") == [{"name": "volume-1"}]
    retype(qtbot, editor.name_edit, "shared-data")
    choose(editor.type_combo, data="efs")
    assert controller.get("/volumes/0/efsVolumeConfiguration") == {}
    # The required file system ID is reported at its field until typed.
    assert not editor.field_rows["efsVolumeConfiguration/fileSystemId"].message.isHidden()
    qtbot.keyClicks(editor.field_editors["efsVolumeConfiguration/fileSystemId"], "fs-12345678")
    toggle(qtbot, editor.field_editors["efsVolumeConfiguration/authorizationConfig/iam"])
    assert controller.get("/volumes/0") == {
        "name": "shared-data",
        "efsVolumeConfiguration": {
            "fileSystemId": "fs-12345678",
            "authorizationConfig": {"iam": "ENABLED"},
        },
    }
    # IAM authorization needs transit encryption: the error is at that field.
    row = editor.field_rows["efsVolumeConfiguration/transitEncryption"]
    assert not row.message.isHidden()
    toggle(qtbot, editor.field_editors["efsVolumeConfiguration/transitEncryption"])
    assert controller.get("/volumes/0/efsVolumeConfiguration/transitEncryption") == "ENABLED"
    assert row.message.isHidden()
    assert "shared-data" in editor.volume_list.item(0).text()


def test_switching_type_back_restores_what_was_typed(qtbot, page, controller):
    editor = page.volume_editor
    click(qtbot, editor.add_button)
    choose(editor.type_combo, data="efs")
    qtbot.keyClicks(editor.field_editors["efsVolumeConfiguration/fileSystemId"], "fs-12345678")
    choose(editor.type_combo, data="launch")
    assert controller.get("/volumes/0") == {"name": "volume-1", "configuredAtLaunch": True}
    choose(editor.type_combo, data="efs")
    assert controller.get("/volumes/0/efsVolumeConfiguration") == {"fileSystemId": "fs-12345678"}


def test_docker_volume_with_driver_options(qtbot, page, controller):
    controller.set("/requiresCompatibilities", ["EC2"])
    editor = page.volume_editor
    click(qtbot, editor.add_button)
    choose(editor.type_combo, data="docker")
    assert controller.get("/volumes/0/dockerVolumeConfiguration") == {"scope": "task"}
    toggle(qtbot, editor.field_editors["dockerVolumeConfiguration/autoprovision"])
    assert controller.findings_at("/volumes/0/dockerVolumeConfiguration/autoprovision")
    choose(editor.field_editors["dockerVolumeConfiguration/scope"], data="shared")
    assert not controller.findings_at("/volumes/0/dockerVolumeConfiguration/autoprovision")
    editor.field_editors["dockerVolumeConfiguration/driverOpts"].set_entry(0, "type", "nfs")
    assert controller.get("/volumes/0/dockerVolumeConfiguration/driverOpts") == {"type": "nfs"}


def test_mount_point_for_container_0(qtbot, page, controller):
    click(qtbot, page.volume_editor.add_button)
    mounts = page.mounts.mount_points
    click(qtbot, mounts.add_button)
    # The only volume is chosen; the path is still missing and blocks Next.
    assert controller.get("/containerDefinitions/0/mountPoints") == [
        {"sourceVolume": "volume-1", "containerPath": "", "readOnly": False}
    ]
    assert page_errors(page)
    qtbot.keyClicks(mounts.editor(0, "containerPath"), "/data")
    toggle(qtbot, mounts.editor(0, "readOnly"))
    assert controller.get("/containerDefinitions/0/mountPoints/0") == {
        "sourceVolume": "volume-1",
        "containerPath": "/data",
        "readOnly": True,
    }
    assert not page_errors(page)


def test_mount_point_of_unknown_volume_shows_at_the_field(qtbot, page, controller):
    controller.set(
        "/containerDefinitions/0/mountPoints",
        [{"sourceVolume": "gone", "containerPath": "/data"}],
    )
    mounts = page.mounts.mount_points
    combo = mounts.editor(0, "sourceVolume")
    assert combo.currentText() == "gone"  # kept and shown
    assert "gone" in combo.parentWidget().message.text()
    assert page.mounts.container_combo.currentText().startswith("⚠")
    assert page_errors(page)


def test_removing_the_last_mount_point_removes_the_list(qtbot, page, controller):
    controller.set("/volumes", [{"name": "v"}])
    mounts = page.mounts.mount_points
    click(qtbot, mounts.add_button)
    mounts.remove_row(0)
    assert "mountPoints" not in controller.get("/containerDefinitions/0")


def test_volumes_from_another_container(qtbot, page, controller):
    controller.set("/containerDefinitions/0/name", "web")
    controller.add_container({"name": "data", "image": "busybox:1", "essential": False})
    vf = page.mounts.volumes_from
    click(qtbot, vf.add_button)
    combo = vf.editor(0, "sourceContainer")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Choose a container", "data"]
    choose(combo, text="data")
    assert controller.get("/containerDefinitions/0/volumesFrom") == [
        {"readOnly": False, "sourceContainer": "data"}
    ]


def test_fargate_host_source_path_error_at_the_field(qtbot, page, controller):
    controller.set("/volumes", [{"name": "v", "host": {"sourcePath": "/srv/data"}}])
    editor = page.volume_editor
    edit = editor.field_editors["host/sourcePath"]
    assert edit.text() == "/srv/data"
    assert edit.isEnabled()  # must stay editable to be cleared
    row = editor.field_rows["host/sourcePath"]
    assert "Fargate" in row.message.text()
    assert page_errors(page)
    retype(qtbot, edit, "")
    assert controller.get("/volumes/0") == {"name": "v"}
    assert row.message.isHidden()
    assert not edit.isEnabled()  # no source path on Fargate


def test_ephemeral_storage(qtbot, page, controller):
    qtbot.keyClicks(page.ephemeral_edit, "10")
    assert controller.get("/ephemeralStorage") == {"sizeInGiB": 10}
    assert "21" in page.ephemeral_row.message.text()
    retype(qtbot, page.ephemeral_edit, "30")
    assert page.ephemeral_row.message.isHidden()
    retype(qtbot, page.ephemeral_edit, "")
    assert "ephemeralStorage" not in controller.document


def test_review_jumps_select_the_volume_and_container(qtbot, page, controller):
    controller.set("/volumes", [{"name": "a"}, {"name": "b", "efsVolumeConfiguration": {}}])
    controller.add_container({"name": "two", "image": "busybox:1", "mountPoints": [{}]})
    assert page.owns("/containerDefinitions/1/mountPoints/0/containerPath")
    assert not page.owns("/containerDefinitions/1/image")
    page.focus_pointer("/volumes/1/efsVolumeConfiguration/fileSystemId")
    assert page.volume_editor.index == 1
    assert (
        page.focusWidget()
        is page.volume_editor.field_editors["efsVolumeConfiguration/fileSystemId"]
    )
    page.focus_pointer("/containerDefinitions/1/mountPoints/0/containerPath")
    assert page.mounts.index == 1
    assert page.focusWidget() is page.mounts.mount_points.editor(0, "containerPath")
