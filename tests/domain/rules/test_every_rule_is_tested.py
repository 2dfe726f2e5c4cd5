"""Every rule id in the catalog is exercised by at least one test."""

from __future__ import annotations

from pathlib import Path

import wizard.domain.formats.cloudformation
import wizard.domain.formats.compose.importer
import wizard.domain.formats.importer
import wizard.domain.rules
import wizard.domain.formats.terraform  # noqa: F401
from wizard.domain.messages.catalog import CATALOG

TESTS = Path(__file__).resolve().parents[2]


def test_every_rule_id_appears_in_a_test():
    text = "\n".join(
        p.read_text(encoding="utf-8") for p in TESTS.rglob("*.py") if p.name != Path(__file__).name
    )
    untested = sorted(
        rule for rule in CATALOG if f'"{rule}"' not in text and f"'{rule}'" not in text
    )
    assert not untested, untested
