"""Which language the rule messages speak: English or Simplified Chinese.

The language follows the POSIX locale variables, read each time it is asked for
(so a test or the GUI can change the environment and see the effect at once):
the first non-empty of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` decides.
``zh_CN.UTF-8``, ``zh_CN``, ``zh``, ``zh-Hans``, ``zh_SG`` (and the same with an
encoding or ``@modifier``) select Simplified Chinese; ``C``, ``POSIX``, an unset
locale and every other language select English.

The GUI overrides the environment with :func:`set_language` (its language
menu); ``set_language(None)`` goes back to following the environment.

No Qt here: the domain layer stays free of it (tests/test_layers.py).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

ENGLISH = "en"
SIMPLIFIED_CHINESE = "zh_CN"
LANGUAGES = (ENGLISH, SIMPLIFIED_CHINESE)

#: POSIX precedence for the language of messages.
ENV_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

# Chinese written in simplified characters: mainland China, Singapore, Malaysia
# and the script subtag Hans; a bare "zh" means Simplified Chinese too.
# Traditional Chinese (zh_TW, zh_HK, zh-Hant) has no translation yet, so it
# falls back to English like any other language.
_SIMPLIFIED_REGIONS = {"cn", "sg", "my", "hans"}
_TRADITIONAL = {"tw", "hk", "mo", "hant"}

_override: str | None = None


def normalise(tag: str | None) -> str:
    """The supported language a locale name or language tag maps to.

    >>> normalise("zh_CN.UTF-8"), normalise("zh-Hans"), normalise("C"), normalise("de_DE")
    ('zh_CN', 'zh_CN', 'en', 'en')
    """
    if not tag:
        return ENGLISH
    text = tag.strip()
    # Drop the encoding and modifier: "zh_CN.UTF-8@pinyin" -> "zh_CN".
    text = re.split(r"[.@]", text, maxsplit=1)[0]
    parts = [p.lower() for p in re.split(r"[_-]", text) if p]
    if not parts or parts[0] != "zh":
        return ENGLISH
    subtags = set(parts[1:])
    if subtags & _TRADITIONAL and "hans" not in subtags:
        return ENGLISH
    if not subtags or subtags & _SIMPLIFIED_REGIONS:
        return SIMPLIFIED_CHINESE
    return ENGLISH


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the locale variables ask for (POSIX order, first non-empty wins)."""
    env = os.environ if environ is None else environ
    for name in ENV_VARIABLES:
        value = env.get(name, "")
        if value:
            return normalise(value)
    return ENGLISH


def set_language(language: str | None) -> None:
    """Use ``language`` ("zh_CN", "en", or a locale name such as "zh_CN.UTF-8")
    whatever the environment says; None follows the environment again."""
    global _override
    _override = None if language is None else normalise(language)


def language_override() -> str | None:
    """The language set with :func:`set_language`, or None when following the locale."""
    return _override


def active_language() -> str:
    """The language messages are rendered in right now."""
    return _override if _override is not None else language_from_environment()
