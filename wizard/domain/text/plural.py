"""Counted words: "1 error", "4 errors", never "4 error(s)".

English has two forms: the singular for exactly one, the plural for every
other count (0 included: "0 errors"). Chinese has one form, so a translation
simply gives both English forms the same text.

The command line speaks English only and writes :func:`counted`. The GUI passes
both forms already translated (two literal ``tr()`` calls, so
that lupdate sees them) and formats the one this returns; the message catalog
and the services' table write ``{count:secret|secrets}`` in a template
(:func:`wizard.domain.messages.catalog.fill`).
"""

from __future__ import annotations


def plural(count: int, singular: str, plural_form: str) -> str:
    """``singular`` when ``count`` is 1, else ``plural_form``."""
    return singular if count == 1 else plural_form


def counted(count: int, singular: str, plural_form: str | None = None) -> str:
    """ "1 error", "4 errors": the count and its noun, for English-only texts
    (the command line, the cost report); the plural defaults to noun + "s"."""
    return f"{count} {plural(count, singular, plural_form or singular + 's')}"
