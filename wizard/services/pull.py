"""Pulling a registered revision back as register-input JSON.

The describe response goes through the importer, which removes the read-only
members (ARN, revision, status, ...) and moves the tags inside; the empty lists
and maps ECS adds for members never set are dropped, so the result reads like
what was registered and can be edited into the family's next revision.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from wizard.domain.diff import drop_empty
from wizard.domain.formats.exporter import ExportError, to_json
from wizard.domain.findings import Finding
from wizard.domain.formats.importer import load_value
from wizard.services.gateway import EcsGateway
from wizard.services.messages import message

_REFERENCE = re.compile(r"^[A-Za-z0-9_-]{1,255}(?::[1-9][0-9]{0,9})?$")
_ARN = re.compile(r"^arn:[a-z-]+:ecs:[a-z0-9-]+:\d{12}:task-definition/[A-Za-z0-9_-]{1,255}:\d+$")
# Importer notes worth telling the user about a pull (the rest are about local files),
# with the message id of the note.
_STRIP_NOTES = {
    "read-only-removed": "pull.read-only-removed",
    "null-removed": "pull.null-removed",
    "describe-extra-removed": "pull.describe-extra-removed",
}


def parse_reference(text: str) -> str:
    """``FAMILY``, ``FAMILY:REVISION`` or a task definition ARN; ValueError names the problem."""
    if _REFERENCE.match(text) or _ARN.match(text):
        return text
    raise ValueError(message("pull.bad-reference", reference=text))


@dataclass
class Pulled:
    """A pulled revision: the register-input ``document`` and its JSON ``text``."""

    arn: str
    revision: int
    document: dict[str, Any]
    text: str
    notes: list[str] = field(default_factory=list)


def pull(gateway: EcsGateway, reference: str) -> Pulled:
    response = gateway.describe_task_definition(reference)
    task = response.get("taskDefinition", {})
    arn = str(task.get("taskDefinitionArn", ""))
    revision = int(task.get("revision", 0) or 0)
    loaded = load_value(dict(response))
    notes = _strip_notes(loaded.findings)
    document = loaded.document or {}
    cleaned = drop_empty(document)
    dropped = _count_empty(document)
    if dropped:
        notes.append(message("pull.empty-dropped", count=dropped))
    tags = cleaned.get("tags", [])
    if tags:
        notes.append(message("pull.tags", count=len(tags)))
    try:
        text = to_json(cleaned)
    except ExportError as exc:
        # A member this version's model does not know (a newer API): keep it rather than
        # lose it, and say so; lint will name it.
        notes.append(message("pull.not-in-model", error=exc))
        text = json.dumps(cleaned, indent=2, ensure_ascii=False, default=str) + "\n"
    return Pulled(arn, revision, cleaned, text, notes)


def _strip_notes(findings: list[Finding]) -> list[str]:
    """One line per kind of member the importer removed, naming the members."""
    by_rule: dict[str, list[str]] = {}
    for f in findings:
        if f.rule in _STRIP_NOTES:
            # Top-level members by name; nested nulls by their pointer.
            name = f.path if f.rule == "null-removed" else str(f.params.get("key", f.path))
            by_rule.setdefault(f.rule, []).append(name)
    return [
        message(_STRIP_NOTES[rule], members=", ".join(where)) for rule, where in by_rule.items()
    ]


def _count_empty(value: Any) -> int:
    if isinstance(value, dict):
        return sum(1 if v in ([], {}) else _count_empty(v) for v in value.values())
    if isinstance(value, list):
        return sum(_count_empty(v) for v in value)
    return 0
