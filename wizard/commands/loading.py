"""Loading a task definition file for a subcommand that needs a readable one."""

from __future__ import annotations

import sys

from wizard.domain.findings import Severity
from wizard.domain.formats.importer import LoadResult, load_path
from wizard.domain.text.terminal import printable


def load_or_report(path: str) -> LoadResult | None:
    """The loaded file, or None after its errors went to stderr as
    ``FILE:LINE:COL: error [rule] message`` lines (the caller exits 2)."""
    result = load_path(path)
    if result.document is not None and not result.fatal:
        return result
    for f in result.findings:
        if f.severity is Severity.ERROR:
            line, col = result.position(f.path)
            where, text = printable(path), printable(f.message)
            print(f"{where}:{line}:{col}: error [{f.rule}] {text}", file=sys.stderr)
    return None
