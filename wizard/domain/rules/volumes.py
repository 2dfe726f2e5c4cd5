"""Task volumes: names, one type per volume, volumes configured at launch,
and volumes nobody mounts.

Volume names, types and configuredAtLaunch (API reference: Volume). The rules
of each volume type are volume_types.py's, mount points and volumesFrom mounts.py's.
Not here: ephemeral storage
(task_size.py), Docker volumes on Managed Instances (ec2_external.py), the
Fargate platform version EFS needs (fargate_platform.py), required members of
FSx/EFS (the schema loader), enum validity (enums.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.context import RuleContext, as_dict, as_list, volume_label
from wizard.domain.rules.registry import check, reads, task_check
from wizard.domain.rules.sources import api

define(
    "volume-name-missing",
    Severity.ERROR,
    "Volume {volume} has no name.",
    "Give the volume a name of letters, digits, '_' or '-'; container mount points refer "
    "to it by that name.",
    api("Volume", "name"),
)
define(
    "volume-name-format",
    Severity.ERROR,
    "Volume name '{name}' is invalid: use 1-255 letters, digits, underscores or hyphens.",
    "Rename the volume, for example to '{suggestion}', and update the mount points that use it.",
    api("Volume", "name"),
)
define(
    "volume-name-duplicate",
    Severity.ERROR,
    "Volume name '{name}' is used by more than one volume.",
    "Give each volume its own name, and point each mount point at the right one.",
    api("Volume", "name"),
)
define(
    "volume-multiple-types",
    Severity.ERROR,
    "Volume '{volume}' configures {kind} in addition to {first_kind}; a volume has "
    "exactly one type.",
    "Keep one configuration on this volume and declare a separate volume for the other.",
    api("Volume"),
)
define(
    "volume-configured-at-launch-with-config",
    Severity.ERROR,
    "Volume '{volume}' is configured at launch but also sets {kind}.",
    "Remove {kind} (the volume's settings come from the service or RunTask at launch), "
    "or set configuredAtLaunch to false.",
    api("Volume", "configuredAtLaunch"),
)
define(
    "volume-configured-at-launch-multiple",
    Severity.ERROR,
    "Volume '{volume}' is configured at launch, but volume '{other}' already is; a task "
    "definition can have at most one such volume.",
    "Keep configuredAtLaunch on one volume only.",
    api("Volume", "configuredAtLaunch"),
)
define(
    "volume-configured-at-launch-unmounted",
    Severity.WARNING,
    "Volume '{volume}' is configured at launch but no container mounts it.",
    "Add a mount point for '{volume}' to a container, or remove the volume.",
    api("Volume", "configuredAtLaunch"),
)
define(
    "volume-unused",
    Severity.INFO,
    "Volume '{volume}' is not mounted by any container.",
    "Add a mount point for '{volume}' to a container, or remove the volume.",
    api("MountPoint", "sourceVolume"),
)


_VOLUME_NAME_RE = re.compile(r"[A-Za-z0-9_-]{1,255}")
# The volume-type members of a Volume (volume_types.py has their rules).
EFS = "efsVolumeConfiguration"
FSX = "fsxWindowsFileServerVolumeConfiguration"
DOCKER = "dockerVolumeConfiguration"
S3FILES = "s3filesVolumeConfiguration"
# The alternative volume types, in the order messages name them.
_KINDS = ("host", DOCKER, EFS, FSX, S3FILES)


def _kinds(volume: dict[str, Any]) -> list[str]:
    """The volume-type members the volume sets (configuredAtLaunch aside)."""
    return [kind for kind in _KINDS if volume.get(kind) is not None]


def _at_launch(volume: dict[str, Any]) -> bool:
    return volume.get("configuredAtLaunch") is True


def _mounted_names(ctx: RuleContext) -> tuple[set[str], bool]:
    """Volume names some container mounts, and whether any mount point's
    sourceVolume is a placeholder (then any volume might be the mounted one)."""
    mounted: set[str] = set()
    unknowable = False
    for _, container in ctx.containers:
        for mount in as_list(container.get("mountPoints")):
            source = as_dict(mount).get("sourceVolume")
            if ctx.placeholder(source):
                unknowable = True
            elif isinstance(source, str):
                mounted.add(source)
    return mounted, unknowable


def _suggest_volume_name(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-")[:255]
    return cleaned or "data"


@task_check
def check_volume_names(ctx: RuleContext) -> Iterator[Finding]:
    """Names exist (mount points need them), are well-formed and unique."""
    seen: set[str] = set()
    for index, volume in ctx.volumes():
        name = volume.get("name")
        if name is None:
            # Documented as required only for these types; any other nameless
            # volume is merely useless (nothing can mount it).
            required = volume.get(EFS) is not None or volume.get(S3FILES) is not None
            required = required or _at_launch(volume)
            yield ctx.finding(
                "volume-name-missing",
                "volumes",
                index,
                "name",
                severity=None if required else Severity.WARNING,
                volume=volume_label(index, volume),
            )
            continue
        if not isinstance(name, str) or ctx.placeholder(name):
            continue
        if not _VOLUME_NAME_RE.fullmatch(name):
            yield ctx.finding(
                "volume-name-format",
                "volumes",
                index,
                "name",
                name=name,
                suggestion=_suggest_volume_name(name),
            )
        elif name in seen:
            yield ctx.finding("volume-name-duplicate", "volumes", index, "name", name=name)
        seen.add(name)


@task_check
def check_volume_kinds(ctx: RuleContext) -> Iterator[Finding]:
    """One type per volume; configured-at-launch volumes carry no settings at
    all, and a task definition has at most one of them."""
    first_at_launch: str | None = None
    for index, volume in ctx.volumes():
        label = volume_label(index, volume)
        kinds = _kinds(volume)
        if _at_launch(volume):
            for kind in kinds:
                yield ctx.finding(
                    "volume-configured-at-launch-with-config",
                    "volumes",
                    index,
                    kind,
                    volume=label,
                    kind=kind,
                )
            if first_at_launch is None:
                first_at_launch = label
            else:
                yield ctx.finding(
                    "volume-configured-at-launch-multiple",
                    "volumes",
                    index,
                    "configuredAtLaunch",
                    volume=label,
                    other=first_at_launch,
                )
            continue
        for kind in kinds[1:]:
            yield ctx.finding(
                "volume-multiple-types",
                "volumes",
                index,
                kind,
                volume=label,
                kind=kind,
                first_kind=kinds[0],
            )


@check
@reads("mountPoints")
def check_volume_use(ctx: RuleContext) -> Iterator[Finding]:
    """Volumes nobody mounts: a configured-at-launch one is a CDK error worth a
    warning; any other is just clutter (volumesFrom only passes on volumes some
    container mounts, so mount points are the whole story)."""
    mounted, unknowable = _mounted_names(ctx)
    if unknowable:
        return
    for index, volume in ctx.volumes():
        name = volume.get("name")
        if not isinstance(name, str) or not name or ctx.placeholder(name) or name in mounted:
            continue
        rule = "volume-configured-at-launch-unmounted" if _at_launch(volume) else "volume-unused"
        yield ctx.finding(rule, "volumes", index, volume=name)
