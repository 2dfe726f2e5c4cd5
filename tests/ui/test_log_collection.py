"""New containers get log collection, as the console's "Use log collection": awslogs
to /ecs/FAMILY (following the family as it is typed, until the user changes the
group), the Region the user works in, prefix ecs; the group can be created in the
connected account after a confirmation, or left to ECS with a warning."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.aws_support import *  # noqa: F403 - the AWS fixtures
from tests.ui.aws_support import REGION
from tests.ui.test_containers_page import click_check, field, make_page, row_of, type_into
from wizard.ui.container_editor.logs import LoggingSection
from wizard.ui.pages.base import PageId

GROUP = "/logConfiguration/options/awslogs-group"
AWS_WAIT_MS = 30_000


def log_options(controller, index: int) -> dict:
    return controller.get(f"/containerDefinitions/{index}/logConfiguration/options")


def test_added_and_duplicated_containers_log_to_the_family_group(qtbot, controller):
    controller.set("/family", "shop")
    page = make_page(qtbot, controller, region="eu-central-1")
    buttons = page.container_list.buttons
    qtbot.mouseClick(buttons["add"], Qt.MouseButton.LeftButton)
    assert page.container_list.current() == 1
    assert controller.get("/containerDefinitions/1/logConfiguration") == {
        "logDriver": "awslogs",
        "options": {
            "awslogs-group": "/ecs/shop",
            "awslogs-region": "eu-central-1",
            "awslogs-stream-prefix": "ecs",
        },
    }
    assert field(page, "/logConfiguration").isChecked()
    assert field(page, GROUP).text() == "/ecs/shop"
    qtbot.mouseClick(buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert log_options(controller, 2)["awslogs-group"] == "/ecs/shop"


def test_the_group_follows_the_family_until_the_user_edits_it(qtbot, main_window):
    wizard, controller = main_window.wizard, main_window.controller
    controller.add_container()
    launch = wizard.pages[PageId.LAUNCH]
    type_into(qtbot, launch.family_edit, "web-app")
    assert [log_options(controller, i)["awslogs-group"] for i in (0, 1)] == ["/ecs/web-app"] * 2
    wizard.next()
    wizard.next()
    page = wizard.pages[PageId.CONTAINERS]
    assert field(page, GROUP).text() == "/ecs/web-app"
    type_into(qtbot, field(page, GROUP), "/shared/logs")  # container 0: the user's own group
    wizard.back()
    wizard.back()
    type_into(qtbot, launch.family_edit, "-v2", clear=False)
    assert log_options(controller, 0)["awslogs-group"] == "/shared/logs"
    assert log_options(controller, 1)["awslogs-group"] == "/ecs/web-app-v2"
    # Typing the family is one undo step, group included.
    controller.undo_stack.undo()
    assert controller.get("/family") == "web-app"
    assert log_options(controller, 1)["awslogs-group"] == "/ecs/web-app"


def test_letting_ecs_create_the_group_warns_about_the_managed_policy(qtbot, controller):
    page = make_page(qtbot, controller)
    box = page.editor.section(LoggingSection).create_group
    assert box.isVisible() and not box.isChecked()
    click_check(qtbot, box)
    assert log_options(controller, 0)["awslogs-create-group"] == "true"
    message = row_of(page, "/logConfiguration/options/awslogs-create-group").message
    assert message.isVisible()
    assert "logs:CreateLogGroup" in message.text()
    assert "AmazonECSTaskExecutionRolePolicy" in message.text()
    click_check(qtbot, box)
    assert "awslogs-create-group" not in log_options(controller, 0)
    assert not message.isVisible()


def test_connected_the_group_is_created_after_a_confirmation(qtbot, connected, dialogs):
    controller = connected.window.controller
    controller.set("/family", "book")
    button = connected.pickers.create_log_group_button
    assert button.isEnabled()
    dialogs.answers["confirm"] = False
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert connected.account.runner.active == 0
    logs = connected.account.connection.client("logs")
    assert logs.describe_log_groups()["logGroups"] == []
    dialogs.answers["confirm"] = True
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(logs.describe_log_groups()["logGroups"]), timeout=AWS_WAIT_MS)
    assert [g["logGroupName"] for g in logs.describe_log_groups()["logGroups"]] == ["/ecs/book"]
    (_title, text, _details, _yes) = dialogs.named("confirm")[-1]
    assert "/ecs/book" in text and REGION in text
    qtbot.waitUntil(lambda: connected.account.runner.active == 0, timeout=AWS_WAIT_MS)
    status = connected.window.statusBar().currentMessage()
    assert status == "Created log group /ecs/book."
