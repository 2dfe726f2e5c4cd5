"""``verify``: the preflight on the command line, and before ``register``.

Exit codes: 0 no check failed at severity error (warnings and skips allowed);
1 at least one did; 2 unreadable input, bad usage, or no usable credentials or
endpoint (one line on stderr). Text output: one line per check, failures
first, then a summary line; ``--format json`` prints one object (see README).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from wizard.commands.loading import load_or_report
from wizard.domain.text.plural import counted
from wizard.services.errors import AwsError
from wizard.services.preflight.context import options_from_environment
from wizard.services.preflight.results import Report, Status
from wizard.services.preflight.runner import connect_for_preflight, run_preflight

EXIT_FAILED, EXIT_USAGE = 1, 2


def verify_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ecs-taskdef-wizard verify",
        description="Check a task definition against the AWS account with read-only calls: "
        "roles and their trust, what the roles may do (simulated), images and their "
        "platforms, log groups, secrets and parameters (never their values), EFS and S3. "
        "Exit 0: no check failed at severity error; 1: at least one did; 2: unreadable "
        "input, bad usage, or no usable credentials or endpoint.",
    )
    p.add_argument("file", metavar="FILE", help="task definition JSON ('-' = stdin)")
    p.add_argument("--profile", metavar="P", help="AWS profile (default: AWS_PROFILE or default)")
    p.add_argument("--region", metavar="R", help="AWS region (default: the profile's region)")
    p.add_argument(
        "--endpoint-url", metavar="URL", help="send requests here (LocalStack, a local emulator)"
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--no-public-registries",
        action="store_true",
        help="do not ask Docker Hub, public.ecr.aws, ghcr.io or quay.io about images",
    )
    return p


def run_verify(args: list[str]) -> int:
    try:
        ns = verify_parser().parse_args(args)
    except SystemExit as exc:  # --help (0) or bad usage (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    display = "<stdin>" if ns.file == "-" else ns.file
    loaded = load_or_report(ns.file)
    if loaded is None or loaded.document is None:
        return EXIT_USAGE
    try:
        report = preflight(
            loaded.document,
            ns.profile,
            ns.region,
            ns.endpoint_url,
            public_registries=not ns.no_public_registries,
        )
    except AwsError as exc:
        _say(
            f"ecs-taskdef-wizard verify: error: {exc.message}"
            + (f" {exc.hint}" if exc.hint else "")
        )
        return EXIT_USAGE
    if ns.format == "json":
        sys.stdout.write(json.dumps(report.as_dict(display), indent=2, ensure_ascii=False) + "\n")
    else:
        print_report(display, report, sys.stdout)
    return EXIT_FAILED if report.blocking else 0


def preflight(
    document: dict[str, Any],
    profile: str | None,
    region: str | None,
    endpoint_url: str | None,
    *,
    public_registries: bool = True,
) -> Report:
    """The preflight of ``document``; raises AwsError when the account cannot be used."""
    conn = connect_for_preflight(profile, region, endpoint_url)
    return run_preflight(
        document, conn, options_from_environment(public_registries=public_registries)
    )


def print_report(display: str, report: Report, out: Any, *, only_problems: bool = False) -> None:
    for check in report.sorted_checks():
        if only_problems and check.status is Status.PASS:
            continue
        severity = f" {check.severity.value}" if check.status is Status.FAIL else ""
        where = f" (at {check.path})" if check.path else ""
        out.write(
            f"{display}: {check.status.value}{severity} [{check.check}] {check.message}{where}\n"
        )
        if check.hint and check.status is not Status.PASS:
            out.write(f"    hint: {check.hint}\n")
    out.write(summary_line(report) + "\n")


def summary_line(report: Report) -> str:
    s = report.summary()
    errors = len(report.blocking)
    return (
        f"verify: {s['passed']} passed, {s['failed']} failed ({errors} at severity error), "
        f"{s['skipped']} skipped; account {report.account}, region {report.region}."
    )


def verify_before_register(ns: argparse.Namespace, request: dict[str, Any]) -> int | None:
    """``register``'s preflight: None to go on, or the exit code that stops it.

    Runs when credentials allow it; a preflight that cannot run is said and
    registering goes on (register reports its own AWS errors). Failed error
    checks stop it unless ``--force``.
    """
    if ns.no_verify or ns.dry_run:
        return None
    try:
        report = preflight(request, ns.profile, ns.region, ns.endpoint_url)
    except AwsError as exc:
        _say(f"register: preflight not run: {exc.message}")
        return None
    print_report("preflight", report, sys.stderr, only_problems=True)
    if not report.blocking:
        return None
    n = len(report.blocking)
    if ns.force:
        _say(f"register: registering despite {counted(n, 'failed preflight check')} (--force).")
        return None
    _say(
        f"register: refused: {counted(n, 'preflight check')} failed (above); nothing was "
        "sent. Fix them, or register anyway with --force."
    )
    return EXIT_FAILED


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")
