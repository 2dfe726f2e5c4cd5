"""``ecs-taskdef-wizard lint``: the rules engine for CI pipelines."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass

from wizard.domain.condense import condense
from wizard.domain.findings import Finding, Severity
from wizard.domain.formats.importer import LoadResult, load_path
from wizard.domain.messages.locale import SIMPLIFIED_CHINESE, active_language
from wizard.domain.lone_surrogates import escape_surrogates
from wizard.domain.rules import run_rules
from wizard.domain.terminal_text import printable

# The per-rule condensing (domain/condense.py) bounds floods of one rule; a file with
# thousands of different problems still printed megabytes. Past these, the report
# says how many more there are (the summary and the exit code count them all).
MAX_TEXT_LINES = 500
MAX_JSON_FINDINGS = 2000


@dataclass
class FileReport:
    name: str
    result: LoadResult
    findings: list[Finding]
    failed: bool = False  # the linter itself broke on this file (exit 2)

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
    reports = [_lint_guarded(name, launch_types) for name in ns.files]
    if ns.format == "json":
        _print_json(reports)
    else:
        _print_text(reports)
    if any(r.result.fatal or r.failed for r in reports):
        return 2
    if any(f.severity is Severity.ERROR for r in reports for f in r.findings):
        return 1
    return 0


def _lint_guarded(name: str, launch_types: tuple[str, ...]) -> FileReport:
    """``lint_file``, or a report of the failure: one file that breaks the linter
    never takes the other files and the summary down with it."""
    try:
        return lint_file(name, launch_types)
    except Exception as exc:  # noqa: BLE001 - reported as the file's finding
        failure = Finding(
            "lint-internal-error",
            Severity.ERROR,
            "",
            {"error": f"{type(exc).__name__}: {exc}"},
        )
        return FileReport(name, LoadResult(None, [failure]), [failure], failed=True)


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
        # printable: a file name, a family name or a message quoting one may hold an
        # ESC sequence or a newline that would forge a line of its own.
        display = "<stdin>" if report.name == "-" else printable(report.name)
        shown = 0
        for f in report.findings:
            errors += f.severity is Severity.ERROR
            warnings += f.severity is Severity.WARNING
            if shown >= MAX_TEXT_LINES:
                continue  # counted in the summary, not printed
            line, col = report.location(f)
            severity = _severity_word(f.severity, language)
            where = printable(_where(f.path, language))
            message = printable(f.message)
            out.write(f"{display}:{line}:{col}: {severity} [{f.rule}] {message}{where}\n")
            shown += 1
            if f.hint and f.severity is not Severity.INFO:
                out.write(_hint_line(printable(f.hint), language))
        if len(report.findings) > shown:
            out.write(_more_line(display, len(report.findings) - shown, language))
    out.write(_summary(errors, warnings, len(reports), language))


def _more_line(display: str, count: int, language: str) -> str:
    if language == SIMPLIFIED_CHINESE:
        return f"{display}: 另有 {count} 条发现未列出（每个文件最多列出 {MAX_TEXT_LINES} 条）\n"
    return (
        f"{display}: {count} more finding{'s' * (count != 1)} not listed "
        f"(at most {MAX_TEXT_LINES} per file)\n"
    )


def _print_json(reports: list[FileReport]) -> None:
    """The findings of each file, the first ``MAX_JSON_FINDINGS`` of them in full
    and, past that, ``"more": N`` with the count of the rest by rule
    (``"more_by_rule"``); the summary counts every finding."""
    files = [_json_file(r) for r in reports]
    all_findings = [f for r in reports for f in r.findings]
    summary = {
        "errors": sum(f.severity is Severity.ERROR for f in all_findings),
        "warnings": sum(f.severity is Severity.WARNING for f in all_findings),
    }
    text = json.dumps({"files": files, "summary": summary}, indent=2, ensure_ascii=False)
    # JSON escapes control characters itself; a lone surrogate it leaves as it is.
    sys.stdout.write(escape_surrogates(text) + "\n")


def _json_file(report: FileReport) -> dict[str, object]:
    listed = report.findings[:MAX_JSON_FINDINGS]
    entry: dict[str, object] = {"file": report.name, "findings": [f.as_dict() for f in listed]}
    rest = report.findings[MAX_JSON_FINDINGS:]
    if rest:
        entry["more"] = len(rest)
        entry["more_by_rule"] = dict(sorted(Counter(f.rule for f in rest).items()))
    return entry
