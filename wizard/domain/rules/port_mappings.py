"""Port mappings as the port rules read them (no rules here).

ports.py, host_ports.py and port_ranges.py share :class:`PortMapping` and the
helpers below. With network mode none only ``port-mappings-network-none``
speaks about port mappings, since the whole list has to go, so
:func:`port_mappings` yields nothing then.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from wizard.domain.findings import Finding
from wizard.domain.rules.context import RuleContext, as_int, as_list, as_str, container_label
from wizard.domain.rules.network import network_mode

PORT_MIN, PORT_MAX = 1, 65535
# At most 10 digits per end, so int() never meets a pathological string.
RANGE_RE = re.compile(r"([0-9]{1,10})-([0-9]{1,10})")


@dataclass(frozen=True)
class PortMapping:
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
        return parse_range(self.fields.get("containerPortRange"))

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
            return (port, port) if PORT_MIN <= port <= PORT_MAX else None
        return self.port_range

    @property
    def span_field(self) -> str:
        return "containerPort" if self.container_port is not None else "containerPortRange"

    def describe(self) -> str:
        """The mapping's ports as a value for messages ("8080" or "8000-8010")."""
        start, end = self.span or (0, 0)
        return str(start) if start == end else f"{start}-{end}"

    def has(self, key: str) -> bool:
        """Whether the mapping sets ``key`` (to anything but null)."""
        return self.fields.get(key) is not None

    def path(self, *tail: str) -> tuple[str | int, ...]:
        return ("containerDefinitions", self.container_index, "portMappings", self.index, *tail)

    def finding(self, ctx: RuleContext, rule_id: str, *tail: str, **params: Any) -> Finding:
        """A finding about this mapping (at ``tail`` inside it), naming its container."""
        return ctx.finding(rule_id, *self.path(*tail), container=self.container, **params)


def parse_range(value: Any) -> tuple[int, int] | None:
    text = as_str(value)
    match = RANGE_RE.fullmatch(text) if text is not None else None
    if match is None:
        return None
    start, end = int(match.group(1)), int(match.group(2))
    if not (PORT_MIN <= start < end <= PORT_MAX):
        return None
    return start, end


def container_port_mappings(index: int, container: dict[str, Any]) -> list[PortMapping]:
    label = container_label(index, container)
    return [
        PortMapping(index, label, j, m)
        for j, m in enumerate(as_list(container.get("portMappings")))
        if isinstance(m, dict)
    ]


def port_mappings(ctx: RuleContext) -> Iterator[PortMapping]:
    """Every port mapping of the task, except in mode none (where the whole
    list is the single finding)."""
    if network_mode(ctx) == "none":
        return
    yield from _all_port_mappings(ctx)


def _all_port_mappings(ctx: RuleContext) -> list[PortMapping]:
    # One list per run, shared by the port checks (PortMapping is frozen).
    found: list[PortMapping] | None = ctx.shared.get("port_mappings")
    if found is None:
        found = [
            m
            for index, container in ctx.containers
            for m in container_port_mappings(index, container)
        ]
        ctx.shared["port_mappings"] = found
    return found


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int | None:
    """The first port two intervals share, or None."""
    start = max(a[0], b[0])
    return start if start <= min(a[1], b[1]) else None


def first_overlaps(
    mappings: Iterable[PortMapping], counts: Callable[[PortMapping, PortMapping], bool]
) -> Iterator[tuple[PortMapping, PortMapping, int]]:
    """Each mapping with the first earlier one it shares a port with, and that
    port; ``counts(mapping, earlier)`` says which pairs are compared at all.

    Single ports (nearly all mappings) are looked up by port, so 10 containers
    with 50 mappings each cost 500 look-ups rather than 125,000 comparisons on
    every keystroke; port ranges are compared with everything earlier.
    """
    earlier: list[tuple[PortMapping, tuple[int, int]]] = []
    singles: dict[int, list[tuple[int, PortMapping]]] = {}  # port -> (order, mapping)
    ranges: list[tuple[int, PortMapping, tuple[int, int]]] = []
    for m in mappings:
        span = m.span
        if span is None:
            continue
        start, end = span
        if start == end:
            candidates = [(order, other, start) for order, other in singles.get(start, ())]
            candidates += [(o, other, start) for o, other, r in ranges if r[0] <= start <= r[1]]
            candidates.sort(key=lambda candidate: candidate[0])
        else:
            candidates = [
                (order, other, port)
                for order, (other, other_span) in enumerate(earlier)
                if (port := overlap(span, other_span)) is not None
            ]
        for _, other, port in candidates:
            if counts(m, other):
                yield m, other, port
                break
        if start == end:
            singles.setdefault(start, []).append((len(earlier), m))
        else:
            ranges.append((len(earlier), m, span))
        earlier.append((m, span))
