"""``register`` and ``pull``: the commands that talk to an AWS account.

Only the new ARN (``register``) or the pulled JSON (``pull`` without ``-o``)
goes to stdout, so both compose in scripts; everything else goes to stderr.
Exit codes: 0 done; 1 the definition has errors or unrendered placeholders;
2 bad usage or unreadable input; 3 an AWS error (credentials, region,
permissions, network, or AWS refused the request).
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from typing import Any, TextIO

from wizard.commands.export import write_output
from wizard.commands.verify import verify_before_register
from wizard.domain.findings import Finding
from wizard.domain.formats.importer import load_path
from wizard.domain.text.plural import counted
from wizard.domain.text.surrogates import escape_surrogates
from wizard.domain.text.terminal import printable
from wizard.services.errors import AwsError
from wizard.services.gateway import EcsGateway, gateway_for
from wizard.services.pull import parse_reference, pull
from wizard.services.register import Preparation, compare_with_latest, prepare, validate_request
from wizard.services.sent_once import action_is_sent_once
from wizard.services.session import connect

EXIT_FINDINGS, EXIT_USAGE, EXIT_AWS = 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl+C
_AWS_EXIT = "3: AWS error (credentials, region, permissions, network, or AWS refused the request)."
_REGISTER_EXIT = (
    "Exit 0: registered (or, with --dry-run, valid); 1: the definition has errors or "
    "unrendered placeholders, or a preflight check failed; 2: bad usage or unreadable input; "
    f"{_AWS_EXIT}"
)
_PULL_EXIT = f"Exit 0: written; 2: bad usage or OUT cannot be written; {_AWS_EXIT}"


def _add_account_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--profile", metavar="P", help="AWS profile (default: AWS_PROFILE or default)")
    p.add_argument("--region", metavar="R", help="AWS region (default: the profile's region)")
    p.add_argument(
        "--endpoint-url", metavar="URL", help="send requests here (LocalStack, a local emulator)"
    )


def register_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ecs-taskdef-wizard register",
        description="Check a task definition and register it as the family's next revision; "
        "prints the new ARN on stdout. Errors and unrendered placeholders block; warnings are "
        "reported and accepted. Shows what changed since the latest ACTIVE revision. "
        + _REGISTER_EXIT,
    )
    p.add_argument("file", metavar="FILE", help="task definition, describe output or draft")
    _add_account_options(p)
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="validate the request with botocore and print it; send nothing (needs no account)",
    )
    p.add_argument(
        "--no-verify", action="store_true", help="do not run the preflight ('verify') first"
    )
    p.add_argument(
        "--force", action="store_true", help="register even when a preflight check fails"
    )
    return p


def pull_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ecs-taskdef-wizard pull",
        description="Write a registered revision as register-input JSON (read-only fields "
        "removed, tags kept), ready to edit into the next revision. " + _PULL_EXIT,
    )
    p.add_argument("reference", metavar="FAMILY[:REVISION]", help="default: latest ACTIVE")
    p.add_argument(
        "-o", "--output", metavar="OUT", help="write here instead of stdout ('-' = stdout)"
    )
    _add_account_options(p)
    return p


def run_aws_command(name: str, args: list[str]) -> int:
    parser = register_parser() if name == "register" else pull_parser()
    try:
        ns = parser.parse_args(args)
    except SystemExit as exc:  # --help (0) or bad usage (2): return it as an exit code
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    command = _register if name == "register" else _pull
    try:
        return command(ns)
    except AwsError as exc:
        _print_aws_error(name, exc, getattr(ns, "file", None))
        return EXIT_AWS


def _say(text: str = "") -> None:
    """One line on stderr. Names, file names and AWS's own text in it are escaped
    (``printable``): they must not move the cursor or start a line of their own."""
    sys.stderr.write(printable(text) + "\n")


def _print_aws_error(
    command: str, exc: AwsError, file: str | None, unknown_outcome: str | None = None
) -> None:
    """``unknown_outcome``: the family of a registration that may have been made."""
    _say(f"ecs-taskdef-wizard {command}: error: {exc.message}")
    if exc.field_pointer is not None:
        where = exc.field_pointer or "/ (the whole document)"
        _say(f"    field: {where}" + (f" in {file}" if file else ""))
    if unknown_outcome is not None:
        _say_may_be_registered(unknown_outcome)
        return
    if exc.hint:
        _say(f"    hint: {exc.hint}")
    if exc.maybe_applied and action_is_sent_once(exc.action):
        return  # a change that may have been made: the hint says how to check it
    _say("    nothing was changed in the account or on disk.")


def _say_may_be_registered(family: str) -> None:
    _say(
        "    the new revision may have been registered all the same. Before registering "
        "again, look at the latest one:"
    )
    _say(
        f"    aws ecs list-task-definitions --family-prefix {shlex.quote(family)} "
        "--sort DESC --max-items 1"
    )


def _print_findings(display: str, prep: Preparation, findings: list[Finding]) -> None:
    for f in findings:
        line, col = prep.load.position(f.path)
        where = f" (at {f.path})" if f.path else ""
        # _say escapes the whole line: a file name with a newline stays on it.
        _say(f"{display}:{line}:{col}: {f.severity.value} [{f.rule}] {f.message}{where}")
        if f.hint:
            _say(f"    hint: {f.hint}")


def _register(ns: argparse.Namespace) -> int:
    display = "<stdin>" if ns.file == "-" else ns.file
    prep = prepare(load_path(ns.file))
    if prep.fatal:
        _print_findings(display, prep, prep.errors)
        _say(f"register: {display} is not a task definition that can be read; nothing was sent.")
        return EXIT_USAGE
    _print_findings(display, prep, [*prep.errors, *prep.placeholders, *prep.warnings])
    if prep.errors:
        n = len(prep.errors)
        _say(f"register: refused: {counted(n, 'error')} (above); nothing was sent.")
        return EXIT_FINDINGS
    if prep.placeholders:
        tokens = ", ".join(sorted({str(f.params.get("token")) for f in prep.placeholders}))
        _say(
            f"register: refused: unrendered template placeholders ({tokens}); render the "
            "template first. Nothing was sent."
        )
        return EXIT_FINDINGS
    if prep.warnings:
        n = len(prep.warnings)
        _say(f"register: {counted(n, 'warning')} accepted (the command line does not ask).")
    assert prep.request is not None  # ready: no errors means the document fits the shape
    if ns.dry_run:
        return _dry_run(prep.request)
    stop = verify_before_register(ns, prep.request)
    if stop is not None:
        return stop
    gateway = gateway_for(connect(ns.profile, ns.region, ns.endpoint_url, services=("ecs",)))
    _show_diff(gateway, prep.request)
    family = str(prep.request["family"])
    try:
        registered = gateway.register_task_definition(prep.request)
    except AwsError as exc:
        if not exc.maybe_applied:
            raise
        # The request went out but its answer was lost: never claim nothing changed.
        _print_aws_error("register", exc, ns.file, unknown_outcome=family)
        return EXIT_AWS
    except KeyboardInterrupt:
        # Ctrl+C while the request may be on its way or already carried out.
        _say("ecs-taskdef-wizard register: interrupted while registering.")
        _say_may_be_registered(family)
        return EXIT_INTERRUPTED
    sys.stdout.write(printable(registered.arn) + "\n")  # the ARN comes from the server
    _say(f"register: registered {registered.family}, revision {registered.revision}.")
    return 0


def _dry_run(request: dict[str, Any]) -> int:
    problem = validate_request(request)
    if problem:
        _say("register --dry-run: botocore rejects the request:")
        _say(problem)
        return EXIT_FINDINGS
    text = json.dumps(request, indent=2, ensure_ascii=False)
    sys.stdout.write(escape_surrogates(text) + "\n")
    _say("register --dry-run: the request is valid for RegisterTaskDefinition; nothing was sent.")
    return 0


def _show_diff(gateway: EcsGateway, request: dict[str, Any]) -> None:
    try:
        comparison = compare_with_latest(gateway, request)
    except AwsError as exc:
        if exc.kind not in ("access-denied", "not-found"):
            raise
        # Registering needs only ecs:RegisterTaskDefinition; the diff is a courtesy.
        _say(f"register: cannot compare with the latest revision: {exc.message}")
        return
    if comparison is None:
        _say(
            f"register: family '{request.get('family')}' has no ACTIVE revision; this is its first."
        )
        return
    if not comparison.changes:
        _say(
            f"register: no changes from revision {comparison.revision}; registering anyway "
            "(ECS always makes a new revision)."
        )
        return
    n = len(comparison.changes)
    _say(f"register: {counted(n, 'change')} from revision {comparison.revision}:")
    for change in comparison.changes:
        _say(f"    {change.describe()}")


def _pull(ns: argparse.Namespace) -> int:
    try:
        reference = parse_reference(ns.reference)
    except ValueError as exc:
        _say(f"pull: error: {exc}")
        return EXIT_USAGE
    gateway = gateway_for(connect(ns.profile, ns.region, ns.endpoint_url, services=("ecs",)))
    pulled = pull(gateway, reference)
    for note in pulled.notes:
        _say(f"pull: {note}")
    if ns.output not in (None, "-"):
        if not write_output("pull", ns.output, escape_surrogates(pulled.text)):
            return EXIT_USAGE
        _say(f"pull: wrote {pulled.arn} to {ns.output}.")
    else:
        out: TextIO = sys.stdout
        out.write(escape_surrogates(pulled.text))
        _say(f"pull: {pulled.arn}")
    return 0
