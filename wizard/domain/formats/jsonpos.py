"""Where each JSON value sits in its source text.

The standard ``json`` module parses but forgets positions; lint output needs
``FILE:LINE:COL`` for a JSON Pointer. This scanner walks already-valid JSON
text once, iteratively (deeply nested input must not exhaust the Python stack),
and records for every pointer the position of its object key (or of the value
for array items and the root). It also notes duplicate keys, which Python's
parser silently resolves to the last value.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wizard.domain.findings import pointer as make_pointer

_WS = " \t\r\n"


@dataclass
class PositionMap:
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    duplicates: list[str] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list)

    def locate(self, ptr: str) -> tuple[int, int]:
        """Line and column (1-based) of ``ptr``, or of its nearest recorded ancestor."""
        probe = ptr
        while True:
            if probe in self.positions:
                return self.positions[probe]
            if not probe:
                return (1, 1)
            probe = probe.rsplit("/", 1)[0]


def _line_col(line_starts: list[int], offset: int) -> tuple[int, int]:
    # Binary search for the line containing offset.
    lo, hi = 0, len(line_starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if line_starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1, offset - line_starts[lo] + 1


def _skip_ws(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i] in _WS:
        i += 1
    return i


def _scan_string(text: str, i: int) -> tuple[str, int]:
    """Decode the JSON string starting at text[i] == '"'; return (value, end)."""
    j = i + 1
    chunks: list[str] = []
    start = j
    while True:
        ch = text[j]
        if ch == '"':
            chunks.append(text[start:j])
            break
        if ch == "\\":
            chunks.append(text[start:j])
            esc = text[j + 1]
            if esc == "u":
                chunks.append(chr(int(text[j + 2 : j + 6], 16)))
                j += 6
            else:
                chunks.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(esc, esc))
                j += 2
            start = j
            continue
        j += 1
    return "".join(chunks), j + 1


def _skip_scalar(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i] not in ",]}" and text[i] not in _WS:
        i += 1
    return i


def scan_positions(text: str) -> PositionMap:
    """Positions of every value of valid JSON ``text`` (raises on invalid text)."""
    line_starts = [0]
    for idx, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(idx + 1)
    result = PositionMap(_line_starts=line_starts)

    def record(ptr: str, offset: int) -> None:
        result.positions.setdefault(ptr, _line_col(line_starts, offset))

    # Stack frames: [kind, pointer, next index / seen keys]
    i = _skip_ws(text, 0)
    if text.startswith("\ufeff"):
        i = _skip_ws(text, 1)
    record("", i)
    stack: list[tuple[str, str, list]] = []  # (kind, ptr, state)

    def open_value(ptr: str, at: int) -> int:
        ch = text[at]
        if ch == "{":
            stack.append(("obj", ptr, [set()]))
            return at + 1
        if ch == "[":
            stack.append(("arr", ptr, [0]))
            return at + 1
        if ch == '"':
            return _scan_string(text, at)[1]
        return _skip_scalar(text, at)

    i = open_value("", i)
    while stack:
        kind, ptr, state = stack[-1]
        i = _skip_ws(text, i)
        ch = text[i]
        if ch in "}]":
            stack.pop()
            i += 1
            continue
        if ch == ",":
            i = _skip_ws(text, i + 1)
            ch = text[i]
        if kind == "obj":
            key_at = i
            key, i = _scan_string(text, i)
            key_offset_ptr = ptr + make_pointer(key)
            seen: set[str] = state[0]
            if key in seen:
                result.duplicates.append(key_offset_ptr)
            seen.add(key)
            # Record the key's own position: messages about a member point at its name.
            record(key_offset_ptr, key_at)
            i = _skip_ws(text, i)
            i = _skip_ws(text, i + 1)  # skip ':'
            i = open_value(key_offset_ptr, i)
        else:
            item_ptr = ptr + make_pointer(state[0])
            state[0] += 1
            record(item_ptr, i)
            i = open_value(item_ptr, i)
    return result
