"""``ecs-taskdef-wizard export``: register-input JSON from any accepted input."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from wizard.domain.exporter import ExportError, to_json
from wizard.domain.findings import Severity
from wizard.domain.importer import load_path
from wizard.domain.rules import run_rules


def run_export(ns: argparse.Namespace) -> int:
    result = load_path(ns.file)
    if result.document is None or result.fatal:
        for f in result.findings:
            if f.severity is Severity.ERROR:
                line, col = result.position(f.path)
                print(f"{ns.file}:{line}:{col}: error [{f.rule}] {f.message}", file=sys.stderr)
        return 2
    if ns.to != "json":
        print(
            f"export --to {ns.to} is not available in this version; use --to json.",
            file=sys.stderr,
        )
        return 2
    try:
        text = to_json(result.document)
    except ExportError as exc:
        print(f"{ns.file}: error: {exc}", file=sys.stderr)
        return 2
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


def write_atomically(path: Path, text: str) -> None:
    """Write through a temporary file and rename, so a crash never leaves half a file."""
    directory = path.resolve().parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
