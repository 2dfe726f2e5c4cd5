"""Rules of the single volume types: host volumes and Docker volumes, EFS,
FSx for Windows File Server and S3 Files.

Fargate volume limitations, the task role for EFS IAM and S3 Files, Docker
volumes and the EFS/FSx/S3 Files volume shapes. Names, types and use of volumes are volumes.py's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.context import RuleContext, as_dict, volume_label
from wizard.domain.rules.registry import task_check
from wizard.domain.rules.sources import FARGATE_DIFFERENCES, api, guide
from wizard.domain.rules.volumes import DOCKER, EFS, FSX, S3FILES

define(
    "volume-host-source-path-fargate",
    Severity.ERROR,
    "Volume '{volume}' sets host.sourcePath, which Fargate does not support.",
    "Remove sourcePath: on Fargate a host volume without sourcePath is a bind mount on "
    "the task's ephemeral storage. For shared data use an EFS volume.",
    api("HostVolumeProperties", "sourcePath"),
)
define(
    "volume-s3files-task-role",
    Severity.ERROR,
    "Volume '{volume}' is an S3 Files volume, which needs a task IAM role, but the task "
    "definition has no taskRoleArn.",
    "Set taskRoleArn to a role that may access the S3 file system.",
    api("Volume"),
)


define(
    "docker-volume-fargate",
    Severity.ERROR,
    "Volume '{volume}' uses dockerVolumeConfiguration, which Fargate does not support.",
    "Use a bind mount (a volume with no configuration) or an EFS volume instead.",
    FARGATE_DIFFERENCES,
)
define(
    "docker-volume-autoprovision-scope",
    Severity.ERROR,
    "Docker volume '{volume}' sets autoprovision, which works only with scope shared "
    "(the scope is {scope}).",
    "Set scope to shared, or remove autoprovision.",
    api("DockerVolumeConfiguration", "autoprovision"),
)
define(
    "docker-volume-windows-driver",
    Severity.WARNING,
    "Docker volume '{volume}' uses driver '{driver}'; Windows containers support only "
    "the local driver.",
    "Set driver to local, or remove it.",
    api("DockerVolumeConfiguration", "driver"),
)
define(
    "efs-transit-encryption-required",
    Severity.ERROR,
    "EFS volume '{volume}' uses {cause}, which requires transitEncryption ENABLED.",
    "Set transitEncryption to ENABLED.",
    api("EFSVolumeConfiguration", "transitEncryption"),
)
define(
    "efs-root-directory-with-access-point",
    Severity.ERROR,
    "EFS volume '{volume}' sets rootDirectory '{root}' together with an access point; "
    "with an access point it must be omitted or '/'.",
    "Remove rootDirectory (the access point defines the directory), or set it to '/'.",
    api("EFSVolumeConfiguration", "rootDirectory"),
)
define(
    "efs-file-system-id-format",
    Severity.WARNING,
    "EFS volume '{volume}' has fileSystemId '{value}', which does not look like an EFS "
    "file system ID.",
    "Use the ID shown in the EFS console, such as fs-0123456789abcdef0.",
    api("EFSVolumeConfiguration", "fileSystemId"),
)
define(
    "efs-iam-task-role",
    Severity.WARNING,
    "EFS volume '{volume}' uses IAM authorization, which authenticates with the task "
    "role, but the task definition has no taskRoleArn.",
    "Set taskRoleArn to a role allowed to mount the file system "
    "(elasticfilesystem:ClientMount, and ClientWrite for writes).",
    api("EFSAuthorizationConfig", "iam"),
)
define(
    "fsx-fargate",
    Severity.ERROR,
    "Volume '{volume}' is an FSx for Windows File Server volume, which Fargate does not support.",
    "Run the task on EC2 Windows instances, or use another volume type.",
    guide("wfsx-volumes"),
)
define(
    "fsx-linux",
    Severity.WARNING,
    "Volume '{volume}' is an FSx for Windows File Server volume, but the task's "
    "operating system family is {os}.",
    "Set runtimePlatform.operatingSystemFamily to a Windows family, or use an EFS volume "
    "for Linux containers.",
    guide("wfsx-volumes"),
)


# EFS IDs are fs- followed by 8 (older) or 17 hex digits.
_EFS_ID_RE = re.compile(r"fs-(?:[0-9a-f]{8}|[0-9a-f]{17})")


def _has_task_role(ctx: RuleContext) -> bool:
    role = ctx.doc.get("taskRoleArn")
    return role is not None and role != ""


@task_check
def check_fargate_volumes(ctx: RuleContext) -> Iterator[Finding]:
    """Fargate offers bind mounts on ephemeral storage, EFS and EBS only."""
    if not ctx.is_fargate:
        return
    for index, volume in ctx.volumes():
        label = volume_label(index, volume)
        if volume.get(DOCKER) is not None:
            yield ctx.finding("docker-volume-fargate", "volumes", index, DOCKER, volume=label)
        if as_dict(volume.get("host")).get("sourcePath") is not None:
            yield ctx.finding(
                "volume-host-source-path-fargate",
                "volumes",
                index,
                "host",
                "sourcePath",
                volume=label,
            )
        if volume.get(FSX) is not None:
            yield ctx.finding("fsx-fargate", "volumes", index, FSX, volume=label)


@task_check
def check_efs_volumes(ctx: RuleContext) -> Iterator[Finding]:
    """EFS: IAM auth and access points need TLS; an access point fixes the
    root directory; the ID looks like fs-...; IAM auth uses the task role."""
    for index, volume in ctx.volumes():
        config = volume.get(EFS)
        if not isinstance(config, dict):
            continue
        label = volume_label(index, volume)
        path = ("volumes", index, EFS)
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


@task_check
def check_s3files_volumes(ctx: RuleContext) -> Iterator[Finding]:
    """S3 Files volumes mount with the task role's credentials."""
    if _has_task_role(ctx):
        return
    for index, volume in ctx.volumes():
        if volume.get(S3FILES) is not None:
            yield ctx.finding(
                "volume-s3files-task-role",
                "volumes",
                index,
                S3FILES,
                volume=volume_label(index, volume),
            )


@task_check
def check_docker_volumes(ctx: RuleContext) -> Iterator[Finding]:
    """autoprovision only for shared volumes; Windows knows only 'local'."""
    for index, volume in ctx.volumes():
        config = volume.get(DOCKER)
        if not isinstance(config, dict):
            continue
        label = volume_label(index, volume)
        path = ("volumes", index, DOCKER)
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


@task_check
def check_fsx_platform(ctx: RuleContext) -> Iterator[Finding]:
    """FSx for Windows File Server mounts only into Windows containers. Only an
    explicit LINUX is reported: EC2 definitions often omit runtimePlatform and
    still run on Windows instances. On Fargate, fsx-fargate already says it all."""
    if ctx.os_family != "LINUX" or ctx.is_fargate:
        return
    for index, volume in ctx.volumes():
        if volume.get(FSX) is not None:
            yield ctx.finding(
                "fsx-linux", "volumes", index, FSX, volume=volume_label(index, volume), os="LINUX"
            )
