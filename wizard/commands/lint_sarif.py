"""``lint --format sarif``: a SARIF 2.1.0 log for code scanning.

One run; the tool's rules are the rule ids the results refer to, each with its
message template as short description, its hint as help text and the first
public page its source cites as help URI. Each result points at the file, line
and column of its JSON Pointer (and names the pointer as a logical location).
Suppressed findings are results with an external suppression saying where they
were ignored, so code scanning lists them as dismissed rather than losing them.

Format: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from wizard import __version__
from wizard.commands.lint_report import FileReport
from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import CATALOG, RuleSpec, readable, template

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
TOOL_NAME = "ecs-taskdef-wizard"
# SARIF's levels; "note" is its word for information.
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_URL = re.compile(r"https://[^\s;,()<>\"']+")


def help_uri(spec: RuleSpec) -> str | None:
    """The first https page a rule's source cites, if it cites one."""
    match = _URL.search(spec.source)
    return match.group(0).rstrip(".") if match else None


def artifact_uri(name: str) -> str:
    """A file as SARIF wants it: a relative path stays relative (code scanning
    resolves it against the repository), an absolute one becomes a file URI."""
    if name == "-":
        return "stdin"
    path = Path(name)
    if path.is_absolute():
        return path.as_uri()
    return quote(path.as_posix())


def _rule(rule_id: str) -> dict[str, Any]:
    spec = CATALOG.get(rule_id)
    if spec is None:
        return {"id": rule_id}
    message = readable(template(rule_id, "message"))
    hint = readable(template(rule_id, "hint"))
    entry: dict[str, Any] = {
        "id": rule_id,
        "shortDescription": {"text": message},
        "help": {"text": hint or message},
        "defaultConfiguration": {"level": _LEVELS[spec.severity]},
    }
    uri = help_uri(spec)
    if uri:
        entry["helpUri"] = uri
    return entry


def _result(
    report: FileReport, finding: Finding, rule_index: int, suppressed_by: str | None
) -> dict[str, Any]:
    line, column = report.location(finding)
    text = finding.message
    if finding.hint and finding.severity is not Severity.INFO:
        text = f"{text}\n{finding.hint}"
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(report.name)},
            "region": {"startLine": max(line, 1), "startColumn": max(column, 1)},
        }
    }
    if finding.path:
        location["logicalLocations"] = [{"fullyQualifiedName": finding.path, "kind": "member"}]
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": _LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [location],
    }
    if finding.path:
        result["properties"] = {"jsonPointer": finding.path}
    if suppressed_by is not None:
        result["suppressions"] = [{"kind": "external", "justification": suppressed_by}]
    return result


def sarif_log(reports: list[FileReport]) -> dict[str, Any]:
    """The SARIF log of a lint run."""
    rule_ids: dict[str, int] = {}
    results = []
    for report in reports:
        entries: list[tuple[Finding, str | None]] = [(f, None) for f in report.findings]
        entries += [(s.finding, s.by) for s in report.suppressed]
        for finding, by in entries:
            index = rule_ids.setdefault(finding.rule, len(rule_ids))
            results.append(_result(report, finding, index, by))
    driver = {
        "name": TOOL_NAME,
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [_rule(rule_id) for rule_id in rule_ids],
    }
    run = {
        "tool": {"driver": driver},
        "results": results,
        "columnKind": "unicodeCodePoints",
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
