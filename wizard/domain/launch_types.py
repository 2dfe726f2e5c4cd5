"""Which launch types a task definition declares, and which ECS assumes.

A task definition without ``requiresCompatibilities`` is not validated against
any launch type at registration, and EC2's defaults apply to it (an omitted
``networkMode`` means ``bridge``, which only EC2 runs; see ``networkMode`` and
``requiresCompatibilities`` in
https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html).
The rules check such a file as an EC2 one, and the wizard shows EC2 ticked as
"assumed" on the first page and in the sizing panel, from this one answer.
"""

from __future__ import annotations

from typing import Any

LAUNCH_TYPES = ("EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES")
ASSUMED_LAUNCH_TYPE = "EC2"


def declared_launch_types(doc: dict[str, Any]) -> tuple[str, ...]:
    """The known launch types in ``requiresCompatibilities``, in the file's order."""
    value = doc.get("requiresCompatibilities")
    items = value if isinstance(value, list) else []
    return tuple(v for v in items if v in LAUNCH_TYPES)


def assumed_launch_type(doc: dict[str, Any]) -> str | None:
    """EC2 when the document declares no known launch type, else None."""
    return None if declared_launch_types(doc) else ASSUMED_LAUNCH_TYPE
