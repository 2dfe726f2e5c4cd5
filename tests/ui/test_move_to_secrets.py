"""The one-click "Move to secrets" fix: from the container editor and from the findings,
offline (placeholders, clipboard) and connected to a moto server (the value is stored)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.aws_fixtures import REGION
from tests.ui.aws_support import *  # noqa: F403 - the AWS fixtures (moto, a private AWS home)
from tests.ui.aws_support import connect_to
from tests.ui.test_containers_page import make_page
from wizard.domain.edits.secret_move import ACCOUNT_PLACEHOLDER, REGION_PLACEHOLDER
from wizard.ui.container_editor.environment import EnvironmentSection
from wizard.ui.dialogs.move_to_secrets import MoveToSecretsDialog, entry_of_pointer
from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.base import PageId
from wizard.ui.pages.review_page import ReviewPage

PASSWORD = "hunter2hunter2"
C0 = "/containerDefinitions/0"
ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"  # moto's account
# Without a connection: not the documentation's example account, which is a placeholder.
OWN_ROLE = "arn:aws:iam::210987654321:role/ecsTaskExecutionRole"
RULE = "environment-secret-value"


def draft(role: bool = True, role_arn: str = ROLE) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "family": "web",
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": "256",
        "memory": "512",
        "containerDefinitions": [
            {
                "name": "app",
                "image": "public.ecr.aws/nginx/nginx:1.27",
                "essential": True,
                "environment": [
                    {"name": "LOG_LEVEL", "value": "info"},
                    {"name": "DB_PASSWORD", "value": PASSWORD},
                ],
            }
        ],
    }
    if role:
        doc["executionRoleArn"] = role_arn
    return doc


def rules(controller: DraftController) -> set[str]:
    return {f.rule for f in controller.findings}


def shown_texts(dialog: MoveToSecretsDialog) -> str:
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    edits = [w.text() for w in dialog.findChildren(QLineEdit)]
    return "\n".join(labels + edits + [dialog.windowTitle()])


Driver = Callable[[MoveToSecretsDialog], None]


@pytest.fixture
def opened() -> list[MoveToSecretsDialog]:
    """The dialogs :func:`drive_dialogs` ran, in order."""
    return []


def drive_dialogs(monkeypatch, seen: list[MoveToSecretsDialog], driver: Driver) -> None:
    """Run ``driver(dialog)`` instead of the blocking exec(), like a user would act."""

    def exec_(dialog: MoveToSecretsDialog) -> int:
        seen.append(dialog)
        driver(dialog)
        return int(dialog.result())

    monkeypatch.setattr(MoveToSecretsDialog, "exec", exec_)


def press_move(dialog: MoveToSecretsDialog) -> None:
    dialog.move_button.click()


@pytest.fixture
def page(qtbot, controller):
    controller.replace_document(draft(role=False))
    return make_page(qtbot, controller, region="")


# --- the container editor ---------------------------------------------------------------
def test_the_button_moves_the_variable_in_one_undoable_step(
    qtbot, page, controller, monkeypatch, opened
):
    section = page.editor.section(EnvironmentSection)
    assert RULE in rules(controller)
    assert section.secret_bar.isVisible()
    assert section.move_button.text() == "Move DB_PASSWORD to secrets..."
    assert "DB_PASSWORD looks like a secret" in section.secret_note.text()
    steps = controller.undo_stack.count()
    checked: dict[str, Any] = {}

    def accept(dialog: MoveToSecretsDialog) -> None:
        checked["texts"] = shown_texts(dialog)
        checked["role"] = dialog.role_note.text()
        checked["copy"] = not dialog.copy_button.isHidden()
        checked["store"] = not dialog.store_check.isHidden()
        checked["placeholder"] = dialog.placeholder_note.text()
        press_move(dialog)

    drive_dialogs(monkeypatch, opened, accept)
    qtbot.mouseClick(section.move_button, Qt.MouseButton.LeftButton)

    # The dialog named the variable, never showed the value, and said what is left to do.
    assert "DB_PASSWORD" in checked["texts"] and PASSWORD not in checked["texts"]
    assert "(14 characters)" in checked["texts"]
    assert "no task execution role" in checked["role"]
    assert checked["copy"] and not checked["store"]  # not connected: copy, no store
    assert ACCOUNT_PLACEHOLDER in checked["placeholder"]

    app = controller.get(C0)
    assert app["environment"] == [{"name": "LOG_LEVEL", "value": "info"}]
    # The Region comes from AWS_DEFAULT_REGION (as the AWS CLI would take it); the draft
    # names no account, so that part is a placeholder.
    value_from = f"arn:aws:ssm:{REGION}:{ACCOUNT_PLACEHOLDER}:parameter/web/app/DB_PASSWORD"
    assert app["secrets"] == [{"name": "DB_PASSWORD", "valueFrom": value_from}]
    assert PASSWORD not in json.dumps(controller.document)
    found = rules(controller)
    assert RULE not in found
    # What is still missing is reported, so the draft cannot go out half done.
    assert {"placeholder", "execution-role-secrets"} <= found
    assert section.secret_bar.isHidden()
    assert section.secrets.table.rowCount() == 1
    assert section.environment.table.rowCount() == 1

    assert controller.undo_stack.count() == steps + 1
    assert controller.undo_stack.undoText() == "Move DB_PASSWORD to secrets"
    controller.undo_stack.undo()
    assert controller.get(f"{C0}/environment/1") == {"name": "DB_PASSWORD", "value": PASSWORD}
    assert controller.get(f"{C0}/secrets") is None
    assert RULE in rules(controller)
    assert section.secret_bar.isVisible()


def test_cancelling_changes_nothing(qtbot, page, controller, monkeypatch, opened):
    section = page.editor.section(EnvironmentSection)
    before = json.dumps(controller.document)
    drive_dialogs(monkeypatch, opened, lambda dialog: dialog.reject())
    assert section.move_to_secrets(section.move_target()) is False
    assert len(opened) == 1
    assert json.dumps(controller.document) == before


def test_the_context_menu_offers_the_move_for_a_named_row(
    qtbot, page, controller, monkeypatch, opened
):
    section = page.editor.section(EnvironmentSection)
    menu = section.context_menu(0)  # LOG_LEVEL: not flagged, but the user may move it
    assert menu is not None
    [action] = menu.actions()
    assert action.text() == "Move to secrets..."
    drive_dialogs(monkeypatch, opened, press_move)
    action.trigger()
    assert opened[0].entry.name == "LOG_LEVEL"
    assert controller.get(f"{C0}/secrets/0/name") == "LOG_LEVEL"
    assert controller.get(f"{C0}/environment") == [{"name": "DB_PASSWORD", "value": PASSWORD}]
    assert section.context_menu(5) is None


def test_the_selected_flagged_row_is_the_one_the_button_moves(qtbot, controller):
    doc = draft()
    doc["containerDefinitions"][0]["environment"].append({"name": "API_TOKEN", "value": "t0k3n!"})
    controller.replace_document(doc)
    page = make_page(qtbot, controller)
    section = page.editor.section(EnvironmentSection)
    assert section.secret_rows() == [1, 2]
    assert "2 variables look like secrets" in section.secret_note.text()
    assert section.move_button.text() == "Move DB_PASSWORD to secrets..."
    section.environment.table.selectRow(2)
    assert section.move_button.text() == "Move API_TOKEN to secrets..."


def test_copy_puts_the_value_on_the_clipboard(qtbot, controller):
    controller.replace_document(draft(role_arn=OWN_ROLE))
    dialog = MoveToSecretsDialog(controller, 0, "DB_PASSWORD", region="eu-west-1")
    qtbot.addWidget(dialog)
    # Region given, account from the draft's role: a complete ARN, nothing to fill in.
    assert dialog.value_from == ("arn:aws:ssm:eu-west-1:210987654321:parameter/web/app/DB_PASSWORD")
    assert dialog.placeholder_note.isHidden()
    assert "/web/app/DB_PASSWORD" in dialog.copy_hint.text()
    assert "must be allowed to read it" in dialog.role_note.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == PASSWORD
    assert dialog.copy_button.text() == "Copied"
    QGuiApplication.clipboard().clear()


def test_the_dialog_is_never_narrower_than_its_rows_need(qtbot, controller):
    # An explicit minimum width of 560 px used to override the layout's minimum:
    # on the offscreen 800 px screen the dialog opened 560 px wide and its rows
    # overlapped.
    controller.replace_document(draft())
    dialog = MoveToSecretsDialog(controller, 0, 1, region="eu-west-1")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= dialog.layout().minimumSize().width() > 560
    dialog.resize(400, dialog.height())
    assert dialog.width() >= dialog.layout().minimumSize().width()


def test_secrets_manager_and_an_edited_value_from(qtbot, controller):
    controller.replace_document(draft())
    dialog = MoveToSecretsDialog(controller, 0, 1, region="eu-west-1")
    qtbot.addWidget(dialog)
    dialog.store_combo.setCurrentIndex(1)
    assert dialog.value_from == (
        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:web/app/DB_PASSWORD"
    )
    dialog.value_from_edit.setText("/shared/db")
    dialog.store_combo.setCurrentIndex(0)
    assert dialog.value_from == "/shared/db"  # what the user typed is kept


def test_a_conflicting_secret_keeps_the_dialog_open(qtbot, controller):
    doc = draft()
    doc["containerDefinitions"][0]["secrets"] = [{"name": "DB_PASSWORD", "valueFrom": "/old"}]
    controller.replace_document(doc)
    before = json.dumps(controller.document)
    dialog = MoveToSecretsDialog(controller, 0, 1, region="eu-west-1")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.move_button.click()
    assert dialog.isVisible() and not dialog.applied
    assert "already has a secret DB_PASSWORD, read from /old" in dialog.error_note.text()
    assert json.dumps(controller.document) == before
    dialog.value_from_edit.setText("/old")  # the same source: the move just drops the variable
    dialog.move_button.click()
    assert dialog.applied
    assert controller.get(f"{C0}/secrets") == [{"name": "DB_PASSWORD", "valueFrom": "/old"}]
    assert PASSWORD not in json.dumps(controller.document)


def test_the_value_elsewhere_is_pointed_out(qtbot, controller):
    doc = draft()
    doc["containerDefinitions"][0]["command"] = ["run", f"--password={PASSWORD}"]
    controller.replace_document(doc)
    dialog = MoveToSecretsDialog(controller, 0, 1, region="eu-west-1")
    qtbot.addWidget(dialog)
    assert f"{C0}/command/1" in dialog.elsewhere_note.text()
    assert f"{C0}/environment/1" not in dialog.elsewhere_note.text()


# --- the findings list ------------------------------------------------------------------
def test_the_finding_offers_the_fix(qtbot, controller, monkeypatch, opened):
    controller.replace_document(draft(role_arn=OWN_ROLE))
    controller.set("/family", "bad family!")  # another finding, without a fix
    review = ReviewPage(controller)
    qtbot.addWidget(review)
    review.show()
    qtbot.waitExposed(review)
    findings = review.findings_list
    [index] = [i for i, f in enumerate(findings.visible_findings()) if f.rule == RULE]
    other = next(i for i, f in enumerate(findings.visible_findings()) if f.rule != RULE)
    findings.tree.setCurrentItem(findings.tree.topLevelItem(other))
    assert findings.fix_button.isHidden()
    item = findings.tree.topLevelItem(index)
    menu = findings.context_menu(item)
    assert [a.text() for a in menu.actions()] == ["Go to field", "Fix: move to secrets..."]
    assert findings.fix_button.isVisible()
    assert findings.fix_button.text() == "Fix: move to secrets..."

    drive_dialogs(monkeypatch, opened, press_move)
    qtbot.mouseClick(findings.fix_button, Qt.MouseButton.LeftButton)

    assert opened[0].entry.name == "DB_PASSWORD"
    assert RULE not in rules(controller)
    assert all(f.rule != RULE for f in findings.visible_findings())
    assert controller.get(f"{C0}/secrets/0/valueFrom").endswith(
        ":parameter/bad-family/app/DB_PASSWORD"
    )
    assert PASSWORD not in review.json_text


def test_unknown_region_and_account_are_placeholders(qtbot, controller, monkeypatch):
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    controller.replace_document(draft(role=False))
    dialog = MoveToSecretsDialog(controller, 0, 1)
    qtbot.addWidget(dialog)
    assert dialog.value_from == (
        f"arn:aws:ssm:{REGION_PLACEHOLDER}:{ACCOUNT_PLACEHOLDER}:parameter/web/app/DB_PASSWORD"
    )
    assert REGION_PLACEHOLDER in dialog.placeholder_note.text()


def test_pointers_of_environment_entries():
    assert entry_of_pointer("/containerDefinitions/2/environment/7/value") == (2, 7)
    assert entry_of_pointer("/containerDefinitions/0/environment/0") == (0, 0)
    assert entry_of_pointer("/containerDefinitions/0/secrets/0/name") is None


# --- connected to an account (moto) -----------------------------------------------------
def open_in_window(qtbot, aws_ui) -> EnvironmentSection:
    window = aws_ui.window
    window.controller.replace_document(draft())
    window.wizard.jump_to(f"{C0}/environment/1/value")
    section = window.wizard.pages[PageId.CONTAINERS].editor.section(EnvironmentSection)
    # Not isVisible(): the embedded wizard may not be mapped in an offscreen test window.
    assert not section.secret_bar.isHidden()
    return section


def test_connected_the_value_is_stored_and_its_arn_used(
    qtbot, connected, monkeypatch, opened, moto_url
):
    section = open_in_window(qtbot, connected)
    controller = connected.window.controller

    def store_and_move(dialog: MoveToSecretsDialog) -> None:
        assert not dialog.store_check.isHidden() and dialog.copy_button.isHidden()
        assert dialog.value_from.startswith(f"arn:aws:ssm:{REGION}:123456789012:parameter/")
        dialog.store_check.setChecked(True)
        dialog.move_button.click()
        assert dialog.storing and not dialog.move_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.applied, timeout=10_000)

    drive_dialogs(monkeypatch, opened, store_and_move)
    section.move_button.click()

    ssm = connected.account.connection.client("ssm")
    stored = ssm.get_parameter(Name="/web/app/DB_PASSWORD", WithDecryption=True)["Parameter"]
    assert stored["Type"] == "SecureString" and stored["Value"] == PASSWORD
    assert controller.get(f"{C0}/secrets") == [{"name": "DB_PASSWORD", "valueFrom": stored["ARN"]}]
    assert PASSWORD not in json.dumps(controller.document)
    assert RULE not in rules(controller)


def test_connected_a_failed_store_keeps_everything(qtbot, connected, monkeypatch, opened):
    ssm = connected.account.connection.client("ssm")
    ssm.put_parameter(Name="/web/app/DB_PASSWORD", Value="older", Type="SecureString")
    section = open_in_window(qtbot, connected)
    controller = connected.window.controller
    before = json.dumps(controller.document)
    outcome: dict[str, Any] = {}

    def fail_then_refer(dialog: MoveToSecretsDialog) -> None:
        suggested = dialog.value_from
        dialog.store_check.setChecked(True)
        dialog.move_button.click()
        qtbot.waitUntil(lambda: not dialog.storing, timeout=10_000)
        outcome["error"] = dialog.busy.text
        outcome["severity"] = dialog.busy.severity
        outcome["unchanged"] = json.dumps(controller.document) == before
        outcome["kept"] = dialog.value_from == suggested and dialog.move_button.isEnabled()
        # Refer to the existing parameter instead: the move goes through without storing.
        dialog.store_check.setChecked(False)
        dialog.move_button.click()

    drive_dialogs(monkeypatch, opened, fail_then_refer)
    section.move_button.click()

    assert "already exists in Parameter Store" in outcome["error"]
    assert outcome["severity"] == "error"
    assert outcome["unchanged"] and outcome["kept"]
    assert opened[0].applied
    value_from = controller.get(f"{C0}/secrets/0/valueFrom")
    assert value_from == f"arn:aws:ssm:{REGION}:123456789012:parameter/web/app/DB_PASSWORD"
    kept = ssm.get_parameter(Name="/web/app/DB_PASSWORD", WithDecryption=True)["Parameter"]
    assert kept["Value"] == "older"


def test_connected_secrets_manager(qtbot, aws_ui, moto_url, monkeypatch, opened):
    connect_to(aws_ui, moto_url)
    section = open_in_window(qtbot, aws_ui)

    def store_in_secrets_manager(dialog: MoveToSecretsDialog) -> None:
        dialog.store_combo.setCurrentIndex(1)
        dialog.store_check.setChecked(True)
        dialog.move_button.click()
        qtbot.waitUntil(lambda: dialog.applied, timeout=10_000)

    drive_dialogs(monkeypatch, opened, store_in_secrets_manager)
    section.move_button.click()
    value_from = aws_ui.window.controller.get(f"{C0}/secrets/0/valueFrom")
    assert value_from.startswith(
        f"arn:aws:secretsmanager:{REGION}:123456789012:secret:web/app/DB_PASSWORD-"
    )
    sm = aws_ui.account.connection.client("secretsmanager")
    assert sm.get_secret_value(SecretId=value_from)["SecretString"] == PASSWORD
