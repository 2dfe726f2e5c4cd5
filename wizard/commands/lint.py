"""``ecs-taskdef-wizard lint``: the rules engine for CI pipelines."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path

from wizard.commands.lint_config import ConfigError, ConfigFinder
from wizard.commands.lint_report import FileReport, Suppressed
from wizard.domain.condense import condense
from wizard.domain.findings import Severity
from wizard.domain.formats.importer import UNREADABLE_RULES, load_path
from wizard.domain.messages.catalog import CATALOG
from wizard.domain.messages.locale import SIMPLIFIED_CHINESE, active_language
from wizard.domain.rules import run_rules


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
    if any(r.result.unreadable for r in reports):
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
        reports.append(lint_file(name, launch_types, ignored))
    return reports


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
        f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}{quiet} "
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
        display = report.display_name
        for f in report.findings:
            line, col = report.location(f)
            severity = _severity_word(f.severity, language)
            where = _where(f.path, language)
            out.write(f"{display}:{line}:{col}: {severity} [{f.rule}] {f.message}{where}\n")
            if f.hint and f.severity is not Severity.INFO:
                out.write(_hint_line(f.hint, language))
            errors += f.severity is Severity.ERROR
            warnings += f.severity is Severity.WARNING
    suppressed = sum(len(r.suppressed) for r in reports)
    out.write(_summary(errors, warnings, len(reports), language, suppressed))


def _print_json(reports: list[FileReport]) -> None:
    files = [
        {
            "file": r.name,
            "findings": [f.as_dict() for f in r.findings],
            "suppressed": [{**s.finding.as_dict(), "by": s.by} for s in r.suppressed],
        }
        for r in reports
    ]
    all_findings = [f for r in reports for f in r.findings]
    summary = {
        "errors": sum(f.severity is Severity.ERROR for f in all_findings),
        "warnings": sum(f.severity is Severity.WARNING for f in all_findings),
    }
    json.dump({"files": files, "summary": summary}, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
