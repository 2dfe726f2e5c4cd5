"""Fargate rules: the network mode, parameters Fargate rejects or limits, and
its log drivers.

Source: the developer guide page "Amazon ECS task definition differences for
Fargate".

Rules owned elsewhere and deliberately not repeated here: task size and
ephemeral storage (task_size.py), GPU / inference accelerators
(accelerators.py), ``links`` / ``hostname`` / ``extraHosts`` and port rules
under awsvpc (network.py, ports.py, ...), Fargate volume types
(volume_types.py), enum validity (enums.py), the awslogs / FireLens options
(logging.py), the task execution role (execution_role.py), and what depends
on the platform: platform versions, Windows on Fargate and task-wide
systemControls (fargate_platform.py). Windows parameters that are unsupported
on every launch type (linuxParameters, ulimits, systemControls, ...) and
Windows with ARM64 (windows-cpu-architecture) are reported by windows.py.

A parameter counts as "used" only when its value actually asks for the
feature: ``"privileged": false`` or ``"dnsServers": []`` on Fargate is
harmless, so only ``true``, non-empty lists, or numbers are reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.common import enum_value, is_non_empty_list, is_true
from wizard.domain.rules.context import (
    RuleContext,
    as_dict,
    as_int,
    as_list,
    as_str,
    container_label,
)

# Moved to execution_role.py; still importable from here.
from wizard.domain.rules.execution_role import (
    execution_role_reasons as execution_role_reasons,
)
from wizard.domain.rules.execution_role import (
    is_private_ecr_image as is_private_ecr_image,
)
from wizard.domain.rules.logging import unsupported_log_drivers
from wizard.domain.rules.registry import container_check, task_check
from wizard.domain.rules.sources import FARGATE_DIFFERENCES, api, register
from wizard.domain.schema.enums import IPC_MODES, NETWORK_MODES, PID_MODES

FARGATE_LOG_DRIVERS = ("awslogs", "splunk", "awsfirelens")
FARGATE_MAX_STOP_TIMEOUT = 120
FARGATE_START_TIMEOUT_RANGE = (2, 120)


def _is_number(value: Any) -> bool:
    # Any number counts: the API rejects the key itself on Fargate
    # ("Fargate compatible task definitions do not support maxSwap").
    return as_int(value) is not None or isinstance(value, float)


# Container parameters that Fargate rejects, with the predicate
# saying when the value really requests them. links / extraHosts / hostname
# are network.py's (they are awsvpc rules); GPU is accelerators.py's.
_FARGATE_INVALID_CONTAINER_FIELDS: tuple[tuple[str, Callable[[Any], bool]], ...] = (
    ("disableNetworking", is_true),
    ("dnsSearchDomains", is_non_empty_list),
    ("dnsServers", is_non_empty_list),
    ("dockerSecurityOptions", is_non_empty_list),
    ("privileged", is_true),
)
_FARGATE_INVALID_LINUX_FIELDS: tuple[tuple[str, Callable[[Any], bool]], ...] = (
    ("devices", is_non_empty_list),
    ("maxSwap", _is_number),
    ("sharedMemorySize", _is_number),
    ("swappiness", _is_number),
    ("tmpfs", is_non_empty_list),
)
# Exposed so windows.py's Windows check can skip what is already an
# error here (one finding per problem).
FARGATE_INVALID_CONTAINER_FIELDS = frozenset(name for name, _ in _FARGATE_INVALID_CONTAINER_FIELDS)


# =========================================================================
# Parameters not valid on Fargate
# =========================================================================
define(
    "fargate-network-mode",
    Severity.ERROR,
    "Fargate tasks support only the awsvpc network mode, not '{mode}'.",
    'Set networkMode to "awsvpc" (when networkMode is omitted ECS uses "bridge").',
    register("networkMode"),
)


@task_check
def check_fargate_network_mode(ctx: RuleContext) -> Iterator[Finding]:
    if not ctx.is_fargate:
        return
    declared = ctx.doc.get("networkMode")
    # Omitted counts too: ECS then uses bridge (or Windows' default), never awsvpc.
    mode = enum_value(declared, NETWORK_MODES)
    if declared is None or (mode is not None and mode != "awsvpc"):
        yield ctx.finding("fargate-network-mode", "networkMode", mode=ctx.effective_network_mode)


define(
    "fargate-unsupported-parameter",
    Severity.ERROR,
    "Container '{container}' sets {parameter}, which is not supported on Fargate.",
    "Remove {parameter} from container '{container}', or drop FARGATE from "
    "requiresCompatibilities and run the task on EC2.",
    FARGATE_DIFFERENCES,
)


@container_check
def check_fargate_unsupported_container_parameters(ctx: RuleContext) -> Iterator[Finding]:
    if not ctx.is_fargate:
        return
    for index, container in ctx.containers:
        label = container_label(index, container)
        for name, requested in _FARGATE_INVALID_CONTAINER_FIELDS:
            if requested(container.get(name)):
                yield ctx.finding(
                    "fargate-unsupported-parameter",
                    "containerDefinitions",
                    index,
                    name,
                    container=label,
                    parameter=name,
                )
        linux = as_dict(container.get("linuxParameters"))
        for name, requested in _FARGATE_INVALID_LINUX_FIELDS:
            if requested(linux.get(name)):
                yield ctx.finding(
                    "fargate-unsupported-parameter",
                    "containerDefinitions",
                    index,
                    "linuxParameters",
                    name,
                    container=label,
                    parameter=f"linuxParameters.{name}",
                )


define(
    "fargate-capability-add",
    Severity.ERROR,
    "Container '{container}' adds the kernel capability '{capability}'; Fargate only "
    "allows adding SYS_PTRACE.",
    "Remove '{capability}' from linuxParameters.capabilities.add (dropping capabilities "
    "is allowed), or run the task on EC2.",
    api("KernelCapabilities", "add"),
)


@container_check
def check_fargate_capability_add(ctx: RuleContext) -> Iterator[Finding]:
    if not ctx.is_fargate:
        return
    for index, container in ctx.containers:
        capabilities = as_dict(as_dict(container.get("linuxParameters")).get("capabilities"))
        for position, value in enumerate(as_list(capabilities.get("add"))):
            name = as_str(value)
            if name is None or ctx.placeholder(name):
                continue
            # Docker also spells it CAP_SYS_PTRACE; that is the same capability.
            if name.upper().removeprefix("CAP_") == "SYS_PTRACE":
                continue
            yield ctx.finding(
                "fargate-capability-add",
                "containerDefinitions",
                index,
                "linuxParameters",
                "capabilities",
                "add",
                position,
                container=container_label(index, container),
                capability=name,
            )


define(
    "fargate-placement-constraints",
    Severity.ERROR,
    "The task sets {count:placement constraint|placement constraints}; Fargate tasks do not "
    "support placementConstraints.",
    "Remove placementConstraints (Fargate places tasks itself), or drop FARGATE from "
    "requiresCompatibilities.",
    FARGATE_DIFFERENCES,
)


define(
    "fargate-empty-placement-constraints",
    Severity.INFO,
    "placementConstraints is an empty list; Fargate tasks take no placement constraints, "
    "so it has no effect.",
    "Remove it. ECS accepts the empty list (describe-task-definition returns one for "
    "Fargate definitions), but cfn-lint refuses the member on Fargate.",
    FARGATE_DIFFERENCES,
)


@task_check
def check_fargate_placement_constraints(ctx: RuleContext) -> Iterator[Finding]:
    constraints = ctx.doc.get("placementConstraints")
    if not ctx.is_fargate or not isinstance(constraints, list):
        return
    # An empty list asks for nothing: harmless, said only so nobody wonders.
    if constraints:
        yield ctx.finding(
            "fargate-placement-constraints", "placementConstraints", count=len(constraints)
        )
    else:
        yield ctx.finding("fargate-empty-placement-constraints", "placementConstraints")


define(
    "fargate-ipc-mode",
    Severity.ERROR,
    "The task sets ipcMode '{mode}'; Fargate tasks do not support ipcMode.",
    "Remove ipcMode from the task definition, or run the task on EC2.",
    FARGATE_DIFFERENCES,
)


@task_check
def check_fargate_ipc_mode(ctx: RuleContext) -> Iterator[Finding]:
    mode = enum_value(ctx.doc.get("ipcMode"), IPC_MODES)
    if ctx.is_fargate and mode is not None:
        yield ctx.finding("fargate-ipc-mode", "ipcMode", mode=mode)


define(
    "fargate-pid-mode",
    Severity.ERROR,
    "The task sets pidMode '{mode}'; Fargate only supports pidMode 'task'.",
    'Set pidMode to "task" (needs Linux platform version 1.4.0+) or remove it.',
    register("pidMode"),
)
define(
    "fargate-windows-pid-mode",
    Severity.ERROR,
    "The task sets pidMode '{mode}'; pidMode is not supported for Windows containers on Fargate.",
    "Remove pidMode from the task definition.",
    register("pidMode"),
)


@task_check
def check_fargate_pid_mode(ctx: RuleContext) -> Iterator[Finding]:
    mode = enum_value(ctx.doc.get("pidMode"), PID_MODES)
    if not ctx.is_fargate or mode is None:
        return
    if ctx.is_windows:
        yield ctx.finding("fargate-windows-pid-mode", "pidMode", mode=mode)
    elif mode != "task":
        yield ctx.finding("fargate-pid-mode", "pidMode", mode=mode)


define(
    "fargate-stop-timeout",
    Severity.ERROR,
    "Container '{container}' sets stopTimeout {value} s; on Fargate the maximum is {maximum} s.",
    "Set stopTimeout to {maximum} or less (the default is 30 s).",
    api("ContainerDefinition", "stopTimeout"),
)
define(
    "fargate-start-timeout",
    Severity.ERROR,
    "Container '{container}' sets startTimeout {value} s; on Fargate it must be "
    "{minimum}–{maximum} s.",
    "Set startTimeout to a value from {minimum} to {maximum} seconds.",
    api("ContainerDefinition", "startTimeout"),
)


@container_check
def check_fargate_timeouts(ctx: RuleContext) -> Iterator[Finding]:
    if not ctx.is_fargate:
        return
    low, high = FARGATE_START_TIMEOUT_RANGE
    for index, container in ctx.containers:
        label = container_label(index, container)
        stop = as_int(container.get("stopTimeout"))
        if stop is not None and stop > FARGATE_MAX_STOP_TIMEOUT:
            yield ctx.finding(
                "fargate-stop-timeout",
                "containerDefinitions",
                index,
                "stopTimeout",
                container=label,
                value=stop,
                maximum=FARGATE_MAX_STOP_TIMEOUT,
            )
        start = as_int(container.get("startTimeout"))
        if start is not None and not low <= start <= high:
            yield ctx.finding(
                "fargate-start-timeout",
                "containerDefinitions",
                index,
                "startTimeout",
                container=label,
                value=start,
                minimum=low,
                maximum=high,
            )


define(
    "fargate-log-driver",
    Severity.ERROR,
    "Container '{container}' uses the log driver '{driver}', which Fargate does not support.",
    "Use awslogs (CloudWatch Logs), splunk, or awsfirelens (FireLens) for container '{container}'.",
    api("LogConfiguration", "logDriver"),
)


@container_check
def check_fargate_log_driver(ctx: RuleContext) -> Iterator[Finding]:
    if not ctx.is_fargate:
        return
    yield from unsupported_log_drivers(ctx, "fargate-log-driver", FARGATE_LOG_DRIVERS)
