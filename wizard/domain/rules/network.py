"""Network rules: port mappings, container port ranges, Service Connect port
names, links, hostname and extraHosts, as they depend on the network mode.

Implements ecs-rules.md §4.3 (awsvpc rows), §5.1 (network modes), §6
(PortMapping, ContainerDefinition.links/hostname/extraHosts) and §8.1 (port
mapping names, protocols, port ranges). Not here: Fargate's awsvpc
requirement (fargate.py), the EXTERNAL / Managed Instances / Windows network
modes and Windows-only parameters (ec2_external.py, which skips links and
extraHosts wherever these rules report them), Windows-on-Fargate port 3150
(fargate.py), and enum validity (containers.py).

A Fargate definition is judged as awsvpc whatever it declares (see
``_mode``); with mode none only ``port-mappings-network-none`` speaks about
port mappings, since the whole list has to go.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from wizard.domain.catalog import define
from wizard.domain.findings import Finding, Severity
from wizard.domain.rules.context import (
    RuleContext,
    as_int,
    as_list,
    as_str,
    container_label,
)
from wizard.domain.rules.registry import check

_PORT_DOC = "botocore 1.44.8 PortMapping (ecs-rules.md §6)"

# --- rule catalog ---------------------------------------------------------

define(
    "port-host-mismatch",
    Severity.ERROR,
    "Container '{container}' maps host port {host_port} to container port "
    "{container_port}; with network mode {mode} the host port must be omitted or equal "
    "to the container port.",
    "Remove hostPort or set it to {container_port}. To publish another port, change the "
    "port the application listens on (containerPort).",
    f"ecs-rules.md §4.3, §5.1; {_PORT_DOC}.hostPort; API: When networkMode=awsvpc, the host "
    "ports and container ports in port mappings must match. (pulumi/pulumi-awsx#935); "
    "cfn-lint E3053; CDK container-definition",
)
define(
    "port-mappings-network-none",
    Severity.ERROR,
    "Container '{container}' has port mappings, but network mode none gives the task no "
    "external connectivity.",
    "Remove the port mappings, or choose a network mode that publishes ports "
    "(awsvpc, bridge or host).",
    "ecs-rules.md §5.1; botocore ContainerDefinition.portMappings and "
    "RegisterTaskDefinitionRequest.networkMode",
)
define(
    "port-container-port-missing",
    Severity.ERROR,
    "Port mapping {mapping} of container '{container}' has neither containerPort nor "
    "containerPortRange.",
    "Set containerPort to the port the application listens on (or containerPortRange "
    "for a range of ports), or delete the mapping.",
    "ecs-rules.md §8.2; API: Invalid 'containerPort' setting for container '<c>'. "
    "(aws/aws-cli#7288, aws/aws-cdk#8762)",
)
define(
    "port-out-of-range",
    Severity.ERROR,
    "Container '{container}' uses {field} {port}, outside the valid port range 1-65535.",
    "Use a port number between 1 and 65535. In bridge mode, a hostPort of 0 or no "
    "hostPort at all asks ECS for a dynamic host port.",
    f"ecs-rules.md §5.1; {_PORT_DOC}.containerPort/hostPort",
)
define(
    "port-host-reserved",
    Severity.WARNING,
    "Container '{container}' uses host port {port}, which ECS reserves on container "
    "instances by default (22, 2375, 2376, 51678-51680); the task cannot be placed on an "
    "instance where the port is reserved.",
    "Choose another port. In bridge mode you can also omit hostPort to get a dynamic host port.",
    f"ecs-rules.md §5.1; {_PORT_DOC}.hostPort (default reserved ports; the list is agent "
    "configuration, ECS_RESERVED_PORTS, so this is a warning, not a registration error)",
)
define(
    "port-host-ephemeral",
    Severity.WARNING,
    "Container '{container}' uses host port {port}, inside the ephemeral range "
    "{range_start}-65535 from which ECS assigns dynamic host ports; it can collide with "
    "a dynamically assigned port.",
    "Use a fixed host port below {range_start}, or omit hostPort (or set it to 0) to let "
    "ECS assign one.",
    f"ecs-rules.md §5.1; {_PORT_DOC}.hostPort (do not use the ephemeral port range)",
)
define(
    "port-protocol-conflict",
    Severity.ERROR,
    "Container '{container}' exposes container port {port} for both {protocol} and "
    "{other_protocol}; a container port can be exposed for only one protocol.",
    "Keep a single mapping for port {port}, or move one protocol to another container port.",
    f"ecs-rules.md §8.1; {_PORT_DOC} (You can't expose the same container port for "
    "multiple protocols; an error is returned)",
)
define(
    "port-shared-namespace-conflict",
    Severity.ERROR,
    "Container '{container}' uses container port {port}/{protocol}, which container "
    "'{other}' already uses; with network mode {mode} all containers of a task share one "
    "network namespace, so the task cannot start.",
    "Make one of the two containers listen on a different port, or drop the duplicate mapping.",
    "ecs-rules.md §5.1 (awsvpc: one ENI per task; host: the host's network); derived from "
    "botocore RegisterTaskDefinitionRequest.networkMode",
)
define(
    "port-host-duplicate",
    Severity.ERROR,
    "Container '{container}' binds host port {port}/{protocol}, which container "
    "'{other}' of the same task already binds; the task cannot start.",
    "Use a different host port for one of them, or omit hostPort to get a dynamic one.",
    f"ecs-rules.md §5.1; {_PORT_DOC}.hostPort (a host port is reserved while a task uses it)",
)
define(
    "port-range-format",
    Severity.ERROR,
    "Container '{container}' has containerPortRange '{value}', which is not of the form start-end.",
    "Write the range as two port numbers joined by a hyphen, for example 8000-8010.",
    f"ecs-rules.md §8.1; {_PORT_DOC}.containerPortRange; CDK: The containerPortRange must "
    "be a string in the format [start port]-[end port].",
)
define(
    "port-range-bounds",
    Severity.ERROR,
    "Container '{container}' has containerPortRange '{value}' with a port outside 1-65535.",
    "Keep both ends of the range between 1 and 65535.",
    f"ecs-rules.md §8.1; {_PORT_DOC}.containerPortRange",
)
define(
    "port-range-order",
    Severity.ERROR,
    "Container '{container}' has containerPortRange '{value}' whose first port is not "
    "lower than its last port.",
    "Write the lower port first; for a single port use containerPort instead of a range.",
    f"ecs-rules.md §8.1; {_PORT_DOC}.containerPortRange",
)
define(
    "port-range-with-container-port",
    Severity.ERROR,
    "Port mapping {mapping} of container '{container}' sets both containerPort and "
    "containerPortRange.",
    "Keep only one: containerPort for a single port, containerPortRange for a range.",
    f'ecs-rules.md §8.1; {_PORT_DOC}.containerPortRange; CDK: Cannot set "containerPort" '
    'and "containerPortRange" at the same time.',
)
define(
    "port-range-with-host-port",
    Severity.ERROR,
    "Container '{container}' sets hostPort {host_port} on a mapping with "
    "containerPortRange '{value}'; ECS chooses the host ports of a range itself.",
    "Remove hostPort from this mapping.",
    f'ecs-rules.md §8.1; {_PORT_DOC}.hostPort; CDK: Cannot set "hostPort" while using a '
    "port range for the container.",
)
define(
    "port-range-network-mode",
    Severity.ERROR,
    "Container '{container}' uses containerPortRange '{value}', but port ranges need "
    "network mode bridge or awsvpc (the task uses {mode}).",
    "Switch the task to awsvpc or bridge, or list the ports one by one with containerPort.",
    f"ecs-rules.md §8.1; {_PORT_DOC}.containerPortRange; CDK: Either AwsVpc or Bridge "
    "network mode is required to set a port range for the container.",
)
define(
    "port-range-too-many",
    Severity.ERROR,
    "Container '{container}' has {count} port ranges; at most {max} are allowed per container.",
    "Merge neighbouring ranges into wider ones so that there are at most {max}.",
    f"ecs-rules.md §8.1; {_PORT_DOC}.containerPortRange",
)
define(
    "port-range-overlap",
    Severity.ERROR,
    "Container '{container}' includes port {port} in two port mappings ('{value}' and "
    "'{other_value}'); a port may appear in only one mapping per container.",
    "Shrink or split the ranges so that every port belongs to a single mapping.",
    f"ecs-rules.md §8.1; {_PORT_DOC}.containerPortRange (no overlapping ranges; a port "
    "can only be included in one port mapping per container)",
)
define(
    "port-name-format",
    Severity.ERROR,
    "Port mapping name '{name}' of container '{container}' is invalid: it must have 1-64 "
    "lowercase letters, digits, underscores or hyphens and must not start with a hyphen.",
    "Rename it, for example to '{suggestion}'.",
    f"ecs-rules.md §8.1; {_PORT_DOC}.name; CDK: Port mapping name cannot be an empty string.",
)
define(
    "port-name-duplicate",
    Severity.ERROR,
    "Port mapping name '{name}' of container '{container}' is already used by container "
    "'{other}'; port mapping names must be unique within the task definition.",
    "Give each port mapping its own name, for example by adding the port number.",
    "ecs-rules.md §8.1; CDK: Port mapping name '<n>' cannot appear in both '<c1>' and "
    "'<c2>' / already exists on this container",
)
define(
    "port-app-protocol-without-name",
    Severity.WARNING,
    "Container '{container}' sets appProtocol {app_protocol} on a port mapping without a "
    "name; Service Connect refers to port mappings by name, so the setting has no effect.",
    "Add a name to this port mapping, or remove appProtocol.",
    f"ecs-rules.md §7.2; CDK: Service connect-related port mapping field 'appProtocol' "
    f"cannot be set without 'name'; {_PORT_DOC}.appProtocol/name (Service Connect only). "
    "A warning: AWS does not document a registration error.",
)
define(
    "port-service-connect-network-mode",
    Severity.ERROR,
    "Container '{container}' sets the Service Connect port mapping field {field}, but "
    "Service Connect supports only network modes awsvpc and bridge (the task uses {mode}).",
    "Remove name and appProtocol from the port mappings, or switch the task to awsvpc or bridge.",
    "ecs-rules.md §7.2; CDK: Service connect related port mapping fields 'name' and "
    "'appProtocol' are not supported for network mode <mode>",
)
define(
    "links-network-mode",
    Severity.ERROR,
    "Container '{container}' uses links, which work only with network mode bridge; this "
    "task runs with {mode}.",
    "Remove links: with awsvpc or host, the containers of a task reach each other on "
    "localhost. On EC2 you can instead switch the task to bridge.",
    "ecs-rules.md §4.3, §5.1; botocore ContainerDefinition.links; CDK: You must use "
    "network mode Bridge to add container links.",
)
define(
    "links-unknown-container",
    Severity.ERROR,
    "Container '{container}' links to '{target}', but the task has no container with that name.",
    "Use the name of another container of this task (optionally as name:alias), or "
    "remove the link.",
    "ecs-rules.md §8.1 (references); botocore ContainerDefinition.links",
)
define(
    "hostname-awsvpc",
    Severity.ERROR,
    "Container '{container}' sets hostname '{hostname}', which is not supported with "
    "network mode awsvpc.",
    "Remove hostname; with awsvpc the task's network interface determines the hostname.",
    "ecs-rules.md §4.3, §5.1; botocore ContainerDefinition.hostname",
)
define(
    "extra-hosts-awsvpc",
    Severity.ERROR,
    "Container '{container}' sets extraHosts, which are not supported with network mode awsvpc.",
    "Remove extraHosts and resolve those names through DNS instead (for example a Route "
    "53 private hosted zone, or Service Connect).",
    "ecs-rules.md §4.3, §5.1; botocore ContainerDefinition.extraHosts",
)

# --- constants --------------------------------------------------------------

_MODES = frozenset({"bridge", "host", "awsvpc", "none"})
# Containers share one network namespace: host port == container port.
_SHARED_NAMESPACE = frozenset({"awsvpc", "host"})
# Docker NAT (bridge on Linux, "default" = nat on Windows): host ports are
# published separately and may be dynamic.
_NAT_MODES = frozenset({"bridge", "default"})
_APP_PROTOCOLS = frozenset({"http", "http2", "grpc"})
_RESERVED_HOST_PORTS = frozenset({22, 2375, 2376, 51678, 51679, 51680})
_PORT_MIN, _PORT_MAX = 1, 65535
# First dynamic port when the kernel range is unavailable (§5.1).
_EPHEMERAL_START_LINUX = 49153
_EPHEMERAL_START_WINDOWS = 49152
_MAX_RANGES = 100
# At most 10 digits per end, so int() never meets a pathological string.
_RANGE_RE = re.compile(r"([0-9]{1,10})-([0-9]{1,10})")
_PORT_NAME_RE = re.compile(r"[a-z0-9_][a-z0-9_-]{0,63}")


# --- helpers ------------------------------------------------------------------


def _mode(ctx: RuleContext) -> str | None:
    """The network mode the rules apply, or None when it cannot be known.

    Fargate runs only awsvpc, so a Fargate definition is judged as awsvpc
    whatever it declares (a wrong or missing mode is fargate.py's finding).
    Otherwise the declared mode, or ECS's default when omitted (bridge, or
    Windows' "default"). A junk, placeholder or unknown value gives None, so
    that no mode-dependent rule guesses.
    """
    if ctx.is_fargate:
        return "awsvpc"
    raw = ctx.doc.get("networkMode")
    if raw is None:
        return ctx.effective_network_mode
    return raw if isinstance(raw, str) and raw in _MODES else None


def _present(mapping: dict[str, Any], key: str) -> bool:
    return mapping.get(key) is not None


@dataclass(frozen=True)
class _Mapping:
    """One port mapping with where it lives, read defensively."""

    container_index: int
    container: str
    index: int
    fields: dict[str, Any]

    @property
    def container_port(self) -> int | None:
        return as_int(self.fields.get("containerPort"))

    @property
    def host_port(self) -> int | None:
        return as_int(self.fields.get("hostPort"))

    @property
    def port_range(self) -> tuple[int, int] | None:
        """The range when it is well-formed, in bounds and ordered."""
        return _parse_range(self.fields.get("containerPortRange"))

    @property
    def protocol(self) -> str | None:
        """tcp or udp (ECS treats other values as tcp); None for a placeholder."""
        value = self.fields.get("protocol")
        if RuleContext.placeholder(value):
            return None
        return "udp" if value == "udp" else "tcp"

    @property
    def span(self) -> tuple[int, int] | None:
        """The container ports this mapping covers, as an inclusive interval."""
        port = self.container_port
        if port is not None:
            return (port, port) if _PORT_MIN <= port <= _PORT_MAX else None
        return self.port_range

    @property
    def span_field(self) -> str:
        return "containerPort" if self.container_port is not None else "containerPortRange"

    def describe(self) -> str:
        """The mapping's ports as a value for messages ("8080" or "8000-8010")."""
        start, end = self.span or (0, 0)
        return str(start) if start == end else f"{start}-{end}"

    def path(self, *tail: str) -> tuple[str | int, ...]:
        return ("containerDefinitions", self.container_index, "portMappings", self.index, *tail)


def _parse_range(value: Any) -> tuple[int, int] | None:
    text = as_str(value)
    match = _RANGE_RE.fullmatch(text) if text is not None else None
    if match is None:
        return None
    start, end = int(match.group(1)), int(match.group(2))
    if not (_PORT_MIN <= start < end <= _PORT_MAX):
        return None
    return start, end


def _container_mappings(index: int, container: dict[str, Any]) -> list[_Mapping]:
    label = container_label(index, container)
    return [
        _Mapping(index, label, j, m)
        for j, m in enumerate(as_list(container.get("portMappings")))
        if isinstance(m, dict)
    ]


def _mappings(ctx: RuleContext) -> Iterator[_Mapping]:
    """Every port mapping of the task, except in mode none (where the whole
    list is the single finding)."""
    if _mode(ctx) == "none":
        return
    for index, container in ctx.containers:
        yield from _container_mappings(index, container)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int | None:
    """The first port two intervals share, or None."""
    start = max(a[0], b[0])
    return start if start <= min(a[1], b[1]) else None


def _is_range(span: tuple[int, int]) -> bool:
    return span[0] != span[1]


def _suggest_port_name(name: str) -> str:
    cleaned = re.sub(r"[^a-z0-9_-]+", "-", name.lower()).lstrip("-")[:64]
    return cleaned or "web-80"


# --- checks ---------------------------------------------------------------------


@check
def check_network_none(ctx: RuleContext) -> Iterator[Finding]:
    """Mode none has no network to publish to: any port mapping is an error."""
    if _mode(ctx) != "none":
        return
    for index, container in ctx.containers:
        if as_list(container.get("portMappings")):
            yield ctx.finding(
                "port-mappings-network-none",
                "containerDefinitions",
                index,
                "portMappings",
                container=container_label(index, container),
            )


@check
def check_mapping_shape(ctx: RuleContext) -> Iterator[Finding]:
    """Which of containerPort / containerPortRange / hostPort a mapping sets."""
    for m in _mappings(ctx):
        has_port = _present(m.fields, "containerPort")
        has_range = _present(m.fields, "containerPortRange")
        if not has_port and not has_range:
            yield ctx.finding(
                "port-container-port-missing", *m.path(), container=m.container, mapping=m.index + 1
            )
        elif has_port and has_range:
            yield ctx.finding(
                "port-range-with-container-port",
                *m.path("containerPortRange"),
                container=m.container,
                mapping=m.index + 1,
            )
        if has_range and _present(m.fields, "hostPort"):
            yield ctx.finding(
                "port-range-with-host-port",
                *m.path("hostPort"),
                container=m.container,
                host_port=m.fields.get("hostPort"),
                value=m.fields.get("containerPortRange"),
            )


@check
def check_port_numbers(ctx: RuleContext) -> Iterator[Finding]:
    """Ports are 1-65535. hostPort 0 is never reported here: in bridge it means
    "dynamic", and in awsvpc/host port-host-mismatch explains it better."""
    for m in _mappings(ctx):
        for field, value in (("containerPort", m.container_port), ("hostPort", m.host_port)):
            if value is None or (field == "hostPort" and value == 0):
                continue
            if not _PORT_MIN <= value <= _PORT_MAX:
                yield ctx.finding(
                    "port-out-of-range",
                    *m.path(field),
                    container=m.container,
                    field=field,
                    port=value,
                )


@check
def check_host_port_matches(ctx: RuleContext) -> Iterator[Finding]:
    """awsvpc and host publish the container port itself, so a different
    hostPort is rejected at registration."""
    mode = _mode(ctx)
    if mode not in _SHARED_NAMESPACE:
        return
    for m in _mappings(ctx):
        host, port = m.host_port, m.container_port
        if host is not None and port is not None and host != port:
            yield ctx.finding(
                "port-host-mismatch",
                *m.path("hostPort"),
                container=m.container,
                host_port=host,
                container_port=port,
                mode=mode,
            )


@check
def check_host_port_choice(ctx: RuleContext) -> Iterator[Finding]:
    """Host ports the instance already uses: the agent's reserved ports (any
    mode that binds host ports) and the dynamic range (NAT modes only)."""
    mode = _mode(ctx)
    if mode not in _NAT_MODES and mode != "host":
        return
    ephemeral_start = _EPHEMERAL_START_WINDOWS if ctx.is_windows else _EPHEMERAL_START_LINUX
    for m in _mappings(ctx):
        host = m.host_port
        field = "hostPort"
        if mode == "host" and host is None:
            # In host mode the container port is the host port.
            host, field = m.container_port, "containerPort"
        if host is None or host == 0:
            continue
        if host in _RESERVED_HOST_PORTS:
            yield ctx.finding(
                "port-host-reserved", *m.path(field), container=m.container, port=host
            )
        elif mode in _NAT_MODES and ephemeral_start <= host <= _PORT_MAX:
            yield ctx.finding(
                "port-host-ephemeral",
                *m.path(field),
                container=m.container,
                port=host,
                range_start=ephemeral_start,
            )


@check
def check_protocol_conflict(ctx: RuleContext) -> Iterator[Finding]:
    """One container port, one protocol (per container)."""
    if _mode(ctx) == "none":
        return
    for index, container in ctx.containers:
        seen: dict[int, str] = {}
        for m in _container_mappings(index, container):
            port, protocol = m.container_port, m.protocol
            if port is None or protocol is None:
                continue
            first = seen.setdefault(port, protocol)
            if first != protocol:
                yield ctx.finding(
                    "port-protocol-conflict",
                    *m.path("containerPort"),
                    container=m.container,
                    port=port,
                    protocol=first,
                    other_protocol=protocol,
                )


@check
def check_port_range_values(ctx: RuleContext) -> Iterator[Finding]:
    """containerPortRange is "start-end", in bounds, start < end."""
    for m in _mappings(ctx):
        value = m.fields.get("containerPortRange")
        if not isinstance(value, str) or ctx.placeholder(value):
            continue  # absent, or a wrong type the schema check reports
        match = _RANGE_RE.fullmatch(value)
        rule = None
        if match is None:
            rule = "port-range-format"
        else:
            start, end = int(match.group(1)), int(match.group(2))
            if not (_PORT_MIN <= start <= _PORT_MAX and _PORT_MIN <= end <= _PORT_MAX):
                rule = "port-range-bounds"
            elif start >= end:
                rule = "port-range-order"
        if rule:
            yield ctx.finding(
                rule, *m.path("containerPortRange"), container=m.container, value=value
            )


@check
def check_port_range_usage(ctx: RuleContext) -> Iterator[Finding]:
    """Network mode, count and overlaps of port ranges, per container."""
    mode = _mode(ctx)
    if mode == "none":
        return
    for index, container in ctx.containers:
        mappings = _container_mappings(index, container)
        with_range = [m for m in mappings if _present(m.fields, "containerPortRange")]
        # Windows' default (nat) mode is accepted: the model says ranges work on Windows.
        if mode == "host":
            for m in with_range:
                yield ctx.finding(
                    "port-range-network-mode",
                    *m.path("containerPortRange"),
                    container=m.container,
                    value=m.fields.get("containerPortRange"),
                    mode=mode,
                )
        if len(with_range) > _MAX_RANGES:
            yield ctx.finding(
                "port-range-too-many",
                "containerDefinitions",
                index,
                "portMappings",
                container=container_label(index, container),
                count=len(with_range),
                max=_MAX_RANGES,
            )
        yield from _range_overlaps(ctx, mappings)


def _range_overlaps(ctx: RuleContext, mappings: list[_Mapping]) -> Iterator[Finding]:
    """Pairs of mappings of one container sharing a port, where at least one is
    a range (two single ports are port-protocol-conflict's business)."""
    earlier: list[tuple[_Mapping, tuple[int, int]]] = []
    for m in mappings:
        span = m.span
        if span is None:
            continue
        for other, other_span in earlier:
            if not (_is_range(span) or _is_range(other_span)):
                continue
            port = _overlap(span, other_span)
            if port is not None:
                yield ctx.finding(
                    "port-range-overlap",
                    *m.path(m.span_field),
                    container=m.container,
                    port=port,
                    value=m.describe(),
                    other_value=other.describe(),
                )
                break
        earlier.append((m, span))


@check
def check_shared_namespace_ports(ctx: RuleContext) -> Iterator[Finding]:
    """awsvpc/host: two containers cannot listen on the same port+protocol."""
    mode = _mode(ctx)
    if mode not in _SHARED_NAMESPACE:
        return
    earlier: list[tuple[_Mapping, tuple[int, int], str]] = []
    for m in _mappings(ctx):
        span, protocol = m.span, m.protocol
        if span is None or protocol is None:
            continue
        for other, other_span, other_protocol in earlier:
            if other.container_index == m.container_index or other_protocol != protocol:
                continue
            port = _overlap(span, other_span)
            if port is not None:
                yield ctx.finding(
                    "port-shared-namespace-conflict",
                    *m.path(m.span_field),
                    container=m.container,
                    other=other.container,
                    port=port,
                    protocol=protocol,
                    mode=mode,
                )
                break
        earlier.append((m, span, protocol))


@check
def check_duplicate_host_ports(ctx: RuleContext) -> Iterator[Finding]:
    """bridge: a fixed host port (per protocol) can be bound only once."""
    if _mode(ctx) not in _NAT_MODES:
        return
    first_owner: dict[tuple[int, str], str] = {}
    for m in _mappings(ctx):
        host, protocol = m.host_port, m.protocol
        if host is None or host == 0 or protocol is None:
            continue
        key = (host, protocol)
        if key in first_owner:
            yield ctx.finding(
                "port-host-duplicate",
                *m.path("hostPort"),
                container=m.container,
                other=first_owner[key],
                port=host,
                protocol=protocol,
            )
        else:
            first_owner[key] = m.container


@check
def check_service_connect_fields(ctx: RuleContext) -> Iterator[Finding]:
    """name/appProtocol serve Service Connect: appProtocol is found through the
    name, and Service Connect runs only in awsvpc/bridge (Windows' default mode
    is left alone). appProtocol values outside the enum (e.g. "" in ecspresso
    exports) are the enum rule's, so only a real protocol counts here."""
    mode = _mode(ctx)
    for m in _mappings(ctx):
        has_name = m.fields.get("name") not in (None, "")
        app_protocol = m.fields.get("appProtocol")
        has_app_protocol = isinstance(app_protocol, str) and app_protocol in _APP_PROTOCOLS
        if mode == "host" and (has_name or has_app_protocol):
            field = "name" if has_name else "appProtocol"
            yield ctx.finding(
                "port-service-connect-network-mode",
                *m.path(field),
                container=m.container,
                field=field,
                mode=mode,
            )
        if has_app_protocol and m.fields.get("name") is None:
            yield ctx.finding(
                "port-app-protocol-without-name",
                *m.path("appProtocol"),
                container=m.container,
                app_protocol=app_protocol,
            )


@check
def check_port_names(ctx: RuleContext) -> Iterator[Finding]:
    """Port mapping names: format, and unique across the whole task."""
    owners: dict[str, str] = {}
    for m in _mappings(ctx):
        name = m.fields.get("name")
        if not isinstance(name, str) or ctx.placeholder(name):
            continue
        if not _PORT_NAME_RE.fullmatch(name):
            yield ctx.finding(
                "port-name-format",
                *m.path("name"),
                container=m.container,
                name=name,
                suggestion=_suggest_port_name(name),
            )
        elif name in owners:
            yield ctx.finding(
                "port-name-duplicate",
                *m.path("name"),
                container=m.container,
                name=name,
                other=owners[name],
            )
        else:
            owners[name] = m.container


@check
def check_links(ctx: RuleContext) -> Iterator[Finding]:
    """links: bridge only, and each entry (name or name:alias) names a container."""
    mode = _mode(ctx)
    names = ctx.container_names()
    for index, container in ctx.containers:
        links = as_list(container.get("links"))
        if not links:
            continue
        label = container_label(index, container)
        if mode is not None and mode != "bridge":
            yield ctx.finding(
                "links-network-mode",
                "containerDefinitions",
                index,
                "links",
                container=label,
                mode=mode,
            )
        for k, entry in enumerate(links):
            if not isinstance(entry, str) or ctx.placeholder(entry):
                continue
            target = entry.split(":", 1)[0]
            if target not in names:
                yield ctx.finding(
                    "links-unknown-container",
                    "containerDefinitions",
                    index,
                    "links",
                    k,
                    container=label,
                    target=target,
                )


@check
def check_awsvpc_container_fields(ctx: RuleContext) -> Iterator[Finding]:
    """hostname and extraHosts belong to Docker's own networking, not to an ENI."""
    if _mode(ctx) != "awsvpc":
        return
    for index, container in ctx.containers:
        label = container_label(index, container)
        hostname = container.get("hostname")
        if hostname not in (None, ""):
            yield ctx.finding(
                "hostname-awsvpc",
                "containerDefinitions",
                index,
                "hostname",
                container=label,
                hostname=hostname,
            )
        if as_list(container.get("extraHosts")):
            yield ctx.finding(
                "extra-hosts-awsvpc", "containerDefinitions", index, "extraHosts", container=label
            )
