"""The volume types the Storage page offers, as data.

A volume's type is the configuration member it holds (``efsVolumeConfiguration``,
``dockerVolumeConfiguration``, ...); a volume with none of them is a bind mount.
Each type lists its fields as pointers below that member, so the editor is
built from this table instead of one hand-written form per type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication


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

# The member that holds each type's configuration, written once: the table below
# and :func:`type_of` both read it. In the order type_of tries them.
MEMBERS = {
    EFS: "efsVolumeConfiguration",
    DOCKER: "dockerVolumeConfiguration",
    FSX: "fsxWindowsFileServerVolumeConfiguration",
    S3FILES: "s3filesVolumeConfiguration",
}


def volume_types() -> tuple[VolumeType, ...]:
    """Every type, in the order of the type combo (the console's order), translated
    in the volume editor's context (lupdate reads the literal context of each call)."""
    return (
        VolumeType(
            BIND,
            "host",
            QCoreApplication.translate("VolumeEditor", "Bind mount"),
            QCoreApplication.translate(
                "VolumeEditor",
                "A directory that the task's containers share. On Fargate it lives on the "
                "task's ephemeral storage; on EC2 it may be a path on the instance.",
            ),
            fields=(
                VolumeField(
                    "sourcePath",
                    QCoreApplication.translate("VolumeEditor", "Source path"),
                    placeholder=QCoreApplication.translate(
                        "VolumeEditor", "EC2 only, e.g. /var/lib/app-data"
                    ),
                    help=QCoreApplication.translate(
                        "VolumeEditor",
                        "A path on the container instance. Leave empty to let Docker choose "
                        "one. Fargate does not support a source path.",
                    ),
                ),
            ),
        ),
        VolumeType(
            EFS,
            MEMBERS[EFS],
            QCoreApplication.translate("VolumeEditor", "Amazon EFS"),
            QCoreApplication.translate(
                "VolumeEditor",
                "A shared, persistent Amazon EFS file system (Fargate platform 1.4.0 or later).",
            ),
            initial={},
            fields=(
                VolumeField(
                    "fileSystemId",
                    QCoreApplication.translate("VolumeEditor", "File system ID"),
                    placeholder="fs-0123456789abcdef0",
                    help=QCoreApplication.translate(
                        "VolumeEditor", "The ID of the EFS file system."
                    ),
                    keep_empty=True,
                ),
                VolumeField(
                    "rootDirectory",
                    QCoreApplication.translate("VolumeEditor", "Root directory"),
                    placeholder="/",
                    help=QCoreApplication.translate(
                        "VolumeEditor",
                        "The directory of the file system to mount; / when empty. Must be "
                        "/ or empty when an access point is used.",
                    ),
                ),
                VolumeField(
                    "transitEncryption",
                    QCoreApplication.translate("VolumeEditor", "Transit encryption"),
                    kind="enabled",
                    help=QCoreApplication.translate(
                        "VolumeEditor",
                        "Encrypt data between the task and EFS (TLS). Required for IAM "
                        "authorization and access points.",
                    ),
                ),
                VolumeField(
                    "transitEncryptionPort",
                    QCoreApplication.translate("VolumeEditor", "Transit encryption port"),
                    kind="int",
                    placeholder=QCoreApplication.translate("VolumeEditor", "optional"),
                    help=QCoreApplication.translate(
                        "VolumeEditor",
                        "The port for encrypted traffic; EFS chooses one when empty.",
                    ),
                ),
                VolumeField(
                    "authorizationConfig/accessPointId",
                    QCoreApplication.translate("VolumeEditor", "Access point ID"),
                    placeholder="fsap-0123456789abcdef0",
                    help=QCoreApplication.translate(
                        "VolumeEditor",
                        "An EFS access point that fixes the directory and POSIX user.",
                    ),
                ),
                VolumeField(
                    "authorizationConfig/iam",
                    QCoreApplication.translate("VolumeEditor", "IAM authorization"),
                    kind="enabled",
                    help=QCoreApplication.translate(
                        "VolumeEditor",
                        "Mount with the task role's IAM identity (needs a task role).",
                    ),
                ),
            ),
        ),
        VolumeType(
            DOCKER,
            MEMBERS[DOCKER],
            QCoreApplication.translate("VolumeEditor", "Docker volume"),
            QCoreApplication.translate(
                "VolumeEditor",
                "A volume managed by a Docker volume driver on the instance (EC2 only).",
            ),
            initial={"scope": "task"},
            fields=(
                VolumeField(
                    "scope",
                    QCoreApplication.translate("VolumeEditor", "Scope"),
                    kind="scope",
                    help=QCoreApplication.translate(
                        "VolumeEditor",
                        "task: created and removed with the task. shared: outlives it.",
                    ),
                ),
                VolumeField(
                    "autoprovision",
                    QCoreApplication.translate(
                        "VolumeEditor", "Create if missing (auto-provision)"
                    ),
                    kind="check",
                    help=QCoreApplication.translate(
                        "VolumeEditor",
                        "Create a shared volume if it does not exist yet (scope shared only).",
                    ),
                ),
                VolumeField(
                    "driver",
                    QCoreApplication.translate("VolumeEditor", "Driver"),
                    placeholder="local",
                    help=QCoreApplication.translate(
                        "VolumeEditor", "The Docker volume driver; local when empty."
                    ),
                ),
                VolumeField(
                    "driverOpts",
                    QCoreApplication.translate("VolumeEditor", "Driver options"),
                    kind="map",
                ),
                VolumeField(
                    "labels", QCoreApplication.translate("VolumeEditor", "Labels"), kind="map"
                ),
            ),
        ),
        VolumeType(
            FSX,
            MEMBERS[FSX],
            QCoreApplication.translate("VolumeEditor", "FSx for Windows File Server"),
            QCoreApplication.translate(
                "VolumeEditor",
                "An Amazon FSx for Windows File Server share (Windows tasks on EC2 only).",
            ),
            initial={"authorizationConfig": {}},
            fields=(
                VolumeField(
                    "fileSystemId",
                    QCoreApplication.translate("VolumeEditor", "File system ID"),
                    placeholder="fs-0123456789abcdef0",
                    keep_empty=True,
                    help=QCoreApplication.translate(
                        "VolumeEditor", "The ID of the FSx file system."
                    ),
                ),
                VolumeField(
                    "rootDirectory",
                    QCoreApplication.translate("VolumeEditor", "Root directory"),
                    placeholder=r"share\folder",
                    keep_empty=True,
                    help=QCoreApplication.translate(
                        "VolumeEditor", "The directory of the share to mount."
                    ),
                ),
                VolumeField(
                    "authorizationConfig/credentialsParameter",
                    QCoreApplication.translate("VolumeEditor", "Credentials parameter"),
                    placeholder="arn:aws:secretsmanager:...",
                    keep_empty=True,
                    help=QCoreApplication.translate(
                        "VolumeEditor",
                        "Secrets Manager secret or SSM parameter ARN holding the domain "
                        "user's credentials.",
                    ),
                ),
                VolumeField(
                    "authorizationConfig/domain",
                    QCoreApplication.translate("VolumeEditor", "Domain"),
                    placeholder="corp.example.com",
                    keep_empty=True,
                    help=QCoreApplication.translate(
                        "VolumeEditor", "The Active Directory domain of the file system."
                    ),
                ),
            ),
        ),
        VolumeType(
            S3FILES,
            MEMBERS[S3FILES],
            QCoreApplication.translate("VolumeEditor", "Amazon S3 Files"),
            QCoreApplication.translate(
                "VolumeEditor", "An Amazon S3 Files file system; mounted with the task role."
            ),
            initial={},
            fields=(
                VolumeField(
                    "fileSystemArn",
                    QCoreApplication.translate("VolumeEditor", "File system ARN"),
                    keep_empty=True,
                    help=QCoreApplication.translate(
                        "VolumeEditor", "The ARN of the S3 Files file system."
                    ),
                ),
                VolumeField(
                    "rootDirectory",
                    QCoreApplication.translate("VolumeEditor", "Root directory"),
                    placeholder="/",
                    help=QCoreApplication.translate(
                        "VolumeEditor", "The directory of the file system to mount; / when empty."
                    ),
                ),
                VolumeField(
                    "accessPointArn",
                    QCoreApplication.translate("VolumeEditor", "Access point ARN"),
                    placeholder=QCoreApplication.translate("VolumeEditor", "optional"),
                    help=QCoreApplication.translate(
                        "VolumeEditor",
                        "An S3 Files access point that fixes the directory and POSIX user.",
                    ),
                ),
            ),
        ),
        VolumeType(
            AT_LAUNCH,
            "configuredAtLaunch",
            QCoreApplication.translate("VolumeEditor", "Configure at deployment (Amazon EBS)"),
            QCoreApplication.translate(
                "VolumeEditor",
                "An Amazon EBS volume whose size and type you choose when you run the task "
                "or create the service. At most one per task definition.",
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
    for key, member in MEMBERS.items():
        if volume.get(member) is not None:
            return key
    return BIND
