"""Port mappings: their shape, port numbers and protocols, and the port
mapping names and appProtocol that Service Connect uses.

Port mappings against the network mode, Service Connect names and protocols
(API reference: PortMapping). Host ports are
host_ports.py's, containerPortRange port_ranges.py's; Windows-on-Fargate port
3150 is fargate_platform.py's, enum validity enums.py's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.common import containers_with
from wizard.domain.rules.context import RuleContext
from wizard.domain.rules.network import network_mode
from wizard.domain.rules.port_mappings import (
    PORT_MAX,
    PORT_MIN,
    container_port_mappings,
    port_mappings,
)
from wizard.domain.rules.registry import check, container_check, reads
from wizard.domain.rules.sources import api
from wizard.domain.schema.enums import APPLICATION_PROTOCOLS

define(
    "port-mappings-network-none",
    Severity.ERROR,
    "Container '{container}' has port mappings, but network mode none gives the task no "
    "external connectivity.",
    "Remove the port mappings, or choose a network mode that publishes ports "
    "(awsvpc, bridge or host).",
    api("ContainerDefinition", "portMappings"),
)
define(
    "port-container-port-missing",
    Severity.ERROR,
    "Port mapping {mapping} of container '{container}' has neither containerPort nor "
    "containerPortRange.",
    "Set containerPort to the port the application listens on (or containerPortRange "
    "for a range of ports), or delete the mapping.",
    api("PortMapping", "containerPort"),
)
define(
    "port-out-of-range",
    Severity.ERROR,
    "Container '{container}' uses {field} {port}, outside the valid port range 1-65535.",
    "Use a port number between 1 and 65535. In bridge mode, a hostPort of 0 or no "
    "hostPort at all asks ECS for a dynamic host port.",
    api("PortMapping", "containerPort"),
)


define(
    "port-protocol-conflict",
    Severity.ERROR,
    "Container '{container}' exposes container port {port} for both {protocol} and "
    "{other_protocol}; a container port can be exposed for only one protocol.",
    "Keep a single mapping for port {port}, or move one protocol to another container port.",
    api("ContainerDefinition", "portMappings"),
)


define(
    "port-range-with-container-port",
    Severity.ERROR,
    "Port mapping {mapping} of container '{container}' sets both containerPort and "
    "containerPortRange.",
    "Keep only one: containerPort for a single port, containerPortRange for a range.",
    api("PortMapping", "containerPortRange"),
)
define(
    "port-range-with-host-port",
    Severity.ERROR,
    "Container '{container}' sets hostPort {host_port} on a mapping with "
    "containerPortRange '{value}'; ECS chooses the host ports of a range itself.",
    "Remove hostPort from this mapping.",
    api("PortMapping", "containerPortRange"),
)


define(
    "port-name-format",
    Severity.ERROR,
    "Port mapping name '{name}' of container '{container}' is invalid: it must have 1-64 "
    "lowercase letters, digits, underscores or hyphens and must not start with a hyphen.",
    "Rename it, for example to '{suggestion}'.",
    api("PortMapping", "name"),
)
define(
    "port-name-duplicate",
    Severity.ERROR,
    "Port mapping name '{name}' of container '{container}' is already used by container "
    "'{other}'; port mapping names must be unique within the task definition.",
    "Give each port mapping its own name, for example by adding the port number.",
    api("PortMapping", "name"),
)
define(
    "port-app-protocol-without-name",
    Severity.WARNING,
    "Container '{container}' sets appProtocol {app_protocol} on a port mapping without a "
    "name; Service Connect refers to port mappings by name, so the setting has no effect.",
    "Add a name to this port mapping, or remove appProtocol.",
    api("PortMapping", "appProtocol"),
)
define(
    "port-service-connect-network-mode",
    Severity.ERROR,
    "Container '{container}' sets the Service Connect port mapping field {field}, but "
    "Service Connect supports only network modes awsvpc and bridge (the task uses {mode}).",
    "Remove name and appProtocol from the port mappings, or switch the task to awsvpc or bridge.",
    api("PortMapping", "name"),
)


_PORT_NAME_RE = re.compile(r"[a-z0-9_][a-z0-9_-]{0,63}")


def _suggest_port_name(name: str) -> str:
    cleaned = re.sub(r"[^a-z0-9_-]+", "-", name.lower()).lstrip("-")[:64]
    return cleaned or "web-80"


@container_check
def check_network_none(ctx: RuleContext) -> Iterator[Finding]:
    """Mode none has no network to publish to: any port mapping is an error."""
    if network_mode(ctx) != "none":
        return
    for label, path, mappings in containers_with(ctx, "portMappings", list):
        if mappings:
            yield ctx.finding("port-mappings-network-none", *path, container=label)


@container_check
def check_mapping_shape(ctx: RuleContext) -> Iterator[Finding]:
    """Which of containerPort / containerPortRange / hostPort a mapping sets."""
    for m in port_mappings(ctx):
        has_port = m.has("containerPort")
        has_range = m.has("containerPortRange")
        if not has_port and not has_range:
            yield m.finding(ctx, "port-container-port-missing", mapping=m.index + 1)
        elif has_port and has_range:
            yield m.finding(
                ctx, "port-range-with-container-port", "containerPortRange", mapping=m.index + 1
            )
        if has_range and m.has("hostPort"):
            yield m.finding(
                ctx,
                "port-range-with-host-port",
                "hostPort",
                host_port=m.fields.get("hostPort"),
                value=m.fields.get("containerPortRange"),
            )


@container_check
def check_port_numbers(ctx: RuleContext) -> Iterator[Finding]:
    """Ports are 1-65535. hostPort 0 is never reported here: in bridge it means
    "dynamic", and in awsvpc/host port-host-mismatch explains it better."""
    for m in port_mappings(ctx):
        for field, value in (("containerPort", m.container_port), ("hostPort", m.host_port)):
            if value is None or (field == "hostPort" and value == 0):
                continue
            if not PORT_MIN <= value <= PORT_MAX:
                yield m.finding(ctx, "port-out-of-range", field, field=field, port=value)


@container_check
def check_protocol_conflict(ctx: RuleContext) -> Iterator[Finding]:
    """One container port, one protocol (per container)."""
    if network_mode(ctx) == "none":
        return
    for index, container in ctx.containers:
        seen: dict[int, str] = {}
        for m in container_port_mappings(index, container):
            port, protocol = m.container_port, m.protocol
            if port is None or protocol is None:
                continue
            first = seen.setdefault(port, protocol)
            if first != protocol:
                yield m.finding(
                    ctx,
                    "port-protocol-conflict",
                    "containerPort",
                    port=port,
                    protocol=first,
                    other_protocol=protocol,
                )


@container_check
def check_service_connect_fields(ctx: RuleContext) -> Iterator[Finding]:
    """name/appProtocol serve Service Connect: appProtocol is found through the
    name, and Service Connect runs only in awsvpc/bridge (Windows' default mode
    is left alone). appProtocol values outside the enum (e.g. "" in ecspresso
    exports) are the enum rule's, so only a real protocol counts here."""
    mode = network_mode(ctx)
    for m in port_mappings(ctx):
        has_name = m.fields.get("name") not in (None, "")
        app_protocol = m.fields.get("appProtocol")
        has_app_protocol = isinstance(app_protocol, str) and app_protocol in APPLICATION_PROTOCOLS
        if mode == "host" and (has_name or has_app_protocol):
            field = "name" if has_name else "appProtocol"
            yield m.finding(ctx, "port-service-connect-network-mode", field, field=field, mode=mode)
        if has_app_protocol and m.fields.get("name") is None:
            yield m.finding(
                ctx, "port-app-protocol-without-name", "appProtocol", app_protocol=app_protocol
            )


@check
@reads("name", "portMappings")
def check_port_names(ctx: RuleContext) -> Iterator[Finding]:
    """Port mapping names: format, and unique across the whole task."""
    owners: dict[str, str] = {}
    for m in port_mappings(ctx):
        name = m.fields.get("name")
        if not isinstance(name, str) or ctx.placeholder(name):
            continue
        if not _PORT_NAME_RE.fullmatch(name):
            yield m.finding(
                ctx, "port-name-format", "name", name=name, suggestion=_suggest_port_name(name)
            )
        elif name in owners:
            yield m.finding(ctx, "port-name-duplicate", "name", name=name, other=owners[name])
        else:
            owners[name] = m.container
