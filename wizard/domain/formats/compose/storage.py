"""Compose ports and volumes -> port mappings, task volumes and mount points.

The imported task uses awsvpc (Fargate): every container shares the task's
network interface, so a published host port different from the container port
cannot be kept; it is reported with what to do instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from wizard.domain.formats.compose.service import ServiceContext, Where
from wizard.domain.formats.compose.values import VolumeSpec, parse_mib, parse_port, parse_volume
from wizard.domain.findings import Finding, Severity, pointer

APP_PROTOCOLS = frozenset({"http", "http2", "grpc"})


# --- ports -----------------------------------------------------------------------


def map_ports(ctx: ServiceContext, key: str, value: Any) -> None:
    if not isinstance(value, list):
        ctx.bad_value(key, value)
        return
    mappings = []
    for index, item in enumerate(value):
        where = (key, index)
        if isinstance(item, dict):
            mapping = _long_port(ctx, item, where)
        else:
            mapping = _short_port(ctx, item, where)
        if mapping is not None:
            mappings.append(mapping)
    if mappings:
        ctx.container["portMappings"] = mappings


def _short_port(ctx: ServiceContext, item: Any, where: Where) -> dict[str, Any] | None:
    spec = parse_port(item)
    if spec is None:
        ctx.bad_value(where, item)
        return None
    return _mapping(ctx, str(item), spec.container, spec.host, spec.host_ip, spec.protocol, where)


def _long_port(ctx: ServiceContext, item: dict[str, Any], where: Where) -> dict[str, Any] | None:
    target = item.get("target")
    spec = parse_port(target if isinstance(target, int) else str(target or ""))
    if spec is None or spec.host is not None:
        ctx.bad_value((*where, "target"), target)
        return None
    published = item.get("published")
    protocol = str(item.get("protocol") or "tcp").lower()
    mapping = _mapping(
        ctx,
        f"{published}:{target}" if published is not None else str(target),
        spec.container,
        None if published is None else str(published),
        item.get("host_ip"),
        protocol,
        where,
    )
    if mapping is None:
        return None
    if isinstance(item.get("name"), str):
        mapping["name"] = item["name"]
    if item.get("app_protocol") in APP_PROTOCOLS:
        mapping["appProtocol"] = item["app_protocol"]
    return mapping


def _mapping(
    ctx: ServiceContext,
    spec: str,
    container: str,
    host: str | None,
    host_ip: str | None,
    protocol: str,
    where: Where,
) -> dict[str, Any] | None:
    if protocol not in ("tcp", "udp"):
        ctx.report("compose-port-protocol", Severity.WARNING, where, spec=spec, protocol=protocol)
        return None
    if host_ip:
        ctx.report("compose-host-ip", Severity.INFO, where, spec=spec, host_ip=host_ip)
    if host and host != container:
        ctx.report(
            "compose-host-port", Severity.WARNING, where, spec=spec, host=host, container=container
        )
    # awsvpc: the host port is the container port, so it is left out entirely.
    if "-" in container:
        return {"containerPortRange": container, "protocol": protocol}
    return {"containerPort": int(container), "protocol": protocol}


# --- volumes ---------------------------------------------------------------------


@dataclass
class TaskVolumes:
    """Task-level volumes shared by all services, one per compose volume or host path."""

    declared: dict[str, Any]  # the compose file's top-level 'volumes'
    volumes: list[dict[str, Any]] = field(default_factory=list)
    _by_source: dict[tuple[str, str], str] = field(default_factory=dict)
    _reported: set[str] = field(default_factory=set)

    def volume_for(self, ctx: ServiceContext, spec: VolumeSpec, where: Where) -> str:
        """The task volume name for a mount, creating the volume on first use."""
        source = spec.source or f"{ctx.service}-{spec.target}"
        key = (spec.kind, source)
        if key in self._by_source:
            return self._by_source[key]
        name = self._unique(
            re.sub(r"[^A-Za-z0-9_-]+", "-", source.strip("./~")).strip("-") or "data"
        )
        volume: dict[str, Any] = {"name": name}
        if spec.kind == "bind" and source.startswith("/"):
            volume["host"] = {"sourcePath": source}
            ctx.report("compose-bind-mount", Severity.WARNING, where, source=source)
        elif spec.kind == "bind":
            ctx.report("compose-bind-relative", Severity.WARNING, where, source=source)
        elif spec.kind == "volume":
            self._named(ctx, source, where)
        self.volumes.append(volume)
        self._by_source[key] = name
        return name

    def _named(self, ctx: ServiceContext, source: str, where: Where) -> None:
        if source in self._reported:
            return
        self._reported.add(source)
        ctx.report("compose-named-volume", Severity.INFO, where, volume=source)
        config = self.declared.get(source)
        if isinstance(config, dict) and (
            config.get("external")
            or config.get("driver") not in (None, "local")
            or config.get("driver_opts")
        ):
            finding = Finding(
                "compose-volume-driver",
                Severity.INFO,
                pointer("volumes", source),
                {"volume": source},
            )
            ctx.findings.append(finding)

    def _unique(self, name: str) -> str:
        taken = {v["name"] for v in self.volumes}
        candidate, n = name[:255], 2
        while candidate in taken:
            candidate = f"{name[:250]}-{n}"
            n += 1
        return candidate


def map_volumes(ctx: ServiceContext, key: str, value: Any, task: TaskVolumes) -> None:
    if not isinstance(value, list):
        ctx.bad_value(key, value)
        return
    mounts = []
    for index, item in enumerate(value):
        where = (key, index)
        spec = _volume_spec(ctx, item, where)
        if spec is None:
            continue
        for option in spec.options:
            ctx.report(
                "compose-volume-option", Severity.INFO, where, option=option, target=spec.target
            )
        mount: dict[str, Any] = {
            "sourceVolume": task.volume_for(ctx, spec, where),
            "containerPath": spec.target,
        }
        if spec.read_only:
            mount["readOnly"] = True
        mounts.append(mount)
    if mounts:
        ctx.container["mountPoints"] = mounts


def _volume_spec(ctx: ServiceContext, item: Any, where: Where) -> VolumeSpec | None:
    if isinstance(item, str):
        spec = parse_volume(item)
        if spec is None:
            ctx.bad_value(where, item)
        return spec
    if not isinstance(item, dict) or not isinstance(item.get("target"), str):
        ctx.bad_value(where, item)
        return None
    kind = item.get("type", "volume")
    target = item["target"]
    if kind == "tmpfs":
        _tmpfs(ctx, target, (item.get("tmpfs") or {}).get("size"), where)
        return None
    if kind not in ("volume", "bind"):
        ctx.report("compose-unsupported-key", Severity.WARNING, where, key=f"volumes type {kind}")
        return None
    source = item.get("source")
    if kind == "volume" and not source:
        kind = "anonymous"
    options = tuple(k for k in item if k not in ("type", "source", "target", "read_only"))
    return VolumeSpec(kind, source, target, item.get("read_only") is True, options)


def _tmpfs(ctx: ServiceContext, target: str, size: Any, where: Where) -> None:
    parsed = parse_mib(size) if size is not None else None
    if parsed is None:
        ctx.report("compose-tmpfs", Severity.WARNING, where, target=target)
        return
    entry = {"containerPath": target, "size": parsed[0]}
    ctx.linux().setdefault("tmpfs", []).append(entry)


def map_tmpfs(ctx: ServiceContext, key: str, value: Any) -> None:
    # The short syntax ("/run" or "/run:size=64m") carries no usable size for ECS.
    if not isinstance(value, list):
        ctx.report("compose-tmpfs", Severity.WARNING, key, target=str(value))
        return
    for index, item in enumerate(value):
        ctx.report("compose-tmpfs", Severity.WARNING, (key, index), target=str(item))


def map_volumes_from(ctx: ServiceContext, key: str, value: Any) -> None:
    entries = []
    for index, item in enumerate(value if isinstance(value, list) else []):
        source, _, mode = str(item).partition(":")
        if source == "container" or source not in ctx.names:
            ctx.report(
                "compose-volumes-from-container", Severity.WARNING, (key, index), source=str(item)
            )
            continue
        entry: dict[str, Any] = {"sourceContainer": ctx.names[source]}
        if mode == "ro":
            entry["readOnly"] = True
        entries.append(entry)
    if entries:
        ctx.container["volumesFrom"] = entries
