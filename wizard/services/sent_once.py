"""Calls that change the account, which are sent once whatever happens.

botocore's standard retry mode sends a request again after throttling, a 5xx
answer, a timeout or a dropped connection. For a read that is harmless; for a
call that creates or changes something it is not: a RegisterTaskDefinition
whose answer was lost has most likely been carried out, and a second one adds a
second revision. An HTTP 500 says no more: AWS may have failed after making the
change. So these calls are sent exactly once, and when the outcome is unknown
the user is told the change may exist and given the command that shows it.

``SENT_ONCE`` is the one list; ``wizard.services.transport`` applies it to every
client the services layer makes, so a new call is covered by adding it here.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping
from typing import Any

# service (botocore's client name) -> operations (botocore's operation names).
SENT_ONCE: Mapping[str, frozenset[str]] = {
    "ecs": frozenset(
        {
            "RegisterTaskDefinition",
            "DeregisterTaskDefinition",
            "DeleteTaskDefinitions",
            "RunTask",
            "StopTask",
        }
    ),
    "iam": frozenset({"CreateRole", "AttachRolePolicy"}),
    "logs": frozenset({"CreateLogGroup"}),
    "ssm": frozenset({"PutParameter"}),
    "secretsmanager": frozenset({"CreateSecret"}),
}


def is_sent_once(service: str, operation: str) -> bool:
    return operation in SENT_ONCE.get(service, frozenset())


def action_is_sent_once(action: str | None) -> bool:
    """Whether the IAM action ``service:Operation`` is one of :data:`SENT_ONCE` (for these
    services the IAM prefix is botocore's client name)."""
    if not action or ":" not in action:
        return False
    service, operation = action.split(":", 1)
    return is_sent_once(service, operation)


def _q(value: Any) -> str:
    return shlex.quote(str(value)) if value not in (None, "") else "NAME"


def check_command(action: str | None, params: Mapping[str, Any] | None) -> str | None:
    """The AWS CLI command that shows whether ``action`` took effect, or None."""
    p = params or {}
    commands = {
        "ecs:RegisterTaskDefinition": lambda: (
            f"aws ecs list-task-definitions --family-prefix {_q(p.get('family'))} "
            "--sort DESC --max-items 1"
        ),
        "ecs:DeregisterTaskDefinition": lambda: (
            f"aws ecs describe-task-definition --task-definition {_q(p.get('taskDefinition'))}"
        ),
        "ecs:DeleteTaskDefinitions": lambda: (
            "aws ecs describe-task-definition --task-definition "
            + _q((p.get("taskDefinitions") or [""])[0])
        ),
        "ecs:RunTask": lambda: (
            f"aws ecs list-tasks --cluster {_q(p.get('cluster') or 'default')} "
            f"--family {_q(_family(p.get('taskDefinition')))}"
        ),
        "ecs:StopTask": lambda: (
            f"aws ecs describe-tasks --cluster {_q(p.get('cluster') or 'default')} "
            f"--tasks {_q(p.get('task'))}"
        ),
        "iam:CreateRole": lambda: f"aws iam get-role --role-name {_q(p.get('RoleName'))}",
        "iam:AttachRolePolicy": lambda: (
            f"aws iam list-attached-role-policies --role-name {_q(p.get('RoleName'))}"
        ),
        "logs:CreateLogGroup": lambda: (
            f"aws logs describe-log-groups --log-group-name-prefix {_q(p.get('logGroupName'))}"
        ),
        "ssm:PutParameter": lambda: (
            "aws ssm describe-parameters --parameter-filters "
            + shlex.quote(f"Key=Name,Values={p.get('Name') or 'NAME'}")
        ),
        "secretsmanager:CreateSecret": lambda: (
            f"aws secretsmanager describe-secret --secret-id {_q(p.get('Name'))}"
        ),
    }
    make = commands.get(action or "")
    return make() if make else None


def _family(reference: Any) -> str:
    """The family of ``family``, ``family:3`` or a task definition ARN."""
    text = str(reference or "")
    return text.rsplit("/", 1)[-1].split(":", 1)[0]
