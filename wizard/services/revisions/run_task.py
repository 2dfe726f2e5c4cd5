"""Running a revision once: RunTask, then DescribeTasks until it runs or stops.

:func:`start_task` sends RunTask once (a second send would start a second task).
:func:`describe_task` reads the task's state; :class:`Timeline` keeps the status
transitions with their times; :func:`outcome` says whether the run went well:
it reached RUNNING and every essential container is healthy or still running
(or, once stopped, exited 0). Sources:
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-lifecycle-explanation.html,
https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html,
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stopped-task-error-codes.html
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from wizard.services.errors import AwsError
from wizard.services.messages import message
from wizard.services.revisions.account import RevisionAccount

# The order a task's last status goes through (DEACTIVATING and friends only with
# awsvpc); STOPPED is final.
STATUS_ORDER = (
    "PROVISIONING",
    "PENDING",
    "ACTIVATING",
    "RUNNING",
    "DEACTIVATING",
    "STOPPING",
    "DEPROVISIONING",
    "STOPPED",
)


@dataclass
class RunSettings:
    cluster: str
    subnets: list[str] = field(default_factory=list)
    security_groups: list[str] = field(default_factory=list)
    public_ip: bool = False
    launch_type: str | None = None
    capacity_provider: str | None = None

    def request(self, task_definition: str, network_mode: str | None) -> dict[str, Any]:
        params: dict[str, Any] = {
            "cluster": self.cluster,
            "taskDefinition": task_definition,
            "count": 1,
            "startedBy": "ecs-taskdef-wizard",
        }
        if self.capacity_provider:
            params["capacityProviderStrategy"] = [{"capacityProvider": self.capacity_provider}]
        elif self.launch_type:
            params["launchType"] = self.launch_type
        if network_mode == "awsvpc" or self.subnets:
            vpc: dict[str, Any] = {"subnets": list(self.subnets)}
            if self.security_groups:
                vpc["securityGroups"] = list(self.security_groups)
            vpc["assignPublicIp"] = "ENABLED" if self.public_ip else "DISABLED"
            params["networkConfiguration"] = {"awsvpcConfiguration": vpc}
        return params


@dataclass(frozen=True)
class ContainerState:
    name: str
    last_status: str
    health: str = ""
    exit_code: int | None = None
    reason: str = ""
    essential: bool = True


@dataclass
class TaskState:
    arn: str
    last_status: str
    desired_status: str = ""
    stopped_reason: str = ""
    stop_code: str = ""
    containers: list[ContainerState] = field(default_factory=list)

    @property
    def task_id(self) -> str:
        return self.arn.rsplit("/", 1)[-1]

    @property
    def stopped(self) -> bool:
        return self.last_status == "STOPPED"

    @property
    def reached_running(self) -> bool:
        return self.last_status in STATUS_ORDER and STATUS_ORDER.index(
            self.last_status
        ) >= STATUS_ORDER.index("RUNNING")


class RunRefused(AwsError):
    """RunTask answered with failures instead of a task (no capacity, missing resource)."""


def start_task(account: RevisionAccount, params: dict[str, Any]) -> str:
    """Send RunTask once; the new task's ARN."""
    response = account.call("ecs:RunTask", account.ecs.run_task, **params)
    tasks = response.get("tasks") or []
    if tasks and isinstance(tasks[0], dict) and tasks[0].get("taskArn"):
        return str(tasks[0]["taskArn"])
    failures = response.get("failures") or [{}]
    first = failures[0] if isinstance(failures[0], dict) else {}
    reason = str(first.get("reason") or "?")
    detail = str(first.get("detail") or "")
    raise RunRefused(
        "run-refused",
        message("run.refused.message", reason=reason, detail=detail),
        message("run.refused.hint"),
        action="ecs:RunTask",
    )


def essential_names(task_definition: dict[str, Any]) -> set[str]:
    return {
        str(c.get("name"))
        for c in task_definition.get("containerDefinitions") or []
        if isinstance(c, dict) and c.get("essential", True) is not False
    }


def describe_task(
    account: RevisionAccount, cluster: str, task_arn: str, essential: set[str] | None = None
) -> TaskState:
    response = account.call(
        "ecs:DescribeTasks", account.ecs.describe_tasks, cluster=cluster, tasks=[task_arn]
    )
    tasks = [t for t in response.get("tasks") or [] if isinstance(t, dict)]
    if not tasks:
        raise AwsError(
            "not-found",
            message("run.task-gone.message", task=task_arn),
            message("run.task-gone.hint"),
            action="ecs:DescribeTasks",
        )
    return task_state(tasks[0], essential)


def task_state(task: dict[str, Any], essential: set[str] | None = None) -> TaskState:
    containers = []
    for c in task.get("containers") or []:
        if not isinstance(c, dict):
            continue
        name = str(c.get("name", ""))
        code = c.get("exitCode")
        containers.append(
            ContainerState(
                name,
                str(c.get("lastStatus", "")),
                str(c.get("healthStatus", "") or ""),
                code if isinstance(code, int) else None,
                str(c.get("reason", "") or ""),
                essential is None or name in essential,
            )
        )
    return TaskState(
        str(task.get("taskArn", "")),
        str(task.get("lastStatus", "")),
        str(task.get("desiredStatus", "")),
        str(task.get("stoppedReason", "") or ""),
        str(task.get("stopCode", "") or ""),
        containers,
    )


def stop_task(account: RevisionAccount, cluster: str, task_arn: str) -> None:
    """Send StopTask once."""
    account.call(
        "ecs:StopTask",
        account.ecs.stop_task,
        cluster=cluster,
        task=task_arn,
        reason=message("run.stop-reason"),
    )


@dataclass
class Transition:
    status: str
    at: datetime


class Timeline:
    """The statuses a task went through, each with the time it was first seen."""

    def __init__(self) -> None:
        self.transitions: list[Transition] = []

    def see(self, state: TaskState, now: datetime | None = None) -> Transition | None:
        """Record ``state``; the new transition, or None if the status did not change."""
        if self.transitions and self.transitions[-1].status == state.last_status:
            return None
        transition = Transition(state.last_status, now or datetime.now(UTC))
        self.transitions.append(transition)
        return transition


OK, FAILED, NOT_YET = "ok", "failed", "not-yet"


@dataclass(frozen=True)
class Outcome:
    verdict: str  # OK, FAILED or NOT_YET (still starting)
    reasons: list[str]


def _exit_text(c: ContainerState) -> str:
    if c.exit_code is None:
        return message("run.container-no-exit", name=c.name, reason=c.reason or "-")
    if c.reason:
        return message("run.container-exit", name=c.name, code=c.exit_code, reason=c.reason)
    return message("run.container-exit-code", name=c.name, code=c.exit_code)


def outcome(state: TaskState, reached_running: bool) -> Outcome:
    """Whether the run went well, from the last state seen."""
    essentials = [c for c in state.containers if c.essential]
    if state.stopped:
        failed = [_exit_text(c) for c in essentials if c.exit_code != 0]
        if state.stop_code == "TaskFailedToStart" or failed or not reached_running:
            reasons = [message("run.stopped", reason=state.stopped_reason or "-")]
            return Outcome(FAILED, reasons + failed)
        return Outcome(OK, [message("run.stopped-cleanly")])
    if not (reached_running or state.reached_running):
        return Outcome(NOT_YET, [message("run.not-running", status=state.last_status)])
    unhealthy = [c.name for c in essentials if c.health == "UNHEALTHY"]
    if unhealthy:
        return Outcome(
            FAILED, [message("run.unhealthy", count=len(unhealthy), names=", ".join(unhealthy))]
        )
    return Outcome(OK, [message("run.running")])
