"""The rules engine: every documented ECS rule as a pure function.

Importing this package registers all checks; :func:`run_rules` runs them.
"""

from __future__ import annotations

from typing import Any

from wizard.domain.findings import Finding, sort_findings
from wizard.domain.rules import (  # noqa: F401  (imported to register their checks)
    accelerators,
    dependencies,
    ec2_external,
    enums,
    environment,
    execution_role,
    fargate,
    fargate_os,
    fargate_platform,
    health_restart,
    host_ports,
    images,
    limits,
    logging,
    mounts,
    names,
    network,
    port_ranges,
    ports,
    resources,
    roles,
    system_controls,
    task_size,
    volume_types,
    volumes,
    windows,
)
from wizard.domain.rules.context import RuleContext
from wizard.domain.rules.registry import CHECKS


def run_rules(
    doc: Any, launch_types: tuple[str, ...] = (), document_size: int | None = None
) -> list[Finding]:
    """All findings for a normalised register-input document.

    Never raises: a check that fails on an unexpected shape is a bug in that
    check, reported as an ``internal-error`` finding instead of a traceback.
    """
    if not isinstance(doc, dict):
        return []
    ctx = RuleContext(doc, forced_launch_types=launch_types, known_size=document_size)
    findings: list[Finding] = []
    for fn in CHECKS:
        try:
            findings.extend(fn(ctx))
        except Exception as exc:  # noqa: BLE001 - the engine must never raise
            findings.append(ctx.finding("internal-error", check=fn.__name__, error=repr(exc)))
    return sort_findings(findings)
