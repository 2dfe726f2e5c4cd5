"""``ecs-taskdef-wizard import``: a docker-compose file (or any accepted JSON)
to register-input JSON.

The compose file goes through the same importer as the GUI's "Import compose
file" (``wizard.domain.formats.compose.importer``); its report, what was not mapped or needs a
look, goes to stderr as ``FILE:LINE:COL: severity [rule] message (at /services/...)``
lines pointing into the compose file. The task definition goes to stdout or
``-o``. Exit 0 when a task definition was written (errors the rules still find
are named in a note, as ``export`` does); 2 when there is nothing to write (the
file cannot be read or is not a compose file / task definition) or on bad usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wizard.commands.export import note_remaining_errors, write_output
from wizard.domain.findings import Finding, Severity
from wizard.domain.formats.exporter import ExportError, to_json

COMPOSE_SUFFIXES = (".yml", ".yaml")


def run_import(ns: argparse.Namespace) -> int:
    data = _read(ns.file)
    if isinstance(data, Finding):
        _report(ns.file, [data], lambda _f: (1, 1))
        return 2
    source = ns.source or _guess_source(ns.file, data)
    document = (
        _import_compose(ns.file, data) if source == "compose" else _import_json(ns.file, data)
    )
    if document is None:
        return 2
    try:
        text = to_json(document)
    except ExportError as exc:
        print(f"{_display(ns.file)}: error: {exc}", file=sys.stderr)
        return 2
    written = ns.output if ns.output and ns.output != "-" else None
    note_remaining_errors(_display(ns.file), document, written)
    write_output(ns.output, text)
    return 0


def _read(path: str) -> bytes | Finding:
    from wizard.domain.formats.text_input import MAX_INPUT_BYTES

    try:
        if path == "-":
            return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        if Path(path).is_dir():
            return Finding("input-unreadable", Severity.ERROR, "", {"reason": "it is a directory"})
        with open(path, "rb") as handle:
            # One byte past the limit lets the importer say "too large" without reading it all.
            return handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        return Finding("input-missing", Severity.ERROR, "", {})
    except OSError as exc:
        return Finding("input-unreadable", Severity.ERROR, "", {"reason": exc.strerror or str(exc)})


def _guess_source(path: str, data: bytes) -> str:
    """compose for .yml / .yaml files; json for .json files and for text that
    starts with "{" (a compose file is a YAML mapping written without braces)."""
    suffix = Path(path).suffix.lower()
    if suffix in COMPOSE_SUFFIXES:
        return "compose"
    if suffix == ".json" or data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "json"
    return "compose"


def _import_compose(path: str, data: bytes) -> dict[str, Any] | None:
    from wizard.domain.formats.compose.importer import import_compose_bytes

    result = import_compose_bytes(data)
    _report(path, result.findings, result.position)
    return result.document


def _import_json(path: str, data: bytes) -> dict[str, Any] | None:
    from wizard.domain.formats.importer import load_bytes

    result = load_bytes(data)
    _report(path, result.findings, result.position)
    if result.document is None or result.fatal:
        return None
    return result.document


def _display(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _report(path: str, findings: list[Finding], position: Any) -> None:
    """The importer's report on stderr, one compiler-style line per finding."""
    name = _display(path)
    for finding in findings:
        if "line" in finding.params and "column" in finding.params:
            line, column = int(finding.params["line"]), int(finding.params["column"])
        else:
            line, column = position(finding.path)
        where = f" (at {finding.path})" if finding.path else ""
        print(
            f"{name}:{line}:{column}: {finding.severity.value} [{finding.rule}] "
            f"{finding.message}{where}",
            file=sys.stderr,
        )
