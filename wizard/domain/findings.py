"""Findings: what a rule says about one place in a task definition.

A finding carries no prose of its own: its message and hint are rendered from
the rule id and parameters (see ``catalog``), so the GUI and ``lint`` can show
them in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """``error``: AWS rejects it or the task cannot run; ``warning``: documented
    as unsupported or risky; ``info``: advice or a note about an automatic fix."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    path: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        from wizard.domain.messages.catalog import render_message

        return render_message(self.rule, self.params)

    @property
    def hint(self) -> str:
        from wizard.domain.messages.catalog import render_hint

        return render_hint(self.rule, self.params)

    def as_dict(self) -> dict[str, str]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "path": self.path,
            "message": self.message,
            "hint": self.hint,
        }


def pointer(*parts: str | int) -> str:
    """Build an RFC 6901 JSON Pointer from path segments (escaping ``~`` and ``/``)."""
    out = []
    for part in parts:
        text = str(part).replace("~", "~0").replace("/", "~1")
        out.append("/" + text)
    return "".join(out)


def split_pointer(ptr: str) -> list[str]:
    if not ptr:
        return []
    return [p.replace("~1", "/").replace("~0", "~") for p in ptr.split("/")[1:]]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.severity.rank, f.path, f.rule))
