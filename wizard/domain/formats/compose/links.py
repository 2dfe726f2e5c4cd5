"""A service's ``links:`` under bridge: the container definition's ``links``.

In a task with network mode bridge, containers of the task reach each other by
name only through ``links`` ("name:internalName", as Docker's name:alias); with
awsvpc they share one network interface and reach each other on localhost, and
ECS refuses ``links`` (ContainerDefinition ``links``:
https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html).

So under bridge a compose ``links:`` entry ("api" or "api:backend") becomes an
entry of the container's ``links`` naming the container made of that service;
under awsvpc it is reported as not needed (see ``options.report_key``).
"""

from __future__ import annotations

import re
from typing import Any

from wizard.domain.findings import Severity
from wizard.domain.formats.compose.service import ServiceContext

# "Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens
# are allowed for each name and alias" (ContainerDefinition links).
_ALIAS = re.compile(r"[A-Za-z0-9_-]{1,255}")


def _entries(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def linked_services(value: Any) -> frozenset[str]:
    """The services a compose ``links:`` value names (whatever their aliases)."""
    return frozenset(str(item).partition(":")[0] for item in _entries(value))


def map_links(ctx: ServiceContext, key: str, value: Any) -> None:
    """``links:`` of a service; under bridge each entry links its container."""
    if ctx.network_mode != "bridge":
        ctx.report("compose-networking", Severity.INFO, key, key=key)
        return
    if not isinstance(value, list):
        ctx.bad_value(key, value)
        return
    links: list[str] = []
    for index, item in enumerate(value):
        service, _, alias = str(item).partition(":")
        if service not in ctx.names or service == ctx.service:
            ctx.report("compose-link-unknown", Severity.WARNING, (key, index), link=str(item))
            continue
        if alias and not _ALIAS.fullmatch(alias):
            ctx.bad_value((key, index), item)
            continue
        container = ctx.names[service]
        entry = f"{container}:{alias}" if alias else container
        if entry not in links:
            links.append(entry)
    if links:
        ctx.container["links"] = links
