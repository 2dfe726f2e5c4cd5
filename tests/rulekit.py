"""Small builders for rule tests: a valid document to start from, and a filter."""

from __future__ import annotations

import copy
from typing import Any

import wizard.domain.formats.importer  # noqa: F401  (defines the input rule ids)
from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import CATALOG
from wizard.domain.rules import run_rules

# Not 123456789012: that example account of the AWS documentation is a placeholder.
EXECUTION_ROLE = "arn:aws:iam::210987654321:role/ecsTaskExecutionRole"


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


def book_example(**fields: Any) -> dict[str, Any]:
    """The book's example: WordPress and MySQL on Fargate, 0.25 vCPU / 512 MiB, with
    128 MiB soft limits and 10 CPU units each; ``fields`` override task members."""
    return fargate_doc(
        container(
            "wordpress",
            image="wordpress:6",
            memoryReservation=128,
            cpu=10,
            portMappings=[{"containerPort": 80}],
            dependsOn=[{"containerName": "mysql", "condition": "START"}],
        ),
        container("mysql", image="mysql:8.4", memoryReservation=128, cpu=10),
        **fields,
    )


def known(rule_id: str) -> str:
    """``rule_id`` when the catalog defines it; a misspelled id fails the test
    instead of making a negative check pass for nothing."""
    if rule_id not in CATALOG:
        raise AssertionError(f"unknown rule id {rule_id!r}: not in the catalog")
    return rule_id


def findings(
    doc: dict[str, Any], rule_id: str, launch_types: tuple[str, ...] = ()
) -> list[Finding]:
    """The findings of one rule for ``doc``."""
    known(rule_id)
    return [f for f in run_rules(doc, launch_types) if f.rule == rule_id]


def all_findings(doc: dict[str, Any]) -> list[Finding]:
    return run_rules(doc)


def one(
    doc: dict[str, Any],
    rule: str,
    path: str,
    severity: Severity = Severity.ERROR,
    launch_types: tuple[str, ...] = (),
    *,
    rendered: bool = False,
) -> Finding:
    """Exactly one finding of ``rule``, at ``path`` with ``severity``; with
    ``rendered``, its message and hint also have every parameter filled in."""
    found = findings(doc, rule, launch_types)
    assert [(f.path, f.severity) for f in found] == [(path, severity)], found
    finding = found[0]
    if rendered:
        assert "?" not in finding.message and "?" not in finding.hint, finding.message
    return finding


def no(doc: dict[str, Any], rule: str, launch_types: tuple[str, ...] = ()) -> None:
    """No finding of ``rule`` for ``doc``."""
    assert findings(doc, rule, launch_types) == []
