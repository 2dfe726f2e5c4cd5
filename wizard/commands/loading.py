"""Loading a task definition file for a subcommand that needs a readable one."""

from __future__ import annotations

import sys

from wizard.domain.findings import Severity
from wizard.domain.formats.importer import LoadResult, load_path


def load_or_report(path: str) -> LoadResult | None:
    """The loaded file, or None after its errors went to stderr as
    ``FILE:LINE:COL: error [rule] message`` lines (the caller exits 2)."""
    result = load_path(path)
    if result.document is not None and not result.fatal:
        return result
    for f in result.findings:
        if f.severity is Severity.ERROR:
            line, col = result.position(f.path)
            print(f"{path}:{line}:{col}: error [{f.rule}] {f.message}", file=sys.stderr)
    return None
