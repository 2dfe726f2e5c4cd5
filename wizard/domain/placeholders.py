"""Template placeholders and documentation stand-ins left in a task definition.

Deploy pipelines render task definitions from templates: ``${IMAGE}``
(shell / CloudFormation Sub), ``{{ ... }}`` (ecspresso, Jinja, Go templates),
``<IMAGE1_NAME>`` (CodeDeploy), ``$$$NAME$$$`` (ECS agent test data). People
copy examples too: ``{INSERT your task role}``, ``{your-account-id}``,
``<your account id>``, and account or region stand-ins where an ARN or an ECR
registry host has them (``arn:aws:iam::aws_account_id:role/x``,
``XXXXXXXXXXXX``, ``region``, and ``123456789012``, the example account of the
AWS documentation). Such a document loads, but cannot be registered until the
stand-ins are replaced.

In a command (``command``, ``entryPoint``, a health check command) ``<html>``
or ``{print}`` is shell or PowerShell text, so there only the template forms
(``${...}``, ``{{...}}``, ``$$$...$$$``) count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# Each pattern is written so that a scan is linear in the text's length: a
# pasted megabyte of "$$$$...", "${${${..." or "{{{{..." made the plain
# patterns backtrack for minutes (found by probing 1 MB inputs).
_DOLLAR_BRACE = re.compile(r"\$\{[^{}\s]{1,200}\}")  # "{" ends a failed try early
# <IMAGE1_NAME>, <account-id>, <your account id>: a letter first, no "=" or quote
# (so HTML with attributes is not one), at most 100 characters.
_ANGLE = re.compile(r"<[A-Za-z][A-Za-z0-9_\-. ]{0,100}>")
# {INSERT your task role}, {your-account-id}: single braces, not part of ${...}
# or {{...}}; which bodies count is _stand_in_body's business.
_SINGLE_BRACE = re.compile(r"(?<![{$])\{([A-Za-z0-9_\-. ]{1,100})\}(?!\})")
_STAND_IN_WORDS = re.compile(r"your|insert|account|region|replace", re.IGNORECASE)
# Where an ARN or an ECR host has an account id or a region.
_ACCOUNT_STAND_IN = re.compile(r"[A-Za-z_-]*account[A-Za-z_-]*|[Xx]{3,}", re.IGNORECASE)
_REGION_STAND_IN = re.compile(r"[A-Za-z_-]*region[A-Za-z_-]*", re.IGNORECASE)
#: The account id the AWS documentation uses in its examples.
EXAMPLE_ACCOUNT = "123456789012"
# Starts only at the first "$" of a run, and never gives back what it took.
_DOLLARS = re.compile(r"(?<!\$)\$\$++[A-Za-z_][A-Za-z0-9_]*+\$\$++")
_MUSTACHE_BODY = 200  # at most this many characters between {{ and }}


def _mustache(text: str) -> str | None:
    """The first ``{{...}}`` with at most 200 characters and no line break
    inside, as ``\\{\\{.{0,200}?\\}\\}`` finds it, without retrying 200
    characters at every "{{" of a long run of braces."""
    start = text.find("{{")
    end = -1
    while start != -1:
        if end < start + 2:
            # The first "}}" after this "{{"; it stays the first for later starts.
            end = text.find("}}", start + 2)
            if end == -1:
                return None
        if end - (start + 2) <= _MUSTACHE_BODY and "\n" not in text[start + 2 : end]:
            return text[start : end + 2]
        start = text.find("{{", start + 1)
    return None


def _first(pattern: re.Pattern[str]) -> Callable[[str], str | None]:
    def search(text: str) -> str | None:
        match = pattern.search(text)
        return match.group(0) if match else None

    return search


def _stand_in_body(body: str) -> bool:
    """Whether the text between single braces reads as a stand-in: several
    words or hyphenated (``your-account-id``), a constant (``ACCOUNT_ID``), or
    a word such as "your" or "insert". ``{name}`` or ``{0}`` in a message is not."""
    text = body.strip()
    if not any(ch.isalpha() for ch in text):
        return False
    if " " in text or "-" in text or _STAND_IN_WORDS.search(text):
        return True
    return text.upper() == text


def _single_brace(text: str) -> str | None:
    for match in _SINGLE_BRACE.finditer(text):
        if _stand_in_body(match.group(1)):
            return match.group(0)
    return None


def _account_or_region(account: str, region: str) -> str | None:
    if account == EXAMPLE_ACCOUNT or _ACCOUNT_STAND_IN.fullmatch(account):
        return account
    if _REGION_STAND_IN.fullmatch(region):
        return region
    return None


def _arn_or_registry_stand_in(text: str) -> str | None:
    """The account or region stand-in of an ARN (``arn:aws:logs:region:
    account-id:...``) or of a private ECR registry host (``aws_account_id.dkr.
    ecr.region.amazonaws.com/app``)."""
    if text.startswith("arn:"):
        parts = text.split(":", 5)
        if len(parts) >= 5:
            return _account_or_region(parts[4], parts[3])
        return None
    labels = text.split("/", 1)[0].split(".", 5)
    if len(labels) >= 5 and labels[1] in ("dkr", "dkr-ecr") and labels[2].startswith("ecr"):
        return _account_or_region(labels[0], labels[3])
    if len(labels) >= 4 and labels[1] == "dkr-ecr":  # dual-stack: acct.dkr-ecr.region.on.aws
        return _account_or_region(labels[0], labels[2])
    return None


# In order of preference when a text holds more than one kind.
_FINDERS = (
    _first(_DOLLAR_BRACE),
    _mustache,
    _first(_ANGLE),
    _first(_DOLLARS),
    _single_brace,
    _arn_or_registry_stand_in,
)
# In a command, only what a template engine would replace.
_COMMAND_FINDERS = (_first(_DOLLAR_BRACE), _mustache, _first(_DOLLARS))


# The GUI analyses the whole draft on every keystroke, so the same few hundred
# strings are scanned again and again; short ones are remembered (long ones are
# rare and would make the cache hold a pasted megabyte).
_CACHED_LENGTH = 512


def might_hold_placeholder(text: str) -> bool:
    """A quick test that lets most strings skip :func:`find_placeholder`."""
    return "{" in text or "<" in text or "$" in text or text.startswith("arn:") or ".dkr" in text


def find_placeholder(text: str, *, in_command: bool = False) -> str | None:
    """The first placeholder token in ``text``, or None. ``in_command``: the
    text is an argument of a command, where only template forms count."""
    if len(text) <= _CACHED_LENGTH:
        return _find_short(text, in_command)
    return _search(text, in_command)


@lru_cache(maxsize=8192)
def _find_short(text: str, in_command: bool) -> str | None:
    return _search(text, in_command)


def _search(text: str, in_command: bool) -> str | None:
    for finder in _COMMAND_FINDERS if in_command else _FINDERS:
        if token := finder(text):
            return token
    return None


def is_placeholder(text: object) -> bool:
    return isinstance(text, str) and find_placeholder(text) is not None
