"""``run FILE|FAMILY[:REVISION] --cluster C``: start one task and follow it.

Each status transition is printed with its time, then the stopped reason and each
container's exit code. Without ``--wait`` it follows until the task runs (every
essential container running) or stops, at most 120 s; ``--wait [SECONDS]`` keeps
following that long; ``--logs`` prints the containers' awslogs lines and follows
until the task stops or Ctrl+C. Ctrl+C offers (on a terminal) to stop the task;
otherwise the task is left running and the command to stop it is printed.

A FILE must be registered already: it runs the family's latest ACTIVE revision
when that is the same definition (by ``diff``), and refuses otherwise rather than
register behind the user's back.

Exit codes: 0 the task reached RUNNING and every essential container is healthy
or still running at the end (or it stopped with every essential container exiting
0); 1 it stopped with an error, turned unhealthy or never reached RUNNING;
2 bad usage or an account error; 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import time
from datetime import UTC, datetime
from typing import Any

from wizard.commands.arguments import positive_seconds
from wizard.commands.aws import _add_account_options, _print_aws_error
from wizard.commands.loading import load_or_report
from wizard.domain.diff import semantic_diff
from wizard.services.errors import AwsError
from wizard.services.gateway import Boto3EcsGateway
from wizard.services.pull import parse_reference
from wizard.services.revisions.account import RevisionAccount
from wizard.services.revisions.network import network_choices
from wizard.services.revisions.run_task import (
    OK,
    ContainerState,
    RunSettings,
    TaskState,
    Timeline,
    describe_task,
    essential_names,
    outcome,
    start_task,
    stop_task,
)
from wizard.services.revisions.task_logs import LogFollower, log_streams
from wizard.services.session import connect

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
DEFAULT_WAIT_S = 120
POLL_S = 3.0
# Seconds between DescribeTasks calls, for a slow link or for tests.
ENV_POLL = "ECS_TASKDEF_WIZARD_POLL_SECONDS"


def run_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ecs-taskdef-wizard run",
        description="Start one task of a registered revision (RunTask) and follow it through "
        "PROVISIONING, PENDING, RUNNING (and STOPPED). Exit 0: it runs (or ran and exited 0); "
        "1: it stopped with an error or never ran; 2: bad usage or account error; "
        "130: interrupted.",
    )
    p.add_argument("target", metavar="FILE|FAMILY[:REVISION]")
    p.add_argument("--cluster", required=True, metavar="C")
    p.add_argument(
        "--subnets",
        nargs="+",
        default=[],
        metavar="SUBNET",
        help="default (awsvpc): the default VPC's default subnets",
    )
    p.add_argument(
        "--security-groups",
        nargs="+",
        default=[],
        metavar="SG",
        help="default (awsvpc, default subnets): the default VPC's 'default' group",
    )
    p.add_argument("--public-ip", action="store_true", help="assign a public IP (awsvpc)")
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "--launch-type",
        type=str.upper,
        metavar="T",
        choices=("EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"),
    )
    how.add_argument("--capacity-provider", metavar="P")
    p.add_argument(
        "--wait",
        nargs="?",
        const=DEFAULT_WAIT_S,
        type=positive_seconds,
        metavar="SECONDS",
        help=f"keep following this long (default {DEFAULT_WAIT_S} s)",
    )
    p.add_argument("--logs", action="store_true", help="follow the containers' awslogs streams")
    _add_account_options(p)
    return p


def _poll_seconds() -> float:
    try:
        value = float(os.environ.get(ENV_POLL, ""))
    except ValueError:
        return POLL_S
    return value if value >= 0.01 else POLL_S


def run_run(args: list[str]) -> int:
    try:
        ns = run_parser().parse_args(args)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        conn = connect(ns.profile, ns.region, ns.endpoint_url, services=("ecs", "ec2", "logs"))
        account = RevisionAccount.of(conn)
        definition = _resolve(account, ns.target)
        if definition is None:
            return EXIT_USAGE
        settings = _settings(account, ns, definition)
        if settings is None:
            return EXIT_USAGE
        arn = str(definition.get("taskDefinitionArn", ""))
        task_arn = start_task(account, settings.request(arn, definition.get("networkMode")))
    except AwsError as exc:
        _print_aws_error("run", exc, None)
        return EXIT_USAGE
    _say(f"run: started {task_arn} of {arn}")
    return _Follower(account, ns, settings, definition, task_arn).follow()


def _resolve(account: RevisionAccount, target: str) -> dict[str, Any] | None:
    """The describe output's taskDefinition of what to run, or None after saying why not."""
    # The gateway's describe includes the tags and says "no such task definition" plainly.
    gateway = Boto3EcsGateway(
        account.ecs, profile=account.call.profile, endpoint_url=account.call.endpoint_url
    )
    if os.path.exists(target) or target == "-":
        loaded = load_or_report(target)
        if loaded is None or loaded.document is None:
            return None
        family = loaded.document.get("family")
        latest = gateway.latest_active_revision(family) if isinstance(family, str) else None
        if latest is None or semantic_diff(latest, loaded.document):
            _say(
                f"run: {target} is not registered as it is (the family's latest ACTIVE revision "
                "differs or does not exist). Register it first:\n"
                f"    ecs-taskdef-wizard register {shlex.quote(target)}"
            )
            return None
        return dict(latest["taskDefinition"])
    try:
        reference = parse_reference(target)
    except ValueError as exc:
        _say(f"run: error: {exc}")
        return None
    return dict(gateway.describe_task_definition(reference)["taskDefinition"])


def _settings(
    account: RevisionAccount, ns: argparse.Namespace, definition: dict[str, Any]
) -> RunSettings | None:
    settings = RunSettings(
        ns.cluster,
        list(ns.subnets),
        list(ns.security_groups),
        ns.public_ip,
        ns.launch_type,
        ns.capacity_provider,
    )
    compatibilities = definition.get("requiresCompatibilities") or []
    if not settings.launch_type and not settings.capacity_provider and "FARGATE" in compatibilities:
        settings.launch_type = "FARGATE"
        _say("run: launch type FARGATE (the definition requires it; --launch-type to change)")
    if definition.get("networkMode") == "awsvpc" and not settings.subnets:
        choices = network_choices(account)
        settings.subnets = choices.default_subnets
        if not settings.subnets:
            _say(
                "run: error: the awsvpc network mode needs subnets and this region has no "
                "default VPC; pass --subnets (and --security-groups)."
            )
            return None
        if not settings.security_groups:
            settings.security_groups = choices.default_security_groups
        _say(
            f"run: the default VPC {choices.default_vpc}: subnets "
            f"{', '.join(settings.subnets)}; security groups "
            f"{', '.join(settings.security_groups) or '-'}"
        )
    return settings


class _Follower:
    def __init__(
        self,
        account: RevisionAccount,
        ns: argparse.Namespace,
        settings: RunSettings,
        definition: dict[str, Any],
        task_arn: str,
    ) -> None:
        self.account = account
        self.ns = ns
        self.cluster = settings.cluster
        self.task_arn = task_arn
        self.essential = essential_names(definition)
        self.timeline = Timeline()
        self.containers: dict[str, ContainerState] = {}
        self.state: TaskState | None = None
        self.reached_running = False
        self.logs: LogFollower | None = None
        if ns.logs:
            streams, without = log_streams(definition, task_arn.rsplit("/", 1)[-1])
            self.logs = LogFollower(streams)
            for name in without:
                _say(f"run: container {name} has no awslogs stream prefix; its logs are not shown")
            for stream in streams:
                if stream.region and stream.region != account.region:
                    _say(f"run: container {stream.container} logs to {stream.region}; not shown")

    def follow(self) -> int:
        wait = self.ns.wait
        limit = wait if wait is not None else (None if self.ns.logs else DEFAULT_WAIT_S)
        deadline = None if limit is None else time.monotonic() + limit
        poll = _poll_seconds()
        try:
            while True:
                self._poll()
                assert self.state is not None
                if self.state.stopped:
                    break
                if wait is None and not self.ns.logs and self._settled():
                    break
                if deadline is not None and time.monotonic() >= deadline:
                    break
                time.sleep(poll)
        except KeyboardInterrupt:
            return self._interrupted()
        except AwsError as exc:
            _print_aws_error("run", exc, None)
            _say(f"run: the task may still be running: {self._stop_command()}")
            return EXIT_USAGE
        return self._finish()

    def _poll(self) -> None:
        state = describe_task(self.account, self.cluster, self.task_arn, self.essential)
        self.state = state
        transition = self.timeline.see(state)
        if transition is not None:
            print(f"{_clock(transition.at)}  {transition.status}", flush=True)
        self.reached_running = self.reached_running or state.reached_running
        for c in state.containers:
            if self.containers.get(c.name) != c:
                self.containers[c.name] = c
                print(f"{_clock(datetime.now(UTC))}    {_container_line(c)}", flush=True)
        if self.logs is not None:
            for line in self.logs.read(self.account):
                stamp = _clock(datetime.fromtimestamp(line.timestamp / 1000, UTC))
                print(f"{stamp}    [{line.container}] {line.text}", flush=True)

    def _settled(self) -> bool:
        assert self.state is not None
        essentials = [c for c in self.state.containers if c.essential]
        return self.state.reached_running and all(c.last_status == "RUNNING" for c in essentials)

    def _finish(self) -> int:
        assert self.state is not None
        if self.state.stopped:
            reason = self.state.stopped_reason or "-"
            code = f" ({self.state.stop_code})" if self.state.stop_code else ""
            print(f"stopped reason: {reason}{code}", flush=True)
        result = outcome(self.state, self.reached_running)
        for reason in result.reasons:
            _say(f"run: {reason}")
        if not self.state.stopped:
            _say(f"run: the task keeps running; to stop it: {self._stop_command()}")
        # Still starting at the end counts as failed: it did not run in the time given.
        return EXIT_OK if result.verdict == OK else EXIT_FAILED

    def _interrupted(self) -> int:
        if self.state is not None and self.state.stopped:
            return EXIT_INTERRUPTED
        if sys.stdin.isatty():
            sys.stderr.write(f"\nStop task {self.task_arn}? [y/N] ")
            sys.stderr.flush()
            try:
                answer = sys.stdin.readline().strip().lower()
            except KeyboardInterrupt:
                answer = ""
            if answer in ("y", "yes"):
                try:
                    stop_task(self.account, self.cluster, self.task_arn)
                except AwsError as exc:
                    _print_aws_error("run", exc, None)
                    return EXIT_INTERRUPTED
                _say(f"run: asked ECS to stop {self.task_arn}.")
                return EXIT_INTERRUPTED
        _say(f"\nrun: the task is left running; to stop it: {self._stop_command()}")
        return EXIT_INTERRUPTED

    def _stop_command(self) -> str:
        return (
            f"aws ecs stop-task --cluster {shlex.quote(self.cluster)} "
            f"--task {shlex.quote(self.task_arn)}"
        )


def _container_line(c: ContainerState) -> str:
    parts = [f"container {c.name}: {c.last_status or '?'}"]
    if c.health and c.health != "UNKNOWN":
        parts.append(f"health {c.health}")
    if c.exit_code is not None:
        parts.append(f"exit code {c.exit_code}")
    if c.reason:
        parts.append(f"reason: {c.reason}")
    if not c.essential:
        parts.append("not essential")
    return ", ".join(parts)


def _clock(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%H:%M:%S")


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()
