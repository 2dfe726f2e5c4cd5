"""``revisions FAMILY``: every revision with its status, registration, images and uses.

Exit codes: 0 listed (also when the family has none: an empty list); 2 bad usage;
3 an AWS error (as ``register`` and ``pull``).
"""

from __future__ import annotations

import argparse
import json
import sys

from wizard.commands.aws import EXIT_AWS, EXIT_USAGE, _add_account_options, _print_aws_error
from wizard.services.errors import AwsError
from wizard.services.revisions.account import RevisionAccount
from wizard.services.revisions.history import Revision, family_history, uses_text
from wizard.services.session import connect


def revisions_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ecs-taskdef-wizard revisions",
        description="List every revision of a family (ACTIVE, INACTIVE, being deleted), newest "
        "first, with its registration time, who registered it, its images, and the services "
        "(in every cluster of the region) and running tasks that use it. "
        "Exit 0: listed; 2: bad usage; 3: AWS error.",
    )
    p.add_argument("family", metavar="FAMILY")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _add_account_options(p)
    return p


def run_revisions(args: list[str]) -> int:
    try:
        ns = revisions_parser().parse_args(args)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        account = RevisionAccount.of(
            connect(ns.profile, ns.region, ns.endpoint_url, services=("ecs",))
        )
        history = family_history(account, ns.family)
    except AwsError as exc:
        _print_aws_error("revisions", exc, None)
        return EXIT_AWS
    if ns.format == "json":
        body = {"family": ns.family, "revisions": [r.as_json() for r in history]}
        sys.stdout.write(json.dumps(body, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(revisions_text(ns.family, history))
    return 0


def revisions_text(family: str, history: list[Revision]) -> str:
    if not history:
        return f"{family}: no revisions in this account and region\n"
    lines: list[str] = []
    for rev in history:
        registered = rev.registered_at or "?"
        by = f" by {rev.registered_by}" if rev.registered_by else ""
        lines.append(f"{rev.family}:{rev.revision}  {rev.status}  registered {registered}{by}")
        if rev.images:
            lines.append(f"    images: {', '.join(rev.images)}")
        lines.append(f"    used by: {uses_text(rev) if rev.in_use else '-'}")
    return "\n".join(lines) + "\n"
