"""Template placeholders left in a task definition.

Deploy pipelines render task definitions from templates: ``${IMAGE}``
(shell / CloudFormation Sub), ``{{ ... }}`` (ecspresso, Jinja, Go templates),
``<IMAGE1_NAME>`` (CodeDeploy), ``$$$NAME$$$`` (ECS agent test data). Such a
document loads, but cannot be registered until rendered.
"""

from __future__ import annotations

import re
from functools import lru_cache

_PATTERNS = (
    re.compile(r"\$\{[^}\s]{1,200}\}"),
    re.compile(r"\{\{.{0,200}?\}\}"),
    re.compile(r"<[A-Za-z][A-Za-z0-9_\-]{0,100}>"),
    re.compile(r"\${2,}[A-Za-z_][A-Za-z0-9_]*\${2,}"),
)


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
    for pattern in _PATTERNS:
        if m := pattern.search(text):
            return m.group(0)
    return None


def is_placeholder(text: object) -> bool:
    return isinstance(text, str) and find_placeholder(text) is not None
