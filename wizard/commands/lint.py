"""``ecs-taskdef-wizard lint``: the rules engine for CI pipelines."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from wizard.commands.lint_config import ConfigError, ConfigFinder
from wizard.commands.lint_report import FileReport, Suppressed
from wizard.domain.condense import condense
from wizard.domain.findings import Finding, Severity
from wizard.domain.formats.importer import UNREADABLE_RULES, LoadResult, load_path
from wizard.domain.messages.catalog import CATALOG
from wizard.domain.messages.locale import SIMPLIFIED_CHINESE, active_language
from wizard.domain.rules import run_rules
from wizard.domain.text.plural import counted
from wizard.domain.text.surrogates import escape_surrogates
from wizard.domain.text.terminal import printable

# The per-rule condensing (domain/condense.py) bounds floods of one rule; a file with
# thousands of different problems still printed megabytes. Past these, the report
# says how many more there are (the summary and the exit code count them all).
MAX_TEXT_LINES = 500
MAX_JSON_FINDINGS = 2000


def lint_file(
    name: str, launch_types: tuple[str, ...] = (), ignored: Mapping[str, str] | None = None
) -> FileReport:
    """Load and check one file; findings of ``ignored`` rules (rule id -> where
    it is ignored) go to the report's suppressed list, except the reason a file
    could not be read at all (that file was not linted; hiding why would leave
    an exit 2 unexplained)."""
    result = load_path(name)
    findings = list(result.findings)
    if result.document is not None:
        findings.extend(run_rules(result.document, launch_types))
    report = FileReport(name, result, [])
    for finding in condense(findings):
        by = None if finding.rule in UNREADABLE_RULES else (ignored or {}).get(finding.rule)
        if by is None:
            report.findings.append(finding)
        else:
            report.suppressed.append(Suppressed(finding, by))
    return report


def run_lint(ns: argparse.Namespace) -> int:
    try:
        reports = _lint_files(ns)
    except ConfigError as exc:
        print(f"ecs-taskdef-wizard lint: {exc}", file=sys.stderr)
        return 2
    lowest = Severity(ns.severity).rank
    for report in reports:
        report.findings = [f for f in report.findings if f.severity.rank <= lowest]
    if ns.format == "json":
        _print_json(reports)
    elif ns.format == "sarif":
        from wizard.commands.lint_sarif import sarif_log

        json.dump(sarif_log(reports), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    elif ns.format == "github":
        from wizard.commands.lint_github import write_workflow_commands

        write_workflow_commands(reports, sys.stdout)
    else:
        _print_text(reports)
    if any(r.result.unreadable or r.failed for r in reports):
        return 2
    if any(r.errors for r in reports):
        return 1
    return 0


def _lint_files(ns: argparse.Namespace) -> list[FileReport]:
    """Each file linted with the options and its configuration (the nearest one
    upward from it); raises ConfigError for a configuration that cannot be used."""
    finder = ConfigFinder()
    cli_ignores = {rule: "--ignore" for rule in ns.ignore}
    _warn_unknown_rules(ns.ignore, "--ignore")
    reports = []
    warned: set[Path] = set()
    for name in ns.files:
        config = finder.for_file(name)
        ignored = dict(cli_ignores)
        launch_types = tuple(dict.fromkeys(ns.launch_type))
        if config is not None:
            if config.path not in warned:
                warned.add(config.path)
                _warn_unknown_rules(config.rules_named(), str(config.path))
            for rule, by in config.ignored_for(Path(name)).items():
                ignored.setdefault(rule, by)
            # The command line's launch types win over the configured defaults.
            launch_types = launch_types or config.launch_types
        reports.append(_lint_guarded(name, launch_types, ignored))
    return reports


def _lint_guarded(
    name: str, launch_types: tuple[str, ...], ignored: Mapping[str, str]
) -> FileReport:
    """``lint_file``, or a report of the failure: one file that breaks the linter
    never takes the other files and the summary down with it."""
    try:
        return lint_file(name, launch_types, ignored)
    except Exception as exc:  # noqa: BLE001 - reported as the file's finding
        failure = Finding(
            "lint-internal-error",
            Severity.ERROR,
            "",
            {"error": f"{type(exc).__name__}: {exc}"},
        )
        return FileReport(name, LoadResult(None, [failure], False), [failure], failed=True)


def _warn_unknown_rules(rules: list[str], where: str) -> None:
    unknown = [rule for rule in dict.fromkeys(rules) if rule not in CATALOG]
    if unknown:
        print(
            f"ecs-taskdef-wizard lint: warning: {where}: no rule is called "
            f"{', '.join(unknown)} (see 'ecs-taskdef-wizard lint --list-rules')",
            file=sys.stderr,
        )


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


def _summary(errors: int, warnings: int, files: int, language: str, suppressed: int = 0) -> str:
    if language == SIMPLIFIED_CHINESE:
        quiet = f"，{suppressed} 个已忽略" if suppressed else ""
        return f"{errors} 个错误，{warnings} 个警告{quiet}，共 {files} 个文件\n"
    quiet = f", {suppressed} suppressed" if suppressed else ""
    return (
        f"{counted(errors, 'error')}, {counted(warnings, 'warning')}{quiet} "
        f"in {counted(files, 'file')}\n"
    )


def _print_text(reports: list[FileReport]) -> None:
    """One line per finding (file:line:col: severity [rule] message), a hint line,
    and a summary, in the user's language (LC_ALL / LC_MESSAGES / LANG); the rule
    id, file, position and JSON Pointer stay as they are so tools can match them."""
    out = sys.stdout
    language = active_language()
    errors = warnings = 0
    for report in reports:
        display = report.display_name
        shown = 0
        for f in report.findings:
            errors += f.severity is Severity.ERROR
            warnings += f.severity is Severity.WARNING
            if shown >= MAX_TEXT_LINES:
                continue  # counted in the summary, not printed
            line, col = report.location(f)
            severity = _severity_word(f.severity, language)
            # printable: a family name or a message quoting one may hold an ESC
            # sequence or a newline that would forge a line of its own.
            where = printable(_where(f.path, language))
            message = printable(f.message)
            out.write(f"{display}:{line}:{col}: {severity} [{f.rule}] {message}{where}\n")
            shown += 1
            if f.hint and f.severity is not Severity.INFO:
                out.write(_hint_line(printable(f.hint), language))
        if len(report.findings) > shown:
            out.write(_more_line(display, len(report.findings) - shown, language))
    suppressed = sum(len(r.suppressed) for r in reports)
    out.write(_summary(errors, warnings, len(reports), language, suppressed))


def _more_line(display: str, count: int, language: str) -> str:
    if language == SIMPLIFIED_CHINESE:
        return f"{display}: 另有 {count} 条发现未列出（每个文件最多列出 {MAX_TEXT_LINES} 条）\n"
    return (
        f"{display}: {counted(count, 'more finding')} not listed "
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
    entry: dict[str, object] = {
        "file": report.name,
        "findings": [f.as_dict() for f in listed],
        "suppressed": [{**s.finding.as_dict(), "by": s.by} for s in report.suppressed],
    }
    rest = report.findings[MAX_JSON_FINDINGS:]
    if rest:
        entry["more"] = len(rest)
        entry["more_by_rule"] = dict(sorted(Counter(f.rule for f in rest).items()))
    return entry
