"""Tests that depend on the language start from English, whatever the shell says."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from wizard.domain.messages.locale import set_language

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def english_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An English locale and no override for the test, and no override left behind
    (use with ``yield from`` in a fixture)."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    set_language(None)
    yield
    set_language(None)
