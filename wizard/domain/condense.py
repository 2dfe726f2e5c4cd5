"""Condensing floods of one finding.

A list of 20,000 wrong-typed items gives 20,000 findings that say the same
thing; listing them all buries everything else and takes seconds to render. The
first :data:`LIMIT` of each rule under one parent are kept, and one finding says
how many more there are.
"""

from __future__ import annotations

from collections import Counter

from wizard.domain.messages.catalog import define
from wizard.domain.findings import Finding, Severity, sort_findings

LIMIT = 50

define(
    "findings-condensed",
    Severity.INFO,
    "{count} more '{rule}' findings under {parent} are not listed.",
    "The listed ones usually share a cause: fix them and check again to see the rest.",
    "The wizard's own limit of 50 findings of one rule under one parent.",
)


def _parent(path: str) -> str:
    return path.rsplit("/", 1)[0]


def condense(findings: list[Finding], limit: int = LIMIT) -> list[Finding]:
    """``findings`` sorted, with at most ``limit`` of each rule under one parent."""
    ordered = sort_findings(findings)
    seen: Counter[tuple[str, str]] = Counter()
    kept: list[Finding] = []
    for finding in ordered:
        key = (finding.rule, _parent(finding.path))
        seen[key] += 1
        if seen[key] <= limit:
            kept.append(finding)
    extra = [
        Finding(
            "findings-condensed",
            Severity.INFO,
            parent,
            {"count": count - limit, "rule": rule, "parent": parent or "/"},
        )
        for (rule, parent), count in seen.items()
        if count > limit
    ]
    return sort_findings(kept + extra) if extra else kept
