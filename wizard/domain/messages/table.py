"""A table of translatable message templates that are not rule findings.

The rule catalog (:mod:`wizard.domain.messages.catalog`) keys a message *and* a hint by
rule id, with a severity. Other layers have plain sentences to show (the AWS
layer's errors and hints); a :class:`MessageTable` holds those: one English
``str.format`` template per message id, and translations in
``resources/i18n/<name>_<language>.json``, a flat object::

    {"message-id": "translated template with the same {placeholders}"}

Rendering follows the active language (``wizard.domain.messages.locale``) and uses the
catalog's formatting (a missing parameter renders as ``?``); an id or a
language without a translation, or a broken translated template, renders the
English template, so a message is never lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from wizard.domain.messages.catalog import FORMAT_ERRORS, fill, read_translation_file
from wizard.domain.messages.locale import ENGLISH, active_language, normalise


@cache
def _load(relative: str) -> Mapping[str, str]:
    # Cached per file: a message is rendered on every failed call, the file read once.
    raw = read_translation_file(relative)
    return {key: value for key, value in raw.items() if isinstance(value, str) and value}


class MessageTable:
    """English templates by message id, rendered in the active language.

    ``shorten_values`` is the catalog's cutting of long quoted values; tables
    whose parameters are already bounded (AWS text is) leave it off so the
    English output stays exactly as written.
    """

    def __init__(self, name: str, *, shorten_values: bool = False) -> None:
        self.name = name
        self._shorten = shorten_values
        self._english: dict[str, str] = {}

    def define(self, message_id: str, english: str) -> str:
        """Register ``message_id`` with its English template; returns the id."""
        if message_id in self._english:
            raise ValueError(f"message id {message_id!r} defined twice in {self.name}")
        self._english[message_id] = english
        return message_id

    def ids(self) -> list[str]:
        return sorted(self._english)

    def english(self, message_id: str) -> str:
        return self._english[message_id]

    def translation_file(self, language: str) -> str:
        """The resource path of a language's translations, relative to ``resources/``."""
        return f"i18n/{self.name}_{language}.json"

    def translations(self, language: str) -> Mapping[str, str]:
        """Translated templates by message id (empty for English)."""
        if normalise(language) == ENGLISH:
            return {}
        return _load(self.translation_file(normalise(language)))

    def template(self, message_id: str, language: str | None = None) -> str:
        """The template of ``message_id`` in ``language`` (default: the active one)."""
        lang = active_language() if language is None else normalise(language)
        return self.translations(lang).get(message_id) or self._english[message_id]

    def render(
        self, message_id: str, params: Mapping[str, Any], language: str | None = None
    ) -> str:
        """The message in ``language`` (default: the active one), English as the fallback.

        An unknown id renders as itself: an error report must never fail for want of
        its text (a test checks that every id the code uses is defined).
        """
        english = self._english.get(message_id)
        if english is None:
            return message_id
        lang = active_language() if language is None else normalise(language)
        translated = self.translations(lang).get(message_id)
        if translated:
            try:
                return fill(translated, params, shorten_values=self._shorten)
            except FORMAT_ERRORS:
                pass  # a broken translation must not hide the error: say it in English
        try:
            return fill(english, params, shorten_values=self._shorten)
        except FORMAT_ERRORS:
            return english
