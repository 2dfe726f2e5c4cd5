"""``prune FAMILY --keep N``: deregister (and with ``--delete`` delete) old unused revisions.

The plan is printed first, one line per revision with its reason. Nothing is
changed with ``--dry-run``; otherwise a terminal is asked for confirmation, and
without a terminal ``--yes`` is required. A revision in use is never touched.
Exit codes: 0 done (or nothing to do, or a dry run); 1 ECS refused some
deletions (listed); 2 bad usage or not confirmed; 3 an AWS error (when it
stopped a prune part-way, what was done is listed).
"""

from __future__ import annotations

import argparse
import sys

from wizard.commands.arguments import positive_int
from wizard.commands.aws import EXIT_AWS, EXIT_USAGE, _add_account_options, _print_aws_error
from wizard.domain.text.plural import counted
from wizard.services.errors import AwsError
from wizard.services.revisions.account import RevisionAccount
from wizard.services.revisions.history import family_history
from wizard.services.revisions.prune import (
    KEEP,
    PrunePlan,
    PruneReport,
    execute_prune,
    plan_prune,
)
from wizard.services.session import connect

EXIT_REFUSED = 1


def prune_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ecs-taskdef-wizard prune",
        description="Deregister the ACTIVE revisions of FAMILY older than the newest N that no "
        "service (task definition, deployments, task sets, in any cluster) and no running or "
        "pending task uses; with --delete also delete INACTIVE ones. Prints the plan first and "
        "asks before changing anything. Exit 0: done; 1: ECS refused some deletions; "
        "2: bad usage or not confirmed; 3: AWS error.",
    )
    p.add_argument("family", metavar="FAMILY")
    p.add_argument("--keep", type=positive_int, required=True, metavar="N")
    p.add_argument("--delete", action="store_true", help="also delete INACTIVE revisions")
    p.add_argument("--dry-run", action="store_true", help="print the plan only")
    p.add_argument("--yes", action="store_true", help="do not ask (needed without a terminal)")
    _add_account_options(p)
    return p


def run_prune(args: list[str]) -> int:
    try:
        ns = prune_parser().parse_args(args)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        account = RevisionAccount.of(
            connect(ns.profile, ns.region, ns.endpoint_url, services=("ecs",))
        )
        history = family_history(account, ns.family, details=False)
    except AwsError as exc:
        _print_aws_error("prune", exc, None)
        return EXIT_AWS
    plan = plan_prune(ns.family, history, ns.keep, ns.delete)
    sys.stdout.write(plan_text(plan))
    sys.stdout.flush()
    if plan.empty:
        _say("prune: nothing to do.")
        return 0
    if ns.dry_run:
        _say("prune --dry-run: nothing was changed.")
        return 0
    if not ns.yes and not _confirmed(plan):
        return EXIT_USAGE
    report = execute_prune(account, plan, progress=_progress)
    _say(report_text(report))
    if report.error is not None:
        return EXIT_AWS
    return EXIT_REFUSED if report.failed else 0


def plan_text(plan: PrunePlan) -> str:
    lines = [f"plan for {plan.family} (keep the newest {plan.keep}):"]
    for item in plan.items:
        mark = "  " if item.action == KEEP else "* "
        rev = item.revision
        lines.append(f"{mark}{rev.family}:{rev.revision}  {rev.status}  {item.reason}")
    n, m = len(plan.to_deregister), len(plan.to_delete)
    lines.append(f"to deregister: {n}; to delete: {m}")
    return "\n".join(lines) + "\n"


def _confirmed(plan: PrunePlan) -> bool:
    if not sys.stdin.isatty():
        _say("prune: not on a terminal; run again with --yes to carry out the plan above.")
        return False
    n, m = len(plan.to_deregister), len(plan.to_delete)
    sys.stderr.write(
        f"Deregister {counted(n, 'revision')} and delete {counted(m, 'revision')} "
        f"of {plan.family}? [y/N] "
    )
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    if answer in ("y", "yes"):
        return True
    _say("prune: not confirmed; nothing was changed.")
    return False


def _progress(action: str, arn: str) -> None:
    _say(f"prune: {action}d {arn}" if action == "delete" else f"prune: {action}ed {arn}")


def report_text(report: PruneReport) -> str:
    lines = [
        f"prune: deregistered {len(report.deregistered)}, deleted {len(report.deleted)}.",
    ]
    for arn, reason in report.skipped:
        lines.append(f"    skipped {arn}: {reason}")
    for arn, reason in report.failed:
        lines.append(f"    failed {arn}: {reason}")
    if report.error is not None:
        lines.append(f"prune: stopped: {report.error.message}")
        if report.error.hint:
            lines.append(f"    hint: {report.error.hint}")
        if report.uncertain:
            lines.append(
                f"    {report.uncertain}: the answer was lost; it may have been carried out. "
                "Run 'ecs-taskdef-wizard revisions' to see."
            )
        if report.not_attempted:
            lines.append("    not attempted: " + ", ".join(report.not_attempted))
    return "\n".join(lines)


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")
