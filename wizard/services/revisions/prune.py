"""Pruning a family: the plan first, then deregistering and deleting what it names.

The plan keeps the newest ``keep`` ACTIVE revisions and every revision in use
(see ``history``); it deregisters the other ACTIVE ones and, with ``delete``,
deletes INACTIVE ones (those it deregisters included) with DeleteTaskDefinitions,
ten at a time. Sources:
https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeregisterTaskDefinition.html,
https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteTaskDefinitions.html
(only INACTIVE revisions can be deleted; at most 10 per call).

Carrying out a plan looks at the uses again first and skips a revision that
came into use since the plan was shown. Each call is made once; at the first
failure the run stops and the report says what was done, what failed and what
was not tried.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wizard.services.errors import AwsError
from wizard.services.messages import message
from wizard.services.revisions.account import DELETE_BATCH, RevisionAccount, batches
from wizard.services.revisions.history import Revision, find_uses, uses_text

KEEP = "keep"
DEREGISTER = "deregister"
DELETE = "delete"  # an INACTIVE revision
DEREGISTER_DELETE = "deregister-delete"


@dataclass(frozen=True)
class PlanItem:
    revision: Revision
    action: str
    reason: str


@dataclass
class PrunePlan:
    family: str
    keep: int
    delete: bool
    items: list[PlanItem]

    def with_action(self, *actions: str) -> list[Revision]:
        return [i.revision for i in self.items if i.action in actions]

    @property
    def to_deregister(self) -> list[Revision]:
        return self.with_action(DEREGISTER, DEREGISTER_DELETE)

    @property
    def to_delete(self) -> list[Revision]:
        return self.with_action(DELETE, DEREGISTER_DELETE)

    @property
    def empty(self) -> bool:
        return not self.to_deregister and not self.to_delete


def plan_prune(family: str, revisions: list[Revision], keep: int, delete: bool) -> PrunePlan:
    """What a prune would do, with the reason for each revision (newest first)."""
    if keep < 1:
        raise ValueError("keep must be at least 1")
    items: list[PlanItem] = []
    active_seen = 0
    for rev in sorted(revisions, key=lambda r: r.revision, reverse=True):
        if rev.status == "ACTIVE":
            active_seen += 1
        if rev.in_use:
            items.append(PlanItem(rev, KEEP, message("prune.kept-in-use", uses=uses_text(rev))))
        elif rev.status == "ACTIVE" and active_seen <= keep:
            items.append(PlanItem(rev, KEEP, message("prune.kept-newest", keep=keep)))
        elif rev.status == "ACTIVE":
            action = DEREGISTER_DELETE if delete else DEREGISTER
            reason_id = "prune.deregister-delete" if delete else "prune.deregister"
            items.append(PlanItem(rev, action, message(reason_id, keep=keep)))
        elif rev.status == "INACTIVE" and delete:
            items.append(PlanItem(rev, DELETE, message("prune.delete")))
        elif rev.status == "INACTIVE":
            items.append(PlanItem(rev, KEEP, message("prune.kept-inactive")))
        else:
            items.append(PlanItem(rev, KEEP, message("prune.kept-deleting")))
    return PrunePlan(family, keep, delete, items)


@dataclass
class PruneReport:
    """What a prune did. ``error`` is the failure that stopped it, if any."""

    deregistered: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    # (ARN, reason) of revisions left alone: in use since the plan, or refused by ECS.
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    not_attempted: list[str] = field(default_factory=list)
    error: AwsError | None = None
    # The ARN whose call failed with no answer: it may have been carried out.
    uncertain: str | None = None

    @property
    def complete(self) -> bool:
        return self.error is None and not self.failed


Progress = Callable[[str, str], None]  # (action, ARN) just done


def execute_prune(
    account: RevisionAccount, plan: PrunePlan, progress: Progress | None = None
) -> PruneReport:
    """Carry out ``plan``; never raises AwsError (it ends up in the report)."""
    report = PruneReport()
    try:
        now_used = find_uses(account)
    except AwsError as exc:
        report.error = exc
        report.not_attempted = _arns(plan.to_deregister) + _arns(plan.to_delete)
        return report
    deregister = [r.arn for r in plan.to_deregister if not _skip(r, now_used, report)]
    delete = [r.arn for r in plan.to_delete if r.arn not in now_used]
    for index, arn in enumerate(deregister):
        try:
            account.call(
                "ecs:DeregisterTaskDefinition",
                account.ecs.deregister_task_definition,
                taskDefinition=arn,
            )
        except AwsError as exc:
            return _stopped(report, exc, arn, deregister[index + 1 :] + delete)
        report.deregistered.append(arn)
        if progress:
            progress(DEREGISTER, arn)
    # Every deregistering succeeded (a failure returned above): all of these are INACTIVE.
    for batch in batches(delete, DELETE_BATCH):
        try:
            response = account.call(
                "ecs:DeleteTaskDefinitions",
                account.ecs.delete_task_definitions,
                taskDefinitions=batch,
            )
        except AwsError as exc:
            rest = delete[delete.index(batch[0]) + len(batch) :]
            return _stopped(report, exc, ", ".join(batch), rest)
        _record_deletions(report, batch, response, progress)
    return report


def _skip(rev: Revision, now_used: dict[str, Any], report: PruneReport) -> bool:
    if rev.arn in now_used:
        rev.uses = list(now_used[rev.arn])
        report.skipped.append((rev.arn, message("prune.now-in-use", uses=uses_text(rev))))
        return True
    return False


def _stopped(report: PruneReport, exc: AwsError, arn: str, rest: list[str]) -> PruneReport:
    report.error = exc
    report.failed.append((arn, exc.message))
    if exc.maybe_applied:
        report.uncertain = arn
    # Steps left: deregistering the rest, deleting (those already deregistered too). The
    # failed revision is reported as failed, not again as not attempted.
    report.not_attempted = [a for a in dict.fromkeys(rest) if a != arn]
    return report


def _record_deletions(
    report: PruneReport, batch: list[str], response: dict[str, Any], progress: Progress | None
) -> None:
    failed: dict[str, str] = {}
    for failure in response.get("failures") or []:
        if isinstance(failure, dict):
            failed[str(failure.get("arn", ""))] = str(failure.get("reason", ""))
    for arn in batch:
        if arn in failed:
            report.failed.append((arn, failed[arn]))
        else:
            report.deleted.append(arn)
            if progress:
                progress(DELETE, arn)


def _arns(revisions: list[Revision]) -> list[str]:
    return list(dict.fromkeys(r.arn for r in revisions))
