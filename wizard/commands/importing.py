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
from wizard.domain.findings import Finding
from wizard.domain.formats.exporter import ExportError, to_json
from wizard.domain.formats.importer import read_document_bytes

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
    if written is None:
        sys.stdout.write(text)
        return 0
    return 0 if write_output("import", written, text) else 2


def _read(path: str) -> bytes | Finding:
    return read_document_bytes(path)


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
