"""Small builders for rule tests: a valid document to start from, and a filter."""

from __future__ import annotations

import copy
from typing import Any

from wizard.domain.findings import Finding
from wizard.domain.rules import run_rules

EXECUTION_ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"


def container(name: str = "app", **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "name": name,
        "image": "public.ecr.aws/nginx/nginx:1.27",
        "essential": True,
    }
    base.update(fields)
    return base


def awslogs(prefix: str | None = "app") -> dict[str, Any]:
    options = {"awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1"}
    if prefix is not None:
        options["awslogs-stream-prefix"] = prefix
    return {"logDriver": "awslogs", "options": options}


def fargate_doc(*containers: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A Fargate Linux task definition that lints clean; override with ``fields``."""
    doc: dict[str, Any] = {
        "family": "web",
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": "256",
        "memory": "512",
        "executionRoleArn": EXECUTION_ROLE,
        "containerDefinitions": list(containers) or [container(logConfiguration=awslogs())],
    }
    doc.update(copy.deepcopy(fields))
    return doc


def ec2_doc(*containers: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """An EC2 Linux (bridge) task definition that lints clean."""
    doc: dict[str, Any] = {
        "family": "web",
        "requiresCompatibilities": ["EC2"],
        "networkMode": "bridge",
        "containerDefinitions": list(containers) or [container(memory=256)],
    }
    doc.update(copy.deepcopy(fields))
    return doc


def findings(
    doc: dict[str, Any], rule_id: str, launch_types: tuple[str, ...] = ()
) -> list[Finding]:
    """The findings of one rule for ``doc``."""
    return [f for f in run_rules(doc, launch_types) if f.rule == rule_id]


def all_findings(doc: dict[str, Any]) -> list[Finding]:
    return run_rules(doc)
