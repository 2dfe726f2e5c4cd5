"""Text that is safe to print on a terminal, one line per line we mean.

Family and container names, file names, AWS error messages and ARNs come from
files and servers. Printed raw, an ESC sequence can recolour or retitle the
terminal, and a newline can forge a ``file:line:col: error`` line of its own.
:func:`printable` writes every control character as an escape (``\\x1b``,
``\\n``), as Python's ``repr`` does; JSON, CloudFormation and Terraform output
escape by their own rules and do not go through here.
"""

from __future__ import annotations

import re

from wizard.domain.text.surrogates import escape_surrogates

# C0 controls and DEL, C1 controls (0x9b is CSI on some terminals), the bidirectional
# overrides and isolates that reorder what is shown ("Trojan Source"), and the line
# and paragraph separators some terminals and editors break lines at.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """``str(text)`` with control characters and lone surrogates escaped."""
    value = escape_surrogates(str(text))
    return _UNSAFE.sub(lambda m: _escape(m.group()), value)
