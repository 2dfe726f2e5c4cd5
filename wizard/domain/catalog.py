"""The message catalog: every rule id with its severity, message and hint.

Rule modules call :func:`define` at import time. Messages are ``str.format``
templates over the finding's parameters; a missing parameter renders as
``?`` rather than raising, because a message must never crash the linter.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from wizard.domain.findings import Severity


@dataclass(frozen=True)
class RuleSpec:
    id: str
    severity: Severity
    message: str
    hint: str
    source: str


CATALOG: dict[str, RuleSpec] = {}


def define(rule_id: str, severity: Severity, message: str, hint: str, source: str) -> RuleSpec:
    """Register a rule id. Ids are kebab-case and unique across the catalog."""
    if rule_id in CATALOG:
        raise ValueError(f"rule id {rule_id!r} defined twice")
    spec = RuleSpec(rule_id, severity, message, hint, source)
    CATALOG[rule_id] = spec
    return spec


class _Lenient(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "?"


_FORMATTER = string.Formatter()


def _render(template: str, params: Mapping[str, Any]) -> str:
    try:
        return _FORMATTER.vformat(template, (), _Lenient(params))
    except (ValueError, IndexError, KeyError, AttributeError):
        return template


def render_message(rule_id: str, params: Mapping[str, Any]) -> str:
    spec = CATALOG.get(rule_id)
    return _render(spec.message, params) if spec else rule_id


def render_hint(rule_id: str, params: Mapping[str, Any]) -> str:
    spec = CATALOG.get(rule_id)
    return _render(spec.hint, params) if spec else ""
