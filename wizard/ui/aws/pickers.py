"""Pickers for fields whose values live in the account: roles, images, log groups,
secrets and parameters. Each opens modally through a classmethod ``ask`` that
returns a plain value (or None when cancelled); the lists load in workers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QComboBox, QListWidget, QWidget

from wizard.services.gateway import Boto3EcsGateway
from wizard.services.lookups import (
    ECS_TASKS_PRINCIPAL,
    EXECUTION_ROLE_POLICY_ARN,
    EXECUTION_ROLE_TRUST,
    RoleSummary,
)
from wizard.ui.aws.account import AccountState
from wizard.ui.aws.messages import Confirm
from wizard.ui.aws.picker_dialog import DATA, Loader, PickerDialog, PickItem
from wizard.ui.widgets.form_rows import caption_for

EXECUTION_ROLE_NAME = "ecsTaskExecutionRole"


# Texts needed outside a dialog (or before it exists) are translated with a literal
# context at each call: lupdate extracts only literal translate() calls.
# --- the execution role ------------------------------------------------------------------
def confirm_execution_role(parent: QWidget | None) -> bool:
    """Say exactly what will be created before anything is."""
    return Confirm.ask(
        parent,
        QCoreApplication.translate("AwsPickers", "Create the task execution role?"),
        QCoreApplication.translate(
            "AwsPickers",
            "This creates the IAM role {name} in the connected account, trusted by {principal}, "
            "with the AWS managed policy AmazonECSTaskExecutionRolePolicy attached (pull from "
            "Amazon ECR, write to CloudWatch Logs). An existing role of that name is used as "
            "it is, unchanged.",
        ).format(name=EXECUTION_ROLE_NAME, principal=ECS_TASKS_PRINCIPAL),
        QCoreApplication.translate(
            "AwsPickers", "Trust policy:\n{trust}\n\nManaged policy: {policy}"
        ).format(
            trust=json.dumps(EXECUTION_ROLE_TRUST, indent=2), policy=EXECUTION_ROLE_POLICY_ARN
        ),
        QCoreApplication.translate("AwsPickers", "Create {0}").format(EXECUTION_ROLE_NAME),
    )


def make_execution_role(gateway: Boto3EcsGateway) -> tuple[RoleSummary, bool]:
    """Runs in a worker: the role and whether it was created (False: it existed)."""
    return gateway.create_execution_role(EXECUTION_ROLE_NAME)


class RolePickerDialog(PickerDialog):
    def __init__(self, account: AccountState, execution: bool, parent: QWidget | None) -> None:
        title = (
            QCoreApplication.translate("AwsPickers", "Task execution role")
            if execution
            else QCoreApplication.translate("AwsPickers", "Task role")
        )
        intro = QCoreApplication.translate(
            "AwsPickers", "Roles that ECS tasks may assume (their trust policy names {0})."
        ).format(ECS_TASKS_PRINCIPAL)
        super().__init__(account, title, intro, parent)
        self.created: bool | None = None
        if execution:
            self.create_button = self.add_action(
                self.tr("Create {0}...").format(EXECUTION_ROLE_NAME),
                self.tr("Create the default task execution role"),
                self.create_role,
            )

    def loader(self) -> Loader:
        return lambda gw: [PickItem(r.name, r.arn, r.arn) for r in gw.list_roles()]

    def empty_text(self) -> str:
        return self.tr("No role here trusts {0}.").format(ECS_TASKS_PRINCIPAL)

    @Slot()
    def create_role(self) -> None:
        if confirm_execution_role(self):
            self.run(
                make_execution_role,
                self._created,
                self.tr("Creating {0}...").format(EXECUTION_ROLE_NAME),
            )

    def _created(self, outcome: tuple[RoleSummary, bool]) -> None:
        role, self.created = outcome
        self.choose(role.arn)

    @classmethod
    def ask(
        cls, parent: QWidget | None, account: AccountState, execution: bool = False
    ) -> str | None:
        """The chosen (or created) role's ARN."""
        value = cls(account, execution, parent).result_value()
        return value if isinstance(value, str) else None


# --- images ------------------------------------------------------------------------------
class ImagePickerDialog(PickerDialog):
    """An ECR repository, then one of its tags: the image URI with that tag."""

    def __init__(self, account: AccountState, parent: QWidget | None) -> None:
        super().__init__(
            account,
            QCoreApplication.translate("AwsPickers", "Amazon ECR image"),
            QCoreApplication.translate(
                "AwsPickers", "Choose a repository, then a tag (most recently pushed first)."
            ),
            parent,
        )
        self.tags = QListWidget(self)
        caption = caption_for(self.tr("&Tags"), self.tags, self)
        self.column.insertWidget(self.column.indexOf(self.items) + 1, caption)
        self.column.insertWidget(self.column.indexOf(caption) + 1, self.tags)
        self.tags.itemActivated.connect(lambda _item: self.choose_current())
        self.items.currentItemChanged.connect(lambda *_: self._load_tags())

    def loader(self) -> Loader:
        return lambda gw: [PickItem(r.name, (r.name, r.uri), r.uri) for r in gw.list_repositories()]

    def empty_text(self) -> str:
        return self.tr("No Amazon ECR repositories in this account and region.")

    def _load_tags(self) -> None:
        self.tags.clear()
        item = self.items.currentItem()
        if item is None:
            return
        name, _uri = item.data(DATA)
        self.run(
            lambda gateway: gateway.list_image_tags(name),
            self._show_tags,
            self.tr("Loading the tags of {0}...").format(name),
        )

    def _show_tags(self, tags: list[str]) -> None:
        self.tags.clear()
        self.tags.addItems(tags)
        if tags:
            self.tags.setCurrentRow(0)

    @Slot()
    def choose_current(self) -> None:
        item = self.items.currentItem()
        if item is None or item.isHidden() or self.working:
            return
        _name, uri = item.data(DATA)
        tag = self.tags.currentItem()
        # Without a tag ECS pulls "latest"; better say so in the field than hide it.
        self.choose(f"{uri}:{tag.text() if tag is not None else 'latest'}")

    @classmethod
    def ask(cls, parent: QWidget | None, account: AccountState) -> str | None:
        """An image URI such as ``123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4``."""
        value = cls(account, parent).result_value()
        return value if isinstance(value, str) else None


# --- secrets and parameters ------------------------------------------------------------
SECRETS_MANAGER, PARAMETER_STORE = "secretsmanager", "ssm"


@dataclass(frozen=True)
class SecretChoice:
    """``value_from`` goes into ``valueFrom`` / ``credentialsParameter``."""

    name: str
    value_from: str


def variable_name(secret_name: str) -> str:
    """A variable name proposed from a secret's name: prod/db-password → DB_PASSWORD."""
    last = secret_name.rstrip("/").rsplit("/", 1)[-1]
    name = re.sub(r"[^A-Za-z0-9]+", "_", last).strip("_").upper()
    return name if name and not name[0].isdigit() else f"SECRET_{name}".rstrip("_")


class SecretPickerDialog(PickerDialog):
    def __init__(self, account: AccountState, secrets_only: bool, parent: QWidget | None) -> None:
        super().__init__(
            account,
            QCoreApplication.translate("AwsPickers", "Secret or parameter"),
            QCoreApplication.translate(
                "AwsPickers",
                "The value is read by ECS at task start with the task execution role; only "
                "names and ARNs are listed here, never values.",
            ),
            parent,
            load_now=False,
        )
        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Where the value is kept"))
        self.source.addItem(self.tr("AWS Secrets Manager"), SECRETS_MANAGER)
        if not secrets_only:
            self.source.addItem(self.tr("SSM Parameter Store"), PARAMETER_STORE)
        self.column.insertWidget(1, self.source)
        self.source.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()

    def loader(self) -> Loader:
        if self.source.currentData() == PARAMETER_STORE:
            return lambda gw: [
                PickItem(p.name, SecretChoice(p.name, p.value_from), p.value_from)
                for p in gw.list_parameters()
            ]
        return lambda gw: [
            PickItem(s.name, SecretChoice(s.name, s.value_from), s.value_from)
            for s in gw.list_secrets()
        ]

    @classmethod
    def ask(
        cls, parent: QWidget | None, account: AccountState, secrets_only: bool = False
    ) -> SecretChoice | None:
        value = cls(account, secrets_only, parent).result_value()
        return value if isinstance(value, SecretChoice) else None
