"""Page 1: family, launch types, operating system / architecture."""

from __future__ import annotations

from tests.ui.page_driving import choose, items, next_enabled, retype, toggle
from wizard.ui.pages.base import PageId
from wizard.ui.pages.launch_page import LaunchPage


def launch_page(main_window) -> LaunchPage:
    return main_window.wizard.pages[PageId.LAUNCH]  # type: ignore[return-value]


def test_family_is_stored_and_its_error_blocks_next(qtbot, main_window):
    page, wizard = launch_page(main_window), main_window.wizard
    assert not next_enabled(wizard)  # a new draft has no family yet
    qtbot.keyClicks(page.family_edit, "web-app")
    assert main_window.controller.get("/family") == "web-app"
    assert next_enabled(wizard)

    retype(qtbot, page.family_edit, "bad name!")
    assert main_window.controller.get("/family") == "bad name!"
    assert not page.family_row.message.isHidden()
    assert "not valid" in page.family_row.message.text()
    assert page.family_edit.property("invalid") is True
    assert not next_enabled(wizard)

    retype(qtbot, page.family_edit, "bad_name")
    assert page.family_row.message.isHidden()
    assert next_enabled(wizard)


def test_launch_types_are_stored_in_api_spelling(qtbot, controller):
    page = LaunchPage(controller)
    qtbot.addWidget(page)
    assert page.launch_boxes["FARGATE"].isChecked()
    toggle(qtbot, page.launch_boxes["EC2"])
    toggle(qtbot, page.launch_boxes["FARGATE"])
    assert controller.get("/requiresCompatibilities") == ["EC2"]
    toggle(qtbot, page.launch_boxes["MANAGED_INSTANCES"])
    assert controller.get("/requiresCompatibilities") == ["EC2", "MANAGED_INSTANCES"]


def test_unchecking_every_launch_type_removes_the_key(qtbot, controller):
    page = LaunchPage(controller)
    qtbot.addWidget(page)
    toggle(qtbot, page.launch_boxes["FARGATE"])
    assert "requiresCompatibilities" not in controller.document


def test_unknown_launch_type_from_a_file_is_kept_and_reported(qtbot, controller):
    controller.set("/requiresCompatibilities", ["FARGATE", "FARGAT"])
    page = LaunchPage(controller)
    qtbot.addWidget(page)
    toggle(qtbot, page.launch_boxes["EC2"])
    assert controller.get("/requiresCompatibilities") == ["FARGATE", "FARGAT", "EC2"]
    assert "FARGAT" in page.launch_row.message.text()


def test_choosing_fargate_sets_awsvpc_only_when_unset(qtbot, controller):
    page = LaunchPage(controller)
    qtbot.addWidget(page)
    toggle(qtbot, page.launch_boxes["FARGATE"])  # off
    controller.set("/networkMode", "bridge")
    toggle(qtbot, page.launch_boxes["FARGATE"])  # on again: bridge is kept
    assert controller.get("/networkMode") == "bridge"
    assert controller.findings_at("/networkMode")  # and reported on page 2

    toggle(qtbot, page.launch_boxes["FARGATE"])
    from wizard.ui.draft.controller import REMOVE

    controller.set("/networkMode", REMOVE)
    toggle(qtbot, page.launch_boxes["FARGATE"])
    assert controller.get("/networkMode") == "awsvpc"


def test_operating_system_and_architecture(qtbot, controller):
    page = LaunchPage(controller)
    qtbot.addWidget(page)
    assert page.platform_combo.currentText() == "Linux/X86_64"
    assert "Windows Server 2022 Core/X86_64" in items(page.platform_combo)
    choose(page.platform_combo, text="Linux/ARM64")
    assert controller.get("/runtimePlatform") == {
        "operatingSystemFamily": "LINUX",
        "cpuArchitecture": "ARM64",
    }
    choose(page.platform_combo, text="Windows Server 2025 Full/X86_64")
    assert controller.get("/runtimePlatform/operatingSystemFamily") == "WINDOWS_SERVER_2025_FULL"
    choose(page.platform_combo, data="")
    assert "runtimePlatform" not in controller.document


def test_platform_from_a_file_is_shown_with_its_error(qtbot, controller):
    controller.set(
        "/runtimePlatform",
        {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "ARM64"},
    )
    page = LaunchPage(controller)
    qtbot.addWidget(page)
    assert page.platform_combo.currentText() == "WINDOWS_SERVER_2022_CORE/ARM64"
    assert "X86_64" in page.platform_row.message.text()
    assert not page.isComplete()


def test_focus_targets_cover_the_fields(qtbot, controller):
    page = LaunchPage(controller)
    qtbot.addWidget(page)
    assert page.focus_targets["/family"] is page.family_edit
    assert page.focus_pointer("/runtimePlatform/cpuArchitecture")
    assert page.focusWidget() is page.platform_combo


def test_only_the_current_unlisted_platform_is_shown(qtbot, controller):
    page = LaunchPage(controller)
    qtbot.addWidget(page)
    controller.set("/runtimePlatform", {"operatingSystemFamily": "WINDOWS_SERVER_2016_FULL"})
    assert page.platform_combo.currentText() == "WINDOWS_SERVER_2016_FULL/X86_64"
    choose(page.platform_combo, text="Linux/X86_64")
    assert "WINDOWS_SERVER_2016_FULL/X86_64" not in items(page.platform_combo)
