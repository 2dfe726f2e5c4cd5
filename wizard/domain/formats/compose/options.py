"""Compose service options that map to container settings one by one: resources
(deploy.resources and the docker-run style mem_limit, cpus, cpu_shares), labels,
ulimits, kernel capabilities and the other ``linuxParameters``; and the report
for keys that have no container equivalent.
"""

from __future__ import annotations

import re
from typing import Any

from wizard.domain.findings import Severity
from wizard.domain.formats.compose.service import (
    COMPOSE_ONLY,
    NETWORKING,
    ULIMIT_NAMES,
    Handler,
    ServiceContext,
    Where,
    pairs,
    seconds_at,
)
from wizard.domain.formats.compose.values import parse_cpus, parse_mib


def _memory(member: str) -> Handler:
    def handler(ctx: ServiceContext, key: str, value: Any) -> None:
        parsed = parse_mib(value)
        if parsed is None:
            ctx.bad_value(key, value)
            return
        mib, rounded = parsed
        if rounded:
            ctx.report("compose-size-rounded", Severity.INFO, key, key=key, value=value, mib=mib)
        # deploy.resources (the newer syntax) wins when a service has both.
        ctx.container.setdefault(member, mib)

    return handler


def _cpus(ctx: ServiceContext, key: str, value: Any) -> None:
    units = parse_cpus(value)
    if units is None:
        ctx.bad_value(key, value)
    else:
        ctx.container.setdefault("cpu", units)


def _cpu_shares(ctx: ServiceContext, key: str, value: Any) -> None:
    # cpu_shares is what ECS container cpu means on Linux: the same number.
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        ctx.container.setdefault("cpu", value)
    else:
        ctx.bad_value(key, value)


def _labels(ctx: ServiceContext, key: str, value: Any) -> None:
    labels = {k: v or "" for k, v in pairs(value)}
    if labels:
        ctx.container["dockerLabels"] = labels


def _ulimits(ctx: ServiceContext, key: str, value: Any) -> None:
    if not isinstance(value, dict):
        ctx.bad_value(key, value)
        return
    limits = []
    for name, limit in value.items():
        if name not in ULIMIT_NAMES:
            ctx.report("compose-ulimit-invalid", Severity.WARNING, (key, str(name)), name=str(name))
            continue
        if isinstance(limit, dict):
            soft, hard = limit.get("soft"), limit.get("hard")
        else:
            soft = hard = limit
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (soft, hard)):
            ctx.bad_value((key, str(name)), limit)
            continue
        limits.append({"name": str(name), "softLimit": soft, "hardLimit": hard})
    if limits:
        ctx.container["ulimits"] = limits


def _capabilities(ctx: ServiceContext, key: str, value: Any) -> None:
    if not isinstance(value, list):
        ctx.bad_value(key, value)
        return
    # Compose accepts "CAP_NET_ADMIN" and "NET_ADMIN"; ECS takes the bare name.
    names = [re.sub(r"^CAP_", "", str(v).upper()) for v in value]
    member = "add" if key == "cap_add" else "drop"
    ctx.linux().setdefault("capabilities", {})[member] = names


def _init(ctx: ServiceContext, key: str, value: Any) -> None:
    if isinstance(value, bool):
        ctx.linux()["initProcessEnabled"] = value
    else:
        ctx.bad_value(key, value)


def _shm_size(ctx: ServiceContext, key: str, value: Any) -> None:
    parsed = parse_mib(value)
    if parsed is None:
        ctx.bad_value(key, value)
    else:
        ctx.linux()["sharedMemorySize"] = parsed[0]


def _stop_grace_period(ctx: ServiceContext, key: str, value: Any) -> None:
    seconds = seconds_at(ctx, key, value)
    if seconds is not None:
        ctx.container["stopTimeout"] = seconds


def _sysctls(ctx: ServiceContext, key: str, value: Any) -> None:
    controls = [{"namespace": k, "value": v or ""} for k, v in pairs(value)]
    if controls:
        ctx.container["systemControls"] = controls


def _extra_hosts(ctx: ServiceContext, key: str, value: Any) -> None:
    entries = []
    if isinstance(value, dict):
        items = [(str(k), str(v)) for k, v in value.items()]
    else:
        items = []
        for item in value if isinstance(value, list) else []:
            # "host=ip" (newer) or "host:ip" (older; the IP may be IPv6 with colons).
            sep = "=" if "=" in str(item) else ":"
            host, _, ip = str(item).partition(sep)
            items.append((host, ip))
    for host, ip in items:
        if host and ip:
            entries.append({"hostname": host, "ipAddress": ip.strip("[]")})
        else:
            ctx.bad_value(key, f"{host}:{ip}")
    if entries:
        ctx.container["extraHosts"] = entries


_PERMISSIONS = {"r": "read", "w": "write", "m": "mknod"}


def _devices(ctx: ServiceContext, key: str, value: Any) -> None:
    devices = []
    for index, item in enumerate(value if isinstance(value, list) else []):
        if isinstance(item, dict):
            host, container, perms = item.get("source"), item.get("target"), item.get("permissions")
        else:
            host, container, perms = ([*str(item).split(":"), None, None])[:3]
        if not host:
            ctx.bad_value((key, index), item)
            continue
        device: dict[str, Any] = {"hostPath": str(host), "containerPath": str(container or host)}
        if perms:
            device["permissions"] = [_PERMISSIONS[p] for p in str(perms) if p in _PERMISSIONS]
        devices.append(device)
    if devices:
        ctx.linux()["devices"] = devices


def _deploy_memory(ctx: ServiceContext, key: str, value: Any, member: str, where: Where) -> None:
    parsed = parse_mib(value)
    if parsed is None:
        ctx.bad_value(where, value)
        return
    mib, rounded = parsed
    if rounded:
        ctx.report("compose-size-rounded", Severity.INFO, where, key=key, value=value, mib=mib)
    ctx.container[member] = mib


def _deploy_cpus(ctx: ServiceContext, value: Any, where: Where) -> int | None:
    units = parse_cpus(value)
    if units is None:
        ctx.bad_value(where, value)
    return units


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _deploy(ctx: ServiceContext, key: str, value: Any) -> None:
    if not isinstance(value, dict):
        ctx.bad_value(key, value)
        return
    for sub in value:
        if sub != "resources":
            ctx.report("compose-deploy-key", Severity.INFO, (key, sub), key=sub)
    resources = _mapping(value.get("resources"))
    limits, reservations = (
        _mapping(resources.get("limits")),
        _mapping(resources.get("reservations")),
    )
    lim, res = (key, "resources", "limits"), (key, "resources", "reservations")
    if "memory" in limits:
        _deploy_memory(ctx, "limits.memory", limits["memory"], "memory", (*lim, "memory"))
    if "memory" in reservations:
        memory = reservations["memory"]
        _deploy_memory(ctx, "reservations.memory", memory, "memoryReservation", (*res, "memory"))
    # ECS container cpu is one value (cpu shares on Linux): the limit wins, the
    # reservation is used when it is the only one given.
    limit = _deploy_cpus(ctx, limits["cpus"], (*lim, "cpus")) if "cpus" in limits else None
    reserve = (
        _deploy_cpus(ctx, reservations["cpus"], (*res, "cpus")) if "cpus" in reservations else None
    )
    if limit is not None and reserve is not None and limit != reserve:
        ctx.report("compose-cpus-both", Severity.INFO, (*res, "cpus"), units=limit)
    if (units := limit if limit is not None else reserve) is not None:
        ctx.container["cpu"] = units
    for sub in limits:
        if sub not in ("memory", "cpus"):
            ctx.report(
                "compose-unsupported-key", Severity.WARNING, (*lim, sub), key=f"limits.{sub}"
            )
    devices = reservations.get("devices")
    for index, device in enumerate(devices if isinstance(devices, list) else []):
        _gpu(ctx, device, (*res, "devices", index))


def _gpu(ctx: ServiceContext, device: Any, where: Where) -> None:
    count = device.get("count") if isinstance(device, dict) else None
    if (
        isinstance(device, dict)
        and "gpu" in (device.get("capabilities") or [])
        and isinstance(count, int)
        and not isinstance(count, bool)
        and count > 0
    ):
        ctx.container.setdefault("resourceRequirements", []).append(
            {"type": "GPU", "value": str(count)}
        )
    else:
        ctx.report("compose-gpu", Severity.WARNING, where)


def report_key(ctx: ServiceContext, key: str, value: Any) -> None:
    """Keys with no container equivalent: say why, each with its own message."""
    if key == "expose":
        ctx.report("compose-expose", Severity.INFO, key)
    elif key == "restart":
        ctx.report("compose-restart", Severity.INFO, key, policy=str(value))
    elif key == "secrets":
        for index, item in enumerate(value if isinstance(value, list) else []):
            secret = item.get("source") if isinstance(item, dict) else item
            ctx.report("compose-secret", Severity.WARNING, (key, index), secret=str(secret))
    elif key == "configs":
        for index, item in enumerate(value if isinstance(value, list) else []):
            config = item.get("source") if isinstance(item, dict) else item
            ctx.report("compose-config", Severity.WARNING, (key, index), config=str(config))
    elif key in NETWORKING:
        # What the task's network mode makes of it: one interface (awsvpc), or
        # Docker's bridge network, where only links make names resolve.
        bridge = ctx.network_mode == "bridge"
        rule = "compose-networking-bridge" if bridge else "compose-networking"
        ctx.report(rule, Severity.INFO, key, key=key)
    elif key == "container_name":
        ctx.report("compose-container-name", Severity.INFO, key, value=str(value))
    elif key in ("pid", "ipc"):
        ctx.report("compose-namespace", Severity.WARNING, key, key=key, value=str(value))
    elif key == "extends":
        ctx.report("compose-extends", Severity.WARNING, key)
    elif key in COMPOSE_ONLY:
        ctx.report("compose-ignored-key", Severity.INFO, key, key=key)
    else:
        ctx.report("compose-unsupported-key", Severity.WARNING, key, key=key)


def map_platform(ctx: ServiceContext, value: Any, platforms: dict[str, str]) -> None:
    os_name, _, arch = str(value).lower().partition("/")
    arch = {"amd64": "X86_64", "x86_64": "X86_64", "arm64": "ARM64", "arm64/v8": "ARM64"}.get(
        arch, ""
    )
    if os_name != "linux" or not arch:
        detail = "only linux/amd64 and linux/arm64 map to a runtime platform"
        ctx.report(
            "compose-platform", Severity.WARNING, "platform", value=str(value), detail=detail
        )
        return
    if platforms and f"LINUX/{arch}" not in platforms.values():
        detail = "the services of one task must share one CPU architecture"
        ctx.report(
            "compose-platform", Severity.WARNING, "platform", value=str(value), detail=detail
        )
        return
    platforms[ctx.service] = f"LINUX/{arch}"


LINUX_KEYS: dict[str, Handler] = {
    "mem_limit": _memory("memory"),
    "mem_reservation": _memory("memoryReservation"),
    "cpus": _cpus,
    "cpu_shares": _cpu_shares,
    "labels": _labels,
    "ulimits": _ulimits,
    "cap_add": _capabilities,
    "cap_drop": _capabilities,
    "init": _init,
    "shm_size": _shm_size,
    "stop_grace_period": _stop_grace_period,
    "sysctls": _sysctls,
    "extra_hosts": _extra_hosts,
    "devices": _devices,
    "deploy": _deploy,
}
