"""How the Fargate platform runs a task: task-wide systemControls (one
network namespace per task), Windows containers on Fargate, and the features
that need platform version 1.4.0.

Sources: the Fargate task definition differences and Linux platform version
pages, and the API reference. The parameters Fargate rejects
outright are fargate.py's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.common import (
    containers_with,
    is_log_router,
    is_non_empty_list,
    log_driver,
    volumes_with,
)
from wizard.domain.rules.context import (
    RuleContext,
    as_dict,
    as_int,
    as_list,
    as_str,
    container_label,
)
from wizard.domain.rules.registry import check, container_check, reads
from wizard.domain.rules.sources import api, guide

# Windows on Fargate reserves this container port.
WINDOWS_FARGATE_RESERVED_PORT = 3150
FARGATE_PV_FOR_FEATURES = "1.4.0"


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
    api("ContainerDefinition", "systemControls"),
)
define(
    "fargate-system-controls-task-wide",
    Severity.INFO,
    "Container '{container}' sets systemControls; on Fargate they apply to every container "
    "of the task, not just this one.",
    "Make sure the other containers of the task can live with these kernel settings.",
    api("ContainerDefinition", "systemControls"),
)


def _system_controls(container: dict[str, Any]) -> Iterator[tuple[int, str, str]]:
    """(position, namespace, value) of each well-formed system control."""
    for position, item in enumerate(as_list(container.get("systemControls"))):
        entry = as_dict(item)
        namespace, value = as_str(entry.get("namespace")), as_str(entry.get("value"))
        if namespace and value is not None:
            yield position, namespace, value


@check
@reads("name", "systemControls")
def check_fargate_system_controls(ctx: RuleContext) -> Iterator[Finding]:
    # Windows does not support systemControls at all (windows.py warns).
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
    for label, path, controls in containers_with(ctx, "systemControls", list):
        if controls:
            yield ctx.finding("fargate-system-controls-task-wide", *path, container=label)


# =========================================================================
# Windows containers on Fargate
# =========================================================================
define(
    "fargate-windows-reserved-port",
    Severity.ERROR,
    "Container '{container}' maps container port {port}, which Windows on Fargate reserves.",
    "Use a different containerPort than {port} for container '{container}'.",
    guide("fargate-tasks-services"),
)
define(
    "fargate-windows-unsupported",
    Severity.WARNING,
    "'{owner}' uses {feature}, which AWS documented as not supported for Windows containers "
    "on Fargate.",
    "Remove {feature} from '{owner}', or run the Windows task on EC2 (the list dates from "
    "2023: check the current AWS documentation if you rely on it).",
    guide("fargate-tasks-services"),
)


def _port_range_contains(text: str, port: int) -> bool:
    start, sep, end = text.partition("-")
    if not sep or not start.strip().isdigit() or not end.strip().isdigit():
        return False
    return int(start) <= port <= int(end)


@container_check
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
@reads("name", "firelensConfiguration", "logConfiguration", "restartPolicy")
def check_fargate_windows_unsupported(ctx: RuleContext) -> Iterator[Finding]:
    # linuxParameters, ulimits, systemControls, proxyConfiguration (App Mesh) are
    # Windows-wide and warned by windows.py. Ephemeral storage is not on this list:
    # the API reference (EphemeralStorage) gives Windows platform version 1.0.0+.
    if not (ctx.is_fargate and ctx.is_windows):
        return
    rule = "fargate-windows-unsupported"
    for index, container in ctx.containers:
        label = container_label(index, container)
        if is_log_router(container):
            yield ctx.finding(
                rule,
                "containerDefinitions",
                index,
                "firelensConfiguration",
                feature="firelensConfiguration",
                owner=label,
            )
        if log_driver(container) == "awsfirelens":
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
    for name, path, _ in volumes_with(ctx, "efsVolumeConfiguration", dict):
        yield ctx.finding(rule, *path, feature="efsVolumeConfiguration", owner=name)


# =========================================================================
# Platform version 1.4.0 features: one note per feature, Linux Fargate
# =========================================================================
define(
    "fargate-platform-version",
    Severity.INFO,
    "{feature} needs Fargate platform version {version} or later.",
    "Run the task on platform version LATEST or {version}+; on an older pinned platform "
    "version the task fails to start.",
    guide("platform-linux-fargate"),
)


def _first_platform_features(ctx: RuleContext) -> dict[str, tuple[str | int, ...]]:
    """The first place each 1.4.0-only feature is used: feature -> path."""
    found: dict[str, tuple[str | int, ...]] = {}
    for index, volume in ctx.volumes():
        if isinstance(volume.get("efsVolumeConfiguration"), dict):
            found.setdefault("efsVolumeConfiguration", ("volumes", index, "efsVolumeConfiguration"))
    for index, container in ctx.containers:
        base = ("containerDefinitions", index)
        if is_non_empty_list(container.get("environmentFiles")):
            found.setdefault("environmentFiles", (*base, "environmentFiles"))
        if is_non_empty_list(container.get("systemControls")):
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
@reads("environmentFiles", "systemControls", "restartPolicy", "linuxParameters")
def check_fargate_platform_version(ctx: RuleContext) -> Iterator[Finding]:
    # Windows on Fargate does not support these at all; that is warned elsewhere.
    if not ctx.is_fargate or ctx.is_windows:
        return
    for feature, path in _first_platform_features(ctx).items():
        yield ctx.finding(
            "fargate-platform-version", *path, feature=feature, version=FARGATE_PV_FOR_FEATURES
        )
