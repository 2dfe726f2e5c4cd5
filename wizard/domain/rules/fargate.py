"""Fargate rules, the task execution role, and the awslogs / FireLens log options.

Sources: ecs-rules.md §4 ("task definition differences for Fargate", the task
execution role, images) and §2.3 / §2.4 (Windows on Fargate, platform versions).

Rules owned elsewhere and deliberately not repeated here: task size and
ephemeral storage (task_size.py), GPU / inference accelerators (resources.py),
``links`` / ``hostname`` / ``extraHosts`` and port rules under awsvpc
(network.py), Fargate volume types (storage.py), enum validity (containers.py).
Windows parameters that are unsupported on every launch type (linuxParameters,
ulimits, systemControls, ...) and Windows with ARM64 (windows-cpu-architecture)
are reported by ec2_external.py.

A parameter counts as "used" only when its value actually asks for the
feature: ``"privileged": false`` or ``"dnsServers": []`` on Fargate is
harmless, so only ``true``, non-empty lists, or numbers are reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from wizard.domain.catalog import define
from wizard.domain.findings import Finding, Severity
from wizard.domain.rules.context import (
    RuleContext,
    as_dict,
    as_int,
    as_list,
    as_str,
    container_label,
)
from wizard.domain.rules.registry import check

# --- enum values (botocore ECS model, §6) --------------------------------
# Checks only fire on values inside these enums: anything else is reported
# once by the generic enum rule in containers.py.
NETWORK_MODES = frozenset({"bridge", "host", "awsvpc", "none"})
PID_MODES = frozenset({"host", "task"})
IPC_MODES = frozenset({"host", "task", "none"})
LOG_DRIVERS = frozenset(
    {"json-file", "syslog", "journald", "gelf", "fluentd", "awslogs", "splunk", "awsfirelens"}
)
FARGATE_LOG_DRIVERS = ("awslogs", "splunk", "awsfirelens")


def enum_value(value: Any, allowed: frozenset[str]) -> str | None:
    """``value`` if it is one of ``allowed``, else None.

    Anything else (a typo, a placeholder, a list or dict) is left to the
    generic enum rule; checking ``as_str`` first also keeps unhashable JSON
    values away from the set lookup.
    """
    text = as_str(value)
    return text if text is not None and text in allowed else None


FARGATE_MAX_STOP_TIMEOUT = 120
FARGATE_START_TIMEOUT_RANGE = (2, 120)
# Windows on Fargate reserves this container port (ecs-rules.md §4.3).
WINDOWS_FARGATE_RESERVED_PORT = 3150
FARGATE_PV_FOR_FEATURES = "1.4.0"

# awslogs option names documented by AWS (ARCH using_awslogs.md; same list
# as cfn-lint's logging_configuration.json).
AWSLOGS_REQUIRED_OPTIONS = ("awslogs-group", "awslogs-region")
AWSLOGS_STREAM_PREFIX = "awslogs-stream-prefix"
AWSLOGS_DATETIME_FORMAT = "awslogs-datetime-format"
AWSLOGS_MULTILINE_PATTERN = "awslogs-multiline-pattern"
AWSLOGS_CREATE_GROUP = "awslogs-create-group"
AWSLOGS_KNOWN_OPTIONS = frozenset(
    {
        AWSLOGS_CREATE_GROUP,
        AWSLOGS_DATETIME_FORMAT,
        "awslogs-group",
        AWSLOGS_MULTILINE_PATTERN,
        "awslogs-region",
        AWSLOGS_STREAM_PREFIX,
        "max-buffer-size",
        "mode",
    }
)
# Values Docker's ParseBool takes as true (the awslogs driver parses the option with it).
_TRUE_STRINGS = frozenset({"1", "t", "true"})


# --- value predicates: does this value actually ask for the feature? ------
def _is_true(value: Any) -> bool:
    return value is True


def _is_non_empty_list(value: Any) -> bool:
    return bool(as_list(value))


def _is_number(value: Any) -> bool:
    # Any number counts: the API rejects the key itself on Fargate
    # ("Fargate compatible task definitions do not support maxSwap").
    return as_int(value) is not None or isinstance(value, float)


def _is_blank(value: Any) -> bool:
    """Missing, or an empty / whitespace-only string."""
    return value is None or (isinstance(value, str) and not value.strip())


# Container parameters that Fargate rejects (§4.1, §4.2), with the predicate
# saying when the value really requests them. links / extraHosts / hostname
# are network.py's (they are awsvpc rules); GPU is resources.py's.
_FARGATE_INVALID_CONTAINER_FIELDS: tuple[tuple[str, Callable[[Any], bool]], ...] = (
    ("disableNetworking", _is_true),
    ("dnsSearchDomains", _is_non_empty_list),
    ("dnsServers", _is_non_empty_list),
    ("dockerSecurityOptions", _is_non_empty_list),
    ("privileged", _is_true),
)
_FARGATE_INVALID_LINUX_FIELDS: tuple[tuple[str, Callable[[Any], bool]], ...] = (
    ("devices", _is_non_empty_list),
    ("maxSwap", _is_number),
    ("sharedMemorySize", _is_number),
    ("swappiness", _is_number),
    ("tmpfs", _is_non_empty_list),
)
# Exposed so ec2_external.py's Windows check can skip what is already an
# error here (one finding per problem).
FARGATE_INVALID_CONTAINER_FIELDS = frozenset(name for name, _ in _FARGATE_INVALID_CONTAINER_FIELDS)


def _log_configuration(container: dict[str, Any]) -> dict[str, Any]:
    return as_dict(container.get("logConfiguration"))


def _log_driver(container: dict[str, Any]) -> str | None:
    return as_str(_log_configuration(container).get("logDriver"))


def _is_router(container: dict[str, Any]) -> bool:
    """A FireLens log router is the container carrying firelensConfiguration."""
    return isinstance(container.get("firelensConfiguration"), dict)


# =========================================================================
# Parameters not valid on Fargate (§4.1, §4.2, §4.3)
# =========================================================================
define(
    "fargate-network-mode",
    Severity.ERROR,
    "Fargate tasks support only the awsvpc network mode, not '{mode}'.",
    'Set networkMode to "awsvpc" (when networkMode is omitted ECS uses "bridge").',
    "ecs-rules.md §4.3; CDK: Fargate tasks can only have AwsVpc network mode; cfn-lint E3048.",
)


@check
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
    "ecs-rules.md §4.1, §4.2; API: Fargate compatible task definitions do not support <parameter>.",
)


@check
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
    "ecs-rules.md §4.2; botocore KernelCapabilities.add (Fargate: only SYS_PTRACE).",
)


@check
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
    "The task sets {count} placement constraint(s); Fargate tasks do not support "
    "placementConstraints.",
    "Remove placementConstraints (Fargate places tasks itself), or drop FARGATE from "
    "requiresCompatibilities.",
    "ecs-rules.md §4.1, §4.3; CDK: Cannot set placement constraints on tasks that run on "
    "Fargate; cfn-lint E3048.",
)


@check
def check_fargate_placement_constraints(ctx: RuleContext) -> Iterator[Finding]:
    constraints = as_list(ctx.doc.get("placementConstraints"))
    # An empty list asks for nothing and is harmless.
    if ctx.is_fargate and constraints:
        yield ctx.finding(
            "fargate-placement-constraints", "placementConstraints", count=len(constraints)
        )


define(
    "fargate-ipc-mode",
    Severity.ERROR,
    "The task sets ipcMode '{mode}'; Fargate tasks do not support ipcMode.",
    "Remove ipcMode from the task definition, or run the task on EC2.",
    "ecs-rules.md §4.1, §4.3; API: Tasks using the Fargate launch type do not support ipcMode.",
)


@check
def check_fargate_ipc_mode(ctx: RuleContext) -> Iterator[Finding]:
    mode = enum_value(ctx.doc.get("ipcMode"), IPC_MODES)
    if ctx.is_fargate and mode is not None:
        yield ctx.finding("fargate-ipc-mode", "ipcMode", mode=mode)


define(
    "fargate-pid-mode",
    Severity.ERROR,
    "The task sets pidMode '{mode}'; Fargate only supports pidMode 'task'.",
    'Set pidMode to "task" (needs Linux platform version 1.4.0+) or remove it.',
    "ecs-rules.md §4.3; CDK: 'pidMode' can only be set to 'task' for Linux Fargate containers.",
)
define(
    "fargate-windows-pid-mode",
    Severity.ERROR,
    "The task sets pidMode '{mode}'; pidMode is not supported for Windows containers on Fargate.",
    "Remove pidMode from the task definition.",
    "ecs-rules.md §4.3; botocore pidMode (not supported for Windows containers); CDK: "
    "'pidMode' is not supported for Windows containers.",
)


@check
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
    "ecs-rules.md §4.3, §8.1; botocore ContainerDefinition.stopTimeout.",
)
define(
    "fargate-start-timeout",
    Severity.ERROR,
    "Container '{container}' sets startTimeout {value} s; on Fargate it must be "
    "{minimum}–{maximum} s.",
    "Set startTimeout to a value from {minimum} to {maximum} seconds.",
    "ecs-rules.md §4.3, §8.1; botocore ContainerDefinition.startTimeout.",
)


@check
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
    "ecs-rules.md §4.3; botocore LogConfiguration; cfn-lint E3048 / E3713.",
)


@check
def check_fargate_log_driver(ctx: RuleContext) -> Iterator[Finding]:
    if not ctx.is_fargate:
        return
    for index, container in ctx.containers:
        driver = enum_value(_log_driver(container), LOG_DRIVERS)
        if driver is not None and driver not in FARGATE_LOG_DRIVERS:
            yield ctx.finding(
                "fargate-log-driver",
                "containerDefinitions",
                index,
                "logConfiguration",
                "logDriver",
                container=container_label(index, container),
                driver=driver,
            )


# =========================================================================
# awslogs options (§4.3) — any launch type unless stated
# =========================================================================
define(
    "awslogs-missing-option",
    Severity.ERROR,
    "Container '{container}' uses the awslogs log driver without the required option '{option}'.",
    "Add '{option}' to logConfiguration.options of container '{container}' "
    '(e.g. "awslogs-group": "/ecs/<family>", "awslogs-region": "<region>").',
    "ecs-rules.md §4.3; botocore LogConfiguration.options; AWS using_awslogs (Required: Yes); "
    "cfn-lint E3046.",
)
define(
    "awslogs-missing-stream-prefix",
    Severity.ERROR,
    "Container '{container}' uses awslogs on Fargate without 'awslogs-stream-prefix'.",
    'Add "awslogs-stream-prefix" (for example the service name or "ecs") to the awslogs '
    "options of container '{container}'; Fargate requires it and the console needs it to "
    "show the logs.",
    "ecs-rules.md §4.3 (required on Fargate, WARN raised to ERROR); AWS using_awslogs: "
    "required for the Fargate launch type.",
)
define(
    "awslogs-unknown-option",
    Severity.WARNING,
    "Container '{container}' sets the awslogs option '{option}', which the ECS awslogs "
    "driver does not document.",
    "Check the spelling of '{option}'; documented options are awslogs-group, "
    "awslogs-region, awslogs-stream-prefix, awslogs-create-group, awslogs-datetime-format, "
    "awslogs-multiline-pattern, mode and max-buffer-size.",
    "ecs-rules.md §4.3; AWS using_awslogs option list; cfn-lint logging_configuration.json.",
)
define(
    "awslogs-datetime-multiline-conflict",
    Severity.ERROR,
    "Container '{container}' sets both 'awslogs-datetime-format' and "
    "'awslogs-multiline-pattern'; only one of them may be set.",
    "Keep one multiline option for container '{container}': remove "
    "'awslogs-multiline-pattern' or 'awslogs-datetime-format'.",
    "ecs-rules.md §4.3; AWS using_awslogs: you cannot configure both options; Docker's "
    "awslogs driver rejects the pair when the container is created (so the task cannot start).",
)
define(
    "awslogs-create-group-permission",
    Severity.WARNING,
    "Container '{container}' sets awslogs-create-group, which needs the logs:CreateLogGroup "
    "permission; the managed AmazonECSTaskExecutionRolePolicy does not grant it.",
    "Grant logs:CreateLogGroup to the task execution role (EC2: or the instance role), or "
    "create the log group beforehand and remove awslogs-create-group.",
    "ecs-rules.md §4.3, §4.5; AWS using_awslogs: your IAM policy must include logs:CreateLogGroup.",
)


@check
def check_awslogs_options(ctx: RuleContext) -> Iterator[Finding]:
    for index, container in ctx.containers:
        log_config = _log_configuration(container)
        if as_str(log_config.get("logDriver")) != "awslogs":
            continue
        raw_options = log_config.get("options")
        if raw_options is not None and not isinstance(raw_options, dict):
            continue  # wrong type: the schema check reports it
        yield from _awslogs_findings(ctx, index, container, as_dict(raw_options))


def _awslogs_findings(
    ctx: RuleContext, index: int, container: dict[str, Any], options: dict[str, Any]
) -> Iterator[Finding]:
    label = container_label(index, container)
    base = ("containerDefinitions", index, "logConfiguration", "options")

    # Missing required options point at where the option would go.
    for option in AWSLOGS_REQUIRED_OPTIONS:
        if _is_blank(options.get(option)):
            yield ctx.finding(
                "awslogs-missing-option", *base, option, container=label, option=option
            )
    if ctx.is_fargate and _is_blank(options.get(AWSLOGS_STREAM_PREFIX)):
        yield ctx.finding(
            "awslogs-missing-stream-prefix", *base, AWSLOGS_STREAM_PREFIX, container=label
        )
    for option in options:
        if option not in AWSLOGS_KNOWN_OPTIONS and not ctx.placeholder(option):
            yield ctx.finding(
                "awslogs-unknown-option", *base, option, container=label, option=option
            )
    if AWSLOGS_DATETIME_FORMAT in options and AWSLOGS_MULTILINE_PATTERN in options:
        yield ctx.finding(
            "awslogs-datetime-multiline-conflict", *base, AWSLOGS_MULTILINE_PATTERN, container=label
        )
    create_group = as_str(options.get(AWSLOGS_CREATE_GROUP))
    if create_group is not None and create_group.strip().lower() in _TRUE_STRINGS:
        yield ctx.finding(
            "awslogs-create-group-permission", *base, AWSLOGS_CREATE_GROUP, container=label
        )


# =========================================================================
# FireLens
# =========================================================================
define(
    "firelens-config-file-type-s3",
    Severity.ERROR,
    "Container '{container}' loads its FireLens configuration from S3 "
    "(config-file-type 's3'); Fargate only supports 'file'.",
    'Set firelensConfiguration.options."config-file-type" to "file" and bake the '
    "configuration file into the log router image.",
    "ecs-rules.md §4.3; botocore FirelensConfiguration.options.",
)
define(
    "firelens-multiple-routers",
    Severity.ERROR,
    "Container '{container}' is a second FireLens log router; the task already has one in "
    "container '{first}'.",
    "Keep firelensConfiguration on one container only ('{first}') and remove it from "
    "'{container}'.",
    "ecs-rules.md §7.2; CDK: Firelens log router is already added in this task.",
)
define(
    "firelens-router-missing",
    Severity.ERROR,
    "Container '{container}' uses the awsfirelens log driver, but no container in the task "
    "has a firelensConfiguration (the FireLens log router).",
    "Add a log router container (for example the AWS for Fluent Bit image) with "
    'firelensConfiguration {{"type": "fluentbit"}}, or use another log driver.',
    "ecs-rules.md §4.3, §7.2; botocore FirelensConfiguration; CDK adds the router "
    "automatically for the firelens driver.",
)


@check
def check_firelens(ctx: RuleContext) -> Iterator[Finding]:
    routers = [(i, c) for i, c in ctx.containers if _is_router(c)]
    if ctx.is_fargate:
        for index, container in routers:
            options = as_dict(as_dict(container.get("firelensConfiguration")).get("options"))
            file_type = as_str(options.get("config-file-type"))
            if file_type is not None and file_type.strip().lower() == "s3":
                yield ctx.finding(
                    "firelens-config-file-type-s3",
                    "containerDefinitions",
                    index,
                    "firelensConfiguration",
                    "options",
                    "config-file-type",
                    container=container_label(index, container),
                )
    if routers:
        first_index, first = routers[0]
        for index, container in routers[1:]:
            yield ctx.finding(
                "firelens-multiple-routers",
                "containerDefinitions",
                index,
                "firelensConfiguration",
                container=container_label(index, container),
                first=container_label(first_index, first),
            )
        return
    for index, container in ctx.containers:
        if _log_driver(container) == "awsfirelens":
            yield ctx.finding(
                "firelens-router-missing",
                "containerDefinitions",
                index,
                "logConfiguration",
                "logDriver",
                container=container_label(index, container),
            )


# =========================================================================
# systemControls on (Linux) Fargate: one network namespace per task
# =========================================================================
define(
    "fargate-system-controls-conflict",
    Severity.WARNING,
    "Containers '{other}' and '{container}' set the system control '{namespace}' to "
    "different values ('{other_value}' and '{value}'); on Fargate it applies to the whole "
    "task and the container started last wins.",
    "Set '{namespace}' to the same value in every container, or in one container only.",
    "ecs-rules.md §4.3; botocore SystemControl (awsvpc: applies to all containers, last "
    "started wins).",
)
define(
    "fargate-system-controls-task-wide",
    Severity.INFO,
    "Container '{container}' sets systemControls; on Fargate they apply to every container "
    "of the task, not just this one.",
    "Make sure the other containers of the task can live with these kernel settings.",
    "ecs-rules.md §4.3; botocore SystemControl (awsvpc: applies to all containers).",
)


def _system_controls(container: dict[str, Any]) -> Iterator[tuple[int, str, str]]:
    """(position, namespace, value) of each well-formed system control."""
    for position, item in enumerate(as_list(container.get("systemControls"))):
        entry = as_dict(item)
        namespace, value = as_str(entry.get("namespace")), as_str(entry.get("value"))
        if namespace and value is not None:
            yield position, namespace, value


@check
def check_fargate_system_controls(ctx: RuleContext) -> Iterator[Finding]:
    # Windows does not support systemControls at all (ec2_external.py warns).
    if not ctx.is_fargate or ctx.is_windows:
        return
    seen: dict[str, tuple[str, str]] = {}  # namespace -> (container label, value)
    conflicts: list[Finding] = []
    for index, container in ctx.containers:
        label = container_label(index, container)
        for position, namespace, value in _system_controls(container):
            earlier = seen.get(namespace)
            if earlier is None:
                seen[namespace] = (label, value)
            elif earlier[1] != value and earlier[0] != label:
                conflicts.append(
                    ctx.finding(
                        "fargate-system-controls-conflict",
                        "containerDefinitions",
                        index,
                        "systemControls",
                        position,
                        "value",
                        container=label,
                        value=value,
                        namespace=namespace,
                        other=earlier[0],
                        other_value=earlier[1],
                    )
                )
    if conflicts:
        yield from conflicts
        return
    # Only worth saying when there are other containers to be affected.
    if len(ctx.containers) < 2:
        return
    for index, container in ctx.containers:
        if _is_non_empty_list(container.get("systemControls")):
            yield ctx.finding(
                "fargate-system-controls-task-wide",
                "containerDefinitions",
                index,
                "systemControls",
                container=container_label(index, container),
            )


# =========================================================================
# Windows containers on Fargate (§2.3, §4.4)
# =========================================================================
define(
    "fargate-windows-reserved-port",
    Severity.ERROR,
    "Container '{container}' maps container port {port}, which Windows on Fargate reserves.",
    "Use a different containerPort than {port} for container '{container}'.",
    "ecs-rules.md §4.3; ARCH task_definition_parameters.md (port 3150 reserved on Windows "
    "Fargate).",
)
define(
    "fargate-windows-unsupported",
    Severity.WARNING,
    "'{owner}' uses {feature}, which AWS documented as not supported for Windows containers "
    "on Fargate.",
    "Remove {feature} from '{owner}', or run the Windows task on EC2 (the list dates from "
    "2023: check the current AWS documentation if you rely on it).",
    "ecs-rules.md §4.4 (2023 Windows-on-Fargate considerations; treated as WARN); "
    "DOC:container-restart-policy.",
)


def _port_range_contains(text: str, port: int) -> bool:
    start, sep, end = text.partition("-")
    if not sep or not start.strip().isdigit() or not end.strip().isdigit():
        return False
    return int(start) <= port <= int(end)


@check
def check_fargate_windows_reserved_port(ctx: RuleContext) -> Iterator[Finding]:
    if not (ctx.is_fargate and ctx.is_windows):
        return
    port = WINDOWS_FARGATE_RESERVED_PORT
    for index, container in ctx.containers:
        label = container_label(index, container)
        for position, item in enumerate(as_list(container.get("portMappings"))):
            mapping = as_dict(item)
            base = ("containerDefinitions", index, "portMappings", position)
            if as_int(mapping.get("containerPort")) == port:
                yield ctx.finding(
                    "fargate-windows-reserved-port",
                    *base,
                    "containerPort",
                    container=label,
                    port=port,
                )
            port_range = as_str(mapping.get("containerPortRange"))
            if port_range is not None and _port_range_contains(port_range, port):
                yield ctx.finding(
                    "fargate-windows-reserved-port",
                    *base,
                    "containerPortRange",
                    container=label,
                    port=port,
                )


@check
def check_fargate_windows_unsupported(ctx: RuleContext) -> Iterator[Finding]:
    # linuxParameters, ulimits, systemControls, proxyConfiguration (App Mesh) are
    # Windows-wide and warned by ec2_external.py; ephemeral storage is task_size.py's.
    if not (ctx.is_fargate and ctx.is_windows):
        return
    rule = "fargate-windows-unsupported"
    for index, container in ctx.containers:
        label = container_label(index, container)
        if _is_router(container):
            yield ctx.finding(
                rule,
                "containerDefinitions",
                index,
                "firelensConfiguration",
                feature="firelensConfiguration",
                owner=label,
            )
        if _log_driver(container) == "awsfirelens":
            yield ctx.finding(
                rule,
                "containerDefinitions",
                index,
                "logConfiguration",
                "logDriver",
                feature="awsfirelens",
                owner=label,
            )
        if as_dict(container.get("restartPolicy")).get("enabled") is True:
            yield ctx.finding(
                rule,
                "containerDefinitions",
                index,
                "restartPolicy",
                feature="restartPolicy",
                owner=label,
            )
    for index, volume in ctx.volumes():
        if isinstance(volume.get("efsVolumeConfiguration"), dict):
            name = as_str(volume.get("name")) or f"#{index + 1}"
            yield ctx.finding(
                rule,
                "volumes",
                index,
                "efsVolumeConfiguration",
                feature="efsVolumeConfiguration",
                owner=name,
            )


# =========================================================================
# Platform version 1.4.0 features (§2.4): one note per feature, Linux Fargate
# =========================================================================
define(
    "fargate-platform-version",
    Severity.INFO,
    "{feature} needs Fargate platform version {version} or later.",
    "Run the task on platform version LATEST or {version}+; on an older pinned platform "
    "version the task fails to start.",
    "ecs-rules.md §2.4; botocore (pidMode, systemControls, capabilities, environmentFiles); "
    "ARCH platform-linux-fargate.md (EFS); DOC:container-restart-policy.",
)


def _first_platform_features(ctx: RuleContext) -> dict[str, tuple[str | int, ...]]:
    """The first place each 1.4.0-only feature is used: feature -> path."""
    found: dict[str, tuple[str | int, ...]] = {}
    for index, volume in ctx.volumes():
        if isinstance(volume.get("efsVolumeConfiguration"), dict):
            found.setdefault("efsVolumeConfiguration", ("volumes", index, "efsVolumeConfiguration"))
    for index, container in ctx.containers:
        base = ("containerDefinitions", index)
        if _is_non_empty_list(container.get("environmentFiles")):
            found.setdefault("environmentFiles", (*base, "environmentFiles"))
        if _is_non_empty_list(container.get("systemControls")):
            found.setdefault("systemControls", (*base, "systemControls"))
        if as_dict(container.get("restartPolicy")).get("enabled") is True:
            found.setdefault("restartPolicy", (*base, "restartPolicy"))
        capabilities = as_dict(as_dict(container.get("linuxParameters")).get("capabilities"))
        for position, value in enumerate(as_list(capabilities.get("add"))):
            name = as_str(value)
            if name and name.upper().removeprefix("CAP_") == "SYS_PTRACE":
                found.setdefault(
                    "SYS_PTRACE",
                    (*base, "linuxParameters", "capabilities", "add", position),
                )
    if ctx.doc.get("pidMode") == "task":
        found.setdefault("pidMode", ("pidMode",))
    return found


@check
def check_fargate_platform_version(ctx: RuleContext) -> Iterator[Finding]:
    # Windows on Fargate does not support these at all; that is warned elsewhere.
    if not ctx.is_fargate or ctx.is_windows:
        return
    for feature, path in _first_platform_features(ctx).items():
        yield ctx.finding(
            "fargate-platform-version", *path, feature=feature, version=FARGATE_PV_FOR_FEATURES
        )


# =========================================================================
# Task execution role (§4.5)
# =========================================================================
# Reason codes returned by execution_role_reasons(); each has its own rule id
# "execution-role-<code>" so the GUI can say why the role is needed.
REASON_ECR_IMAGE = "ecr-image"
REASON_AWSLOGS = "awslogs"
REASON_REPOSITORY_CREDENTIALS = "repository-credentials"
REASON_SECRETS = "secrets"
REASON_LOG_SECRET_OPTIONS = "log-secret-options"
REASON_ENVIRONMENT_FILES = "environment-files"

# Private ECR registry hosts: <account>.dkr.ecr[-fips].<region>.amazonaws.com
# (China: .amazonaws.com.cn) and the dual-stack <account>.dkr-ecr.<region>.on.aws.
# Account and region may still be template placeholders, so they are loose.
_PRIVATE_ECR_HOST = re.compile(
    r"^[^/]+\.dkr\.ecr(?:-fips)?\.[^/.]+\.amazonaws\.com(?:\.cn)?$"
    r"|^[^/]+\.dkr-ecr\.[^/.]+\.on\.aws$",
    re.IGNORECASE,
)


def is_private_ecr_image(image: Any) -> bool:
    """True when ``image`` is pulled from a private Amazon ECR registry."""
    text = as_str(image)
    if not text or "/" not in text:
        return False
    return bool(_PRIVATE_ECR_HOST.match(text.split("/", 1)[0]))


def _role_needs(ctx: RuleContext) -> Iterator[tuple[int, dict[str, Any], str, str | int | None]]:
    """(container index, container, reason code, detail value) for every reason
    the task needs an execution role, in container order."""
    # ECR pulls and awslogs use the instance role on EC2, but Fargate and
    # EXTERNAL have no instance role to fall back on.
    needs_agent_role = ctx.is_fargate or ctx.is_external
    for index, container in ctx.containers:
        if needs_agent_role and is_private_ecr_image(container.get("image")):
            yield index, container, REASON_ECR_IMAGE, as_str(container.get("image"))
        if needs_agent_role and _log_driver(container) == "awslogs":
            yield index, container, REASON_AWSLOGS, None
        if as_dict(container.get("repositoryCredentials")):
            yield index, container, REASON_REPOSITORY_CREDENTIALS, None
        if _is_non_empty_list(container.get("secrets")):
            yield index, container, REASON_SECRETS, len(as_list(container.get("secrets")))
        secret_options = as_list(_log_configuration(container).get("secretOptions"))
        if secret_options:
            yield index, container, REASON_LOG_SECRET_OPTIONS, len(secret_options)
        if _is_non_empty_list(container.get("environmentFiles")):
            files = as_list(container.get("environmentFiles"))
            yield index, container, REASON_ENVIRONMENT_FILES, len(files)


def execution_role_reasons(doc: Any, launch_types: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """Why this task definition needs a task execution role.

    Returns (container label, reason code) pairs, whether or not
    ``executionRoleArn`` is set, for the GUI's "why is it needed" text. Reason
    codes are the ``REASON_*`` constants; the rule ``execution-role-<code>``
    carries the translatable message. ``launch_types`` adds launch types to
    those declared, as the lint --launch-type option does.
    """
    if not isinstance(doc, dict):
        return []
    ctx = RuleContext(doc, forced_launch_types=launch_types)
    return [(container_label(i, c), reason) for i, c, reason, _ in _role_needs(ctx)]


_ROLE_FIX = (
    "Set executionRoleArn to a role trusted by ecs-tasks.amazonaws.com (commonly "
    "ecsTaskExecutionRole)"
)
define(
    f"execution-role-{REASON_ECR_IMAGE}",
    Severity.ERROR,
    "executionRoleArn is missing, but container '{container}' pulls the private Amazon ECR "
    "image '{image}' on {launch_type}, which needs a task execution role.",
    _ROLE_FIX + " with the AmazonECSTaskExecutionRolePolicy managed policy.",
    "ecs-rules.md §4.5; API: Fargate requires task definition to have execution role ARN to "
    "support ECR images.",
)
define(
    f"execution-role-{REASON_AWSLOGS}",
    Severity.ERROR,
    "executionRoleArn is missing, but container '{container}' uses the awslogs log driver on "
    "{launch_type}, which needs a task execution role to write to CloudWatch Logs.",
    _ROLE_FIX + " with the AmazonECSTaskExecutionRolePolicy managed policy.",
    "ecs-rules.md §4.5, §5.3; API: Fargate requires task definition to have execution role "
    "ARN to support log driver awslogs.",
)
define(
    f"execution-role-{REASON_REPOSITORY_CREDENTIALS}",
    Severity.ERROR,
    "executionRoleArn is missing, but container '{container}' uses repositoryCredentials "
    "(private registry authentication), which needs a task execution role.",
    _ROLE_FIX + " that may call secretsmanager:GetSecretValue on the credentials secret "
    "(and kms:Decrypt for a customer managed key).",
    "ecs-rules.md §4.5, §4.6; ARCH task_execution_IAM_role.md.",
)
define(
    f"execution-role-{REASON_SECRETS}",
    Severity.ERROR,
    "executionRoleArn is missing, but container '{container}' reads {count} secret(s) from "
    "Secrets Manager or Parameter Store, which needs a task execution role.",
    _ROLE_FIX + " that may read those secrets (secretsmanager:GetSecretValue / "
    "ssm:GetParameters, plus kms:Decrypt for a customer managed key).",
    "ecs-rules.md §4.5; API: When you are specifying container secrets, you must also "
    "specify a value for 'executionRoleArn'.",
)
define(
    f"execution-role-{REASON_LOG_SECRET_OPTIONS}",
    Severity.ERROR,
    "executionRoleArn is missing, but container '{container}' passes {count} secret(s) to "
    "its log driver (logConfiguration.secretOptions), which needs a task execution role.",
    _ROLE_FIX + " that may read those secrets (secretsmanager:GetSecretValue / ssm:GetParameters).",
    "ecs-rules.md §4.5; ARCH task_execution_IAM_role.md.",
)
define(
    f"execution-role-{REASON_ENVIRONMENT_FILES}",
    Severity.WARNING,
    "executionRoleArn is missing, but container '{container}' loads {count} environment "
    "file(s) from Amazon S3, which ECS fetches with the task execution role.",
    _ROLE_FIX + " that may call s3:GetObject (and s3:GetBucketLocation) on the files.",
    "ecs-rules.md §4.5 (environmentFiles need s3:GetObject on the execution role; not "
    "re-verified, U15).",
)


def _role_missing(doc: dict[str, Any]) -> bool:
    # A non-string value is a type error (reported by the schema check), not a missing role.
    return _is_blank(doc.get("executionRoleArn"))


@check
def check_execution_role(ctx: RuleContext) -> Iterator[Finding]:
    if not _role_missing(ctx.doc):
        return
    launch_type = "FARGATE" if ctx.is_fargate else "EXTERNAL"
    for index, container, reason, detail in _role_needs(ctx):
        params: dict[str, Any] = {"container": container_label(index, container)}
        if reason == REASON_ECR_IMAGE:
            params.update(image=detail, launch_type=launch_type)
        elif reason == REASON_AWSLOGS:
            params.update(launch_type=launch_type)
        elif detail is not None:
            params.update(count=detail)
        yield ctx.finding(f"execution-role-{reason}", "executionRoleArn", **params)
