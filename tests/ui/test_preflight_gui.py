""" "Check against account" on the review page, driven as a user does, against moto
behind the account double (and the registry double as Docker Hub)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.services.preflight_world import registry, world  # noqa: F401 - fixtures
from tests.services.registry_double import Slow
from tests.ui.aws_support import *  # noqa: F403 - the AWS fixtures
from tests.ui.aws_support import REGION, Dialogs
from wizard.services.preflight.context import ENV_REGISTRY_URLS
from wizard.services.preflight.references import DOCKER_HUB
from wizard.services.session import connect
from wizard.ui.app import settings
from wizard.ui.pages.base import PageId

WAIT_MS = 60_000


@pytest.fixture
def account(aws_ui, world, monkeypatch):  # noqa: F811
    monkeypatch.setenv(ENV_REGISTRY_URLS, f"{DOCKER_HUB}={world.registry.url}")
    double = world.double()
    aws_ui.account.use(connect(None, REGION, double.url))
    aws_ui.window.controller.replace_document(world.document)
    aws_ui.window.wizard.go_to(PageId.REVIEW)
    yield aws_ui, world, double
    double.stop()


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def run_check(qtbot, ui) -> None:
    flow = ui.preflight
    before = flow.report
    click(qtbot, flow.panel.check_button)
    assert flow.busy and flow.panel.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not flow.busy and flow.report is not before, timeout=WAIT_MS)


def rows(ui) -> dict[str, list[tuple[str, str]]]:
    """Area title -> (result, message) of each row, as the checklist shows them."""
    tree = ui.preflight.panel.checklist.tree
    found = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        found[group.text(0)] = [
            (group.child(j).text(0), group.child(j).text(1)) for j in range(group.childCount())
        ]
    return found


def test_check_against_account_lists_every_area_then_a_failure_jumps_to_its_field(qtbot, account):
    ui, world, _ = account  # noqa: F811 - the fixture's world
    run_check(qtbot, ui)
    shown = rows(ui)
    assert list(shown) == [
        "Roles",
        "Permissions",
        "Images",
        "Logs",
        "Secrets and parameters",
        "Storage",
        "Account and region",
    ]
    assert [r for items in shown.values() for r in items if r[0] != "Passed"] == []
    assert "0 failed" in ui.preflight.panel.status.text()

    world.client("logs").delete_log_group(logGroupName="/ecs/book")
    run_check(qtbot, ui)
    logs = rows(ui)["Logs"]
    assert logs[0][0] == "Failed" and "/ecs/book" in logs[0][1]
    # The first failure is selected, its whole message and its fix shown below the list.
    detail = ui.preflight.panel.checklist.detail
    assert detail.isVisible() and "aws logs create-log-group" in detail.text()
    # Enter on the failed row goes to its field (the container's log group).
    tree = ui.preflight.panel.checklist.tree
    group = tree.topLevelItem(3)
    assert group.isExpanded()
    tree.setCurrentItem(group.child(0))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    field = "/containerDefinitions/0/logConfiguration/options/awslogs-group"
    assert ui.window.wizard.currentId() == ui.window.wizard.page_for(field) != PageId.REVIEW


def test_results_go_stale_when_the_draft_changes(qtbot, account):
    ui, _, _ = account
    run_check(qtbot, ui)
    assert not ui.preflight.panel.stale_note.isVisible()
    ui.window.controller.set("/memory", "1024")
    assert ui.preflight.stale and ui.preflight.panel.stale_note.isVisible()
    run_check(qtbot, ui)
    assert not ui.preflight.stale and not ui.preflight.panel.stale_note.isVisible()


def test_cancel_stops_the_checks_and_shows_no_result(qtbot, account, monkeypatch):
    ui, world, _ = account  # noqa: F811 - the fixture's world
    # Long enough for the click to land while the check runs; the late answer then
    # arrives and must be dropped.
    world.registry.images["library/mysql:8.4"] = Slow(3)
    flow = ui.preflight
    click(qtbot, flow.panel.check_button)
    qtbot.waitUntil(lambda: flow.panel.progress.maximum() > 0, timeout=WAIT_MS)
    click(qtbot, flow.panel.cancel_button)
    assert not flow.busy and flow.report is None
    assert "Cancelled" in flow.panel.status.text()
    assert flow.panel.check_button.isEnabled()
    qtbot.waitUntil(lambda: ui.account.runner.active == 0, timeout=WAIT_MS)
    assert flow.report is None  # the late result of the cancelled job was dropped


def test_the_image_field_shows_the_last_result(qtbot, account):
    ui, world, _ = account  # noqa: F811 - the fixture's world
    containers = world.document["containerDefinitions"]
    host = containers[2]["image"].split("/")[0]
    ui.window.controller.set("/containerDefinitions/2/image", f"{host}/book/metrics:2.0")
    run_check(qtbot, ui)
    page = ui.window.wizard.pages[PageId.CONTAINERS]
    ui.window.wizard.go_to(PageId.CONTAINERS)
    status = ui.preflight.image_status
    page.select(2)
    qtbot.waitUntil(lambda: status.text() == "Missing", timeout=5000)
    assert status.isVisible()
    page.select(0)
    qtbot.waitUntil(lambda: status.text() == "Exists", timeout=5000)
    # Typing another image: no result for it yet.
    ui.window.controller.set("/containerDefinitions/0/image", "wordpress:7")
    assert status.text() == "" and not status.isVisible()


def test_public_registries_setting_turns_them_off(qtbot, account):
    ui, world, _ = account  # noqa: F811 - the fixture's world
    box = ui.preflight.panel.public_box
    click(qtbot, box)
    assert not box.isChecked() and not settings.preflight_public_registries()
    run_check(qtbot, ui)
    assert world.registry.requests == []
    assert ("Skipped", "Not checked: public registries are turned off (wordpress:6).") in rows(ui)[
        "Images"
    ]
    click(qtbot, box)
    assert settings.preflight_public_registries()


def test_register_runs_the_checks_first_and_offers_register_anyway(
    qtbot, account, dialogs: Dialogs
):
    ui, world, _ = account  # noqa: F811 - the fixture's world
    settings.set_preflight_before_register(True)
    world.client("secretsmanager").delete_secret(
        SecretId=world.ids["secret"], RecoveryWindowInDays=7
    )
    dialogs.answers["preflight"] = (False, "/containerDefinitions/0/secrets/0/valueFrom")
    click(qtbot, ui.register_panel.register_button)
    qtbot.waitUntil(lambda: dialogs.has("preflight"), timeout=WAIT_MS)
    [(failures,)] = dialogs.named("preflight")
    assert [(c.check, c.path) for c in failures] == [
        ("secret.deletion", "/containerDefinitions/0/secrets/0/valueFrom")
    ]
    qtbot.waitUntil(lambda: "Not registered" in ui.register_panel.busy.text, timeout=5000)
    assert not dialogs.has("diff")
    assert ui.window.wizard.currentId() == PageId.CONTAINERS  # "Go to field"
    # Register anyway.
    ui.window.wizard.go_to(PageId.REVIEW)
    dialogs.answers["preflight"] = (True, None)
    click(qtbot, ui.register_panel.register_button)
    qtbot.waitUntil(lambda: dialogs.has("registered"), timeout=WAIT_MS)
    assert len(dialogs.named("preflight")) == 2 and dialogs.has("diff")


def test_a_check_that_could_not_run_says_why_in_the_screens_words(qtbot, account, monkeypatch):
    ui, _world, _ = account
    from wizard.services.errors import AwsError
    from wizard.ui.aws import preflight_flow

    def refuse(*_args, **_kwargs):
        raise AwsError("invalid-value", "memoryReservation is not valid here.")

    monkeypatch.setattr(preflight_flow, "run_preflight", refuse)
    flow = ui.preflight
    click(qtbot, flow.panel.check_button)
    qtbot.waitUntil(lambda: not flow.busy, timeout=WAIT_MS)
    status = flow.panel.status.text()
    assert status.startswith("Could not check:"), status
    # The member as the screen names it, the API name only in the note.
    assert "Memory soft limit" in status and "(API: memoryReservation)" in status, status
