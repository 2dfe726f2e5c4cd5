"""Credentials that can hide in ordinary text, found by their shape.

Used wherever text leaves the program: AWS error messages (an endpoint URL
with ``user:password@``), and crash reports (a traceback can quote a database
URL, a token or a private key that was in a variable or a file).
"""

from __future__ import annotations

import re

REDACTED = "[redacted]"

# scheme://user:password@host or scheme://token@host: everything between "//" and
# the last "@" before the host is the userinfo (RFC 3986, section 3.2.1).
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#\s@]*@")

# Tokens whose prefix says what they are:
# GitHub (ghp_ personal, gho_ OAuth, ghu_/ghs_ app, ghr_ refresh, github_pat_ fine-grained),
# Slack (xoxb- bot, xoxp- user, xoxa-/xoxr-/xoxs-, xoxe.), Stripe secret and restricted keys.
_PREFIXED_TOKEN = re.compile(
    r"\b(?:gh[pousr]_[A-Za-z0-9]{20,}"
    r"|github_pat_[A-Za-z0-9_]{20,}"
    r"|xox[abeprs][.-][A-Za-z0-9-]{8,}"
    r"|[sr]k_(?:live|test)_[A-Za-z0-9]{10,})"
)

# A PEM private key, whole or cut off (a report may end inside it).
_PEM_PRIVATE_KEY = re.compile(
    r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|\Z)",
    re.DOTALL,
)


def redact_userinfo(text: str) -> str:
    """``text`` with the ``user:password@`` part of every URL replaced."""
    return _USERINFO.sub(lambda m: m.group(1) + REDACTED + "@", text)


def redact_credentials(text: str) -> str:
    """``text`` without URL passwords, prefixed service tokens and PEM private keys."""
    text = _PEM_PRIVATE_KEY.sub(REDACTED, text)
    text = _PREFIXED_TOKEN.sub(REDACTED, text)
    return redact_userinfo(text)
