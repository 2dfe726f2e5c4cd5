"""Load every module that defines catalog entries.

Rule ids are registered by ``define()`` when their module is imported, so anything that
lists the whole catalog (``lint --list-rules``, ``tools/gen_rules_doc.py``, the tests
that check every rule) calls :func:`load_every_definition` first. One function with
explicit imports, rather than bare ``import`` lines that a linter may take for unused.
"""

from __future__ import annotations

import importlib

DEFINING_MODULES = (
    "wizard.domain.rules",  # imports every rule module
    "wizard.domain.messages.import_messages",
    "wizard.domain.condense",
    "wizard.domain.formats.compose.messages",
    "wizard.domain.formats.cloudformation",
    "wizard.domain.formats.cloudformation_forms",
    "wizard.domain.formats.terraform",
    "wizard.domain.text.surrogates",
)


def load_every_definition() -> None:
    for name in DEFINING_MODULES:
        importlib.import_module(name)
