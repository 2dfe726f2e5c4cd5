"""``diff A B``: what changes from A to B, as ECS sees it.

A and B are files (register input, describe output, drafts) or ``FAMILY`` /
``FAMILY:REVISION`` in the account (``--profile``, ``--region``,
``--endpoint-url``). A name that is an existing file is read as the file.
Exit codes like diff(1): 0 the same, 1 different, 2 an error (unreadable
input, bad usage, or the account could not be asked).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from wizard.commands.loading import load_or_report
from wizard.domain.diff import semantic_diff
from wizard.domain.diff_report import diff_json, diff_text
from wizard.services.errors import AwsError

EXIT_SAME, EXIT_DIFFERENT, EXIT_ERROR = 0, 1, 2


def diff_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ecs-taskdef-wizard diff",
        description="Compare two task definitions as ECS sees them: API defaults, key order, "
        "read-only members, unit spellings and the order of containers, environment, secrets, "
        "port mappings, mount points and volumes do not count. A and B are files or "
        "FAMILY[:REVISION] (FAMILY: its latest ACTIVE revision). "
        "Exit 0: the same; 1: different; 2: error.",
    )
    p.add_argument("a", metavar="A", help="file, '-' (stdin), FAMILY or FAMILY:REVISION")
    p.add_argument("b", metavar="B", help="file, '-' (stdin), FAMILY or FAMILY:REVISION")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--profile", metavar="P", help="AWS profile (default: AWS_PROFILE or default)")
    p.add_argument("--region", metavar="R", help="AWS region (default: the profile's region)")
    p.add_argument(
        "--endpoint-url", metavar="URL", help="send requests here (LocalStack, a local emulator)"
    )
    return p


def run_diff(args: list[str]) -> int:
    try:
        ns = diff_parser().parse_args(args)
    except SystemExit as exc:  # --help (0) or bad usage (2)
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    if ns.a == "-" and ns.b == "-":
        _say("diff: error: only one of A and B can be '-' (stdin)")
        return EXIT_ERROR
    resolver = _Resolver(ns.profile, ns.region, ns.endpoint_url)
    try:
        before, before_name = resolver.document(ns.a)
        after, after_name = resolver.document(ns.b)
    except _Unreadable:
        return EXIT_ERROR
    except AwsError as exc:
        _say(f"diff: error: {exc.message}")
        if exc.hint:
            _say(f"    hint: {exc.hint}")
        return EXIT_ERROR
    changes = semantic_diff(before, after)
    if ns.format == "json":
        text = json.dumps(diff_json(changes, before_name, after_name), indent=2, ensure_ascii=False)
        sys.stdout.write(text + "\n")
    else:
        sys.stdout.write(diff_text(changes, before_name, after_name))
    return EXIT_DIFFERENT if changes else EXIT_SAME


class _Unreadable(Exception):
    """The input's problems are already on stderr."""


class _Resolver:
    """Reads files; asks the account (connected once, on first need) for references."""

    def __init__(self, profile: str | None, region: str | None, endpoint_url: str | None) -> None:
        self._options = (profile, region, endpoint_url)
        self._gateway: Any = None

    def document(self, text: str) -> tuple[dict[str, Any], str]:
        if text == "-" or os.path.exists(text):
            loaded = load_or_report(text)
            if loaded is None or loaded.document is None:
                raise _Unreadable
            return loaded.document, "<stdin>" if text == "-" else text
        from wizard.services.pull import parse_reference

        try:
            reference = parse_reference(text)
        except ValueError:
            _say(f"diff: error: {text}: no such file, and not FAMILY or FAMILY:REVISION")
            raise _Unreadable from None
        response = self._gateway_once().describe_task_definition(reference)
        arn = str(response.get("taskDefinition", {}).get("taskDefinitionArn", reference))
        return response, arn

    def _gateway_once(self) -> Any:
        if self._gateway is None:
            from wizard.services.gateway import gateway_for
            from wizard.services.session import connect

            self._gateway = gateway_for(connect(*self._options, services=("ecs",)))
        return self._gateway


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")
