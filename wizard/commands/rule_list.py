"""``ecs-taskdef-wizard lint --list-rules``: the rules lint reports, with the
page that states each one."""

from __future__ import annotations

import json
import sys
from typing import Any

from wizard.domain.messages.catalog import LINT_AREAS, RuleSpec, listed_rules, summary_of, template
from wizard.domain.messages.definitions import load_every_definition


def rule_rows() -> list[dict[str, Any]]:
    """id, severity, summary (in the active language) and source of each rule
    that ``lint`` can report, sorted by id; ``source`` is "" for the wizard's
    own checks."""
    load_every_definition()
    return [_row(spec) for spec in listed_rules(LINT_AREAS)]


def _row(spec: RuleSpec) -> dict[str, Any]:
    return {
        "id": spec.id,
        "severity": spec.severity.value,
        "summary": summary_of(template(spec.id, "message")),
        "source": spec.source,
    }


def run_list_rules(output_format: str) -> int:
    rows = rule_rows()
    if output_format == "json":
        json.dump({"rules": rows}, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    width = max(len(row["id"]) for row in rows)
    for row in rows:
        source = row["source"] or "(the wizard's own check)"
        sys.stdout.write(f"{row['id']:<{width}}  {row['severity']:<7}  {row['summary']}\n")
        sys.stdout.write(f"{'':<{width}}  {'':<7}  {source}\n")
    return 0
