"""The generic enum rule, and the enum value lists every rule module uses.

botocore does not validate enums client-side, so a typo only shows up as a
server error. Source: the valid values in the API reference. Rules elsewhere act only on
values inside these lists (see :func:`wizard.domain.rules.common.enum_value`);
anything else is reported once, here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.common import Path
from wizard.domain.rules.context import RuleContext, as_dict, as_list, container_label
from wizard.domain.rules.registry import container_check
from wizard.domain.rules.sources import REGISTER
from wizard.domain.schema.enums import (
    APPLICATION_PROTOCOLS,
    COMPATIBILITIES,
    CONTAINER_CONDITIONS,
    CPU_ARCHITECTURES,
    DEVICE_PERMISSIONS,
    DOCKER_VOLUME_SCOPES,
    ENABLED_DISABLED,
    ENVIRONMENT_FILE_TYPES,
    FIRELENS_TYPES,
    IPC_MODES,
    ISOLATION_MODES,
    LOG_DRIVERS,
    NETWORK_MODES,
    OS_FAMILIES,
    PID_MODES,
    PLACEMENT_CONSTRAINT_TYPES,
    PROXY_TYPES,
    RESOURCE_TYPES,
    TRANSPORT_PROTOCOLS,
    ULIMIT_NAMES,
    VERSION_CONSISTENCY,
)

define(
    "enum-invalid",
    Severity.ERROR,
    "'{value}' is not a valid value for {location}. Allowed values: {allowed}.",
    "Use one of: {allowed} (the values are case-sensitive). To get ECS's default instead, "
    "remove the '{field}' key rather than leaving it empty; for networkMode, omitting it "
    "gives bridge on Linux EC2 and the Windows default network.",
    REGISTER,
)


# One place an enum value can sit: the value, its path, and the allowed values.
EnumSite = tuple[Any, Path, tuple[str, ...]]


def _value_site(parent: Any, path: Path, allowed: tuple[str, ...]) -> Iterator[EnumSite]:
    """The value under the last key of ``path`` inside the dict ``parent``."""
    yield as_dict(parent).get(str(path[-1])), path, allowed


def _list_sites(items: Any, path: Path, allowed: tuple[str, ...]) -> Iterator[EnumSite]:
    """Every item of a list of enum strings (e.g. requiresCompatibilities[])."""
    for k, item in enumerate(as_list(items)):
        yield item, (*path, k), allowed


def _field_sites(parent: Any, path: Path, key: str, allowed: tuple[str, ...]) -> Iterator[EnumSite]:
    """``key`` of each dict in the list ``parent`` (e.g. portMappings[].protocol)."""
    for k, item in enumerate(as_list(parent)):
        yield as_dict(item).get(key), (*path, k, key), allowed


def _task_enum_sites(doc: dict[str, Any]) -> Iterator[EnumSite]:
    yield from _value_site(doc, ("networkMode",), NETWORK_MODES)
    yield from _list_sites(
        doc.get("requiresCompatibilities"), ("requiresCompatibilities",), COMPATIBILITIES
    )
    yield from _value_site(doc, ("pidMode",), PID_MODES)
    yield from _value_site(doc, ("ipcMode",), IPC_MODES)
    platform = doc.get("runtimePlatform")
    yield from _value_site(platform, ("runtimePlatform", "operatingSystemFamily"), OS_FAMILIES)
    yield from _value_site(platform, ("runtimePlatform", "cpuArchitecture"), CPU_ARCHITECTURES)
    yield from _field_sites(
        doc.get("placementConstraints"),
        ("placementConstraints",),
        "type",
        PLACEMENT_CONSTRAINT_TYPES,
    )
    yield from _value_site(
        doc.get("proxyConfiguration"), ("proxyConfiguration", "type"), PROXY_TYPES
    )
    yield from _value_site(
        doc.get("trustedExecutionConfiguration"),
        ("trustedExecutionConfiguration", "isolationMode"),
        ISOLATION_MODES,
    )
    for i, volume in enumerate(as_list(doc.get("volumes"))):
        volume = as_dict(volume)
        docker_path: Path = ("volumes", i, "dockerVolumeConfiguration")
        docker = volume.get("dockerVolumeConfiguration")
        yield from _value_site(docker, (*docker_path, "scope"), DOCKER_VOLUME_SCOPES)
        efs_path: Path = ("volumes", i, "efsVolumeConfiguration")
        efs = as_dict(volume.get("efsVolumeConfiguration"))
        yield from _value_site(efs, (*efs_path, "transitEncryption"), ENABLED_DISABLED)
        authorization = efs.get("authorizationConfig")
        yield from _value_site(
            authorization, (*efs_path, "authorizationConfig", "iam"), ENABLED_DISABLED
        )


def _container_enum_sites(index: int, c: dict[str, Any]) -> Iterator[EnumSite]:
    base: Path = ("containerDefinitions", index)
    log_path: Path = (*base, "logConfiguration", "logDriver")
    yield from _value_site(c.get("logConfiguration"), log_path, LOG_DRIVERS)
    ports, ports_path = c.get("portMappings"), (*base, "portMappings")
    yield from _field_sites(ports, ports_path, "protocol", TRANSPORT_PROTOCOLS)
    yield from _field_sites(ports, ports_path, "appProtocol", APPLICATION_PROTOCOLS)
    for key, field, allowed in (
        ("dependsOn", "condition", CONTAINER_CONDITIONS),
        ("ulimits", "name", ULIMIT_NAMES),
        ("resourceRequirements", "type", RESOURCE_TYPES),
        ("environmentFiles", "type", ENVIRONMENT_FILE_TYPES),
    ):
        yield from _field_sites(c.get(key), (*base, key), field, allowed)
    firelens_path: Path = (*base, "firelensConfiguration", "type")
    yield from _value_site(c.get("firelensConfiguration"), firelens_path, FIRELENS_TYPES)
    devices = as_list(as_dict(c.get("linuxParameters")).get("devices"))
    for k, device in enumerate(devices):
        yield from _list_sites(
            as_dict(device).get("permissions"),
            (*base, "linuxParameters", "devices", k, "permissions"),
            DEVICE_PERMISSIONS,
        )
    yield from _value_site(c, (*base, "versionConsistency"), VERSION_CONSISTENCY)


def _location(path: Path, label: str | None) -> str:
    """A readable dotted location, e.g. ``containerDefinitions[web].portMappings[0].protocol``."""
    parts = list(path)
    text = ""
    if label is not None:
        text = f"containerDefinitions[{label}]"
        parts = parts[2:]
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def _field_name(path: Path) -> str:
    """The key that holds the value (for a list item, the list's key)."""
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return ""


@container_check
def check_enums(ctx: RuleContext) -> Iterator[Finding]:
    """Every enum-typed field of the model holds one of its values.

    botocore does not validate enums client-side, so a
    typo only shows up as a server error. An empty string is not a default:
    it is an invalid value (e.g. ipcMode "" in ecspresso exports).
    """
    # Per container (a container_check): the task's own sites once, in the task's view.
    sites: list[tuple[EnumSite, str | None]] = (
        [(s, None) for s in _task_enum_sites(ctx.doc)] if ctx.task_level else []
    )
    for index, c in ctx.containers:
        name = container_label(index, c)
        sites.extend((s, name) for s in _container_enum_sites(index, c))
    for (value, path, allowed), label in sites:
        # Wrong types are the schema's business; placeholders are the importer's.
        if not isinstance(value, str) or value in allowed or ctx.placeholder(value):
            continue
        params: dict[str, Any] = {
            "value": value,
            "field": _field_name(path),
            "location": _location(path, label),
            "allowed": ", ".join(allowed),
        }
        if label is not None:
            params["container"] = label
        yield ctx.finding("enum-invalid", *path, **params)
