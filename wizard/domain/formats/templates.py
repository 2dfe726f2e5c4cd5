"""Starting points for "New from template".

Each template is a register-input document in ``resources/templates/<id>.json``
that lints with no finding; the example account id 123456789012, roles and
secret ARNs are meant to be replaced with the user's own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from wizard.resource_files import read_resource_text


@dataclass(frozen=True)
class Template:
    id: str
    title: str
    description: str


TEMPLATES: tuple[Template, ...] = (
    Template(
        "wordpress-mysql",
        "WordPress and MySQL (Fargate quick start)",
        "The Fargate Quick Start book's example: WordPress and MySQL in one task of "
        "0.25 vCPU and 512 MiB, 128 MiB soft limit and 10 CPU units each; WordPress starts "
        "after MySQL and reaches it on localhost; the database password comes from "
        "AWS Secrets Manager.",
    ),
    Template(
        "web-service",
        "Web service on port 80",
        "One nginx container serving port 80 with a health check, logging to CloudWatch Logs "
        "with awslogs.",
    ),
    Template(
        "worker-firelens",
        "Worker with a FireLens log router",
        "A background worker whose logs go through a Fluent Bit sidecar (AWS for Fluent Bit) "
        "to CloudWatch Logs; the task role lets Fluent Bit write the logs.",
    ),
    Template(
        "app-otel",
        "Application with an OpenTelemetry sidecar",
        "An application container sending traces and metrics over OTLP to an AWS Distro for "
        "OpenTelemetry collector sidecar on localhost:4317.",
    ),
)


def template_ids() -> list[str]:
    return [t.id for t in TEMPLATES]


def load_template(template_id: str) -> dict[str, Any]:
    """A fresh copy of the template's task definition; KeyError for an unknown id."""
    if template_id not in template_ids():
        raise KeyError(f"unknown template {template_id!r}; known: {', '.join(template_ids())}")
    document = json.loads(read_resource_text("templates", f"{template_id}.json"))
    if not isinstance(document, dict):
        raise ValueError(f"template {template_id!r} is not a JSON object")
    return document
