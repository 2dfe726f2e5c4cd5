"""Container port ranges (containerPortRange): format, network mode, count
and overlaps.

containerPortRange (API reference: PortMapping). Mappings
that set both a range and containerPort or hostPort are ports.py's.
"""

from __future__ import annotations

from collections.abc import Iterator

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.context import RuleContext, container_label
from wizard.domain.rules.network import network_mode
from wizard.domain.rules.port_mappings import (
    PORT_MAX,
    PORT_MIN,
    RANGE_RE,
    PortMapping,
    container_port_mappings,
    first_overlaps,
    port_mappings,
)
from wizard.domain.rules.registry import container_check
from wizard.domain.rules.sources import api

define(
    "port-range-format",
    Severity.ERROR,
    "Container '{container}' has containerPortRange '{value}', which is not of the form start-end.",
    "Write the range as two port numbers joined by a hyphen, for example 8000-8010.",
    api("PortMapping", "containerPortRange"),
)
define(
    "port-range-bounds",
    Severity.ERROR,
    "Container '{container}' has containerPortRange '{value}' with a port outside 1-65535.",
    "Keep both ends of the range between 1 and 65535.",
    api("PortMapping", "containerPortRange"),
)
define(
    "port-range-order",
    Severity.ERROR,
    "Container '{container}' has containerPortRange '{value}' whose first port is not "
    "lower than its last port.",
    "Write the lower port first; for a single port use containerPort instead of a range.",
    api("PortMapping", "containerPortRange"),
)


define(
    "port-range-network-mode",
    Severity.ERROR,
    "Container '{container}' uses containerPortRange '{value}', but port ranges need "
    "network mode bridge or awsvpc (the task uses {mode}).",
    "Switch the task to awsvpc or bridge, or list the ports one by one with containerPort.",
    api("PortMapping", "containerPortRange"),
)
define(
    "port-range-too-many",
    Severity.ERROR,
    "Container '{container}' has {count} port ranges; at most {max} are allowed per container.",
    "Merge neighbouring ranges into wider ones so that there are at most {max}.",
    api("PortMapping", "containerPortRange"),
)
define(
    "port-range-overlap",
    Severity.ERROR,
    "Container '{container}' includes port {port} in two port mappings ('{value}' and "
    "'{other_value}'); a port may appear in only one mapping per container.",
    "Shrink or split the ranges so that every port belongs to a single mapping.",
    api("PortMapping", "containerPortRange"),
)


_MAX_RANGES = 100


def _is_range(span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] != span[1]


def _either_is_a_range(m: PortMapping, other: PortMapping) -> bool:
    return _is_range(m.span) or _is_range(other.span)


@container_check
def check_port_range_values(ctx: RuleContext) -> Iterator[Finding]:
    """containerPortRange is "start-end", in bounds, start < end."""
    for m in port_mappings(ctx):
        value = m.fields.get("containerPortRange")
        if not isinstance(value, str) or ctx.placeholder(value):
            continue  # absent, or a wrong type the schema check reports
        match = RANGE_RE.fullmatch(value)
        rule = None
        if match is None:
            rule = "port-range-format"
        else:
            start, end = int(match.group(1)), int(match.group(2))
            if not (PORT_MIN <= start <= PORT_MAX and PORT_MIN <= end <= PORT_MAX):
                rule = "port-range-bounds"
            elif start >= end:
                rule = "port-range-order"
        if rule:
            yield m.finding(ctx, rule, "containerPortRange", value=value)


@container_check
def check_port_range_usage(ctx: RuleContext) -> Iterator[Finding]:
    """Network mode, count and overlaps of port ranges, per container."""
    mode = network_mode(ctx)
    if mode == "none":
        return
    for index, container in ctx.containers:
        mappings = container_port_mappings(index, container)
        with_range = [m for m in mappings if m.has("containerPortRange")]
        # Windows' default (nat) mode is accepted: the model says ranges work on Windows.
        if mode == "host":
            for m in with_range:
                yield m.finding(
                    ctx,
                    "port-range-network-mode",
                    "containerPortRange",
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


def _range_overlaps(ctx: RuleContext, mappings: list[PortMapping]) -> Iterator[Finding]:
    """Pairs of mappings of one container sharing a port, where at least one is
    a range (two single ports are port-protocol-conflict's business)."""
    for m, other, port in first_overlaps(mappings, _either_is_a_range):
        yield m.finding(
            ctx,
            "port-range-overlap",
            m.span_field,
            port=port,
            value=m.describe(),
            other_value=other.describe(),
        )
