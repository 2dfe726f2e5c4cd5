"""Tests for the storage rules (wizard.domain.rules.volumes, volume_types and mounts):
one failing and one passing case per rule."""

from __future__ import annotations

from typing import Any

import pytest

from tests.rulekit import awslogs, container, ec2_doc, fargate_doc, findings
from wizard.domain.messages.catalog import CATALOG
from wizard.domain.findings import Severity
from wizard.domain.rules import mounts, run_rules, volume_types, volumes
from wizard.domain.rules.context import RuleContext
from wizard.domain.rules.registry import CHECKS

PREFIXES = ("volume-", "mount-point-", "efs-", "fsx-", "docker-volume-")
TASK_ROLE = "arn:aws:iam::123456789012:role/app"
WINDOWS = {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE", "cpuArchitecture": "X86_64"}
LINUX = {"operatingSystemFamily": "LINUX", "cpuArchitecture": "X86_64"}
FS_ID = "fs-0123456789abcdef0"

STORAGE_RULES = {
    "docker-volume-autoprovision-scope",
    "docker-volume-fargate",
    "docker-volume-windows-driver",
    "efs-file-system-id-format",
    "efs-iam-task-role",
    "efs-root-directory-with-access-point",
    "efs-transit-encryption-required",
    "fsx-fargate",
    "fsx-linux",
    "mount-point-container-path-missing",
    "mount-point-source-volume-missing",
    "mount-point-unknown-volume",
    "volume-configured-at-launch-multiple",
    "volume-configured-at-launch-unmounted",
    "volume-configured-at-launch-with-config",
    "volume-from-self",
    "volume-from-source-missing",
    "volume-from-unknown-container",
    "volume-host-source-path-fargate",
    "volume-multiple-types",
    "volume-name-duplicate",
    "volume-name-format",
    "volume-name-missing",
    "volume-s3files-task-role",
    "volume-unused",
}


def mount(volume: str = "data", path: str = "/data") -> dict[str, Any]:
    return {"sourceVolume": volume, "containerPath": path}


def fargate(*volumes: dict[str, Any], mounts: list[Any] | None = None, **fields: Any):
    """A Fargate document whose container mounts ``mounts`` (default: every volume)."""
    if mounts is None:
        mounts = [mount(v["name"], f"/mnt/{i}") for i, v in enumerate(volumes) if "name" in v]
    app = container(mountPoints=mounts, logConfiguration=awslogs())
    return fargate_doc(app, volumes=list(volumes), **fields)


def ec2(*volumes: dict[str, Any], mounts: list[Any] | None = None, **fields: Any):
    if mounts is None:
        mounts = [mount(v["name"], f"/mnt/{i}") for i, v in enumerate(volumes) if "name" in v]
    return ec2_doc(container(memory=256, mountPoints=mounts), volumes=list(volumes), **fields)


def efs(name: str = "data", **config: Any) -> dict[str, Any]:
    return {"name": name, "efsVolumeConfiguration": {"fileSystemId": FS_ID, **config}}


def fsx(name: str = "share") -> dict[str, Any]:
    return {
        "name": name,
        "fsxWindowsFileServerVolumeConfiguration": {
            "fileSystemId": "fs-0123456789abcdef0",
            "rootDirectory": "share",
            "authorizationConfig": {
                "credentialsParameter": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:x",
                "domain": "corp.example.com",
            },
        },
    }


def docker(name: str = "data", **config: Any) -> dict[str, Any]:
    return {"name": name, "dockerVolumeConfiguration": config}


def one(doc: dict[str, Any], rule: str, severity: Severity, path: str) -> None:
    got = findings(doc, rule)
    assert [(f.severity, f.path) for f in got] == [(severity, path)], got


def none_of(doc: dict[str, Any], rule: str) -> None:
    assert findings(doc, rule) == []


def test_catalog_holds_exactly_the_storage_rules() -> None:
    assert {rule_id for rule_id in CATALOG if rule_id.startswith(PREFIXES)} == STORAGE_RULES
    for rule_id in STORAGE_RULES:
        spec = CATALOG[rule_id]
        assert spec.message and spec.hint and spec.source


# --- volume names -----------------------------------------------------------


def test_name_missing_is_an_error_where_documented_as_required() -> None:
    doc = fargate(
        {"efsVolumeConfiguration": {"fileSystemId": FS_ID, "transitEncryption": "ENABLED"}}
    )
    one(doc, "volume-name-missing", Severity.ERROR, "/volumes/0/name")
    one(
        fargate({"configuredAtLaunch": True}),
        "volume-name-missing",
        Severity.ERROR,
        "/volumes/0/name",
    )
    none_of(fargate(efs()), "volume-name-missing")


def test_name_missing_on_a_bind_mount_is_a_warning() -> None:
    one(
        ec2({"host": {"sourcePath": "/srv"}}),
        "volume-name-missing",
        Severity.WARNING,
        "/volumes/0/name",
    )
    none_of(ec2({"name": "data", "host": {"sourcePath": "/srv"}}), "volume-name-missing")


@pytest.mark.parametrize("name", ["my vol", "data/1", "a" * 256, "", "vol.1"])
def test_bad_volume_name(name: str) -> None:
    one(ec2({"name": name}), "volume-name-format", Severity.ERROR, "/volumes/0/name")


@pytest.mark.parametrize("name", ["data", "My_Vol-1", "a" * 255, "${VOLUME}"])
def test_good_volume_name(name: str) -> None:
    none_of(ec2({"name": name}), "volume-name-format")


def test_volume_name_suggestion() -> None:
    (f,) = findings(ec2({"name": "my vol"}), "volume-name-format")
    assert "'my-vol'" in f.hint


def test_duplicate_volume_name() -> None:
    one(
        ec2({"name": "data"}, {"name": "data"}),
        "volume-name-duplicate",
        Severity.ERROR,
        "/volumes/1/name",
    )
    none_of(ec2({"name": "data"}, {"name": "logs"}), "volume-name-duplicate")


# --- volume types -----------------------------------------------------------


def test_volume_with_two_types() -> None:
    volume = {"name": "data", "host": {"sourcePath": "/srv"}, **efs()}
    one(ec2(volume), "volume-multiple-types", Severity.ERROR, "/volumes/0/efsVolumeConfiguration")
    none_of(ec2(efs()), "volume-multiple-types")
    none_of(ec2({"name": "data", "host": {"sourcePath": "/srv"}}), "volume-multiple-types")


def test_configured_at_launch_with_another_configuration() -> None:
    doc = fargate({**efs(), "configuredAtLaunch": True})
    one(
        doc,
        "volume-configured-at-launch-with-config",
        Severity.ERROR,
        "/volumes/0/efsVolumeConfiguration",
    )
    none_of(doc, "volume-multiple-types")
    none_of(
        fargate({"name": "ebs", "configuredAtLaunch": True}),
        "volume-configured-at-launch-with-config",
    )
    none_of(
        fargate({**efs(transitEncryption="ENABLED"), "configuredAtLaunch": False}),
        "volume-configured-at-launch-with-config",
    )


def test_more_than_one_volume_configured_at_launch() -> None:
    doc = fargate(
        {"name": "a", "configuredAtLaunch": True}, {"name": "b", "configuredAtLaunch": True}
    )
    one(
        doc, "volume-configured-at-launch-multiple", Severity.ERROR, "/volumes/1/configuredAtLaunch"
    )
    fixed = fargate({"name": "a", "configuredAtLaunch": True}, {"name": "b"})
    none_of(fixed, "volume-configured-at-launch-multiple")


def test_configured_at_launch_volume_not_mounted() -> None:
    doc = fargate({"name": "ebs", "configuredAtLaunch": True}, mounts=[])
    one(doc, "volume-configured-at-launch-unmounted", Severity.WARNING, "/volumes/0")
    none_of(doc, "volume-unused")
    none_of(
        fargate({"name": "ebs", "configuredAtLaunch": True}),
        "volume-configured-at-launch-unmounted",
    )


def test_unused_volume() -> None:
    one(ec2({"name": "data"}, mounts=[]), "volume-unused", Severity.INFO, "/volumes/0")
    none_of(ec2({"name": "data"}), "volume-unused")
    # A templated sourceVolume might be this volume: say nothing.
    none_of(ec2({"name": "data"}, mounts=[mount("${VOL}")]), "volume-unused")


def test_volume_mounted_by_a_second_container_is_used() -> None:
    doc = ec2_doc(
        container("a", memory=64),
        container("b", memory=64, mountPoints=[mount("data")]),
        volumes=[{"name": "data"}],
    )
    none_of(doc, "volume-unused")


# --- mount points -----------------------------------------------------------


def test_mount_point_unknown_volume() -> None:
    doc = ec2({"name": "data"}, mounts=[mount("logs")])
    one(
        doc,
        "mount-point-unknown-volume",
        Severity.ERROR,
        "/containerDefinitions/0/mountPoints/0/sourceVolume",
    )
    none_of(ec2({"name": "data"}, mounts=[mount("data")]), "mount-point-unknown-volume")
    none_of(ec2({"name": "data"}, mounts=[mount("${VOL}")]), "mount-point-unknown-volume")
    none_of(ec2({"name": "${VOL}"}, mounts=[mount("data")]), "mount-point-unknown-volume")


@pytest.mark.parametrize(
    "entry", [{"containerPath": "/data"}, {"sourceVolume": "", "containerPath": "/d"}]
)
def test_mount_point_without_source_volume(entry: dict[str, Any]) -> None:
    doc = ec2({"name": "data"}, mounts=[mount(), entry])
    one(
        doc,
        "mount-point-source-volume-missing",
        Severity.ERROR,
        "/containerDefinitions/0/mountPoints/1/sourceVolume",
    )
    none_of(ec2({"name": "data"}), "mount-point-source-volume-missing")


@pytest.mark.parametrize(
    "entry", [{"sourceVolume": "data"}, {"sourceVolume": "data", "containerPath": ""}]
)
def test_mount_point_without_container_path(entry: dict[str, Any]) -> None:
    doc = ec2({"name": "data"}, mounts=[entry])
    one(
        doc,
        "mount-point-container-path-missing",
        Severity.ERROR,
        "/containerDefinitions/0/mountPoints/0/containerPath",
    )
    none_of(ec2({"name": "data"}), "mount-point-container-path-missing")


# --- volumesFrom --------------------------------------------------------------


def with_volumes_from(entry: dict[str, Any]) -> dict[str, Any]:
    return ec2_doc(
        container("app", memory=64, volumesFrom=[entry]),
        container("data", memory=64),
    )


PATH_VF = "/containerDefinitions/0/volumesFrom/0/sourceContainer"


def test_volumes_from_unknown_container() -> None:
    one(
        with_volumes_from({"sourceContainer": "cache"}),
        "volume-from-unknown-container",
        Severity.ERROR,
        PATH_VF,
    )
    none_of(with_volumes_from({"sourceContainer": "data"}), "volume-from-unknown-container")
    none_of(with_volumes_from({"sourceContainer": "${SRC}"}), "volume-from-unknown-container")


def test_volumes_from_itself() -> None:
    one(with_volumes_from({"sourceContainer": "app"}), "volume-from-self", Severity.ERROR, PATH_VF)
    none_of(with_volumes_from({"sourceContainer": "data"}), "volume-from-self")


def test_volumes_from_without_source() -> None:
    one(
        with_volumes_from({"readOnly": True}), "volume-from-source-missing", Severity.ERROR, PATH_VF
    )
    none_of(
        with_volumes_from({"sourceContainer": "data", "readOnly": True}),
        "volume-from-source-missing",
    )


# --- Fargate --------------------------------------------------------------------


def test_docker_volume_on_fargate() -> None:
    one(
        fargate(docker(scope="task")),
        "docker-volume-fargate",
        Severity.ERROR,
        "/volumes/0/dockerVolumeConfiguration",
    )
    none_of(ec2(docker(scope="task")), "docker-volume-fargate")


def test_host_source_path_on_fargate() -> None:
    one(
        fargate({"name": "data", "host": {"sourcePath": "/srv"}}),
        "volume-host-source-path-fargate",
        Severity.ERROR,
        "/volumes/0/host/sourcePath",
    )
    none_of(fargate({"name": "data", "host": {}}), "volume-host-source-path-fargate")
    none_of(fargate({"name": "data"}), "volume-host-source-path-fargate")
    none_of(
        ec2({"name": "data", "host": {"sourcePath": "/srv"}}), "volume-host-source-path-fargate"
    )


def test_fsx_on_fargate() -> None:
    doc = fargate(fsx(), runtimePlatform=WINDOWS, cpu="1024", memory="2048")
    one(doc, "fsx-fargate", Severity.ERROR, "/volumes/0/fsxWindowsFileServerVolumeConfiguration")
    none_of(ec2(fsx(), runtimePlatform=WINDOWS), "fsx-fargate")


def test_fargate_and_ec2_definition_gets_the_fargate_volume_rules() -> None:
    doc = fargate(docker(scope="task"), requiresCompatibilities=["EC2", "FARGATE"])
    one(doc, "docker-volume-fargate", Severity.ERROR, "/volumes/0/dockerVolumeConfiguration")


# --- EFS --------------------------------------------------------------------------

EFS_PATH = "/volumes/0/efsVolumeConfiguration"


@pytest.mark.parametrize(
    "config",
    [
        {"authorizationConfig": {"iam": "ENABLED"}},
        {"authorizationConfig": {"accessPointId": "fsap-0123456789abcdef0"}},
        {"authorizationConfig": {"iam": "ENABLED"}, "transitEncryption": "DISABLED"},
    ],
)
def test_efs_needs_transit_encryption(config: dict[str, Any]) -> None:
    doc = fargate(efs(**config), taskRoleArn=TASK_ROLE)
    one(doc, "efs-transit-encryption-required", Severity.ERROR, f"{EFS_PATH}/transitEncryption")
    fixed = fargate(efs(**{**config, "transitEncryption": "ENABLED"}), taskRoleArn=TASK_ROLE)
    none_of(fixed, "efs-transit-encryption-required")


def test_efs_without_iam_or_access_point_needs_no_encryption() -> None:
    none_of(
        fargate(efs(authorizationConfig={"iam": "DISABLED"})), "efs-transit-encryption-required"
    )
    # Out-of-enum values are the enum rule's business.
    none_of(
        fargate(
            efs(authorizationConfig={"iam": "ENABLED"}, transitEncryption="enabled"),
            taskRoleArn=TASK_ROLE,
        ),
        "efs-transit-encryption-required",
    )


def test_efs_root_directory_with_access_point() -> None:
    auth = {"accessPointId": "fsap-0123456789abcdef0"}
    doc = fargate(efs(authorizationConfig=auth, transitEncryption="ENABLED", rootDirectory="/data"))
    one(doc, "efs-root-directory-with-access-point", Severity.ERROR, f"{EFS_PATH}/rootDirectory")
    for fixed in (
        efs(authorizationConfig=auth, transitEncryption="ENABLED", rootDirectory="/"),
        efs(authorizationConfig=auth, transitEncryption="ENABLED"),
        efs(rootDirectory="/data"),
    ):
        none_of(fargate(fixed), "efs-root-directory-with-access-point")


@pytest.mark.parametrize("fs_id", ["my-efs", "fs-XYZ", "fs-123", "arn:aws:elasticfilesystem:x"])
def test_efs_file_system_id_format(fs_id: str) -> None:
    doc = fargate({"name": "data", "efsVolumeConfiguration": {"fileSystemId": fs_id}})
    one(doc, "efs-file-system-id-format", Severity.WARNING, f"{EFS_PATH}/fileSystemId")


@pytest.mark.parametrize("fs_id", ["fs-12345678", FS_ID, "${EFS_ID}", "{{ efs_id }}"])
def test_efs_file_system_id_ok(fs_id: str) -> None:
    doc = fargate({"name": "data", "efsVolumeConfiguration": {"fileSystemId": fs_id}})
    none_of(doc, "efs-file-system-id-format")


def test_efs_iam_needs_task_role() -> None:
    volume = efs(authorizationConfig={"iam": "ENABLED"}, transitEncryption="ENABLED")
    one(
        fargate(volume),
        "efs-iam-task-role",
        Severity.WARNING,
        f"{EFS_PATH}/authorizationConfig/iam",
    )
    none_of(fargate(volume, taskRoleArn=TASK_ROLE), "efs-iam-task-role")


# --- S3 Files ------------------------------------------------------------------------


def test_s3files_needs_task_role() -> None:
    volume = {
        "name": "files",
        "s3filesVolumeConfiguration": {"fileSystemArn": "arn:aws:s3files:eu-west-1:1:fs/x"},
    }
    one(
        fargate(volume),
        "volume-s3files-task-role",
        Severity.ERROR,
        "/volumes/0/s3filesVolumeConfiguration",
    )
    none_of(fargate(volume, taskRoleArn=TASK_ROLE), "volume-s3files-task-role")


# --- Docker volumes --------------------------------------------------------------------


@pytest.mark.parametrize(
    "config", [{"autoprovision": True}, {"autoprovision": True, "scope": "task"}]
)
def test_docker_autoprovision_needs_shared_scope(config: dict[str, Any]) -> None:
    one(
        ec2(docker(**config)),
        "docker-volume-autoprovision-scope",
        Severity.ERROR,
        "/volumes/0/dockerVolumeConfiguration/autoprovision",
    )


@pytest.mark.parametrize(
    "config",
    [
        {"autoprovision": True, "scope": "shared"},
        {"autoprovision": False, "scope": "task"},
        {"autoprovision": True, "scope": "TASK"},  # outside the enum: not judged here
        {"autoprovision": True, "scope": "${SCOPE}"},
    ],
)
def test_docker_autoprovision_ok(config: dict[str, Any]) -> None:
    none_of(ec2(docker(**config)), "docker-volume-autoprovision-scope")


def test_docker_driver_on_windows() -> None:
    doc = ec2(docker(driver="rexray/ebs"), runtimePlatform=WINDOWS)
    del doc["networkMode"]
    one(
        doc,
        "docker-volume-windows-driver",
        Severity.WARNING,
        "/volumes/0/dockerVolumeConfiguration/driver",
    )
    none_of(ec2(docker(driver="local"), runtimePlatform=WINDOWS), "docker-volume-windows-driver")
    none_of(ec2(docker(), runtimePlatform=WINDOWS), "docker-volume-windows-driver")
    none_of(ec2(docker(driver=""), runtimePlatform=WINDOWS), "docker-volume-windows-driver")
    none_of(ec2(docker(driver="rexray/ebs")), "docker-volume-windows-driver")


# --- FSx for Windows ----------------------------------------------------------------------


def test_fsx_on_linux() -> None:
    one(
        ec2(fsx(), runtimePlatform=LINUX),
        "fsx-linux",
        Severity.WARNING,
        "/volumes/0/fsxWindowsFileServerVolumeConfiguration",
    )
    none_of(ec2(fsx(), runtimePlatform=WINDOWS), "fsx-linux")
    # No runtimePlatform on EC2: the instances decide, so say nothing.
    none_of(ec2(fsx()), "fsx-linux")


# --- baselines and junk --------------------------------------------------------------------


def own_findings(doc: Any) -> list[Any]:
    return [f for f in run_rules(doc) if f.rule.startswith(PREFIXES)]


def test_baselines_are_clean() -> None:
    assert own_findings(fargate_doc()) == []
    assert own_findings(ec2_doc()) == []


def test_typical_volumes_are_clean() -> None:
    doc = fargate(
        {"name": "scratch"},
        efs(
            "shared",
            transitEncryption="ENABLED",
            authorizationConfig={"iam": "ENABLED", "accessPointId": "fsap-0123456789abcdef0"},
        ),
        {"name": "ebs", "configuredAtLaunch": True},
        taskRoleArn=TASK_ROLE,
    )
    assert own_findings(doc) == []
    bridge = ec2(
        {"name": "logs", "host": {"sourcePath": "/var/log/app"}},
        docker("cache", scope="shared", autoprovision=True, driver="local"),
    )
    assert own_findings(bridge) == []


JUNK: list[Any] = [
    {"containerDefinitions": [1, "x", None, {"name": 5, "portMappings": "no", "mountPoints": [3]}]},
    {"containerDefinitions": [], "volumes": {"a": 1}},
    {"containerDefinitions": [], "volumes": [None, {"name": []}]},
    {
        "requiresCompatibilities": ["FARGATE"],
        "taskRoleArn": 5,
        "runtimePlatform": {"operatingSystemFamily": "LINUX"},
        "volumes": [
            {
                "name": 7,
                "host": "x",
                "efsVolumeConfiguration": {"authorizationConfig": "x", "fileSystemId": 3},
                "dockerVolumeConfiguration": [],
                "fsxWindowsFileServerVolumeConfiguration": 1,
                "s3filesVolumeConfiguration": None,
                "configuredAtLaunch": "yes",
            },
            {
                "efsVolumeConfiguration": {
                    "authorizationConfig": {"iam": [], "accessPointId": {}},
                    "rootDirectory": 5,
                }
            },
            {"dockerVolumeConfiguration": {"autoprovision": 1, "scope": {}, "driver": 9}},
        ],
        "containerDefinitions": [
            {
                "name": "a",
                "mountPoints": [{"sourceVolume": 5, "containerPath": []}, None],
                "volumesFrom": [{"sourceContainer": []}, "x", {"sourceContainer": "a"}],
            },
            {"name": None, "mountPoints": {}, "volumesFrom": 4},
        ],
    },
]


@pytest.mark.parametrize("doc", JUNK)
def test_checks_do_not_raise_on_junk(doc: Any) -> None:
    ctx = RuleContext(doc)
    modules = {m.__name__ for m in (volumes, volume_types, mounts)}
    ours = [fn for fn in CHECKS if fn.__module__ in modules]
    assert {fn.__module__ for fn in ours} == modules
    for fn in ours:
        list(fn(ctx))  # must not raise
    names = {fn.__name__ for fn in ours}
    assert [
        f for f in run_rules(doc) if f.rule == "internal-error" and f.params.get("check") in names
    ] == []
