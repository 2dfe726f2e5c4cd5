"""The volume types the Storage page offers, as data.

A volume's type is the configuration member it holds (``efsVolumeConfiguration``,
``dockerVolumeConfiguration``, ...); a volume with none of them is a bind mount.
Each type lists its fields as pointers below that member, so the editor is
built from this table instead of one hand-written form per type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Tr = Callable[[str], str]


@dataclass(frozen=True)
class VolumeField:
    rel: str  # pointer below the type's member ("" member: below the volume)
    label: str
    kind: str = "text"  # text | int | enabled | check | scope | map
    placeholder: str = ""
    help: str = ""
    keep_empty: bool = False  # required members: clearing keeps "" instead of removing


@dataclass(frozen=True)
class VolumeType:
    key: str
    member: str  # the volume member that holds this type's configuration
    title: str
    blurb: str
    initial: Any = None  # stored under ``member`` when the user picks the type
    fields: tuple[VolumeField, ...] = field(default_factory=tuple)


BIND, EFS, DOCKER, FSX, S3FILES, AT_LAUNCH = "bind", "efs", "docker", "fsx", "s3files", "launch"


def volume_types(tr: Tr) -> tuple[VolumeType, ...]:
    """Every type, in the order of the type combo (the console's order)."""
    return (
        VolumeType(
            BIND,
            "host",
            tr("Bind mount"),
            tr(
                "A directory that the task's containers share. On Fargate it lives on the "
                "task's ephemeral storage; on EC2 it may be a path on the instance."
            ),
            fields=(
                VolumeField(
                    "sourcePath",
                    tr("Source path"),
                    placeholder=tr("EC2 only, e.g. /var/lib/app-data"),
                    help=tr(
                        "A path on the container instance. Leave empty to let Docker choose "
                        "one. Fargate does not support a source path."
                    ),
                ),
            ),
        ),
        VolumeType(
            EFS,
            "efsVolumeConfiguration",
            tr("Amazon EFS"),
            tr("A shared, persistent Amazon EFS file system (Fargate platform 1.4.0 or later)."),
            initial={},
            fields=(
                VolumeField(
                    "fileSystemId",
                    tr("File system ID"),
                    placeholder="fs-0123456789abcdef0",
                    help=tr("The ID of the EFS file system."),
                    keep_empty=True,
                ),
                VolumeField(
                    "rootDirectory",
                    tr("Root directory"),
                    placeholder="/",
                    help=tr(
                        "The directory of the file system to mount; / when empty. Must be "
                        "/ or empty when an access point is used."
                    ),
                ),
                VolumeField(
                    "transitEncryption",
                    tr("Transit encryption"),
                    kind="enabled",
                    help=tr(
                        "Encrypt data between the task and EFS (TLS). Required for IAM "
                        "authorization and access points."
                    ),
                ),
                VolumeField(
                    "transitEncryptionPort",
                    tr("Transit encryption port"),
                    kind="int",
                    placeholder=tr("optional"),
                    help=tr("The port for encrypted traffic; EFS chooses one when empty."),
                ),
                VolumeField(
                    "authorizationConfig/accessPointId",
                    tr("Access point ID"),
                    placeholder="fsap-0123456789abcdef0",
                    help=tr("An EFS access point that fixes the directory and POSIX user."),
                ),
                VolumeField(
                    "authorizationConfig/iam",
                    tr("IAM authorization"),
                    kind="enabled",
                    help=tr("Mount with the task role's IAM identity (needs a task role)."),
                ),
            ),
        ),
        VolumeType(
            DOCKER,
            "dockerVolumeConfiguration",
            tr("Docker volume"),
            tr("A volume managed by a Docker volume driver on the instance (EC2 only)."),
            initial={"scope": "task"},
            fields=(
                VolumeField(
                    "scope",
                    tr("Scope"),
                    kind="scope",
                    help=tr("task: created and removed with the task. shared: outlives it."),
                ),
                VolumeField(
                    "autoprovision",
                    tr("Create if missing (auto-provision)"),
                    kind="check",
                    help=tr("Create a shared volume if it does not exist yet (scope shared only)."),
                ),
                VolumeField(
                    "driver",
                    tr("Driver"),
                    placeholder="local",
                    help=tr("The Docker volume driver; local when empty."),
                ),
                VolumeField("driverOpts", tr("Driver options"), kind="map"),
                VolumeField("labels", tr("Labels"), kind="map"),
            ),
        ),
        VolumeType(
            FSX,
            "fsxWindowsFileServerVolumeConfiguration",
            tr("FSx for Windows File Server"),
            tr("An Amazon FSx for Windows File Server share (Windows tasks on EC2 only)."),
            initial={"authorizationConfig": {}},
            fields=(
                VolumeField(
                    "fileSystemId",
                    tr("File system ID"),
                    placeholder="fs-0123456789abcdef0",
                    keep_empty=True,
                    help=tr("The ID of the FSx file system."),
                ),
                VolumeField(
                    "rootDirectory",
                    tr("Root directory"),
                    placeholder=r"share\folder",
                    keep_empty=True,
                    help=tr("The directory of the share to mount."),
                ),
                VolumeField(
                    "authorizationConfig/credentialsParameter",
                    tr("Credentials parameter"),
                    placeholder="arn:aws:secretsmanager:...",
                    keep_empty=True,
                    help=tr(
                        "Secrets Manager secret or SSM parameter ARN holding the domain "
                        "user's credentials."
                    ),
                ),
                VolumeField(
                    "authorizationConfig/domain",
                    tr("Domain"),
                    placeholder="corp.example.com",
                    keep_empty=True,
                    help=tr("The Active Directory domain of the file system."),
                ),
            ),
        ),
        VolumeType(
            S3FILES,
            "s3filesVolumeConfiguration",
            tr("Amazon S3 Files"),
            tr("An Amazon S3 Files file system; mounted with the task role."),
            initial={},
            fields=(
                VolumeField(
                    "fileSystemArn",
                    tr("File system ARN"),
                    keep_empty=True,
                    help=tr("The ARN of the S3 Files file system."),
                ),
                VolumeField("rootDirectory", tr("Root directory"), placeholder="/"),
                VolumeField("accessPointArn", tr("Access point ARN"), placeholder=tr("optional")),
            ),
        ),
        VolumeType(
            AT_LAUNCH,
            "configuredAtLaunch",
            tr("Configure at deployment (Amazon EBS)"),
            tr(
                "An Amazon EBS volume whose size and type you choose when you run the task "
                "or create the service. At most one per task definition."
            ),
            initial=True,
        ),
    )


def type_of(volume: Any) -> str:
    """The type key of a volume dict (the first configuration member found)."""
    if not isinstance(volume, dict):
        return BIND
    if volume.get("configuredAtLaunch") is True:
        return AT_LAUNCH
    for key, member in (
        (EFS, "efsVolumeConfiguration"),
        (DOCKER, "dockerVolumeConfiguration"),
        (FSX, "fsxWindowsFileServerVolumeConfiguration"),
        (S3FILES, "s3filesVolumeConfiguration"),
    ):
        if volume.get(member) is not None:
            return key
    return BIND
