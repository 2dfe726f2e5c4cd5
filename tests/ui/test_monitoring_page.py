"""Page 5: the ADOT collector sidecar and the tags table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.page_driving import next_enabled, page_errors, retype, toggle
from wizard.ui.pages.base import PageId
from wizard.ui.pages.monitoring_page import MonitoringPage
from wizard.ui.pages.sidecars import ADOT_IMAGE, ADOT_NAME
from wizard.ui.step_list import COUNTS_ROLE

AWSLOGS = {
    "logDriver": "awslogs",
    "options": {
        "awslogs-group": "/ecs/web",
        "awslogs-region": "eu-west-1",
        "awslogs-stream-prefix": "ecs",
    },
}


@pytest.fixture
def page(qtbot, controller) -> MonitoringPage:
    page = MonitoringPage(controller)
    qtbot.addWidget(page)
    return page


def names(controller) -> list[str]:
    return [c.get("name") for c in controller.containers]


def test_trace_collection_adds_and_removes_only_the_sidecar(qtbot, page, controller):
    controller.set("/containerDefinitions/0/name", "web")
    controller.set("/containerDefinitions/0/logConfiguration", AWSLOGS)
    toggle(qtbot, page.trace_check)
    assert names(controller) == ["web", ADOT_NAME]
    sidecar = controller.get("/containerDefinitions/1")
    assert sidecar["image"] == ADOT_IMAGE
    assert sidecar["essential"] is False
    assert sidecar["command"] == ["--config=/etc/ecs/ecs-xray.yaml"]
    assert sidecar["logConfiguration"] == AWSLOGS  # logs go where the app's go
    assert sidecar["memoryReservation"] > 0
    assert ADOT_NAME in page.sidecar_status.text()

    controller.add_container({"name": "worker", "image": "busybox:1", "essential": True})
    toggle(qtbot, page.trace_check)
    assert names(controller) == ["web", "worker"]
    assert controller.get("/containerDefinitions/0/logConfiguration") == AWSLOGS


def test_metric_collection_shares_the_sidecar(qtbot, page, controller):
    toggle(qtbot, page.trace_check)
    toggle(qtbot, page.metric_check)
    assert names(controller).count(ADOT_NAME) == 1
    assert controller.get("/containerDefinitions/1/command") == [
        "--config=/etc/ecs/ecs-cloudwatch-xray.yaml"
    ]
    toggle(qtbot, page.trace_check)
    assert controller.get("/containerDefinitions/1/command") == [
        "--config=/etc/ecs/ecs-cloudwatch.yaml"
    ]
    assert not page.trace_check.isChecked() and page.metric_check.isChecked()
    toggle(qtbot, page.metric_check)
    assert ADOT_NAME not in names(controller)


def test_check_boxes_follow_a_sidecar_from_a_file(page, controller):
    controller.add_container(
        {
            "name": ADOT_NAME,
            "image": ADOT_IMAGE,
            "command": ["--config=/etc/ecs/ecs-default-config.yaml"],
        }
    )
    assert page.trace_check.isChecked() and page.metric_check.isChecked()


def test_task_role_warning(qtbot, page, controller):
    assert page.role_warning.isHidden()  # no sidecar, no warning
    toggle(qtbot, page.trace_check)
    assert not page.role_warning.isHidden()
    controller.set("/taskRoleArn", "arn:aws:iam::123456789012:role/app")
    assert page.role_warning.isHidden()


def test_tags_are_stored_and_checked(qtbot, page, controller):
    tags = page.tags
    qtbot.mouseClick(tags.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tags.editor(0, "key"), "team")
    qtbot.keyClicks(tags.editor(0, "value"), "payments")
    assert controller.get("/tags") == [{"key": "team", "value": "payments"}]
    assert not page_errors(page)

    retype(qtbot, tags.editor(0, "key"), "aws:owner")
    key_row = tags.editor(0, "key").parentWidget()
    assert "aws:" in key_row.message.text()
    assert tags.editor(0, "key").property("invalid") is True
    assert page_errors(page)
    assert page.focus_targets["/tags/0/key"] is tags.editor(0, "key")

    tags.remove_row(0)
    assert "tags" not in controller.document
    assert not page_errors(page)


def test_tag_error_counts_on_its_step_without_locking_next(qtbot, main_window):
    controller, wizard = main_window.controller, main_window.wizard
    controller.set("/family", "web-app")
    controller.set("/containerDefinitions/0/name", "web")
    controller.set("/containerDefinitions/0/image", "public.ecr.aws/nginx/nginx:1.27")
    wizard.go_to(PageId.MONITORING)
    assert wizard.currentId() == int(PageId.MONITORING)
    assert next_enabled(wizard)
    page = wizard.pages[PageId.MONITORING]
    qtbot.mouseClick(page.tags.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.tags.editor(0, "key"), "aws:reserved")
    assert next_enabled(wizard)
    assert wizard.steps.item(int(PageId.MONITORING)).data(COUNTS_ROLE)[0] == 1
    retype(qtbot, page.tags.editor(0, "key"), "owner")
    assert next_enabled(wizard)
    assert wizard.steps.item(int(PageId.MONITORING)).data(COUNTS_ROLE)[0] == 0


def test_tab_goes_through_the_rows_then_to_add(qtbot, page, controller):
    controller.set("/tags", [{"key": "a", "value": "1"}])
    tags = page.tags
    key, value = tags.editor(0, "key"), tags.editor(0, "value")
    assert key.nextInFocusChain() is value
    remove = value.nextInFocusChain()
    assert remove.accessibleName() == "Remove tag 1"
    assert remove.nextInFocusChain() is tags.add_button
