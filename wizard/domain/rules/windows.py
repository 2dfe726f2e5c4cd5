"""Windows containers, on any launch type: unsupported
parameters, network modes and the CPU architecture.

Owned elsewhere: Windows on Fargate (fargate_platform.py, and pidMode in
fargate.py), GPU, cpu and memoryReservation on Windows (accelerators.py,
resources.py), Docker volume drivers on Windows (volume_types.py), and
links / extraHosts wherever the network rules already report them
(network.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.common import (
    enum_value,
    is_non_empty_dict,
    is_non_empty_list,
    is_non_empty_str,
    is_true,
)
from wizard.domain.rules.context import RuleContext, container_label
from wizard.domain.rules.fargate import FARGATE_INVALID_CONTAINER_FIELDS
from wizard.domain.rules.network import network_mode
from wizard.domain.rules.registry import check, task_check
from wizard.domain.rules.sources import REGISTER, api, register
from wizard.domain.schema.enums import IPC_MODES, NETWORK_MODES, PID_MODES

# =========================================================================
# Windows containers, any launch type
# =========================================================================
define(
    "windows-unsupported-parameter",
    Severity.WARNING,
    "Container '{container}' sets {parameter}, which is not supported for Windows containers.",
    "Remove {parameter} from container '{container}'; Windows containers ignore or reject it.",
    api("ContainerDefinition"),
)
define(
    "windows-unsupported-task-parameter",
    Severity.WARNING,
    "The task sets {parameter}, which is not supported for Windows containers.",
    "Remove {parameter} from the task definition.",
    REGISTER,
)

# (field, predicate): the predicate says when the value really asks for the feature.
_WINDOWS_UNSUPPORTED_CONTAINER_FIELDS: tuple[tuple[str, Callable[[Any], bool]], ...] = (
    ("disableNetworking", is_true),
    ("dnsServers", is_non_empty_list),
    ("dnsSearchDomains", is_non_empty_list),
    ("extraHosts", is_non_empty_list),
    ("links", is_non_empty_list),
    ("linuxParameters", is_non_empty_dict),
    ("privileged", is_true),
    ("readonlyRootFilesystem", is_true),
    ("user", is_non_empty_str),
    ("ulimits", is_non_empty_list),
    ("environmentFiles", is_non_empty_list),
    ("systemControls", is_non_empty_list),
)


def _network_rule_fields(ctx: RuleContext) -> set[str]:
    """links / extraHosts that network.py already reports as errors.

    network.py judges Fargate as awsvpc and otherwise uses the declared mode
    (or ECS's default when omitted): links are an error outside bridge, and
    extraHosts under awsvpc. A junk mode gives no network.py finding.
    """
    mode = network_mode(ctx)
    fields: set[str] = set()
    if mode is not None and mode != "bridge":
        fields.add("links")
    if mode == "awsvpc":
        fields.add("extraHosts")
    return fields


def _windows_container_fields_to_skip(ctx: RuleContext) -> frozenset[str]:
    """Fields another rule already reports as an error for this task."""
    skip = _network_rule_fields(ctx)
    if ctx.is_fargate:
        skip |= FARGATE_INVALID_CONTAINER_FIELDS
    return frozenset(skip)


@check
def check_windows_unsupported_parameters(ctx: RuleContext) -> Iterator[Finding]:
    if not ctx.is_windows:
        return
    skip = _windows_container_fields_to_skip(ctx)
    for index, container in ctx.containers:
        for name, requested in _WINDOWS_UNSUPPORTED_CONTAINER_FIELDS:
            if name not in skip and requested(container.get(name)):
                yield ctx.finding(
                    "windows-unsupported-parameter",
                    "containerDefinitions",
                    index,
                    name,
                    container=container_label(index, container),
                    parameter=name,
                )
    if is_non_empty_dict(ctx.doc.get("proxyConfiguration")):
        yield ctx.finding(
            "windows-unsupported-task-parameter",
            "proxyConfiguration",
            parameter="proxyConfiguration",
        )
    # On Fargate these are errors already (fargate-ipc-mode, fargate-windows-pid-mode).
    if not ctx.is_fargate:
        if enum_value(ctx.doc.get("ipcMode"), IPC_MODES):
            yield ctx.finding("windows-unsupported-task-parameter", "ipcMode", parameter="ipcMode")
        if enum_value(ctx.doc.get("pidMode"), PID_MODES):
            yield ctx.finding("windows-unsupported-task-parameter", "pidMode", parameter="pidMode")


define(
    "windows-network-mode",
    Severity.ERROR,
    "Windows containers do not support the '{mode}' network mode.",
    'Omit networkMode (Windows then uses its default "nat" network) or set it to "awsvpc".',
    register("networkMode"),
)


@task_check
def check_windows_network_mode(ctx: RuleContext) -> Iterator[Finding]:
    # On Fargate, fargate-network-mode already demands awsvpc.
    if not ctx.is_windows or ctx.is_fargate:
        return
    mode = enum_value(ctx.doc.get("networkMode"), NETWORK_MODES)
    if mode is not None and mode != "awsvpc":
        yield ctx.finding("windows-network-mode", "networkMode", mode=mode)


define(
    "windows-cpu-architecture",
    Severity.ERROR,
    "runtimePlatform combines {os_family} with the ARM64 CPU architecture; Windows tasks "
    "run only on X86_64.",
    'Set runtimePlatform.cpuArchitecture to "X86_64" (or omit it), or use a LINUX image for ARM64.',
    api("RuntimePlatform", "cpuArchitecture"),
)


@task_check
def check_windows_cpu_architecture(ctx: RuleContext) -> Iterator[Finding]:
    # Applies to every launch type: ECS offers ARM64 only for Linux.
    if ctx.is_windows and ctx.cpu_architecture == "ARM64":
        yield ctx.finding(
            "windows-cpu-architecture",
            "runtimePlatform",
            "cpuArchitecture",
            os_family=ctx.os_family,
        )
