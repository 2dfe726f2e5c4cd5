"""The one reading of an integer typed into a field or a table cell.

Fields bound to integer members (ports, CPU units, memory, timeouts) keep what the
user typed when it is not an integer, so the rules can say what is wrong with it;
only a plain, optionally negative, run of ASCII digits becomes an ``int``.
``str.isdigit`` is not enough: it accepts "²" and other digits ``int()`` refuses.
"""

from __future__ import annotations

import re

_INTEGER = re.compile(r"-?[0-9]+")
# int() refuses strings of more than 4300 digits (CPython's limit against slow
# conversions); far beyond any ECS value, so such text is simply not an integer here.
MAX_DIGITS = 4000


def parse_int(text: str) -> int | None:
    """``text`` (surrounding blanks ignored) as an int, or None when it is not one."""
    stripped = text.strip()
    if len(stripped) > MAX_DIGITS or not _INTEGER.fullmatch(stripped):
        return None
    return int(stripped)
