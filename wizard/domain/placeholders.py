"""Template placeholders left in a task definition.

Deploy pipelines render task definitions from templates: ``${IMAGE}``
(shell / CloudFormation Sub), ``{{ ... }}`` (ecspresso, Jinja, Go templates),
``<IMAGE1_NAME>`` (CodeDeploy), ``$$$NAME$$$`` (ECS agent test data). Such a
document loads, but cannot be registered until rendered.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# Each pattern is written so that a scan is linear in the text's length: a
# pasted megabyte of "$$$$...", "${${${..." or "{{{{..." made the plain
# patterns backtrack for minutes (found by probing 1 MB inputs).
_DOLLAR_BRACE = re.compile(r"\$\{[^{}\s]{1,200}\}")  # "{" ends a failed try early
_ANGLE = re.compile(r"<[A-Za-z][A-Za-z0-9_\-]{0,100}>")
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


# In order of preference when a text holds more than one kind.
_FINDERS = (_first(_DOLLAR_BRACE), _mustache, _first(_ANGLE), _first(_DOLLARS))


# The GUI analyses the whole draft on every keystroke, so the same few hundred
# strings are scanned again and again; short ones are remembered (long ones are
# rare and would make the cache hold a pasted megabyte).
_CACHED_LENGTH = 512


def find_placeholder(text: str) -> str | None:
    """The first placeholder token in ``text``, or None."""
    if len(text) <= _CACHED_LENGTH:
        return _find_short(text)
    return _search(text)


@lru_cache(maxsize=8192)
def _find_short(text: str) -> str | None:
    return _search(text)


def _search(text: str) -> str | None:
    for finder in _FINDERS:
        if token := finder(text):
            return token
    return None


def is_placeholder(text: object) -> bool:
    return isinstance(text, str) and find_placeholder(text) is not None
