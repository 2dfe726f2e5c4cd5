"""Everything the wizard says about a draft, computed in one call.

The GUI calls this on every edit: schema problems (wrong types, unknown keys,
missing required members), placeholders, and all rules, sorted most severe first.
"""

from __future__ import annotations

from typing import Any

from wizard.domain.findings import Finding, sort_findings
from wizard.domain.importer import find_placeholder_findings
from wizard.domain.rules import run_rules
from wizard.domain.schema_check import check_shape


def analyse(doc: dict[str, Any], launch_types: tuple[str, ...] = ()) -> list[Finding]:
    findings: list[Finding] = []
    find_placeholder_findings(doc, "", findings)
    findings.extend(check_shape(doc))
    findings.extend(run_rules(doc, launch_types))
    return sort_findings(findings)
