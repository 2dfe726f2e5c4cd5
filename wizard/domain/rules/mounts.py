"""Container mount points and volumesFrom: each names a task volume or
another container of the task.

MountPoint and VolumeFrom must name volumes and containers that exist.
Each rule's source (its ``define``) is the AWS page that states it.
"""

from __future__ import annotations

from collections.abc import Iterator

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.common import containers_with
from wizard.domain.rules.context import RuleContext, as_list, container_label
from wizard.domain.rules.registry import check, container_check, reads
from wizard.domain.rules.sources import api

define(
    "volume-from-source-missing",
    Severity.ERROR,
    "Entry {entry} of volumesFrom in container '{container}' has no sourceContainer.",
    "Set sourceContainer to the name of the container whose volumes to mount, or remove the entry.",
    api("VolumeFrom", "sourceContainer"),
)
define(
    "volume-from-unknown-container",
    Severity.ERROR,
    "Container '{container}' mounts volumes from '{source}', but the task has no "
    "container with that name.",
    "Use the name of another container of this task, or remove the entry.",
    api("VolumeFrom", "sourceContainer"),
)
define(
    "volume-from-self",
    Severity.ERROR,
    "Container '{container}' lists itself in volumesFrom.",
    "Name another container of the task as sourceContainer, or remove the entry.",
    api("VolumeFrom", "sourceContainer"),
)
define(
    "mount-point-source-volume-missing",
    Severity.ERROR,
    "Mount point {entry} of container '{container}' has no sourceVolume.",
    "Set sourceVolume to the name of one of the task's volumes.",
    api("MountPoint", "sourceVolume"),
)
define(
    "mount-point-unknown-volume",
    Severity.ERROR,
    "Container '{container}' mounts volume '{volume}', but the task defines no volume "
    "with that name.",
    "Add a volume named '{volume}' to the task definition, or use the name of an existing volume.",
    api("MountPoint", "sourceVolume"),
)
define(
    "mount-point-container-path-missing",
    Severity.ERROR,
    "Mount point {entry} of container '{container}' has no containerPath.",
    "Set containerPath to the path inside the container where the volume appears, for "
    "example /data.",
    api("MountPoint", "containerPath"),
)


def _volume_names(ctx: RuleContext) -> set[str]:
    return {n for _, v in ctx.volumes() if isinstance(n := v.get("name"), str)}


@container_check
def check_mount_points(ctx: RuleContext) -> Iterator[Finding]:
    """Each mount point names a task volume and a path in the container."""
    names = _volume_names(ctx)
    # A templated volume name could be any of the mounted names.
    names_known = not any(ctx.placeholder(n) for n in names)
    for label, base, mounts in containers_with(ctx, "mountPoints", list):
        for j, mount in enumerate(mounts):
            if not isinstance(mount, dict):
                continue
            path = (*base, j)
            source = mount.get("sourceVolume")
            if source is None or source == "":
                yield ctx.finding(
                    "mount-point-source-volume-missing",
                    *path,
                    "sourceVolume",
                    container=label,
                    entry=j + 1,
                )
            elif (
                isinstance(source, str)
                and names_known
                and not ctx.placeholder(source)
                and source not in names
            ):
                yield ctx.finding(
                    "mount-point-unknown-volume",
                    *path,
                    "sourceVolume",
                    container=label,
                    volume=source,
                )
            if mount.get("containerPath") in (None, ""):
                yield ctx.finding(
                    "mount-point-container-path-missing",
                    *path,
                    "containerPath",
                    container=label,
                    entry=j + 1,
                )


@check
@reads("name", "volumesFrom")
def check_volumes_from(ctx: RuleContext) -> Iterator[Finding]:
    """volumesFrom names another container of the task."""
    names = ctx.container_names()
    for index, container in ctx.containers:
        label = container_label(index, container)
        own_name = container.get("name")
        for j, entry in enumerate(as_list(container.get("volumesFrom"))):
            if not isinstance(entry, dict):
                continue
            path = ("containerDefinitions", index, "volumesFrom", j, "sourceContainer")
            source = entry.get("sourceContainer")
            if source is None or source == "":
                yield ctx.finding("volume-from-source-missing", *path, container=label, entry=j + 1)
            elif not isinstance(source, str) or ctx.placeholder(source):
                continue
            elif source == own_name:
                yield ctx.finding("volume-from-self", *path, container=label)
            elif source not in names:
                yield ctx.finding(
                    "volume-from-unknown-container", *path, container=label, source=source
                )
