"""Run once: start one task of a revision and watch it, without blocking the window.

The user picks the cluster, subnets and security groups (from the account, the
default VPC's preselected), whether to assign a public IP, and the launch type.
Start sends RunTask once in a worker. Then a timer asks for the task's state
(DescribeTasks) and the containers' new log lines (GetLogEvents), one worker
job at a time: the timeline of statuses, the containers with status, health and
exit code, and a log pane per container fill in as answers arrive. Stop sends
StopTask after a confirmation. Closing the view leaves the task running and says
so, with the command that stops it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.services.errors import AwsError
from wizard.services.gateway import Boto3EcsGateway
from wizard.services.revisions.account import RevisionAccount
from wizard.services.revisions.network import NetworkChoices, network_choices
from wizard.services.revisions.run_task import (
    OK,
    RunSettings,
    TaskState,
    Timeline,
    describe_task,
    essential_names,
    outcome,
    start_task,
    stop_task,
)
from wizard.services.revisions.task_logs import LogFollower, LogLine, log_streams
from wizard.ui.aws.account import AccountState
from wizard.ui.aws.busy import BusyBar
from wizard.ui.aws.messages import Confirm, Notice
from wizard.ui.jobs import Job
from wizard.ui.revisions.revision_jobs import RevisionCall, submit_revision_call
from wizard.ui.widgets.form_rows import FormRows, caption_for

POLL_MS = 3000
ENV_POLL = "ECS_TASKDEF_WIZARD_POLL_SECONDS"  # as the run command: for a slow link or tests
MAX_LOG_BLOCKS = 5000  # lines kept per container pane
CLUSTER_DEFAULT = ""  # launch type: the cluster's default capacity provider strategy
_DATA = Qt.ItemDataRole.UserRole


def poll_ms() -> int:
    try:
        seconds = float(os.environ.get(ENV_POLL, ""))
    except ValueError:
        return POLL_MS
    return int(seconds * 1000) if seconds >= 0.01 else POLL_MS


@dataclass
class Setup:
    """What the form offers: the revision, the clusters and the network choices."""

    task_definition: dict[str, Any]
    clusters: list[str]
    network: NetworkChoices | None


@dataclass
class Poll:
    state: TaskState
    lines: list[LogLine]


def _load_setup(clients: RevisionAccount, arn: str) -> Setup:
    gateway = Boto3EcsGateway(
        clients.ecs, profile=clients.call.profile, endpoint_url=clients.call.endpoint_url
    )
    task_definition = gateway.describe_task_definition(arn)["taskDefinition"]
    clusters = [
        a.rsplit("/", 1)[-1]
        for a in clients.pages("ecs:ListClusters", "ecs", "list_clusters", "clusterArns")
    ]
    network = network_choices(clients) if clients.ec2 is not None else None
    return Setup(task_definition, sorted(clusters), network)


class RunOnceDialog(QDialog):
    def __init__(self, account: AccountState, arn: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.arn = arn
        self.setup: Setup | None = None
        self.task_arn = ""
        self.cluster = ""
        self.state: TaskState | None = None
        self.reached_running = False
        self.timeline = Timeline()
        self.follower: LogFollower | None = None
        self._essential: set[str] = set()
        self._jobs: dict[str, Job] = {}
        self.setObjectName("runOnceDialog")
        self.setWindowTitle(self.tr("Run once: {0}").format(arn.rsplit("/", 1)[-1]))
        self.resize(980, 660)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_form())
        layout.addWidget(self._build_watch(), 1)
        # Outside the splitter: a splitter may squeeze a label to nothing.
        self.outcome_label = QLabel(self)
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setObjectName("runOutcome")
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome_label)
        self.busy = BusyBar(self.tr("Run once"), self)
        layout.addWidget(self.busy)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms())
        self.timer.timeout.connect(self.poll)
        self._update_buttons()
        self._run(
            "setup",
            lambda c, _t: _load_setup(c, arn),
            self._show_setup,
            self.tr("Loading clusters, subnets and security groups..."),
        )

    # --- layout ------------------------------------------------------------------------
    def _build_form(self) -> QHBoxLayout:
        row = QHBoxLayout()
        form = FormRows(label_width=0)
        self.cluster_combo = QComboBox(self)
        self.cluster_combo.setEditable(True)
        form.field(self.tr("&Cluster"), self.cluster_combo)
        self.launch_combo = QComboBox(self)
        self.launch_combo.addItem(self.tr("Cluster default"), CLUSTER_DEFAULT)
        for launch_type in ("FARGATE", "EC2", "EXTERNAL"):
            self.launch_combo.addItem(launch_type, launch_type)
        form.field(self.tr("&Launch type"), self.launch_combo)
        self.public_ip_check = QCheckBox(self.tr("Assign a &public IP"), self)
        form.field("", self.public_ip_check)
        row.addLayout(form.layout, 1)
        self.subnet_list = QListWidget(self)
        self.group_list = QListWidget(self)
        for title, widget in (
            (self.tr("Su&bnets"), self.subnet_list),
            (self.tr("Security &groups"), self.group_list),
        ):
            column = QVBoxLayout()
            # The caption is the list's buddy (Alt+letter) and names it for screen readers.
            column.addWidget(caption_for(title, widget, self))
            widget.setMaximumHeight(110)
            column.addWidget(widget)
            row.addLayout(column, 1)
        buttons = QVBoxLayout()
        self.start_button = QPushButton(self.tr("Start task"), self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("Stop task…"), self)
        self.stop_button.clicked.connect(self.stop)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        return row

    def _build_watch(self) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QSplitter(Qt.Orientation.Horizontal, splitter)
        self.timeline_list = QListWidget(top)
        self.timeline_list.setAccessibleName(self.tr("The task's statuses, with their times"))
        self.container_tree = QTreeWidget(top)
        self.container_tree.setAccessibleName(self.tr("Containers"))
        self.container_tree.setRootIsDecorated(False)
        self.container_tree.setHeaderLabels(
            [
                self.tr("Container"),
                self.tr("Status"),
                self.tr("Health"),
                self.tr("Exit code"),
                self.tr("Reason"),
            ]
        )
        top.setStretchFactor(1, 3)
        self.logs_tabs = QTabWidget(splitter)
        self.logs_tabs.setAccessibleName(self.tr("Log lines per container"))
        splitter.setStretchFactor(1, 3)
        return splitter

    # --- jobs ----------------------------------------------------------------------------
    def _run(self, purpose: str, call: RevisionCall, on_result: Any, text: str = "") -> bool:
        job = submit_revision_call(
            self.account,
            call,
            on_result=on_result,
            on_error=lambda error: self._failed(purpose, error),
            on_finished=lambda job: self._finished(purpose, job),
            owner=self,
            name=f"run-{purpose}",
        )
        if job is None:
            return False
        self._jobs[purpose] = job
        if text:
            self.busy.start(text, cancellable=False)
        self._update_buttons()
        return True

    def _finished(self, purpose: str, job: Job) -> None:
        if self._jobs.get(purpose) is job:
            del self._jobs[purpose]
        self._update_buttons()

    def _failed(self, purpose: str, error: AwsError) -> None:
        if purpose == "poll":
            # One lost answer does not end the watch; the next tick asks again.
            self.busy.show_error(error, self.tr("Still watching."))
            return
        self.busy.show_error(error)

    def _update_buttons(self) -> None:
        ready = self.setup is not None and not self.task_arn and "start" not in self._jobs
        self.start_button.setEnabled(ready)
        running = bool(self.task_arn) and not (self.state is not None and self.state.stopped)
        self.stop_button.setEnabled(running and "stop" not in self._jobs)

    # --- setup --------------------------------------------------------------------------
    def _show_setup(self, setup: Setup) -> None:
        self.setup = setup
        self.cluster_combo.addItems(setup.clusters)
        compatibilities = setup.task_definition.get("requiresCompatibilities") or []
        if "FARGATE" in compatibilities:
            self.launch_combo.setCurrentIndex(self.launch_combo.findData("FARGATE"))
        network = setup.network
        if network is not None:
            self._fill(self.subnet_list, network.subnets, set(network.default_subnets))
            self._fill(
                self.group_list, network.security_groups, set(network.default_security_groups)
            )
        awsvpc = setup.task_definition.get("networkMode") == "awsvpc"
        for widget in (self.subnet_list, self.group_list, self.public_ip_check):
            widget.setEnabled(awsvpc)
            if not awsvpc:
                widget.setToolTip(self.tr("Only for the awsvpc network mode"))
        self.busy.finish(self.tr("Choose where to run it, then Start task."), "info")
        self._update_buttons()

    @staticmethod
    def _fill(widget: QListWidget, items: list[Any], checked: set[str]) -> None:
        widget.clear()
        for entry in items:
            item = QListWidgetItem(entry.display)
            item.setData(_DATA, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if entry.id in checked else Qt.CheckState.Unchecked
            item.setCheckState(state)
            widget.addItem(item)

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [
            str(widget.item(i).data(_DATA))
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def settings(self) -> RunSettings:
        launch = self.launch_combo.currentData()
        return RunSettings(
            self.cluster_combo.currentText().strip(),
            self._checked(self.subnet_list),
            self._checked(self.group_list),
            self.public_ip_check.isChecked(),
            launch or None,
        )

    # --- start, watch, stop ---------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        if self.setup is None or self.task_arn:
            return
        settings = self.settings()
        if not settings.cluster:
            self.busy.finish(self.tr("Choose a cluster first."), "error")
            return
        params = settings.request(self.arn, self.setup.task_definition.get("networkMode"))
        self.cluster = settings.cluster
        self._run(
            "start",
            lambda c, _t: start_task(c, params),
            self._started,
            self.tr("Starting the task..."),
        )

    def _started(self, task_arn: str) -> None:
        assert self.setup is not None
        self.task_arn = task_arn
        self._essential = essential_names(self.setup.task_definition)
        streams, without = log_streams(self.setup.task_definition, task_arn.rsplit("/", 1)[-1])
        self.follower = LogFollower(streams)
        self.log_panes: dict[str, QPlainTextEdit] = {}
        for c in self.setup.task_definition.get("containerDefinitions") or []:
            name = str(c.get("name", ""))
            pane = QPlainTextEdit(self.logs_tabs)
            pane.setReadOnly(True)
            pane.setMaximumBlockCount(MAX_LOG_BLOCKS)
            pane.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            pane.setAccessibleName(self.tr("Log lines of {0}").format(name))
            if name in without:
                pane.setPlaceholderText(
                    self.tr("No awslogs stream prefix: the logs of {0} cannot be shown.").format(
                        name
                    )
                )
            self.log_panes[name] = pane
            self.logs_tabs.addTab(pane, name)
        for widget in (
            self.cluster_combo,
            self.launch_combo,
            self.subnet_list,
            self.group_list,
            self.public_ip_check,
        ):
            widget.setEnabled(False)
        self.busy.finish(self.tr("Started {0}.").format(task_arn.rsplit("/", 1)[-1]), "info")
        self.poll()
        self.timer.start()

    @Slot()
    def poll(self) -> None:
        if not self.task_arn or "poll" in self._jobs:
            return
        cluster, task_arn, essential, follower = (
            self.cluster,
            self.task_arn,
            set(self._essential),
            self.follower,
        )

        def call(clients: RevisionAccount, _t: Any) -> Poll:
            state = describe_task(clients, cluster, task_arn, essential)
            lines = follower.read(clients) if follower is not None else []
            return Poll(state, lines)

        self._run("poll", call, self._polled)

    def _polled(self, result: Poll) -> None:
        state = result.state
        self.state = state
        transition = self.timeline.see(state)
        if transition is not None:
            stamp = transition.at.astimezone(UTC).strftime("%H:%M:%S")
            self.timeline_list.addItem(f"{stamp}  {transition.status}")
        self.reached_running = self.reached_running or state.reached_running
        self._show_containers(state)
        for line in result.lines:
            pane = self.log_panes.get(line.container)
            if pane is not None:
                stamp = datetime.fromtimestamp(line.timestamp / 1000, UTC).strftime("%H:%M:%S")
                pane.appendPlainText(f"{stamp}  {line.text}")
        verdict = outcome(state, self.reached_running)
        if state.stopped:
            self.timer.stop()
        # The reasons name the stopped reason and each failed container already.
        self.outcome_label.setText("; ".join(verdict.reasons))
        self.outcome_label.setProperty("severity", "ok" if verdict.verdict == OK else "warning")
        self._update_buttons()

    def _show_containers(self, state: TaskState) -> None:
        self.container_tree.clear()
        for c in state.containers:
            exit_code = "" if c.exit_code is None else str(c.exit_code)
            name = c.name if c.essential else self.tr("{0} (not essential)").format(c.name)
            item = QTreeWidgetItem([name, c.last_status, c.health, exit_code, c.reason])
            item.setToolTip(4, c.reason)
            self.container_tree.addTopLevelItem(item)
        self.container_tree.resizeColumnToContents(0)

    @Slot()
    def stop(self) -> None:
        if not self.task_arn or (self.state is not None and self.state.stopped):
            return
        task_id = self.task_arn.rsplit("/", 1)[-1]
        if not Confirm.ask(
            self,
            self.tr("Stop task"),
            self.tr("Stop task {0} in cluster {1}?").format(task_id, self.cluster),
            yes_text=self.tr("Stop task"),
        ):
            return
        cluster, task_arn = self.cluster, self.task_arn
        self._run(
            "stop",
            lambda c, _t: stop_task(c, cluster, task_arn),
            lambda _r: self.busy.finish(self.tr("Asked ECS to stop the task."), "info"),
            self.tr("Stopping the task..."),
        )

    def stop_command(self) -> str:
        return f"aws ecs stop-task --cluster {self.cluster} --task {self.task_arn}"

    def done(self, result: int) -> None:
        self.timer.stop()
        for job in self._jobs.values():
            job.cancel()
        if self.task_arn and not (self.state is not None and self.state.stopped):
            # Closing the view is not stopping the task: say so, with the way to stop it.
            Notice.inform(
                self.parentWidget(),
                self.tr("The task keeps running"),
                self.tr("Task {0} keeps running in cluster {1}.").format(
                    self.task_arn.rsplit("/", 1)[-1], self.cluster
                ),
                self.tr("To stop it: {0}").format(self.stop_command()),
            )
        super().done(result)
