"""Everything the wizard says about a draft, computed in one call.

The GUI calls this on every edit: schema problems (wrong types, unknown keys,
missing required members), placeholders, and all rules, sorted most severe first.
"""

from __future__ import annotations

from typing import Any

from wizard.domain.condense import condense
from wizard.domain.container_memo import ContainerMemo
from wizard.domain.findings import Finding
from wizard.domain.formats.importer import find_placeholder_findings
from wizard.domain.rules import run_rules
from wizard.domain.schema.check import check_shape


def analyse(
    doc: dict[str, Any],
    launch_types: tuple[str, ...] = (),
    document_size: int | None = None,
    memo: ContainerMemo | None = None,
) -> list[Finding]:
    """``document_size``: the draft's compact size if the caller measured it
    already (the GUI shows it too), so it is serialised once per edit.
    ``memo``: the container-local findings of the previous analyses, kept up to
    date by the caller (see ``container_memo``); the result is the same."""
    findings: list[Finding] = []
    find_placeholder_findings(doc, "", findings, memo)
    findings.extend(check_shape(doc, memo))
    findings.extend(run_rules(doc, launch_types, document_size, memo))
    return condense(findings)
