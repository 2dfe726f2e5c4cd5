"""``ecs-taskdef-wizard lint``: the rules engine for CI pipelines."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass

from wizard.domain.condense import condense
from wizard.domain.findings import Finding, Severity
from wizard.domain.formats.importer import LoadResult, load_path
from wizard.domain.messages.locale import SIMPLIFIED_CHINESE, active_language
from wizard.domain.rules import run_rules


@dataclass
class FileReport:
    name: str
    result: LoadResult
    findings: list[Finding]

    def location(self, finding: Finding) -> tuple[int, int]:
        params = finding.params
        if "line" in params and "column" in params:
            return int(params["line"]), int(params["column"])
        return self.result.position(finding.path)


def lint_file(name: str, launch_types: tuple[str, ...] = ()) -> FileReport:
    result = load_path(name)
    findings = list(result.findings)
    if result.document is not None:
        findings.extend(run_rules(result.document, launch_types))
    return FileReport(name, result, condense(findings))


def run_lint(ns: argparse.Namespace) -> int:
    launch_types = tuple(dict.fromkeys(ns.launch_type))
    reports = [lint_file(name, launch_types) for name in ns.files]
    if ns.format == "json":
        _print_json(reports)
    else:
        _print_text(reports)
    if any(r.result.fatal for r in reports):
        return 2
    if any(f.severity is Severity.ERROR for r in reports for f in r.findings):
        return 1
    return 0


_SEVERITY_WORDS = {
    SIMPLIFIED_CHINESE: {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "信息"},
}


def _severity_word(severity: Severity, language: str) -> str:
    return _SEVERITY_WORDS.get(language, {}).get(severity, severity.value)


def _where(path: str, language: str) -> str:
    if not path:
        return ""
    return f"（位于 {path}）" if language == SIMPLIFIED_CHINESE else f" (at {path})"


def _hint_line(hint: str, language: str) -> str:
    label = "提示：" if language == SIMPLIFIED_CHINESE else "hint: "
    return f"    {label}{hint}\n"


def _summary(errors: int, warnings: int, files: int, language: str) -> str:
    if language == SIMPLIFIED_CHINESE:
        return f"{errors} 个错误，{warnings} 个警告，共 {files} 个文件\n"
    return (
        f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} "
        f"in {files} file{'s' * (files != 1)}\n"
    )


def _print_text(reports: list[FileReport]) -> None:
    """One line per finding (file:line:col: severity [rule] message), a hint line,
    and a summary, in the user's language (LC_ALL / LC_MESSAGES / LANG); the rule
    id, file, position and JSON Pointer stay as they are so tools can match them."""
    out = sys.stdout
    language = active_language()
    errors = warnings = 0
    for report in reports:
        display = "<stdin>" if report.name == "-" else report.name
        for f in report.findings:
            line, col = report.location(f)
            severity = _severity_word(f.severity, language)
            where = _where(f.path, language)
            out.write(f"{display}:{line}:{col}: {severity} [{f.rule}] {f.message}{where}\n")
            if f.hint and f.severity is not Severity.INFO:
                out.write(_hint_line(f.hint, language))
            errors += f.severity is Severity.ERROR
            warnings += f.severity is Severity.WARNING
    out.write(_summary(errors, warnings, len(reports), language))


def _print_json(reports: list[FileReport]) -> None:
    files = [{"file": r.name, "findings": [f.as_dict() for f in r.findings]} for r in reports]
    all_findings = [f for r in reports for f in r.findings]
    summary = {
        "errors": sum(f.severity is Severity.ERROR for f in all_findings),
        "warnings": sum(f.severity is Severity.WARNING for f in all_findings),
    }
    json.dump({"files": files, "summary": summary}, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
