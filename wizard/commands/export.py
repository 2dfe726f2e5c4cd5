"""``ecs-taskdef-wizard export``: register-input JSON, CloudFormation or Terraform.

Any accepted input (register input, describe output, drafts) is normalised
first. Members a target cannot express are reported on stderr as warnings
(the export still succeeds); unreadable input exits 2 with one line per error.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from wizard.commands.loading import load_or_report
from wizard.domain.findings import Finding, Severity
from wizard.domain.formats.exporter import ExportError, to_json
from wizard.domain.rules import run_rules


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
        print(f"{ns.file}: error: {exc}", file=sys.stderr)
        return 2
    for finding in warnings:
        print(
            f"{ns.file}: {finding.severity.value} [{finding.rule}] {finding.message} "
            f"(at {finding.path or '/'})",
            file=sys.stderr,
        )
    note_remaining_errors(ns.file, doc, ns.file)
    write_output(ns.output, text)
    return 0


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
        print(
            f"{name}: note: {len(errors)} error(s) remain; run {how} to see them. "
            "AWS will refuse to register this as it stands.",
            file=sys.stderr,
        )


def write_output(output: str | None, text: str) -> None:
    """``-o OUT`` (written atomically), or stdout when there is no ``-o`` or it is ``-``.

    The one place ``export`` and ``import`` write their result, so the safe
    output writer replaces it for both."""
    if output and output != "-":
        write_atomically(Path(output), text)
    else:
        sys.stdout.write(text)


def _render(doc: dict[str, Any], target: str, fmt: str) -> tuple[str, list[Finding]]:
    # Imported here: `pull` imports this module for write_atomically and needs neither.
    if target == "cloudformation":
        from wizard.domain.formats.cloudformation import to_cloudformation

        return to_cloudformation(doc, "json" if fmt == "json" else "yaml")
    if target == "terraform":
        from wizard.domain.formats.terraform import to_terraform

        export = to_terraform(doc)
        return export.text, export.warnings
    return to_json(doc), []


def write_atomically(path: Path, text: str) -> None:
    """Write through a temporary file and rename, so a crash never leaves half a file.

    The file gets the mode it had, or the usual mode of a new file (mkstemp
    alone would leave it readable by its owner only).
    """
    directory = path.resolve().parent
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process umask, read without changing it where the OS allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    # Elsewhere os.umask is the only way to read it: set and restore at once.
    current = os.umask(0o022)
    os.umask(current)
    return current
