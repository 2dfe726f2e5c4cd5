"""The "Browse..." buttons beside fields whose values live in the AWS account.

Task size page: task role, execution role, and "Create ecsTaskExecutionRole...".
Container editor: image (Amazon ECR), private registry credentials (Secrets
Manager), awslogs log group, and "Add from account..." under the secrets table.
Every button is enabled only while an account is connected; a picked value is
written through the controller like any edit, so undo, findings and the JSON
view follow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from wizard.services.errors import AwsError
from wizard.services.lookups import RoleSummary
from wizard.ui.aws.account import AccountState, submit_with_gateway
from wizard.ui.aws.log_group_picker import LogGroupPickerDialog, confirm_create_now
from wizard.ui.aws.messages import AwsErrorDialog
from wizard.ui.aws.pickers import (
    EXECUTION_ROLE_NAME,
    ImagePickerDialog,
    RolePickerDialog,
    SecretPickerDialog,
    confirm_execution_role,
    make_execution_role,
    variable_name,
)
from wizard.ui.aws.placement import place_after, place_beside
from wizard.ui.container_editor.basics import BasicsSection
from wizard.ui.container_editor.context import EditorContext
from wizard.ui.container_editor.environment import EnvironmentSection
from wizard.ui.container_editor.logs import GROUP, OPTIONS, LoggingSection
from wizard.ui.jobs import Job
from wizard.ui.pages.base import PageId

STATUS_MS = 8000


class FieldPickers(QObject):
    def __init__(self, window: Any, account: AccountState) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.account = account
        self.buttons: list[QPushButton] = []
        self.missing: list[str] = []  # fields whose button found no place (reported, not fatal)
        self._role_job: Job | None = None
        size_page = window.wizard.pages[PageId.TASK_SIZE]
        editor = window.wizard.pages[PageId.CONTAINERS].editor
        self.container: EditorContext = editor.ctx
        basics = editor.section(BasicsSection)
        logs = editor.section(LoggingSection)
        environment = editor.section(EnvironmentSection)
        self.environment = environment
        browse = self.tr("Browse...")
        self.task_role_button = self._beside(
            size_page.task_role_edit, browse, self.tr("Choose the task role"), self.pick_task_role
        )
        self.execution_role_button = self._beside(
            size_page.execution_role_edit,
            browse,
            self.tr("Choose the task execution role"),
            self.pick_execution_role,
        )
        self.create_role_button = self._beside(
            size_page.execution_role_edit,
            self.tr("Create {0}...").format(EXECUTION_ROLE_NAME),
            self.tr("Create the default task execution role"),
            self.create_execution_role,
        )
        self.image_button = self._beside(
            basics.image,
            self.tr("Browse ECR..."),
            self.tr("Choose an Amazon ECR image"),
            self.pick_image,
        )
        self.credentials_button = self._beside(
            basics.credentials,
            browse,
            self.tr("Choose the registry credentials secret"),
            self.pick_registry_secret,
        )
        self.log_group_button = self._beside(
            logs.group, browse, self.tr("Choose or create the log group"), self.pick_log_group
        )
        self.create_log_group_button = self._beside(
            logs.group,
            self.tr("Create..."),
            self.tr("Create the log group in the connected account"),
            self.create_log_group,
        )
        self._log_group_job: Job | None = None
        self.secrets_button = self._button(
            self.tr("Add from account..."),
            self.tr("Add a secret or parameter from the account"),
            self.pick_secret,
        )
        if not place_after(environment.secrets.remove_button, self.secrets_button):
            self.missing.append("/containerDefinitions/N/secrets")
        # Optional hook: the page's "offered once connected" note, when it keeps a reference.
        self.create_note: QLabel | None = getattr(size_page, "create_note", None)
        account.changed.connect(self.update_state)
        self.update_state()

    # --- building ---------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        self.buttons.append(button)
        return button

    def _beside(
        self, editor: QWidget, text: str, name: str, slot: Callable[[], None]
    ) -> QPushButton:
        button = self._button(text, name, slot)
        if not place_beside(editor, button):
            self.missing.append(editor.accessibleName())
        return button

    @Slot()
    def update_state(self) -> None:
        connected = self.account.is_connected
        tip = "" if connected else self.tr("Connect to an AWS account first (Account > Connect...)")
        for button in self.buttons:
            button.setEnabled(
                connected and (button is not self.create_role_button or self._role_job is None)
            )
            button.setToolTip(tip or button.accessibleName())
        if self.create_note is not None:
            self.create_note.setText(
                self.tr("Create {0}... makes the default role in the connected account.").format(
                    EXECUTION_ROLE_NAME
                )
                if connected
                else self.tr(
                    "Connect an AWS account (Account > Connect...) to pick roles or create the "
                    "default {0}."
                ).format(EXECUTION_ROLE_NAME)
            )

    # --- roles --------------------------------------------------------------------------
    @Slot()
    def pick_task_role(self) -> None:
        arn = RolePickerDialog.ask(self.window, self.account, execution=False)
        if arn:
            self.controller.set("/taskRoleArn", arn)

    @Slot()
    def pick_execution_role(self) -> None:
        arn = RolePickerDialog.ask(self.window, self.account, execution=True)
        if arn:
            self.controller.set("/executionRoleArn", arn)

    @Slot()
    def create_execution_role(self) -> None:
        if self._role_job is not None or not confirm_execution_role(self.window):
            return
        self._role_job = submit_with_gateway(
            self.account,
            lambda gateway: make_execution_role(gateway),
            on_result=self._role_created,
            on_error=self._show_error,
            on_finished=self._role_job_finished,
            owner=self,
        )
        if self._role_job is None:  # disconnected while the question was open
            return
        self.update_state()
        self._status(self.tr("Creating {0}...").format(EXECUTION_ROLE_NAME))

    def _role_created(self, outcome: tuple[RoleSummary, bool]) -> None:
        role, created = outcome
        self.controller.set("/executionRoleArn", role.arn)
        if created:
            self._status(
                self.tr("Created {0}; it is now the task execution role.").format(role.arn)
            )
        else:
            self._status(
                self.tr(
                    "{0} already existed and was left unchanged; it is now the task execution role."
                ).format(role.arn)
            )

    def _role_job_finished(self, _job: Job) -> None:
        self._role_job = None
        self.update_state()

    # --- container fields -------------------------------------------------------------
    def _container_ptr(self, rel: str) -> str:
        return self.container.base() + rel

    @Slot()
    def pick_image(self) -> None:
        target = self._container_ptr("/image")  # taken now: the selection is what was clicked
        image = ImagePickerDialog.ask(self.window, self.account)
        if image:
            self.controller.set(target, image)

    @Slot()
    def pick_registry_secret(self) -> None:
        target = self._container_ptr("/repositoryCredentials/credentialsParameter")
        choice = SecretPickerDialog.ask(self.window, self.account, secrets_only=True)
        if choice is not None:
            self.controller.set(target, choice.value_from)

    @Slot()
    def pick_log_group(self) -> None:
        options = self._container_ptr(OPTIONS)
        family = self.controller.get("/family") or self.container.get("/name") or "my-task"
        suggested = self.controller.get(f"{options}/{GROUP}") or f"/ecs/{family}"
        choice = LogGroupPickerDialog.ask(self.window, self.account, str(suggested))
        if choice is None:
            return
        self.controller.set(f"{options}/{GROUP}", choice.name)
        if choice.create_group:
            self.controller.set(f"{options}/awslogs-create-group", "true")

    @Slot()
    def create_log_group(self) -> None:
        """Create the container's log group now (after a confirmation), through the
        same gateway call as the picker's "Create group"."""
        name = str(self.controller.get(self._container_ptr(f"{OPTIONS}/{GROUP}")) or "").strip()
        region = self.account.region
        if not name or self._log_group_job is not None:
            return
        if not confirm_create_now(self.window, name, region):
            return
        self._log_group_job = submit_with_gateway(
            self.account,
            lambda gateway: gateway.create_log_group(name),
            on_result=lambda created: self._log_group_created(name, created),
            on_error=self._show_error,
            on_finished=self._log_group_job_finished,
            owner=self,
            name="create-log-group",
        )
        if self._log_group_job is not None:
            self._status(self.tr("Creating log group {0}...").format(name))

    def _log_group_created(self, name: str, created: bool) -> None:
        if created:
            self._status(self.tr("Created log group {0}.").format(name))
        else:
            self._status(self.tr("Log group {0} already exists; it is used as it is.").format(name))

    def _log_group_job_finished(self, _job: Job) -> None:
        self._log_group_job = None

    @Slot()
    def pick_secret(self) -> None:
        """Fill the selected row's empty valueFrom, or add a row named after the secret."""
        base = self._container_ptr("/secrets")
        row = self.environment.secrets.table.currentRow()
        choice = SecretPickerDialog.ask(self.window, self.account)
        if choice is None:
            return
        rows = self.controller.get(base)
        rows = rows if isinstance(rows, list) else []
        current = rows[row] if 0 <= row < len(rows) and isinstance(rows[row], dict) else None
        if current is not None and not current.get("valueFrom"):
            self.controller.set(f"{base}/{row}/valueFrom", choice.value_from)
        else:
            item = {"name": variable_name(choice.name), "valueFrom": choice.value_from}
            self.controller.set(f"{base}/{len(rows)}", item)

    # --- feedback -------------------------------------------------------------------------
    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _show_error(self, error: AwsError) -> None:
        self._status(error.message)
        # Not inside the job's callback: a modal loop there would outlive the job's signals.
        QTimer.singleShot(
            0, self, lambda: AwsErrorDialog.ask(self.window, self.tr("AWS error"), error)
        )
