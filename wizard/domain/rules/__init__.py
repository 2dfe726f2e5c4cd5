"""The rules engine: every documented ECS rule as a pure function.

Importing this package registers all checks; :func:`run_rules` runs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from wizard.domain.rules.registry import READS, CheckFn, Scope, checks_of

if TYPE_CHECKING:
    from wizard.domain.container_memo import ContainerMemo

# The memo's name for the findings of the rules (see container_memo).
RULES_SCAN = "rules"


def run_rules(
    doc: Any,
    launch_types: tuple[str, ...] = (),
    document_size: int | None = None,
    memo: ContainerMemo | None = None,
) -> list[Finding]:
    """All findings for a normalised register-input document.

    Never raises: a check that fails on an unexpected shape is a bug in that
    check, reported as an ``internal-error`` finding instead of a traceback.

    Each check runs as its scope says (``registry``): whole-document checks on
    the whole document; task-level checks, and the task-level part of the
    per-container checks, with no container in view; per-container checks on
    one container at a time. ``memo`` keeps the last two between edits (see
    ``container_memo``); the result is the same with or without it.
    """
    if not isinstance(doc, dict):
        return []
    ctx = RuleContext(doc, forced_launch_types=launch_types, known_size=document_size)
    findings: list[Finding] = []
    if memo is not None:
        memo.task_level(doc, launch_types)
        items = doc.get("containerDefinitions")
        members = memo.changed_members(items if isinstance(items, list) else [])
        _run_whole(ctx, findings, memo, members)
    else:
        _run(checks_of(Scope.WHOLE), ctx, findings)
    task = memo.task_findings(RULES_SCAN) if memo is not None else None
    if task is None:
        task = []
        _run(checks_of(Scope.TASK, Scope.CONTAINER), ctx.view([], task_level=True), task)
        if memo is not None:
            memo.put_task_findings(RULES_SCAN, task)
    findings.extend(task)
    per_container = checks_of(Scope.CONTAINER)
    for index, container in ctx.containers:
        found = memo.get(RULES_SCAN, index, container, task=True) if memo is not None else None
        if found is None:
            found = []
            _run(per_container, ctx.view([(index, container)], task_level=False), found)
            if memo is not None:
                memo.put(RULES_SCAN, index, container, found, task=True)
        findings.extend(found)
    return sort_findings(_one_error_per_check(findings))


def _run_whole(
    ctx: RuleContext, findings: list[Finding], memo: ContainerMemo, members: set[str] | None
) -> None:
    """The whole-document checks; those that declared the container members they
    read (``registry.reads``) are run again only when one of those changed."""
    for fn in checks_of(Scope.WHOLE):
        read = READS.get(fn)
        if read is None:
            _run((fn,), ctx, findings)
            continue
        found = memo.whole_findings(f"{fn.__module__}.{fn.__name__}")
        if found is None or members is None or not read.isdisjoint(members):
            found = []
            _run((fn,), ctx, found)
            memo.put_whole_findings(f"{fn.__module__}.{fn.__name__}", found)
        findings.extend(found)


def _run(checks: tuple[CheckFn, ...], ctx: RuleContext, findings: list[Finding]) -> None:
    for fn in checks:
        try:
            findings.extend(fn(ctx))
        except Exception as exc:  # noqa: BLE001 - the engine must never raise
            findings.append(ctx.finding("internal-error", check=fn.__name__, error=repr(exc)))


def _one_error_per_check(findings: list[Finding]) -> list[Finding]:
    """A per-container check that fails, fails for each container: say it once."""
    errors = [f for f in findings if f.rule == "internal-error"]
    if len(errors) < 2:
        return findings
    seen: set[object] = set()
    kept: list[Finding] = []
    for finding in findings:
        if finding.rule == "internal-error":
            check = finding.params.get("check")
            if check in seen:
                continue
            seen.add(check)
        kept.append(finding)
    return kept
