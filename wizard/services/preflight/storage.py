"""Check 6: EFS file systems and access points, S3 objects the task reads.

elasticfilesystem:DescribeFileSystems / DescribeAccessPoints: each file system
and access point exists, and an access point belongs to the volume's file
system (ECS mounts the access point's own file system otherwise fails):
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html
s3:HeadObject (metadata only): each ``environmentFiles`` object and a FireLens
configuration file in S3 exists:
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/use-environment-file.html
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wizard.services.errors import AwsError
from wizard.services.messages import message
from wizard.services.preflight.context import Preflight
from wizard.services.preflight.references import parse_arn
from wizard.services.preflight.reporter import Missing, Reporter
from wizard.services.preflight.results import Area


@dataclass(frozen=True)
class EfsVolume:
    path: str  # .../efsVolumeConfiguration
    name: str
    file_system: str
    access_point: str
    iam: bool


def efs_volumes(pf: Preflight) -> list[EfsVolume]:
    volumes = pf.document.get("volumes")
    found = []
    for k, volume in enumerate(volumes if isinstance(volumes, list) else []):
        config = volume.get("efsVolumeConfiguration") if isinstance(volume, dict) else None
        if not isinstance(config, dict) or not isinstance(config.get("fileSystemId"), str):
            continue
        auth = config.get("authorizationConfig")
        auth = auth if isinstance(auth, dict) else {}
        found.append(
            EfsVolume(
                f"/volumes/{k}/efsVolumeConfiguration",
                str(volume.get("name", "")),
                config["fileSystemId"],
                str(auth.get("accessPointId") or ""),
                auth.get("iam") == "ENABLED",
            )
        )
    return found


def check_efs(pf: Preflight, volume: EfsVolume) -> None:
    efs = pf.client("efs")
    at = Reporter(
        pf,
        "storage.efs-file-system",
        Area.STORAGE,
        f"{volume.path}/fileSystemId",
        volume.file_system,
    )

    found = at.describe(
        "elasticfilesystem:DescribeFileSystems",
        efs.describe_file_systems,
        missing=_efs_missing(
            pf,
            volume,
            "FileSystemNotFound",
            "preflight.efs.no-file-system",
            file_system=volume.file_system,
        ),
        FileSystemId=volume.file_system,
    )
    if found is not None:
        at.passed(
            message("preflight.efs.file-system", volume=volume.name, file_system=volume.file_system)
        )
    if volume.access_point:
        _check_access_point(pf, volume)


def _check_access_point(pf: Preflight, volume: EfsVolume) -> None:
    efs = pf.client("efs")
    path = f"{volume.path}/authorizationConfig/accessPointId"
    at = Reporter(pf, "storage.efs-access-point", Area.STORAGE, path, volume.access_point)

    answer = at.describe(
        "elasticfilesystem:DescribeAccessPoints",
        efs.describe_access_points,
        missing=_efs_missing(
            pf,
            volume,
            "AccessPointNotFound",
            "preflight.efs.no-access-point",
            access_point=volume.access_point,
        ),
        AccessPointId=volume.access_point,
    )
    if answer is None:
        return
    points: list[Any] = answer.get("AccessPoints") or []
    owner = points[0].get("FileSystemId", "") if points and isinstance(points[0], dict) else ""
    if owner and owner != volume.file_system:
        at.failed(
            message(
                "preflight.efs.other-file-system",
                volume=volume.name,
                access_point=volume.access_point,
                owner=owner,
                file_system=volume.file_system,
            ),
            message("preflight.efs.other-file-system.hint", owner=owner),
        )
        return
    at.passed(
        message("preflight.efs.access-point", volume=volume.name, access_point=volume.access_point)
    )


def _efs_missing(pf: Preflight, volume: EfsVolume, code: str, key: str, **named: str) -> Missing:
    """EFS says "not there" with its own error code per resource; the message ``key``
    names the volume, the region and the resource (``named``)."""

    def missing(exc: AwsError) -> tuple[str, str] | None:
        if exc.code != code:
            return None
        text = message(key, volume=volume.name, region=pf.region, **named)
        return text, message("preflight.efs.missing.hint")

    return missing


@dataclass(frozen=True)
class S3Object:
    path: str
    container: str
    arn: str
    bucket: str
    key: str
    check: str  # "storage.environment-file" or "storage.firelens-config"


def s3_objects(pf: Preflight) -> list[S3Object]:
    found = []
    for i, container in pf.containers():
        name = pf.container_name(container, i)
        files = container.get("environmentFiles")
        for j, item in enumerate(files if isinstance(files, list) else []):
            value = item.get("value") if isinstance(item, dict) else None
            obj = _object(
                f"/containerDefinitions/{i}/environmentFiles/{j}/value",
                name,
                value,
                "storage.environment-file",
            )
            if obj:
                found.append(obj)
        firelens = container.get("firelensConfiguration")
        options = firelens.get("options") if isinstance(firelens, dict) else None
        if isinstance(options, dict) and options.get("config-file-type") == "s3":
            obj = _object(
                f"/containerDefinitions/{i}/firelensConfiguration/options/config-file-value",
                name,
                options.get("config-file-value"),
                "storage.firelens-config",
            )
            if obj:
                found.append(obj)
    return found


def _object(path: str, container: str, value: Any, check: str) -> S3Object | None:
    arn = parse_arn(value) if isinstance(value, str) else None
    if arn is None or arn.service != "s3" or "/" not in arn.resource:
        return None
    bucket, key = arn.resource.split("/", 1)
    return S3Object(path, container, arn.text, bucket, key, check)


def check_s3_object(pf: Preflight, obj: S3Object) -> None:
    s3 = pf.client("s3")
    at = Reporter(pf, obj.check, Area.STORAGE, obj.path, obj.arn)
    try:
        pf.call("s3:GetObject", s3.head_object, Bucket=obj.bucket, Key=obj.key)
    except AwsError as exc:
        # Not Reporter.describe: a 403 here is turned into the access-denied skip first.
        # HEAD answers carry no body, so no error code: only the status, "404" or "403".
        if exc.code in ("404", "NoSuchKey", "NoSuchBucket", "NotFound"):
            at.failed(
                message("preflight.s3.missing", container=obj.container, object=obj.arn),
                message("preflight.s3.missing.hint"),
            )
        elif exc.code in ("403", "Forbidden"):
            at.call_failed(AwsError("access-denied", exc.message, exc.hint, action="s3:GetObject"))
        else:
            at.call_failed(exc)
        return
    at.passed(message("preflight.s3.exists", container=obj.container, object=obj.arn))
