"""Pickers against moto: roles, the execution role, ECR images, log groups, secrets."""

from __future__ import annotations

import json

import pytest
from botocore.exceptions import ClientError
from PySide6.QtCore import Qt

from tests.aws_fixtures import reset_moto
from tests.ui.aws_support import *  # noqa: F403 - the AWS fixtures
from tests.ui.aws_support import book, connect_to
from wizard.services.lookups import EXECUTION_ROLE_POLICY_ARN
from wizard.ui.aws.log_group_picker import LogGroupChoice, LogGroupPickerDialog
from wizard.ui.aws.picker_dialog import PickerDialog
from wizard.ui.aws.pickers import (
    ImagePickerDialog,
    RolePickerDialog,
    SecretChoice,
    SecretPickerDialog,
    variable_name,
)
from wizard.ui.pages.base import PageId


def trust(service: str) -> str:
    statement = {"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}
    return json.dumps({"Version": "2012-10-17", "Statement": [statement]})


def client(ui, service: str):
    return ui.account.connection.client(service)


def shown(qtbot, dialog: PickerDialog) -> PickerDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.working)
    return dialog


def test_buttons_follow_the_connection(aws_ui, moto_url):
    buttons = aws_ui.pickers.buttons
    assert len(buttons) == 8 and aws_ui.pickers.missing == []
    assert not any(b.isEnabled() for b in buttons)
    assert "Connect to an AWS account first" in buttons[0].toolTip()
    connect_to(aws_ui, moto_url)
    assert all(b.isEnabled() for b in buttons)
    size_page = aws_ui.window.wizard.pages[PageId.TASK_SIZE]
    assert aws_ui.pickers.task_role_button.parentWidget() is size_page.task_role_edit.parentWidget()


def test_role_picker_lists_roles_trusted_by_ecs_tasks(qtbot, connected):
    iam = client(connected, "iam")
    iam.create_role(RoleName="app-task", AssumeRolePolicyDocument=trust("ecs-tasks.amazonaws.com"))
    iam.create_role(RoleName="ec2-only", AssumeRolePolicyDocument=trust("ec2.amazonaws.com"))
    dialog = shown(qtbot, RolePickerDialog(connected.account, False, connected.window))
    assert dialog.labels() == ["app-task"]
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert dialog.value.endswith(":role/app-task")


def test_the_role_button_fills_the_field(monkeypatch, connected):
    arn = "arn:aws:iam::123456789012:role/app-task"
    monkeypatch.setattr(
        RolePickerDialog, "ask", staticmethod(lambda parent, account, execution: arn)
    )
    connected.pickers.task_role_button.click()
    assert connected.window.controller.get("/taskRoleArn") == arn


# Creating the role attaches an AWS managed policy, which moto loads on first use: on a
# loaded 2-core machine that alone has taken over 5 s (a time-out, not a budget).
AWS_WAIT_MS = 30_000


@pytest.fixture
def managed_policies(moto_url, monkeypatch):
    # moto knows the AWS managed policies only when asked (loading them takes a moment).
    monkeypatch.setenv("MOTO_IAM_LOAD_MANAGED_POLICIES", "true")
    reset_moto(moto_url)


def test_create_execution_role_after_confirmation(qtbot, connected, dialogs, managed_policies):
    connected.window.controller.replace_document(book())
    connected.window.controller.set("/executionRoleArn", "")
    qtbot.mouseClick(connected.pickers.create_role_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: str(connected.window.controller.get("/executionRoleArn")).endswith(
            ":role/ecsTaskExecutionRole"
        ),
        timeout=AWS_WAIT_MS,
    )
    [(_title, text, details, _yes)] = dialogs.named("confirm")
    assert "ecsTaskExecutionRole" in text and "ecs-tasks.amazonaws.com" in text
    assert "AmazonECSTaskExecutionRolePolicy" in text
    assert '"sts:AssumeRole"' in details and EXECUTION_ROLE_POLICY_ARN in details
    iam = client(connected, "iam")
    attached = iam.list_attached_role_policies(RoleName="ecsTaskExecutionRole")
    assert [p["PolicyArn"] for p in attached["AttachedPolicies"]] == [EXECUTION_ROLE_POLICY_ARN]
    qtbot.waitUntil(lambda: connected.pickers.create_role_button.isEnabled())


def test_declining_creates_nothing(qtbot, connected, dialogs):
    dialogs.answers["confirm"] = False
    connected.pickers.create_role_button.click()
    assert connected.account.runner.active == 0
    with pytest.raises(ClientError):
        client(connected, "iam").get_role(RoleName="ecsTaskExecutionRole")


def test_the_execution_role_picker_can_create_the_role(qtbot, connected, dialogs, managed_policies):
    dialog = shown(qtbot, RolePickerDialog(connected.account, True, connected.window))
    assert dialog.labels() == []
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.value is not None, timeout=AWS_WAIT_MS)
    assert dialog.value.endswith(":role/ecsTaskExecutionRole") and dialog.created is True


def test_image_picker_gives_the_uri_with_a_tag(qtbot, connected, monkeypatch):
    ecr = client(connected, "ecr")
    uri = ecr.create_repository(repositoryName="shop/web")["repository"]["repositoryUri"]
    ecr.create_repository(repositoryName="api")
    manifest = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {"digest": "sha256:" + "1" * 64, "size": 1, "mediaType": "x"},
        "layers": [],
    }
    ecr.put_image(repositoryName="shop/web", imageManifest=json.dumps(manifest), imageTag="1.4")
    dialog = shown(qtbot, ImagePickerDialog(connected.account, connected.window))
    assert dialog.labels() == ["api", "shop/web"]
    dialog.items.setCurrentRow(1)
    qtbot.waitUntil(lambda: dialog.tags.count() == 1 and not dialog.working)
    dialog.choose_current()
    assert dialog.value == f"{uri}:1.4"
    monkeypatch.setattr(
        ImagePickerDialog, "ask", staticmethod(lambda parent, account: dialog.value)
    )
    connected.window.controller.replace_document(book())
    connected.pickers.image_button.click()
    assert connected.window.controller.get("/containerDefinitions/0/image") == f"{uri}:1.4"


def test_log_group_picker_lists_and_creates(qtbot, connected, dialogs):
    client(connected, "logs").create_log_group(logGroupName="/ecs/existing")
    dialog = shown(qtbot, LogGroupPickerDialog(connected.account, "/ecs/book", connected.window))
    assert dialog.labels() == ["/ecs/existing"]
    assert dialog.create_button.text() == "Create group /ecs/book"
    qtbot.keyClicks(dialog.filter_edit, "/ecs/new")
    assert dialog.labels() == [] and dialog.create_button.text() == "Create group /ecs/new"
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.value is not None)
    assert dialog.value == LogGroupChoice("/ecs/new") and dialog.created is True
    groups = client(connected, "logs").describe_log_groups()["logGroups"]
    assert {g["logGroupName"] for g in groups} == {"/ecs/existing", "/ecs/new"}


def test_letting_ecs_create_the_group_warns_about_the_policy(
    qtbot, connected, dialogs, monkeypatch
):
    dialog = shown(qtbot, LogGroupPickerDialog(connected.account, "/ecs/book", connected.window))
    dialog.at_start_button.click()
    [(_title, text, _details, _yes)] = dialogs.named("confirm")
    assert "logs:CreateLogGroup" in text and "AmazonECSTaskExecutionRolePolicy" in text
    assert dialog.value == LogGroupChoice("/ecs/book", create_group=True)
    monkeypatch.setattr(
        LogGroupPickerDialog, "ask", staticmethod(lambda parent, account, suggested: dialog.value)
    )
    controller = connected.window.controller
    controller.replace_document(book())
    controller.set("/containerDefinitions/0/logConfiguration", {"logDriver": "awslogs"})
    connected.pickers.log_group_button.click()
    options = controller.get("/containerDefinitions/0/logConfiguration/options")
    assert options == {"awslogs-group": "/ecs/book", "awslogs-create-group": "true"}


def test_secret_picker_lists_secrets_and_parameters(qtbot, connected):
    secret = client(connected, "secretsmanager").create_secret(
        Name="prod/db-password", SecretString="x"
    )
    client(connected, "ssm").put_parameter(Name="/prod/api-key", Value="v", Type="SecureString")
    dialog = shown(qtbot, SecretPickerDialog(connected.account, False, connected.window))
    assert dialog.labels() == ["prod/db-password"]
    dialog.choose_current()
    assert dialog.value == SecretChoice("prod/db-password", secret["ARN"])
    other = shown(qtbot, SecretPickerDialog(connected.account, False, connected.window))
    other.source.setCurrentIndex(1)
    qtbot.waitUntil(lambda: other.labels() == ["/prod/api-key"])
    only_secrets = shown(qtbot, SecretPickerDialog(connected.account, True, connected.window))
    assert only_secrets.source.count() == 1


def test_secrets_button_adds_a_row_or_fills_the_selected_one(connected, monkeypatch):
    arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-password-AbCdEf"
    choice = SecretChoice("prod/db-password", arn)
    monkeypatch.setattr(
        SecretPickerDialog, "ask", staticmethod(lambda parent, account, secrets_only=False: choice)
    )
    controller = connected.window.controller
    controller.replace_document(book())
    connected.pickers.secrets_button.click()
    rows = controller.get("/containerDefinitions/0/secrets")
    assert rows == [{"name": "DB_PASSWORD", "valueFrom": arn}]
    controller.set("/containerDefinitions/0/secrets/1", {"name": "API_KEY", "valueFrom": ""})
    connected.pickers.environment.secrets.focus_row(1)
    connected.pickers.secrets_button.click()
    assert controller.get("/containerDefinitions/0/secrets/1") == {
        "name": "API_KEY",
        "valueFrom": arn,
    }
    connected.pickers.credentials_button.click()
    assert (
        controller.get("/containerDefinitions/0/repositoryCredentials/credentialsParameter") == arn
    )


@pytest.mark.parametrize(
    ("name", "variable"),
    [
        ("prod/db-password", "DB_PASSWORD"),
        ("/prod/api-key", "API_KEY"),
        ("9lives", "SECRET_9LIVES"),
    ],
)
def test_variable_names_from_secret_names(name, variable):
    assert variable_name(name) == variable


def test_a_picker_opened_without_a_connection_says_so(qtbot, aws_ui):
    dialog = RolePickerDialog(aws_ui.account, False, aws_ui.window)
    qtbot.addWidget(dialog)
    assert "No AWS account is connected" in dialog.busy.text
    assert dialog.busy.severity == "error" and not dialog.working
