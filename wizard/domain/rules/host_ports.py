"""Host ports: how they must match the container port, which ones to avoid,
and ports two containers of a task cannot share.

Host ports against the network mode (API reference: PortMapping ``hostPort``).
The rules apply the network mode of
:func:`wizard.domain.rules.network.network_mode`.
"""

from __future__ import annotations

from collections.abc import Iterator

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.context import RuleContext
from wizard.domain.rules.network import network_mode
from wizard.domain.rules.port_mappings import (
    PORT_MAX,
    PortMapping,
    first_overlaps,
    port_mappings,
)
from wizard.domain.rules.registry import check, container_check, reads
from wizard.domain.rules.sources import api, register

define(
    "port-host-mismatch",
    Severity.ERROR,
    "Container '{container}' maps host port {host_port} to container port "
    "{container_port}; with network mode {mode} the host port must be omitted or equal "
    "to the container port.",
    "Remove hostPort or set it to {container_port}. To publish another port, change the "
    "port the application listens on (containerPort).",
    api("PortMapping", "hostPort"),
)


define(
    "port-host-reserved",
    Severity.WARNING,
    "Container '{container}' uses host port {port}, which ECS reserves on container "
    "instances by default (22, 2375, 2376, 51678-51680); the task cannot be placed on an "
    "instance where the port is reserved.",
    "Choose another port. In bridge mode you can also omit hostPort to get a dynamic host port.",
    api("PortMapping", "hostPort"),
)
define(
    "port-host-ephemeral",
    Severity.WARNING,
    "Container '{container}' uses host port {port}, inside the ephemeral range "
    "{range_start}-65535 from which ECS assigns dynamic host ports; it can collide with "
    "a dynamically assigned port.",
    "Use a fixed host port below {range_start}, or omit hostPort (or set it to 0) to let "
    "ECS assign one.",
    api("PortMapping", "hostPort"),
)


define(
    "port-shared-namespace-conflict",
    Severity.ERROR,
    "Container '{container}' uses container port {port}/{protocol}, which container "
    "'{other}' already uses; with network mode {mode} all containers of a task share one "
    "network namespace, so the task cannot start.",
    "Make one of the two containers listen on a different port, or drop the duplicate mapping.",
    register("networkMode"),
)
define(
    "port-host-duplicate",
    Severity.ERROR,
    "Container '{container}' binds host port {port}/{protocol}, which container "
    "'{other}' of the same task already binds; the task cannot start.",
    "Use a different host port for one of them, or omit hostPort to get a dynamic one.",
    api("PortMapping", "hostPort"),
)


# Containers share one network namespace: host port == container port.
_SHARED_NAMESPACE = frozenset({"awsvpc", "host"})
# Docker NAT (bridge on Linux, "default" = nat on Windows): host ports are
# published separately and may be dynamic.
_NAT_MODES = frozenset({"bridge", "default"})
_RESERVED_HOST_PORTS = frozenset({22, 2375, 2376, 51678, 51679, 51680})
# First dynamic port when the kernel range is unavailable.
_EPHEMERAL_START_LINUX = 49153
_EPHEMERAL_START_WINDOWS = 49152


@container_check
def check_host_port_matches(ctx: RuleContext) -> Iterator[Finding]:
    """awsvpc and host publish the container port itself, so a different
    hostPort is rejected at registration."""
    mode = network_mode(ctx)
    if mode not in _SHARED_NAMESPACE:
        return
    for m in port_mappings(ctx):
        host, port = m.host_port, m.container_port
        if host is not None and port is not None and host != port:
            yield m.finding(
                ctx,
                "port-host-mismatch",
                "hostPort",
                host_port=host,
                container_port=port,
                mode=mode,
            )


@container_check
def check_host_port_choice(ctx: RuleContext) -> Iterator[Finding]:
    """Host ports the instance already uses: the agent's reserved ports (any
    mode that binds host ports) and the dynamic range (NAT modes only)."""
    mode = network_mode(ctx)
    if mode not in _NAT_MODES and mode != "host":
        return
    ephemeral_start = _EPHEMERAL_START_WINDOWS if ctx.is_windows else _EPHEMERAL_START_LINUX
    for m in port_mappings(ctx):
        host = m.host_port
        field = "hostPort"
        if mode == "host" and host is None:
            # In host mode the container port is the host port.
            host, field = m.container_port, "containerPort"
        if host is None or host == 0:
            continue
        if host in _RESERVED_HOST_PORTS:
            yield m.finding(ctx, "port-host-reserved", field, port=host)
        elif mode in _NAT_MODES and ephemeral_start <= host <= PORT_MAX:
            yield m.finding(
                ctx, "port-host-ephemeral", field, port=host, range_start=ephemeral_start
            )


def _other_container_same_protocol(m: PortMapping, other: PortMapping) -> bool:
    return other.container_index != m.container_index and other.protocol == m.protocol


@check
@reads("name", "portMappings")
def check_shared_namespace_ports(ctx: RuleContext) -> Iterator[Finding]:
    """awsvpc/host: two containers cannot listen on the same port+protocol."""
    mode = network_mode(ctx)
    if mode not in _SHARED_NAMESPACE:
        return
    with_protocol = (m for m in port_mappings(ctx) if m.protocol is not None)
    for m, other, port in first_overlaps(with_protocol, _other_container_same_protocol):
        yield m.finding(
            ctx,
            "port-shared-namespace-conflict",
            m.span_field,
            other=other.container,
            port=port,
            protocol=m.protocol,
            mode=mode,
        )


@check
@reads("name", "portMappings")
def check_duplicate_host_ports(ctx: RuleContext) -> Iterator[Finding]:
    """bridge: a fixed host port (per protocol) can be bound only once."""
    if network_mode(ctx) not in _NAT_MODES:
        return
    first_owner: dict[tuple[int, str], str] = {}
    for m in port_mappings(ctx):
        host, protocol = m.host_port, m.protocol
        if host is None or host == 0 or protocol is None:
            continue
        key = (host, protocol)
        if key in first_owner:
            yield m.finding(
                ctx,
                "port-host-duplicate",
                "hostPort",
                other=first_owner[key],
                port=host,
                protocol=protocol,
            )
        else:
            first_owner[key] = m.container
