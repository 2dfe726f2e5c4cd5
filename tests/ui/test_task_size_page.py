"""Page 2: task size pickers / free entry, roles, network mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.page_driving import choose, page_errors, retype
from wizard.ui.draft.controller import REMOVE
from wizard.ui.pages.task_size_page import TaskSizePage

GB = 1024


@pytest.fixture
def page(qtbot, controller) -> TaskSizePage:
    # Without the default log collection, which needs an execution role: these tests
    # are about the task size; the role's reasons are tested with a log configuration.
    controller.set("/containerDefinitions/0/logConfiguration", REMOVE)
    page = TaskSizePage(controller)
    qtbot.addWidget(page)
    return page


def selectable(combo) -> list[str]:
    """Data of the items a user can pick (not headers or separators)."""
    model = combo.model()
    return [
        combo.itemData(i)
        for i in range(combo.count())
        if combo.itemData(i) is not None and model.item(i).isEnabled()
    ]


def test_memory_1gb_offers_exactly_quarter_and_half_vcpu(page, controller):
    pickers = page.pickers
    choose(pickers.memory_combo, data="2048")
    choose(pickers.memory_combo, data="1024")
    assert controller.get("/memory") == "1024"
    assert pickers.offered(pickers.cpu_combo) == ["256", "512"]
    valid = [pickers.cpu_combo.itemText(pickers.cpu_combo.findData(v)) for v in ("256", "512")]
    assert valid == ["0.25 vCPU", "0.5 vCPU"]
    assert "Valid with 1 GB" in [pickers.cpu_combo.itemText(i) for i in range(3)]
    assert "0.25 or 0.5 vCPU" in pickers.status.text()


def test_choosing_2_vcpu_offers_4_to_16_gb_and_keeps_the_memory(qtbot, page, controller):
    pickers = page.pickers
    choose(pickers.cpu_combo, data="2048")
    assert controller.get("/cpu") == "2048"
    assert pickers.offered(pickers.memory_combo) == [str(m * GB) for m in range(4, 17)]
    assert pickers.memory_combo.itemText(pickers.memory_combo.findData("4096")) == "4 GB"
    assert "Valid memory for 2 vCPU: 4–16 GB" in pickers.status.text()
    # 1 GB is not valid with 2 vCPU: kept, reported, and a fix is offered.
    assert controller.get("/memory") == "1024"
    assert not pickers.memory_row.message.isHidden()
    assert page_errors(page)
    assert pickers.fix_button.text() == "Use 4 GB"
    qtbot.mouseClick(pickers.fix_button, Qt.MouseButton.LeftButton)
    assert controller.get("/memory") == "4096"
    assert not page_errors(page)
    assert pickers.fix_button.isHidden()


def test_fix_changes_the_side_not_just_chosen(qtbot, page, controller):
    pickers = page.pickers
    choose(pickers.memory_combo, data="8192")  # 0.5 vCPU cannot have 8 GB
    assert controller.get("/cpu") == "512"
    assert pickers.fix_button.text() == "Use 1 vCPU"
    qtbot.mouseClick(pickers.fix_button, Qt.MouseButton.LeftButton)
    assert (controller.get("/cpu"), controller.get("/memory")) == ("1024", "8192")


def test_windows_offers_only_1_2_4_vcpu(page, controller):
    controller.set(
        "/runtimePlatform",
        {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"},
    )
    pickers = page.pickers
    # The draft's 512 is no Windows size: shown with its error, not replaced.
    assert "512" in pickers.cpu_combo.currentText()
    assert not pickers.cpu_row.message.isHidden()
    assert [v for v in selectable(pickers.cpu_combo) if v != "512"] == ["1024", "2048", "4096"]
    choose(pickers.cpu_combo, data="1024")
    assert pickers.offered(pickers.memory_combo) == [str(m * GB) for m in range(2, 9)]


def test_value_from_a_file_is_shown_with_its_error(page, controller):
    controller.set("/cpu", "16")
    pickers = page.pickers
    assert pickers.cpu_combo.currentText().startswith("16 ")
    assert "not a Fargate size" in pickers.cpu_row.message.text()


def test_ec2_free_entry(qtbot, page, controller):
    controller.set("/requiresCompatibilities", ["EC2"])
    free = page.free_entry
    assert page.size_stack.currentWidget() is free
    retype(qtbot, free.cpu_edit, "300")
    retype(qtbot, free.memory_edit, "700")
    assert (controller.get("/cpu"), controller.get("/memory")) == ("300", "700")
    assert free.cpu_equiv.text() == "≈ 0.29 vCPU"
    assert free.cpu_row.message.isHidden()
    retype(qtbot, free.cpu_edit, "50")
    assert controller.get("/cpu") == "50"
    assert "128" in free.cpu_row.message.text()
    assert page_errors(page)
    retype(qtbot, free.cpu_edit, "")
    assert "cpu" not in controller.document  # optional on EC2


def test_network_mode_is_fixed_on_fargate(page, controller):
    assert page.network_combo.currentData() == "awsvpc"
    assert not page.network_combo.isEnabled()
    assert "Fargate" in page.network_note.text()
    controller.set("/requiresCompatibilities", ["EC2"])
    assert page.network_combo.isEnabled()
    choose(page.network_combo, data="bridge")
    assert controller.get("/networkMode") == "bridge"
    choose(page.network_combo, data=None)
    assert "networkMode" not in controller.document


def test_wrong_network_mode_on_fargate_stays_editable(page, controller):
    controller.set("/networkMode", "bridge")
    assert page.network_combo.isEnabled()
    row_message = page.network_combo.parentWidget().message  # its FieldRow
    assert "awsvpc" in row_message.text()


def test_execution_role_reasons_follow_the_containers(qtbot, page, controller):
    assert "Nothing" in page.reasons_label.text()
    controller.set("/containerDefinitions/0/name", "web")
    controller.set(
        "/containerDefinitions/0/logConfiguration",
        {
            "logDriver": "awslogs",
            "options": {
                "awslogs-group": "/ecs/web",
                "awslogs-region": "eu-west-1",
                "awslogs-stream-prefix": "ecs",
            },
        },
    )
    assert page.reasons_label.text() == "Needed because: container web sends logs with awslogs."
    assert controller.findings_at("/executionRoleArn")
    qtbot.keyClicks(page.execution_role_edit, "arn:aws:iam::210987654321:role/ecsTaskExecutionRole")
    assert controller.get("/executionRoleArn").endswith("role/ecsTaskExecutionRole")
    assert not controller.findings_at("/executionRoleArn")
    assert "awslogs" in page.reasons_label.text()  # still explains why it is there


def test_task_role_and_focus_targets(qtbot, page, controller):
    qtbot.keyClicks(page.task_role_edit, "arn:aws:iam::123456789012:role/app")
    assert controller.get("/taskRoleArn") == "arn:aws:iam::123456789012:role/app"
    assert page.focus_targets["/cpu"] is page.pickers.cpu_combo
    controller.set("/requiresCompatibilities", ["EXTERNAL"])
    assert page.focus_targets["/cpu"] is page.free_entry.cpu_edit
    assert page.focus_pointer("/networkMode")
    assert page.focusWidget() is page.network_combo


def test_ephemeral_storage_summary(page, controller):
    assert "20 GiB (default)" in page.ephemeral_summary.text()
    controller.set("/ephemeralStorage", {"sizeInGiB": 50})
    assert "50 GiB" in page.ephemeral_summary.text()


def test_lists_are_not_rebuilt_by_unrelated_edits(qtbot, page, controller):
    combo = page.pickers.memory_combo
    combo.setCurrentIndex(combo.findData("4096"))  # browsing, not chosen yet
    qtbot.keyClicks(page.task_role_edit, "arn:aws:iam::123456789012:role/x")
    assert combo.currentData() == "4096"
    assert controller.get("/memory") == "1024"
