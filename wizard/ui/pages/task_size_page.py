"""Page 2, "Task size, roles and network": task CPU and memory (Fargate pickers
or free entry), the task and task execution roles (with why the execution role
is needed), the network mode, and the less common task-level modes.

Ephemeral storage is edited on the Storage page, where the console has it;
this page shows a one-line summary so the whole task size reads in one place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from wizard.domain.sizing.task_size import DEFAULT_EPHEMERAL_STORAGE_GIB
from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.base import PageId
from wizard.ui.pages.page_layout import ScrollingPage, is_fargate, section
from wizard.ui.pages.page_of import PAGE_PREFIXES
from wizard.ui.pages.task_size_free import FreeSizeEntry
from wizard.ui.pages.task_size_pickers import FargateSizePickers
from wizard.ui.widgets.field_row import FieldRow, bind_check, bind_combo, bind_text
from wizard.ui.widgets.form_rows import FormRows, hint_label
from wizard.ui.widgets.size_map import SizeMapView

try:  # written alongside this page; the page must work without it
    from wizard.domain.rules.fargate import execution_role_reasons
except ImportError:  # pragma: no cover - only while the rule module is missing

    def execution_role_reasons(
        doc: Any, launch_types: tuple[str, ...] = ()
    ) -> list[tuple[str, str]]:
        return []


class TaskSizePage(ScrollingPage):
    PAGE_ID = PageId.TASK_SIZE
    PREFIXES = PAGE_PREFIXES[PageId.TASK_SIZE]

    def __init__(self, controller: DraftController) -> None:
        super().__init__(controller)
        column = self.scroll_column(
            self.tr("Task size, roles and network"),
            self.tr(
                "Reserve CPU and memory for the whole task, give it IAM roles and choose how "
                "its containers reach the network."
            ),
        )
        column.addWidget(self._build_size())
        column.addWidget(self._build_map())
        column.addWidget(self._build_roles())
        column.addWidget(self._build_network())
        column.addWidget(self._build_advanced())
        column.addStretch(1)
        self.follow_draft(self._sync)
        self._sync()

    # --- task size --------------------------------------------------------
    def _build_size(self) -> QWidget:
        box, form = section(self.tr("Task size"), self)
        self.size_mode = form.line(hint_label("", box))
        self.size_stack = QStackedWidget(box)
        self.pickers = FargateSizePickers(self.controller, self.size_stack)
        self.free_entry = FreeSizeEntry(self.controller, self.size_stack)
        self.size_stack.addWidget(self.pickers)
        self.size_stack.addWidget(self.free_entry)
        form.line(self.size_stack)
        # A read-only summary: the caption is its buddy, the text what is read.
        self.ephemeral_summary = hint_label("", box)
        form.field(self.tr("Ephemeral storage"), self.ephemeral_summary)
        return box

    def _build_map(self) -> QWidget:
        box, form = section(self.tr("Size map"), self)
        self.size_map = SizeMapView(self.controller, box)
        form.line(self.size_map)
        return box

    # --- roles ------------------------------------------------------------
    def _build_roles(self) -> QWidget:
        box, form = section(self.tr("Roles"), self)
        self.task_role_edit = self._arn_edit(box, "arn:aws:iam::123456789012:role/my-app-task-role")
        bind_text(self.controller, "/taskRoleArn", self.task_role_edit)
        task_help = self.tr(
            "Optional. The IAM role your application's code uses when it calls AWS "
            "(S3, DynamoDB, ...). Trace and metric collection and EFS IAM authorization need it."
        )
        row = FieldRow(self.controller, "/taskRoleArn", self.task_role_edit, task_help, box)
        form.field(self.tr("&Task role"), self.task_role_edit, cell=row, hint=task_help)
        self.focus_targets["/taskRoleArn"] = self.task_role_edit

        self.execution_role_edit = self._arn_edit(
            box, "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
        )
        bind_text(self.controller, "/executionRoleArn", self.execution_role_edit)
        execution_help = self.tr(
            "The role ECS itself uses to start the task: pull private images, write awslogs "
            "logs, read secrets. Commonly ecsTaskExecutionRole with the "
            "AmazonECSTaskExecutionRolePolicy managed policy."
        )
        row = FieldRow(
            self.controller, "/executionRoleArn", self.execution_role_edit, execution_help, box
        )
        self.reasons_label = hint_label("", box)
        self.reasons_label.setAccessibleName(self.tr("Why a task execution role is needed"))
        create_note = hint_label(
            self.tr(
                "Creating the default ecsTaskExecutionRole will be offered here once an "
                "AWS account is connected."
            ),
            box,
        )
        self.create_note = create_note  # rewritten by the AWS account UI when connected
        form.field(
            self.tr("Task &execution role"),
            self.execution_role_edit,
            cell=row,
            below=(hint_label(execution_help, box), self.reasons_label, create_note),
        )
        self.focus_targets["/executionRoleArn"] = self.execution_role_edit
        return box

    def _arn_edit(self, parent: QWidget, example: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setPlaceholderText(self.tr("e.g. {arn}").format(arn=example))
        return edit

    def reason_text(self, container: str, code: str) -> str:
        texts = {
            "ecr-image": self.tr("container {c} pulls its image from private Amazon ECR"),
            "awslogs": self.tr("container {c} sends logs with awslogs"),
            "repository-credentials": self.tr("container {c} uses private registry credentials"),
            "secrets": self.tr("container {c} reads secrets from Secrets Manager or SSM"),
            "log-secret-options": self.tr("container {c} passes secrets to its log driver"),
            "environment-files": self.tr("container {c} loads environment files from Amazon S3"),
        }
        return texts.get(code, self.tr("container {c}: {code}")).format(c=container, code=code)

    def _update_reasons(self) -> None:
        reasons = execution_role_reasons(self.controller.document)
        if not reasons:
            self.reasons_label.setText(
                self.tr("Nothing in this task definition needs an execution role yet.")
            )
            return
        text = "; ".join(self.reason_text(label, code) for label, code in reasons)
        self.reasons_label.setText(self.tr("Needed because: {reasons}.").format(reasons=text))

    # --- network ------------------------------------------------------------
    def _build_network(self) -> QWidget:
        box, form = section(self.tr("Network"), self)
        self.network_combo = QComboBox(box)
        for value, text in (
            ("awsvpc", "awsvpc"),
            ("bridge", "bridge"),
            ("host", "host"),
            ("none", "none"),
            # Left out, a Linux task on EC2 gets bridge, a Windows one the "default" mode
            # (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#network_mode).
            (None, self.tr("Not specified (bridge on Linux)")),
        ):
            self.network_combo.addItem(text, value)
        bind_combo(self.controller, "/networkMode", self.network_combo)
        network_help = self.tr(
            "How the task's containers are networked. Fargate requires awsvpc; EC2 allows all; "
            "ECS Anywhere allows bridge, host or none."
        )
        row = FieldRow(self.controller, "/networkMode", self.network_combo, network_help, box)
        self.network_note = hint_label("", box)
        form.field(
            self.tr("&Network mode"), self.network_combo, cell=row, below=(self.network_note,)
        )
        self.focus_targets["/networkMode"] = self.network_combo
        return box

    def network_description(self, mode: Any) -> str:
        return {
            "awsvpc": self.tr("Each task gets its own network interface and private IP address."),
            "bridge": self.tr(
                "Containers use Docker's bridge network on the instance; host ports may be "
                "mapped dynamically."
            ),
            "host": self.tr(
                "Containers use the instance's network directly; a host port serves one task."
            ),
            "none": self.tr("No external network connectivity; port mappings are not allowed."),
            None: self.tr("ECS then uses bridge on Linux instances and nat on Windows."),
        }.get(mode, "")

    # --- advanced -----------------------------------------------------------
    def _build_advanced(self) -> QWidget:
        box, form = section(self.tr("Advanced"), self)
        self.pid_combo = self._mode_combo(
            form,
            box,
            "/pidMode",
            ("task", "host"),
            self.tr(
                "Share the process namespace between the task's containers (task) or with "
                "the host (host, EC2 only)."
            ),
            self.tr("&PID mode"),
        )
        self.ipc_combo = self._mode_combo(
            form,
            box,
            "/ipcMode",
            ("task", "host", "none"),
            self.tr(
                "Share IPC resources between containers (task) or with the host; "
                "not supported on Fargate."
            ),
            self.tr("&IPC mode"),
        )
        self.fault_check = QCheckBox(self.tr("Enable fault injection"), box)
        bind_check(
            self.controller, "/enableFaultInjection", self.fault_check, remove_when_default=True
        )
        row = FieldRow(
            self.controller,
            "/enableFaultInjection",
            self.fault_check,
            self.tr(
                "Lets AWS Fault Injection Service inject faults into the task (awsvpc or host)."
            ),
            box,
        )
        form.field("", self.fault_check, cell=row)
        self.focus_targets["/enableFaultInjection"] = self.fault_check
        return box

    def _mode_combo(
        self,
        form: FormRows,
        box: QWidget,
        ptr: str,
        values: tuple[str, ...],
        help_text: str,
        label: str,
    ) -> QComboBox:
        combo = QComboBox(box)
        combo.addItem(self.tr("default (not set)"), None)
        for value in values:
            combo.addItem(value, value)
        bind_combo(self.controller, ptr, combo)
        row = FieldRow(self.controller, ptr, combo, help_text, box)
        form.field(label, combo, cell=row)
        self.focus_targets[ptr] = combo
        return combo

    # --- draft -> widgets ---------------------------------------------------
    @Slot(str)
    def _sync(self, _changed: str = "") -> None:
        fargate = is_fargate(self.controller)
        self.size_stack.setCurrentWidget(self.pickers if fargate else self.free_entry)
        if fargate:
            self.size_mode.setText(
                self.tr("Fargate runs only certain CPU / memory pairs; the lists offer those.")
            )
            self.focus_targets["/cpu"] = self.pickers.cpu_combo
            self.focus_targets["/memory"] = self.pickers.memory_combo
        else:
            self.size_mode.setText(
                self.tr(
                    "Without Fargate the task size is optional and free: type CPU units and MiB."
                )
            )
            self.focus_targets["/cpu"] = self.free_entry.cpu_edit
            self.focus_targets["/memory"] = self.free_entry.memory_edit
        self._update_ephemeral(fargate)
        self._update_network(fargate)
        self._update_reasons()

    def _update_ephemeral(self, fargate: bool) -> None:
        size = self.controller.get("/ephemeralStorage/sizeInGiB")
        if not fargate and size is None:
            self.ephemeral_summary.setText(self.tr("Set only for Fargate tasks."))
            return
        if size is None:
            text = self.tr("{size} GiB (default).").format(size=DEFAULT_EPHEMERAL_STORAGE_GIB)
        else:
            text = self.tr("{size} GiB.").format(size=size)
        self.ephemeral_summary.setText(text + " " + self.tr("Change it on the Storage page."))

    def _update_network(self, fargate: bool) -> None:
        mode = self.controller.get("/networkMode")
        # Fixed on Fargate, but only when it already is awsvpc: a different
        # value (from a file) must stay editable so the error can be fixed.
        self.network_combo.setEnabled(not (fargate and mode == "awsvpc"))
        description = self.network_description(mode)
        if fargate:
            description = self.tr("Fargate tasks always use awsvpc.") + " " + description
        self.network_note.setText(description)
