"""``lint --format github``: GitHub Actions workflow commands.

Each finding becomes ``::error file=F,line=L,col=C,title=RULE::MESSAGE`` (``warning``
for warnings, ``notice`` for information), which a workflow run shows as an
annotation on that line of the file. Values are escaped as the runner expects:
https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
"""

from __future__ import annotations

from typing import TextIO

from wizard.commands.lint_report import FileReport
from wizard.domain.findings import Finding, Severity
from wizard.domain.text.plural import counted

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A command's message: "%", CR and LF are escaped, the rest is literal."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: also ":" and "," (they separate properties)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(report: FileReport, finding: Finding) -> str:
    line, column = report.location(finding)
    props = ",".join(
        f"{key}={escape_property(value)}"
        for key, value in (
            ("file", report.display_name),
            ("line", str(line)),
            ("col", str(column)),
            ("title", finding.rule),
        )
    )
    message = finding.message + (f" (at {finding.path})" if finding.path else "")
    if finding.hint and finding.severity is not Severity.INFO:
        message += f"\n{finding.hint}"
    return f"::{_COMMANDS[finding.severity]} {props}::{escape_data(message)}"


def write_workflow_commands(reports: list[FileReport], out: TextIO) -> None:
    errors = warnings = 0
    for report in reports:
        for finding in report.findings:
            out.write(workflow_command(report, finding) + "\n")
        errors += report.errors
        warnings += report.warnings
    suppressed = sum(len(r.suppressed) for r in reports)
    # A plain line (no command) for the log: what the run found in total.
    out.write(
        f"ecs-taskdef-wizard lint: {counted(errors, 'error')}, "
        f"{counted(warnings, 'warning')}, "
        f"{suppressed} suppressed in {counted(len(reports), 'file')}\n"
    )
