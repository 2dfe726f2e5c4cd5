"""Container health checks, restart policies, start/stop timeouts and ulimits.

Sources: the API reference (HealthCheck, ContainerRestartPolicy, Ulimit) and
the container restart policy page. Fargate's
timeout limits are ``fargate.py``'s; Windows' lack of ulimits is ``windows.py``'s.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.common import Path, containers_with
from wizard.domain.rules.context import (
    RuleContext,
    as_dict,
    as_int,
    as_str,
    container_label,
)
from wizard.domain.rules.registry import container_check
from wizard.domain.rules.sources import api, guide

define(
    "health-check-command-prefix",
    Severity.ERROR,
    "The health check command of container '{container}' must start with 'CMD' or 'CMD-SHELL'.",
    'Write it as ["CMD-SHELL", "curl -f http://localhost/ || exit 1"] (run by the '
    'shell) or ["CMD", "/bin/check", "arg"] (run directly).',
    api("HealthCheck", "command"),
)
define(
    "health-check-command-empty",
    Severity.ERROR,
    "The health check of container '{container}' has '{prefix}' but no command to run.",
    'Add the command after \'{prefix}\', e.g. ["CMD-SHELL", "curl -f '
    'http://localhost/ || exit 1"].',
    api("HealthCheck", "command"),
)
define(
    "health-check-value-out-of-range",
    Severity.ERROR,
    "The health check {field} of container '{container}' is {value}; it must be between "
    "{min} and {max}.",
    "Set {field} to a value from {min} to {max} (ECS's default is {default}), or remove it.",
    api("HealthCheck"),
)
define(
    "health-check-timeout-not-below-interval",
    Severity.WARNING,
    "The health check of container '{container}' has a timeout of {timeout} s, not "
    "shorter than its interval of {interval} s.",
    "Make the timeout shorter than the interval (defaults: interval 30 s, timeout 5 s), "
    "so one check ends before the next starts.",
    api("HealthCheck", "timeout"),
)
define(
    "restart-policy-too-many-exit-codes",
    Severity.ERROR,
    "The restart policy of container '{container}' ignores {count} exit codes; at most "
    "{limit} are allowed.",
    "Keep only the exit codes that really mean 'do not restart' (at most {limit}).",
    api("ContainerRestartPolicy", "ignoredExitCodes"),
)
define(
    "restart-policy-attempt-period-range",
    Severity.ERROR,
    "The restart policy of container '{container}' has restartAttemptPeriod {value}; it "
    "must be between {min} and {max} seconds.",
    "Set restartAttemptPeriod from {min} to {max} (default 300), or remove it.",
    api("ContainerRestartPolicy", "restartAttemptPeriod"),
)
define(
    "restart-policy-settings-while-disabled",
    Severity.WARNING,
    "The restart policy of container '{container}' sets {field} but is disabled, so "
    "{field} has no effect.",
    "Set 'enabled' to true to use the restart policy, or remove {field}.",
    guide("container-restart-policy"),
)
define(
    "timeout-negative",
    Severity.ERROR,
    "Container '{container}' has {field} {value}; a timeout cannot be negative.",
    "Set {field} to a number of seconds of 0 or more, or remove it to use the default.",
    api("ContainerDefinition", "startTimeout"),
)


define(
    "ulimit-duplicate",
    Severity.ERROR,
    "Container '{container}' sets the ulimit '{name}' more than once.",
    "Keep one entry for '{name}' with the soft and hard limits you want.",
    api("Ulimit"),
)
define(
    "ulimit-soft-above-hard",
    Severity.ERROR,
    "The ulimit '{name}' of container '{container}' has softLimit {soft} above hardLimit {hard}.",
    "Lower softLimit to at most {hard}, or raise hardLimit.",
    api("Ulimit", "softLimit"),
)


# field: (min, max, ECS default shown in the hint)
HEALTH_CHECK_RANGES: dict[str, tuple[int, int, str]] = {
    "interval": (5, 300, "30"),
    "timeout": (2, 60, "5"),
    "retries": (1, 10, "3"),
    "startPeriod": (0, 300, "0"),
}
HEALTH_CHECK_PREFIXES = ("CMD", "CMD-SHELL")


def _health_check_command(
    ctx: RuleContext, path: Path, label: str, command: Any
) -> Iterator[Finding]:
    if not isinstance(command, list):
        return  # missing or wrong type: the schema check reports it
    first = command[0] if command else None
    if not isinstance(first, str):
        if not command:
            yield ctx.finding("health-check-command-prefix", *path, container=label)
        return
    if ctx.placeholder(first):
        return
    if first not in HEALTH_CHECK_PREFIXES:
        yield ctx.finding("health-check-command-prefix", *path, 0, container=label)
        return
    if not any(isinstance(arg, str) and arg.strip() for arg in command[1:]):
        yield ctx.finding("health-check-command-empty", *path, container=label, prefix=first)


def _in_range(field: str, value: int) -> bool:
    low, high, _ = HEALTH_CHECK_RANGES[field]
    return low <= value <= high


@container_check
def check_health_checks(ctx: RuleContext) -> Iterator[Finding]:
    for label, path, health in containers_with(ctx, "healthCheck", dict):
        yield from _health_check_command(ctx, (*path, "command"), label, health.get("command"))
        for field, (low, high, default) in HEALTH_CHECK_RANGES.items():
            value = as_int(health.get(field))
            if value is not None and not low <= value <= high:
                yield ctx.finding(
                    "health-check-value-out-of-range",
                    *path,
                    field,
                    container=label,
                    field=field,
                    value=value,
                    min=low,
                    max=high,
                    default=default,
                )
        interval, timeout = as_int(health.get("interval")), as_int(health.get("timeout"))
        if interval is None and timeout is None:
            continue
        # Compare what ECS will use, defaults included; ranges are reported above.
        interval_used = 30 if interval is None else interval
        timeout_used = 5 if timeout is None else timeout
        if not (_in_range("interval", interval_used) and _in_range("timeout", timeout_used)):
            continue
        if timeout_used >= interval_used:
            yield ctx.finding(
                "health-check-timeout-not-below-interval",
                *path,
                "timeout" if timeout is not None else "interval",
                container=label,
                timeout=timeout_used,
                interval=interval_used,
            )


MAX_IGNORED_EXIT_CODES = 50
RESTART_ATTEMPT_PERIOD = (60, 1800)


@container_check
def check_restart_policies(ctx: RuleContext) -> Iterator[Finding]:
    for label, path, policy in containers_with(ctx, "restartPolicy", dict):
        codes = policy.get("ignoredExitCodes")
        if isinstance(codes, list) and len(codes) > MAX_IGNORED_EXIT_CODES:
            yield ctx.finding(
                "restart-policy-too-many-exit-codes",
                *path,
                "ignoredExitCodes",
                container=label,
                count=len(codes),
                limit=MAX_IGNORED_EXIT_CODES,
            )
        period = as_int(policy.get("restartAttemptPeriod"))
        low, high = RESTART_ATTEMPT_PERIOD
        if period is not None and not low <= period <= high:
            yield ctx.finding(
                "restart-policy-attempt-period-range",
                *path,
                "restartAttemptPeriod",
                container=label,
                value=period,
                min=low,
                max=high,
            )
        if policy.get("enabled") is False:
            # An empty list is how console exports write "not set".
            for field in ("ignoredExitCodes", "restartAttemptPeriod"):
                value = policy.get(field)
                if value is not None and value != []:
                    yield ctx.finding(
                        "restart-policy-settings-while-disabled",
                        *path,
                        field,
                        container=label,
                        field=field,
                    )


@container_check
def check_timeouts(ctx: RuleContext) -> Iterator[Finding]:
    # Fargate's 2-120 / <=120 limits are checked in fargate.py.
    for index, c in ctx.containers:
        for field in ("startTimeout", "stopTimeout"):
            value = as_int(c.get(field))
            if value is not None and value < 0:
                yield ctx.finding(
                    "timeout-negative",
                    "containerDefinitions",
                    index,
                    field,
                    container=container_label(index, c),
                    field=field,
                    value=value,
                )


@container_check
def check_ulimits(ctx: RuleContext) -> Iterator[Finding]:
    for label, base, ulimits in containers_with(ctx, "ulimits", list):
        seen: set[str] = set()
        for j, ulimit in enumerate(ulimits):
            ulimit = as_dict(ulimit)
            path = (*base, j)
            name = as_str(ulimit.get("name"))
            if name is not None:
                if name in seen:
                    yield ctx.finding("ulimit-duplicate", *path, "name", container=label, name=name)
                seen.add(name)
            soft, hard = as_int(ulimit.get("softLimit")), as_int(ulimit.get("hardLimit"))
            if soft is not None and hard is not None and soft > hard:
                yield ctx.finding(
                    "ulimit-soft-above-hard",
                    *path,
                    "softLimit",
                    container=label,
                    name=name if name is not None else f"#{j + 1}",
                    soft=soft,
                    hard=hard,
                )
