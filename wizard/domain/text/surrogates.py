"""Lone UTF-16 surrogates: JSON text can hold them, nothing can print or send them.

JSON lets a string escape half of a surrogate pair (``"\\ud800"``) without the
other half; Python's ``json`` turns it into a code point that is not a
character. Encoding it as UTF-8 fails, so printing it, writing it to a file or
sending it to AWS fails. Each such value (or member name) is reported at its
JSON pointer as an error, and every output writes it as the JSON escape it came
from (``\\ud800``), which keeps JSON output valid and terminals safe.
"""

from __future__ import annotations

import json
import re
from typing import Any

from wizard.domain.findings import Finding, Severity, pointer
from wizard.domain.messages.catalog import define

define(
    "text-lone-surrogate",
    Severity.ERROR,
    "This text holds {code}, half of a UTF-16 surrogate pair without its other half: "
    "it is not a character, and AWS cannot take it.",
    "Remove the escape or write the character meant (an emoji escaped for JSON needs both "
    "halves, e.g. \\ud83d\\ude00).",
    "https://www.rfc-editor.org/rfc/rfc8259#section-8.2",
)

_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_surrogates(text: str) -> str:
    """``text`` with each lone surrogate written as its escape, ``\\udXXX``.

    (A string from ``json`` never holds a valid pair as two surrogates: those are
    joined into one character while parsing.)"""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def find_lone_surrogates(value: Any, where: str = "") -> list[Finding]:
    """One error per string value or member name under ``value`` that holds one."""
    if not _may_hold_one(value):
        return []
    found: list[Finding] = []
    stack: list[tuple[Any, str]] = [(value, where)]
    while stack:
        item, at = stack.pop()
        if isinstance(item, dict):
            for key, child in item.items():
                child_at = at + pointer(str(key))
                if isinstance(key, str) and _SURROGATE.search(key):
                    found.append(_finding(child_at, key))
                stack.append((child, child_at))
        elif isinstance(item, list):
            stack.extend((child, at + pointer(i)) for i, child in enumerate(item))
        elif isinstance(item, str) and _SURROGATE.search(item):
            found.append(_finding(at, item))
    return sorted(found, key=lambda f: f.path)


def _may_hold_one(value: Any) -> bool:
    """A quick look first: almost no document holds one, and the walk below builds a
    pointer for every value (seconds for a document of 100,000 values)."""
    try:
        json.dumps(value, ensure_ascii=False, default=str).encode("utf-8")
    except UnicodeEncodeError:
        return True
    except (TypeError, ValueError, RecursionError):
        return True  # cannot tell this way: walk
    return False


def _finding(where: str, text: str) -> Finding:
    match = _SURROGATE.search(text)
    assert match is not None
    code = f"\\u{ord(match.group()):04x}"
    return Finding(
        "text-lone-surrogate", Severity.ERROR, where, {"where": where or "/", "code": code}
    )
