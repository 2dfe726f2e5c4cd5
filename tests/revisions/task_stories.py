"""Scripted task lives for the ECS double: what DescribeTasks says on each call.

moto starts a task RUNNING at once and never stops it with a reason; a story
replaces the status, stop code, reason and containers of moto's own answer for
the task moto really started, one step per DescribeTasks call (the last step
repeats). RunTask and StopTask go to moto unchanged.
"""

from __future__ import annotations

import copy
import time
from typing import Any

import boto3

from tests.aws_fixtures import BOOK, REGION
from tests.revisions.ecs_double import Answer, Forward

LOG_GROUP = "/ecs/book"

PULL_ERROR = (
    "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to "
    "resolve ref docker.io/library/wordpress:6.99: not found"
)


def logged_book() -> dict[str, Any]:
    """The book example with awslogs (stream prefix ``book``) on both containers."""
    doc = copy.deepcopy(BOOK)
    for c in doc["containerDefinitions"]:
        c["logConfiguration"] = {
            "logDriver": "awslogs",
            "options": {
                "awslogs-group": LOG_GROUP,
                "awslogs-region": REGION,
                "awslogs-stream-prefix": "book",
            },
        }
    return doc


def step(status: str, *containers: dict[str, Any], **task: Any) -> dict[str, Any]:
    return {"lastStatus": status, "containers": list(containers), **task}


def container(name: str, status: str, **fields: Any) -> dict[str, Any]:
    return {"name": name, "lastStatus": status, **fields}


STARTS = [
    step("PROVISIONING", container("wordpress", "PENDING"), container("mysql", "PENDING")),
    step("PENDING", container("wordpress", "PENDING"), container("mysql", "PENDING")),
    step(
        "RUNNING",
        container("wordpress", "RUNNING", healthStatus="HEALTHY"),
        container("mysql", "RUNNING"),
    ),
]

PULL_FAILS = [
    step("PROVISIONING", container("wordpress", "PENDING"), container("mysql", "PENDING")),
    step("PENDING", container("wordpress", "PENDING"), container("mysql", "PENDING")),
    step(
        "STOPPED",
        container("wordpress", "STOPPED", reason=PULL_ERROR),
        container("mysql", "STOPPED"),
        desiredStatus="STOPPED",
        stopCode="TaskFailedToStart",
        stoppedReason=PULL_ERROR,
    ),
]

EXITS_1 = [
    *STARTS,
    step(
        "STOPPED",
        container("wordpress", "STOPPED", exitCode=1, reason=""),
        container("mysql", "STOPPED", exitCode=137),
        desiredStatus="STOPPED",
        stopCode="EssentialContainerExited",
        stoppedReason="Essential container in task exited",
    ),
]


class Story:
    """The DescribeTasks script of one story; ``calls`` counts DescribeTasks answers."""

    def __init__(self, steps: list[dict[str, Any]]) -> None:
        self.steps = steps
        self.calls = 0

    def __call__(self, body: dict[str, Any], forward: Forward) -> Answer:
        status, answer = forward()
        now = self.steps[min(self.calls, len(self.steps) - 1)]
        self.calls += 1
        for task in answer.get("tasks", []):
            task.update({k: v for k, v in now.items() if k != "containers"})
            task["containers"] = [dict(c) for c in now["containers"]]
        return status, answer


def write_logs_on_run(url: str, lines: dict[str, list[str]]):  # -> Script
    """RunTask through to moto, then the containers' log lines into their awslogs streams
    (as the awslogs driver would name them for the new task)."""

    def script(body: dict[str, Any], forward: Forward) -> Answer:
        status, answer = forward()
        task_id = answer["tasks"][0]["taskArn"].rsplit("/", 1)[-1]
        logs = boto3.client("logs", region_name=REGION, endpoint_url=url)
        logs.create_log_group(logGroupName=LOG_GROUP)
        for name, messages in lines.items():
            stream = f"book/{name}/{task_id}"
            logs.create_log_stream(logGroupName=LOG_GROUP, logStreamName=stream)
            # Now: CloudWatch Logs refuses events more than 14 days old.
            now = int(time.time() * 1000)
            events = [{"timestamp": now + i, "message": m} for i, m in enumerate(messages)]
            logs.put_log_events(logGroupName=LOG_GROUP, logStreamName=stream, logEvents=events)
        return status, answer

    return script
