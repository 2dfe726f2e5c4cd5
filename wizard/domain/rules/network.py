"""The network mode as the rules see it, and the container parameters that
depend on it: links, hostname and extraHosts.

links, hostname and extraHosts against the network mode (API reference:
ContainerDefinition). Port mappings are ports.py's,
host_ports.py's and port_ranges.py's. Not here: Fargate's awsvpc requirement
(fargate.py), the EXTERNAL / Managed Instances network modes (ec2_external.py),
Windows network modes and Windows-only parameters (windows.py, which skips
links and extraHosts wherever these rules report them), and enum validity
(enums.py).

A Fargate definition is judged as awsvpc whatever it declares (see
:func:`network_mode`).
"""

from __future__ import annotations

from collections.abc import Iterator

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.common import enum_value
from wizard.domain.rules.context import RuleContext, as_list, container_label
from wizard.domain.rules.registry import check, container_check, reads
from wizard.domain.rules.sources import api
from wizard.domain.schema.enums import NETWORK_MODES


def network_mode(ctx: RuleContext) -> str | None:
    """The network mode the rules apply, or None when it cannot be known.

    Fargate runs only awsvpc, so a Fargate definition is judged as awsvpc
    whatever it declares (a wrong or missing mode is fargate.py's finding).
    Otherwise the declared mode, or ECS's default when omitted (bridge, or
    Windows' "default"): see :func:`declared_network_mode`.
    """
    if ctx.is_fargate:
        return "awsvpc"
    return declared_network_mode(ctx)


def declared_network_mode(ctx: RuleContext) -> str | None:
    """The declared network mode, or ECS's default when omitted (bridge, or
    Windows' "default"). A junk, placeholder or unknown value gives None, so
    that no mode-dependent rule guesses.
    """
    raw = ctx.doc.get("networkMode")
    if raw is None:
        return ctx.effective_network_mode
    return enum_value(raw, NETWORK_MODES)


define(
    "links-network-mode",
    Severity.ERROR,
    "Container '{container}' uses links, which work only with network mode bridge; this "
    "task runs with {mode}.",
    "Remove links: with awsvpc or host, the containers of a task reach each other on "
    "localhost. On EC2 you can instead switch the task to bridge.",
    api("ContainerDefinition", "links"),
)
define(
    "links-unknown-container",
    Severity.ERROR,
    "Container '{container}' links to '{target}', but the task has no container with that name.",
    "Use the name of another container of this task (optionally as name:alias), or "
    "remove the link.",
    api("ContainerDefinition", "links"),
)
define(
    "hostname-awsvpc",
    Severity.ERROR,
    "Container '{container}' sets hostname '{hostname}', which is not supported with "
    "network mode awsvpc.",
    "Remove hostname; with awsvpc the task's network interface determines the hostname.",
    api("ContainerDefinition", "hostname"),
)
define(
    "extra-hosts-awsvpc",
    Severity.ERROR,
    "Container '{container}' sets extraHosts, which are not supported with network mode awsvpc.",
    "Remove extraHosts and resolve those names through DNS instead (for example a Route "
    "53 private hosted zone, or Service Connect).",
    api("ContainerDefinition", "extraHosts"),
)


@check
@reads("name", "links")
def check_links(ctx: RuleContext) -> Iterator[Finding]:
    """links: bridge only, and each entry (name or name:alias) names a container."""
    mode = network_mode(ctx)
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


@container_check
def check_awsvpc_container_fields(ctx: RuleContext) -> Iterator[Finding]:
    """hostname and extraHosts belong to Docker's own networking, not to an ENI."""
    if network_mode(ctx) != "awsvpc":
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
