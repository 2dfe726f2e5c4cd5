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
from wizard.domain.formats.exporter import ExportError, to_json
from wizard.domain.findings import Finding, Severity
from wizard.domain.rules import run_rules


def run_export(ns: argparse.Namespace) -> int:
    fmt = getattr(ns, "format", None)
    if fmt is not None and ns.to != "cloudformation":
        print("export: --format applies to --to cloudformation only", file=sys.stderr)
        return 2
    result = load_or_report(ns.file)
    if result is None:
        return 2
    try:
        text, warnings = _render(result.document, ns.to, fmt or "yaml")
    except ExportError as exc:
        print(f"{ns.file}: error: {exc}", file=sys.stderr)
        return 2
    for warning in warnings:
        print(
            f"{ns.file}: warning [{warning.rule}] {warning.message} (at {warning.path or '/'})",
            file=sys.stderr,
        )
    errors = [f for f in run_rules(result.document) if f.severity is Severity.ERROR]
    if errors:
        # Exporting a draft with errors is allowed (it is the user's file), but say so.
        print(
            f"{ns.file}: note: {len(errors)} error(s) remain; run 'ecs-taskdef-wizard lint "
            f"{ns.file}' to see them. AWS will refuse to register this as it stands.",
            file=sys.stderr,
        )
    if ns.output:
        write_atomically(Path(ns.output), text)
    else:
        sys.stdout.write(text)
    return 0


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
