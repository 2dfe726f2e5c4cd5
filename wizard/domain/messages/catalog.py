"""The message catalog: every rule id with its severity, message, hint and source.

Rule modules call :func:`define` at import time. A rule's ``source`` is the
public page that states it (an AWS documentation URL; empty for the wizard's
own checks); ``lint --list-rules``, ``docs/rules.md`` and SARIF read it, with
:attr:`RuleSpec.summary`, through :func:`listed_rules`. Messages are ``str.format``
templates over the finding's parameters; a missing parameter renders as
``?`` rather than raising, because a message must never crash the linter.
A count is written with its noun in both English forms, ``{count:secret|secrets}``:
"1 secret", "3 secrets" (see :func:`fill`); a translation without plurals
(Chinese) writes ``{count} 个密钥``.

Translations live in ``resources/i18n/<language>.json``, keyed by rule id::

    {"rule-id": {"message": "...", "hint": "...",
                 "values": {"param": {"English value": "translated value"}},
                 "patterns": {"param": [["regex", "replacement"]]}}}

``message`` and ``hint`` use exactly the placeholders of the English templates
(tests/domain/messages/test_i18n.py checks it). ``values`` and ``patterns`` are optional:
a few rules receive short English phrases as parameters (a JSON type, the
reason an ARN is wrong); they translate those, a value at a time (``values``,
exact match) or by regular expression (``patterns``, full match, ``\1``
references). :func:`render_message` and :func:`render_hint` speak the active
language (``wizard.domain.messages.locale``) and fall back to English for an id, or a
text, without a translation.
"""

from __future__ import annotations

import json
import re
import string
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from wizard.domain.findings import Severity
from wizard.domain.messages.locale import ENGLISH, active_language, normalise
from wizard.domain.text.plural import plural
from wizard.resource_files import resource_path


@dataclass(frozen=True)
class RuleSpec:
    id: str
    severity: Severity
    message: str
    hint: str
    #: The public page (URL) that states the rule; "" for the wizard's own checks.
    source: str
    #: The module that defined the rule (it says which part of the wizard reports it).
    module: str = ""

    @property
    def summary(self) -> str:
        """One line saying what the rule reports: the first sentence of the
        English message, with each parameter shown as ``<name>``."""
        return summary_of(self.message)

    @property
    def help_uri(self) -> str | None:
        """The source as a link, or None for the wizard's own checks."""
        return self.source or None

    @property
    def area(self) -> str:
        """Which part of the wizard reports the rule: ``rules`` (the task
        definition checks), ``input`` (reading a file), or the converter
        (``compose``, ``cloudformation``, ``terraform``)."""
        # Read from any part of the module path, so that moving a module into
        # a sub-package (domain/formats/compose/...) keeps its area.
        parts = self.module.split(".")
        if "rules" in parts:
            return "rules"
        for area in ("compose", "cloudformation", "terraform"):
            if any(part.startswith(area) for part in parts):
                return area
        return "input"


CATALOG: dict[str, RuleSpec] = {}

#: The areas whose findings ``lint`` reports (the others belong to converters).
LINT_AREAS = ("input", "rules")


def define(rule_id: str, severity: Severity, message: str, hint: str, source: str) -> RuleSpec:
    """Register a rule id. Ids are kebab-case and unique across the catalog.

    ``source`` is the URL of the public page that states the rule ("" for the
    wizard's own checks)."""
    if rule_id in CATALOG:
        raise ValueError(f"rule id {rule_id!r} defined twice")
    # The caller's module, so that listings can group rules by who reports them.
    module = str(sys._getframe(1).f_globals.get("__name__", ""))
    spec = RuleSpec(rule_id, severity, message, hint, source, module)
    CATALOG[rule_id] = spec
    return spec


def readable(template: str) -> str:
    """A message template as a reader of a rule list sees it: each parameter as
    ``<name>``, a counted noun in its plural (``<count> secrets``), ``{{`` as ``{``.
    A malformed template is returned as it is."""
    parts: list[str] = []
    try:
        for literal, name, spec, _conversion in _FORMATTER.parse(template):
            parts.append(literal)
            if name is not None:
                parts.append(f"<{name}>")
                if spec and _PLURAL_MARK in spec:
                    parts.append(" " + spec.partition(_PLURAL_MARK)[2])
    except ValueError:
        return template
    return "".join(parts)


def summary_of(message: str) -> str:
    """The first sentence of a message template, parameters as ``<name>``."""
    text = readable(message)
    # A sentence ends at ". " or, in Chinese, at "。".
    ends = [i for i in (text.find(". "), text.find("。")) if i != -1]
    return text[: min(ends) + 1] if ends else text


def listed_rules(areas: tuple[str, ...] | None = None) -> list[RuleSpec]:
    """The catalog's rules sorted by id, only those of ``areas`` when given.

    Importing the modules that define rules is the caller's job (the CLI and
    the docs generator import the rules engine, the importer and the converters).
    """
    return sorted(
        (spec for spec in CATALOG.values() if areas is None or spec.area in areas),
        key=lambda spec: spec.id,
    )


class _Lenient(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "?"


# A message quotes the value it is about; a pasted 32 KB family name quoted whole
# made one label take 100 ms to lay out and a lint line unreadable.
_QUOTE_HEAD, _QUOTE_TAIL = 80, 20


def shorten(value: Any) -> Any:
    """Long strings as their start, "…", their end and their length."""
    if isinstance(value, str) and len(value) > _QUOTE_HEAD + _QUOTE_TAIL + 20:
        return f"{value[:_QUOTE_HEAD]}…{value[-_QUOTE_TAIL:]} ({len(value):,} characters)"
    return value


def _quoted(params: Mapping[str, Any]) -> _Lenient:
    return _Lenient({name: shorten(value) for name, value in params.items()})


#: Separates the singular from the plural in a counted field's spec: ``{count:tag|tags}``.
_PLURAL_MARK = "|"


class _Formatter(string.Formatter):
    """``str.format`` plus counted nouns: ``{count:tag|tags}`` is "1 tag", "2 tags"."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        if _PLURAL_MARK not in format_spec:
            return super().format_field(value, format_spec)
        singular, _, plural_form = format_spec.partition(_PLURAL_MARK)
        # A missing count renders as "?" (or a sample "<count>"): the plural reads right.
        count = value if isinstance(value, int) and not isinstance(value, bool) else None
        return f"{value} {plural_form if count is None else plural(count, singular, plural_form)}"


_FORMATTER = _Formatter()

#: What ``str.format`` raises for a malformed template (a stray brace, ``{0}``, ``{a.b}``).
FORMAT_ERRORS = (ValueError, IndexError, KeyError, AttributeError)


def fill(template: str, params: Mapping[str, Any], *, shorten_values: bool = True) -> str:
    """``template`` with its placeholders filled from ``params``; a missing one is ``?``.

    A counted field, ``{count:tag|tags}``, is the count and its noun: "1 tag", "2 tags".

    ``shorten_values`` cuts long string values (see :func:`shorten`). Raises one
    of :data:`FORMAT_ERRORS` for a malformed template: callers fall back to English.
    """
    values = _quoted(params) if shorten_values else _Lenient(params)
    return _FORMATTER.vformat(_unquote_unnamed(template, params), (), values)


# How a container without a name is called: its place in the list, "#2".
_UNNAMED = re.compile(r"#\d+")


def _unquote_unnamed(template: str, params: Mapping[str, Any]) -> str:
    """Quotes mark what the user typed ("Container 'web'"); an unnamed
    container's "#2" is the program's, so it reads "Container #2 has no image",
    as "Container #2 has no name" does."""
    for key, value in params.items():
        if isinstance(value, str) and value[:1] == "#" and _UNNAMED.fullmatch(value):
            template = template.replace(f"'{{{key}}}'", f"{{{key}}}")
    return template


def _render(template: str, params: Mapping[str, Any]) -> str:
    try:
        return fill(template, params)
    except FORMAT_ERRORS:
        return template


def placeholders(template: str) -> set[str]:
    """The parameter names a template refers to (``{{`` and ``}}`` are literal braces)."""
    names = set()
    for _literal, name, _spec, _conversion in _FORMATTER.parse(template):
        if name is not None:
            names.add(name)
    return names


@dataclass(frozen=True)
class Translation:
    message: str
    hint: str
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    patterns: Mapping[str, tuple[tuple[re.Pattern[str], str], ...]] = field(default_factory=dict)

    def localise(self, params: Mapping[str, Any]) -> Mapping[str, Any]:
        """``params`` with the English phrases this rule passes translated."""
        if not self.values and not self.patterns:
            return params
        out = dict(params)
        for name, value in params.items():
            if not isinstance(value, str):
                continue
            exact = self.values.get(name, {})
            if value in exact:
                out[name] = exact[value]
                continue
            for regex, replacement in self.patterns.get(name, ()):
                match = regex.fullmatch(value)
                if match:
                    out[name] = match.expand(replacement)
                    break
        return out


def translation_file(language: str) -> str:
    """The resource path of a language's translations, relative to ``resources/``."""
    return f"i18n/{language}.json"


def read_translation_file(relative: str) -> dict[str, Any]:
    """The JSON object of a translation file under ``resources/`` (``{}`` if there is none)."""
    try:
        path = resource_path(*relative.split("/"))
    except FileNotFoundError:
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return raw if isinstance(raw, dict) else {}


@cache
def translations(language: str) -> Mapping[str, Translation]:
    """The translations of one language, by rule id (empty for English)."""
    if language == ENGLISH:
        return {}
    raw = read_translation_file(translation_file(language))
    return {rule_id: _translation(entry) for rule_id, entry in raw.items()}


def _translation(entry: Mapping[str, Any]) -> Translation:
    patterns = {
        name: tuple((re.compile(regex), replacement) for regex, replacement in pairs)
        for name, pairs in entry.get("patterns", {}).items()
    }
    return Translation(
        entry.get("message", ""), entry.get("hint", ""), entry.get("values", {}), patterns
    )


def _lookup(rule_id: str, part: str, language: str | None) -> tuple[str, Translation | None]:
    """The English template of a rule's ``part`` and its translation, if there is one."""
    spec = CATALOG.get(rule_id)
    english = getattr(spec, part) if spec else ""
    lang = active_language() if language is None else normalise(language)
    found = translations(lang).get(rule_id)
    return english, found if found is not None and getattr(found, part) else None


def template(rule_id: str, part: str, language: str | None = None) -> str:
    """The ``message`` or ``hint`` template of a rule in ``language`` (default: the
    active one), or the English template when there is no translation."""
    english, found = _lookup(rule_id, part, language)
    return getattr(found, part) if found else english


def _render_localised(
    rule_id: str, part: str, params: Mapping[str, Any], language: str | None
) -> str:
    if rule_id not in CATALOG:
        return rule_id if part == "message" else ""
    english, found = _lookup(rule_id, part, language)
    if found is not None:
        try:
            return fill(getattr(found, part), found.localise(params))
        except FORMAT_ERRORS:
            pass  # a broken translation must not hide the finding: say it in English
    return _render(english, params)


def render_message(rule_id: str, params: Mapping[str, Any], language: str | None = None) -> str:
    """A finding's message in ``language`` ("zh_CN", "en" or a locale name;
    default: the active language)."""
    return _render_localised(rule_id, "message", params, language)


def render_hint(rule_id: str, params: Mapping[str, Any], language: str | None = None) -> str:
    """A finding's hint in ``language`` (default: the active language)."""
    return _render_localised(rule_id, "hint", params, language)
