"""``ecs-taskdef-wizard export``: register-input JSON, CloudFormation or Terraform.

Any accepted input (register input, describe output, drafts) is normalised
first. Members a target cannot express are reported on stderr as warnings
(the export still succeeds); unreadable input exits 2 with one line per error.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from wizard.commands.loading import load_or_report
from wizard.domain.findings import Finding, Severity
from wizard.domain.formats.exporter import ExportError, to_json
from wizard.domain.rules import run_rules
from wizard.domain.text.surrogates import escape_surrogates
from wizard.domain.text.terminal import printable
from wizard.safe_files import write_text


def run_export(ns: argparse.Namespace) -> int:
    fmt = getattr(ns, "format", None)
    if fmt is not None and ns.to != "cloudformation":
        print("export: --format applies to --to cloudformation only", file=sys.stderr)
        return 2
    result = load_or_report(ns.file)
    doc = result.document if result is not None else None
    if doc is None:
        return 2
    try:
        text, warnings = _render(doc, ns.to, fmt or "yaml")
    except ExportError as exc:
        print(printable(f"{ns.file}: error: {exc}"), file=sys.stderr)
        return 2
    # A lone surrogate cannot be encoded: written as its JSON escape (in JSON, YAML and
    # HCL strings alike); lint reports it as text-lone-surrogate.
    text = escape_surrogates(text)
    name = printable(ns.file)
    for finding in warnings:
        message, where = printable(finding.message), printable(finding.path or "/")
        print(
            f"{name}: {finding.severity.value} [{finding.rule}] {message} (at {where})",
            file=sys.stderr,
        )
    note_remaining_errors(name, doc, name)
    if ns.output in (None, "-"):
        sys.stdout.write(text)
        return 0
    if ns.to != "json" and not ns.force and same_file(ns.file, ns.output):
        print(
            f"export: error: {ns.output} is the input file; writing {ns.to} over it would lose "
            "the task definition (give another -o, or --force to replace it)",
            file=sys.stderr,
        )
        return 2
    return 0 if write_output("export", ns.output, text) else 2


def note_remaining_errors(name: str, doc: dict[str, Any], lint_name: str | None = None) -> None:
    """Say on stderr how many rule errors the written document still has, and
    which file to lint to see them (``lint_name``; None: the command's output)."""
    errors = [f for f in run_rules(doc) if f.severity is Severity.ERROR]
    if errors:
        # Exporting a draft with errors is allowed (it is the user's file), but say so.
        how = (
            f"'ecs-taskdef-wizard lint {lint_name}'"
            if lint_name
            else ("'ecs-taskdef-wizard lint' on the output")
        )
        remain = "error remains" if len(errors) == 1 else "errors remain"
        print(
            f"{name}: note: {len(errors)} {remain}; run {how} to see them. "
            "AWS will refuse to register this as it stands.",
            file=sys.stderr,
        )


def write_output(command: str, output: str, text: str) -> bool:
    """Write ``-o OUT`` with the one writer; a failure is one line on stderr."""
    try:
        write_text(output, text)
    except OSError as exc:
        print(f"{command}: error: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
        return False
    return True


def same_file(a: str, b: str) -> bool:
    """Whether two paths name one file (through links, hard links included)."""
    if a == "-":
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False  # one of them does not exist (yet): not the same


def _render(doc: dict[str, Any], target: str, fmt: str) -> tuple[str, list[Finding]]:
    # Imported here: `pull` imports this module for write_output and needs neither.
    if target == "cloudformation":
        from wizard.domain.formats.cloudformation import to_cloudformation

        return to_cloudformation(doc, "json" if fmt == "json" else "yaml")
    if target == "terraform":
        from wizard.domain.formats.terraform import to_terraform

        export = to_terraform(doc)
        return export.text, export.warnings
    return to_json(doc), []
