"""Turn file bytes into text, or one finding saying why they are not text.

Shared by every importer: the same limits and the same messages for a file
that is too large, binary, or not UTF-8 (with the line and column of the
first bad byte).
"""

from __future__ import annotations

from wizard.domain.findings import Finding, Severity

# Anything larger is not a task definition (the API's limit is 64 KiB); refusing
# early keeps a mistaken multi-megabyte file from freezing the GUI.
MAX_INPUT_BYTES = 2 * 1024 * 1024


def decode_input(data: bytes, too_large_rule: str = "input-too-large") -> str | Finding:
    if len(data) > MAX_INPUT_BYTES:
        return _error(too_large_rule, size=len(data), limit=MAX_INPUT_BYTES)
    if b"\x00" in data:
        return _error("input-binary", offset=data.index(b"\x00"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return _error("input-not-utf8", line=line, column=column, byte=f"0x{data[exc.start]:02x}")


def _error(rule: str, **params: object) -> Finding:
    return Finding(rule, Severity.ERROR, "", params)
