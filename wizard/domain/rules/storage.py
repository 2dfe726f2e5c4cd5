"""Storage rules: task volumes, mount points and volumes-from.

Implements ecs-rules.md §4.2 (Fargate volume limitations), §4.5 (task role for
EFS IAM and S3 Files), §5.1/§5.2 (Docker volumes), §6 (Volume, MountPoint,
VolumeFrom, EFS/FSx/S3 Files/Docker volume shapes), §7.2 (CDK's
configuredAtLaunch checks) and §8.1 (volume names and references).
Not here: ephemeral storage (task_size.py), Docker volumes on Managed
Instances (ec2_external.py), the Fargate platform version EFS needs
(fargate.py), required members of FSx/EFS (the schema loader), enum validity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from wizard.domain.catalog import define
from wizard.domain.findings import Finding, Severity
from wizard.domain.rules.context import RuleContext, as_dict, as_list, container_label
from wizard.domain.rules.registry import check

_VOLUME_DOC = "botocore 1.44.8 Volume (ecs-rules.md §6)"
_EFS_DOC = "botocore 1.44.8 EFSVolumeConfiguration / EFSAuthorizationConfig (ecs-rules.md §6)"
_CDK_VOLUMES = "ecs-rules.md §7.2 (CDK base/task-definition.js)"

# --- rule catalog ---------------------------------------------------------

define(
    "volume-name-missing",
    Severity.ERROR,
    "Volume {volume} has no name.",
    "Give the volume a name of letters, digits, '_' or '-'; container mount points refer "
    "to it by that name.",
    f"ecs-rules.md §8.1; {_VOLUME_DOC}.name (required for EFS, S3 Files and "
    "configuredAtLaunch volumes; other volumes get a warning, since nothing can mount them)",
)
define(
    "volume-name-format",
    Severity.ERROR,
    "Volume name '{name}' is invalid: use 1-255 letters, digits, underscores or hyphens.",
    "Rename the volume, for example to '{suggestion}', and update the mount points that use it.",
    f"ecs-rules.md §8.1; {_VOLUME_DOC}.name",
)
define(
    "volume-name-duplicate",
    Severity.ERROR,
    "Volume name '{name}' is used by more than one volume.",
    "Give each volume its own name, and point each mount point at the right one.",
    f"ecs-rules.md §8.1; {_VOLUME_DOC}.name (mount points refer to volumes by name)",
)
define(
    "volume-multiple-types",
    Severity.ERROR,
    "Volume '{volume}' configures {kind} in addition to {first_kind}; a volume has "
    "exactly one type.",
    "Keep one configuration on this volume and declare a separate volume for the other.",
    f"ecs-rules.md §6; {_VOLUME_DOC} (host, dockerVolumeConfiguration, "
    "efsVolumeConfiguration, fsxWindowsFileServerVolumeConfiguration, "
    "s3filesVolumeConfiguration, configuredAtLaunch are alternative volume types)",
)
define(
    "volume-configured-at-launch-with-config",
    Severity.ERROR,
    "Volume '{volume}' is configured at launch but also sets {kind}.",
    "Remove {kind} (the volume's settings come from the service or RunTask at launch), "
    "or set configuredAtLaunch to false.",
    f"{_CDK_VOLUMES}: Volume Configurations must not be specified for '<name>' when "
    f"'configuredAtLaunch' is set to true; {_VOLUME_DOC}.configuredAtLaunch",
)
define(
    "volume-configured-at-launch-multiple",
    Severity.ERROR,
    "Volume '{volume}' is configured at launch, but volume '{other}' already is; a task "
    "definition can have at most one such volume.",
    "Keep configuredAtLaunch on one volume only.",
    f"ecs-rules.md §6; {_VOLUME_DOC}.configuredAtLaunch; {_CDK_VOLUMES}: More than one "
    "volume is configured at launch",
)
define(
    "volume-configured-at-launch-unmounted",
    Severity.WARNING,
    "Volume '{volume}' is configured at launch but no container mounts it.",
    "Add a mount point for '{volume}' to a container, or remove the volume.",
    f"{_CDK_VOLUMES}: Volume '<name>' should be mounted by at least one container when "
    "'configuredAtLaunch' is true",
)
define(
    "volume-unused",
    Severity.INFO,
    "Volume '{volume}' is not mounted by any container.",
    "Add a mount point for '{volume}' to a container, or remove the volume.",
    "ecs-rules.md §6 (MountPoint.sourceVolume); advice",
)
define(
    "volume-host-source-path-fargate",
    Severity.ERROR,
    "Volume '{volume}' sets host.sourcePath, which Fargate does not support.",
    "Remove sourcePath: on Fargate a host volume without sourcePath is a bind mount on "
    "the task's ephemeral storage. For shared data use an EFS volume.",
    "ecs-rules.md §4.2; botocore HostVolumeProperties.sourcePath; AWS fargate-tasks-services page",
)
define(
    "volume-s3files-task-role",
    Severity.ERROR,
    "Volume '{volume}' is an S3 Files volume, which needs a task IAM role, but the task "
    "definition has no taskRoleArn.",
    "Set taskRoleArn to a role that may access the S3 file system.",
    "ecs-rules.md §4.5; botocore S3FilesVolumeConfiguration",
)
define(
    "volume-from-source-missing",
    Severity.ERROR,
    "Entry {entry} of volumesFrom in container '{container}' has no sourceContainer.",
    "Set sourceContainer to the name of the container whose volumes to mount, or remove the entry.",
    "ecs-rules.md §6 (VolumeFrom), §8.1 (references)",
)
define(
    "volume-from-unknown-container",
    Severity.ERROR,
    "Container '{container}' mounts volumes from '{source}', but the task has no "
    "container with that name.",
    "Use the name of another container of this task, or remove the entry.",
    "ecs-rules.md §8.1 (references); botocore VolumeFrom.sourceContainer",
)
define(
    "volume-from-self",
    Severity.ERROR,
    "Container '{container}' lists itself in volumesFrom.",
    "Name another container of the task as sourceContainer, or remove the entry.",
    "ecs-rules.md §8.1 (references: volumesFrom names another container); derived",
)
define(
    "mount-point-source-volume-missing",
    Severity.ERROR,
    "Mount point {entry} of container '{container}' has no sourceVolume.",
    "Set sourceVolume to the name of one of the task's volumes.",
    "ecs-rules.md §6 (MountPoint), §8.1 (references)",
)
define(
    "mount-point-unknown-volume",
    Severity.ERROR,
    "Container '{container}' mounts volume '{volume}', but the task defines no volume "
    "with that name.",
    "Add a volume named '{volume}' to the task definition, or use the name of an existing volume.",
    "ecs-rules.md §6 (ContainerDefinition.mountPoints), §8.1 (references)",
)
define(
    "mount-point-container-path-missing",
    Severity.ERROR,
    "Mount point {entry} of container '{container}' has no containerPath.",
    "Set containerPath to the path inside the container where the volume appears, for "
    "example /data.",
    "ecs-rules.md §6 (MountPoint.containerPath)",
)
define(
    "docker-volume-fargate",
    Severity.ERROR,
    "Volume '{volume}' uses dockerVolumeConfiguration, which Fargate does not support.",
    "Use a bind mount (a volume with no configuration) or an EFS volume instead.",
    "ecs-rules.md §4.2; botocore Volume.dockerVolumeConfiguration; AWS fargate-tasks-services page",
)
define(
    "docker-volume-autoprovision-scope",
    Severity.ERROR,
    "Docker volume '{volume}' sets autoprovision, which works only with scope shared "
    "(the scope is {scope}).",
    "Set scope to shared, or remove autoprovision.",
    "ecs-rules.md §5.1; botocore DockerVolumeConfiguration.autoprovision",
)
define(
    "docker-volume-windows-driver",
    Severity.WARNING,
    "Docker volume '{volume}' uses driver '{driver}'; Windows containers support only "
    "the local driver.",
    "Set driver to local, or remove it.",
    "ecs-rules.md §5.2; botocore DockerVolumeConfiguration.driver",
)
define(
    "efs-transit-encryption-required",
    Severity.ERROR,
    "EFS volume '{volume}' uses {cause}, which requires transitEncryption ENABLED.",
    "Set transitEncryption to ENABLED.",
    f"ecs-rules.md §6; {_EFS_DOC}.transitEncryption",
)
define(
    "efs-root-directory-with-access-point",
    Severity.ERROR,
    "EFS volume '{volume}' sets rootDirectory '{root}' together with an access point; "
    "with an access point it must be omitted or '/'.",
    "Remove rootDirectory (the access point defines the directory), or set it to '/'.",
    f"ecs-rules.md §6; {_EFS_DOC}.rootDirectory",
)
define(
    "efs-file-system-id-format",
    Severity.WARNING,
    "EFS volume '{volume}' has fileSystemId '{value}', which does not look like an EFS "
    "file system ID.",
    "Use the ID shown in the EFS console, such as fs-0123456789abcdef0.",
    "ecs-rules.md §6 (EFSVolumeConfiguration.fileSystemId); EFS ID format fs- + hex",
)
define(
    "efs-iam-task-role",
    Severity.WARNING,
    "EFS volume '{volume}' uses IAM authorization, which authenticates with the task "
    "role, but the task definition has no taskRoleArn.",
    "Set taskRoleArn to a role allowed to mount the file system "
    "(elasticfilesystem:ClientMount, and ClientWrite for writes).",
    "ecs-rules.md §4.5; botocore EFSAuthorizationConfig.iam",
)
define(
    "fsx-fargate",
    Severity.ERROR,
    "Volume '{volume}' is an FSx for Windows File Server volume, which Fargate does not support.",
    "Run the task on EC2 Windows instances, or use another volume type.",
    "ecs-rules.md §4.2 and U12; archived wfsx-volumes.md (doesn't support AWS Fargate)",
)
define(
    "fsx-linux",
    Severity.WARNING,
    "Volume '{volume}' is an FSx for Windows File Server volume, but the task's "
    "operating system family is {os}.",
    "Set runtimePlatform.operatingSystemFamily to a Windows family, or use an EFS volume "
    "for Linux containers.",
    "ecs-rules.md §4.2, §6; archived wfsx-volumes.md (Windows container instances only)",
)

# --- constants --------------------------------------------------------------

_VOLUME_NAME_RE = re.compile(r"[A-Za-z0-9_-]{1,255}")
# EFS IDs are fs- followed by 8 (older) or 17 hex digits.
_EFS_ID_RE = re.compile(r"fs-(?:[0-9a-f]{8}|[0-9a-f]{17})")
_EFS = "efsVolumeConfiguration"
_FSX = "fsxWindowsFileServerVolumeConfiguration"
_DOCKER = "dockerVolumeConfiguration"
_S3FILES = "s3filesVolumeConfiguration"
# The alternative volume types, in the order messages name them.
_KINDS = ("host", _DOCKER, _EFS, _FSX, _S3FILES)


# --- helpers ------------------------------------------------------------------


def _label(index: int, volume: dict[str, Any]) -> str:
    """How messages name a volume: its name, else its position."""
    name = volume.get("name")
    return name if isinstance(name, str) and name else f"#{index + 1}"


def _kinds(volume: dict[str, Any]) -> list[str]:
    """The volume-type members the volume sets (configuredAtLaunch aside)."""
    return [kind for kind in _KINDS if volume.get(kind) is not None]


def _at_launch(volume: dict[str, Any]) -> bool:
    return volume.get("configuredAtLaunch") is True


def _volume_names(ctx: RuleContext) -> set[str]:
    return {n for _, v in ctx.volumes() if isinstance(n := v.get("name"), str)}


def _has_task_role(ctx: RuleContext) -> bool:
    role = ctx.doc.get("taskRoleArn")
    return role is not None and role != ""


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


# --- checks ---------------------------------------------------------------------


@check
def check_volume_names(ctx: RuleContext) -> Iterator[Finding]:
    """Names exist (mount points need them), are well-formed and unique."""
    seen: set[str] = set()
    for index, volume in ctx.volumes():
        name = volume.get("name")
        if name is None:
            # Documented as required only for these types; any other nameless
            # volume is merely useless (nothing can mount it).
            required = volume.get(_EFS) is not None or volume.get(_S3FILES) is not None
            required = required or _at_launch(volume)
            yield ctx.finding(
                "volume-name-missing",
                "volumes",
                index,
                "name",
                severity=None if required else Severity.WARNING,
                volume=_label(index, volume),
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


@check
def check_volume_kinds(ctx: RuleContext) -> Iterator[Finding]:
    """One type per volume; configured-at-launch volumes carry no settings at
    all, and a task definition has at most one of them."""
    first_at_launch: str | None = None
    for index, volume in ctx.volumes():
        label = _label(index, volume)
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


@check
def check_mount_points(ctx: RuleContext) -> Iterator[Finding]:
    """Each mount point names a task volume and a path in the container."""
    names = _volume_names(ctx)
    # A templated volume name could be any of the mounted names.
    names_known = not any(ctx.placeholder(n) for n in names)
    for index, container in ctx.containers:
        label = container_label(index, container)
        for j, mount in enumerate(as_list(container.get("mountPoints"))):
            if not isinstance(mount, dict):
                continue
            path = ("containerDefinitions", index, "mountPoints", j)
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


@check
def check_fargate_volumes(ctx: RuleContext) -> Iterator[Finding]:
    """Fargate offers bind mounts on ephemeral storage, EFS and EBS only."""
    if not ctx.is_fargate:
        return
    for index, volume in ctx.volumes():
        label = _label(index, volume)
        if volume.get(_DOCKER) is not None:
            yield ctx.finding("docker-volume-fargate", "volumes", index, _DOCKER, volume=label)
        if as_dict(volume.get("host")).get("sourcePath") is not None:
            yield ctx.finding(
                "volume-host-source-path-fargate",
                "volumes",
                index,
                "host",
                "sourcePath",
                volume=label,
            )
        if volume.get(_FSX) is not None:
            yield ctx.finding("fsx-fargate", "volumes", index, _FSX, volume=label)


@check
def check_efs_volumes(ctx: RuleContext) -> Iterator[Finding]:
    """EFS: IAM auth and access points need TLS; an access point fixes the
    root directory; the ID looks like fs-...; IAM auth uses the task role."""
    for index, volume in ctx.volumes():
        config = volume.get(_EFS)
        if not isinstance(config, dict):
            continue
        label = _label(index, volume)
        path = ("volumes", index, _EFS)
        auth = as_dict(config.get("authorizationConfig"))
        iam_enabled = auth.get("iam") == "ENABLED"
        access_point = auth.get("accessPointId")
        has_access_point = access_point is not None and access_point != ""

        transit = config.get("transitEncryption")
        # Only the documented DISABLED (or the default) fires; other values are
        # the enum rule's, placeholders the importer's.
        if (iam_enabled or has_access_point) and transit in (None, "DISABLED"):
            cause = (
                "authorizationConfig.iam" if iam_enabled else "authorizationConfig.accessPointId"
            )
            yield ctx.finding(
                "efs-transit-encryption-required",
                *path,
                "transitEncryption",
                volume=label,
                cause=cause,
            )

        root = config.get("rootDirectory")
        if (
            has_access_point
            and isinstance(root, str)
            and root not in ("", "/")
            and not ctx.placeholder(root)
        ):
            yield ctx.finding(
                "efs-root-directory-with-access-point",
                *path,
                "rootDirectory",
                volume=label,
                root=root,
            )

        fs_id = config.get("fileSystemId")
        if (
            isinstance(fs_id, str)
            and not ctx.placeholder(fs_id)
            and not _EFS_ID_RE.fullmatch(fs_id)
        ):
            yield ctx.finding(
                "efs-file-system-id-format", *path, "fileSystemId", volume=label, value=fs_id
            )

        if iam_enabled and not _has_task_role(ctx):
            yield ctx.finding(
                "efs-iam-task-role", *path, "authorizationConfig", "iam", volume=label
            )


@check
def check_s3files_volumes(ctx: RuleContext) -> Iterator[Finding]:
    """S3 Files volumes mount with the task role's credentials."""
    if _has_task_role(ctx):
        return
    for index, volume in ctx.volumes():
        if volume.get(_S3FILES) is not None:
            yield ctx.finding(
                "volume-s3files-task-role", "volumes", index, _S3FILES, volume=_label(index, volume)
            )


@check
def check_docker_volumes(ctx: RuleContext) -> Iterator[Finding]:
    """autoprovision only for shared volumes; Windows knows only 'local'."""
    for index, volume in ctx.volumes():
        config = volume.get(_DOCKER)
        if not isinstance(config, dict):
            continue
        label = _label(index, volume)
        path = ("volumes", index, _DOCKER)
        scope = config.get("scope")
        # Scope defaults to task; values outside the enum are not judged here.
        if config.get("autoprovision") is True and scope in (None, "task"):
            yield ctx.finding(
                "docker-volume-autoprovision-scope",
                *path,
                "autoprovision",
                volume=label,
                scope=scope or "task",
            )
        driver = config.get("driver")
        if (
            ctx.is_windows
            and isinstance(driver, str)
            and driver not in ("", "local")
            and not ctx.placeholder(driver)
        ):
            yield ctx.finding(
                "docker-volume-windows-driver", *path, "driver", volume=label, driver=driver
            )


@check
def check_fsx_platform(ctx: RuleContext) -> Iterator[Finding]:
    """FSx for Windows File Server mounts only into Windows containers. Only an
    explicit LINUX is reported: EC2 definitions often omit runtimePlatform and
    still run on Windows instances. On Fargate, fsx-fargate already says it all."""
    if ctx.os_family != "LINUX" or ctx.is_fargate:
        return
    for index, volume in ctx.volumes():
        if volume.get(_FSX) is not None:
            yield ctx.finding(
                "fsx-linux", "volumes", index, _FSX, volume=_label(index, volume), os="LINUX"
            )
