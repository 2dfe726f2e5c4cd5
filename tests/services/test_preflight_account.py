"""The preflight against a moto account: everything exists, then each thing broken.

The real boto3 clients talk to the account double on 127.0.0.1 (moto behind it,
iam:SimulatePrincipalPolicy answered by the double); public images come from
the registry double. Each failure is asserted at its JSON Pointer.
"""

from __future__ import annotations

import json

from tests.aws_fixtures import REGION
from tests.services.account_double import AccountDouble
from tests.services.preflight_world import ACCOUNT, ECR_HOST, World, push
from wizard.services.preflight.results import ImageState, Report, Status
from wizard.services.preflight.runner import connect_for_preflight, run_preflight


def verify(world: World, double: AccountDouble | None = None, **options: object) -> Report:
    double = double or world.double()
    try:
        conn = connect_for_preflight(None, REGION, double.url)
        return run_preflight(world.document, conn, world.options(**options))
    finally:
        double.stop()


def failures(report: Report) -> list[tuple[str, str]]:
    return [(c.check, c.path) for c in report.checks if c.status is Status.FAIL]


def result(report: Report, check: str, path: str):
    found = [c for c in report.checks if c.check == check and c.path == path]
    assert len(found) == 1, (check, path, report.checks)
    return found[0]


def test_everything_exists_passes(world):
    report = verify(world)
    assert failures(report) == []
    assert report.account == ACCOUNT and report.region == REGION
    skipped = [(c.check, c.message) for c in report.checks if c.status is Status.SKIP]
    assert skipped == []
    checks = {c.check for c in report.checks if c.status is Status.PASS}
    assert {
        "role.exists",
        "role.trust",
        "image.exists",
        "image.platform",
        "logs.group",
        "secret.exists",
        "storage.efs-file-system",
        "storage.efs-access-point",
        "storage.environment-file",
        "permission.ecr-pull",
        "permission.logs",
        "permission.secret",
        "permission.environment-files",
        "permission.efs",
        "account.arns",
    } <= checks
    # Both public images (an index and a single manifest with its config) and the ECR one.
    assert report.image_states() == {
        "wordpress:6": ImageState.EXISTS,
        "mysql:8.4": ImageState.EXISTS,
        f"{ECR_HOST}/book/metrics:1.0": ImageState.EXISTS,
    }


def test_execution_role_missing(world):
    world.client("iam").delete_role(RoleName="ecsTaskExecutionRole")
    report = verify(world)
    assert ("role.exists", "/executionRoleArn") in failures(report)
    assert "ecsTaskExecutionRole" in result(report, "role.exists", "/executionRoleArn").message
    # Its permissions cannot be simulated: skipped with the reason, not failed.
    pull = [c for c in report.checks if c.check == "permission.ecr-pull"]
    assert pull and all(c.status is Status.SKIP for c in pull)


def test_trust_policy_for_another_service(world):
    trust = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": "ec2.amazonaws.com"},
                "Action": "sts:AssumeRole",
            }
        ],
    }
    world.client("iam").update_assume_role_policy(
        RoleName="ecsTaskExecutionRole", PolicyDocument=json.dumps(trust)
    )
    report = verify(world)
    assert failures(report) == [("role.trust", "/executionRoleArn")]
    assert "ec2.amazonaws.com" in result(report, "role.trust", "/executionRoleArn").message


def test_source_account_condition_of_another_account(world):
    trust = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": "ecs-tasks.amazonaws.com"},
                "Action": "sts:AssumeRole",
                "Condition": {"StringEquals": {"aws:SourceAccount": "999999999999"}},
            }
        ],
    }
    world.client("iam").update_assume_role_policy(
        RoleName="bookTaskRole", PolicyDocument=json.dumps(trust)
    )
    report = verify(world)
    assert failures(report) == [("role.trust-condition", "/taskRoleArn")]


def test_image_tag_missing(world):
    world.document["containerDefinitions"][2]["image"] = f"{ECR_HOST}/book/metrics:2.0"
    report = verify(world)
    assert failures(report) == [("image.exists", "/containerDefinitions/2/image")]
    assert report.image_states()[f"{ECR_HOST}/book/metrics:2.0"] is ImageState.MISSING


def test_ecr_repository_missing(world):
    world.document["containerDefinitions"][2]["image"] = f"{ECR_HOST}/book/nothing:1.0"
    report = verify(world)
    assert ("image.exists", "/containerDefinitions/2/image") in failures(report)
    assert "book/nothing" in result(report, "image.exists", "/containerDefinitions/2/image").message


def test_arm64_only_ecr_image_for_an_x86_64_task(world):
    push(world.client("ecr"), "book/metrics", "arm", "linux/arm64")
    world.document["containerDefinitions"][2]["image"] = f"{ECR_HOST}/book/metrics:arm"
    world.document["runtimePlatform"] = {
        "cpuArchitecture": "X86_64",
        "operatingSystemFamily": "LINUX",
    }
    report = verify(world)
    assert failures(report) == [("image.platform", "/containerDefinitions/2/image")]
    check = result(report, "image.platform", "/containerDefinitions/2/image")
    assert "linux/amd64" in check.message and "linux/arm64" in check.message
    assert report.image_states()[f"{ECR_HOST}/book/metrics:arm"] is ImageState.WRONG_PLATFORM


def test_arm64_task_passes_with_a_multi_arch_image_and_fails_with_an_amd64_one(world):
    world.document["runtimePlatform"] = {
        "cpuArchitecture": "ARM64",
        "operatingSystemFamily": "LINUX",
    }
    report = verify(world)
    # wordpress and metrics have arm64; mysql's single manifest (config: amd64) does not.
    assert failures(report) == [("image.platform", "/containerDefinitions/1/image")]


def test_log_group_missing_without_create_group(world):
    world.client("logs").delete_log_group(logGroupName="/ecs/book")
    report = verify(world)
    path = "/containerDefinitions/0/logConfiguration/options/awslogs-group"
    assert failures(report) == [("logs.group", path)]


def test_log_group_missing_with_create_group_passes_when_allowed(world):
    world.client("logs").delete_log_group(logGroupName="/ecs/book")
    options = world.document["containerDefinitions"][0]["logConfiguration"]["options"]
    options["awslogs-create-group"] = "true"
    report = verify(world)
    assert failures(report) == []
    logs = [c for c in report.checks if c.check == "permission.logs"]
    assert logs and "logs:CreateLogGroup" in logs[0].message


def test_log_group_in_another_region_is_warned(world):
    world.client("logs", "us-east-1").create_log_group(logGroupName="/ecs/book")
    options = world.document["containerDefinitions"][0]["logConfiguration"]["options"]
    options["awslogs-region"] = "us-east-1"
    report = verify(world)
    path = "/containerDefinitions/0/logConfiguration/options/awslogs-region"
    warned = result(report, "logs.region", path)
    assert warned.status is Status.FAIL and warned.severity.value == "warning"
    assert not report.blocking


def test_secret_missing(world):
    arn = world.ids["secret"]
    world.client("secretsmanager").delete_secret(SecretId=arn, ForceDeleteWithoutRecovery=True)
    report = verify(world)
    assert failures(report) == [("secret.exists", "/containerDefinitions/0/secrets/0/valueFrom")]


def test_secret_scheduled_for_deletion(world):
    world.client("secretsmanager").delete_secret(
        SecretId=world.ids["secret"], RecoveryWindowInDays=7
    )
    report = verify(world)
    assert failures(report) == [("secret.deletion", "/containerDefinitions/0/secrets/0/valueFrom")]
    assert (
        "restore-secret"
        in result(report, "secret.deletion", "/containerDefinitions/0/secrets/0/valueFrom").hint
    )


def test_parameter_missing(world):
    world.client("ssm").delete_parameter(Name="/book/wp-key")
    report = verify(world)
    assert failures(report) == [("secret.exists", "/containerDefinitions/0/secrets/1/valueFrom")]


def test_json_key_of_a_secret_is_skipped_as_needing_the_value(world):
    secrets = world.document["containerDefinitions"][0]["secrets"]
    secrets[0]["valueFrom"] = world.ids["secret"] + ":password::"
    report = verify(world)
    assert failures(report) == []
    skipped = result(report, "secret.json-key", "/containerDefinitions/0/secrets/0/valueFrom")
    assert skipped.status is Status.SKIP and "reading the secret's value" in skipped.message


def test_efs_access_point_missing(world):
    world.client("efs").delete_access_point(AccessPointId=world.ids["ap"])
    report = verify(world)
    path = "/volumes/0/efsVolumeConfiguration/authorizationConfig/accessPointId"
    assert failures(report) == [("storage.efs-access-point", path)]


def test_efs_access_point_of_another_file_system(world):
    efs = world.client("efs")
    other = efs.create_file_system(CreationToken="other")["FileSystemId"]
    world.document["volumes"][0]["efsVolumeConfiguration"]["fileSystemId"] = other
    report = verify(world)
    path = "/volumes/0/efsVolumeConfiguration/authorizationConfig/accessPointId"
    assert failures(report) == [("storage.efs-access-point", path)]
    assert world.ids["fs"] in result(report, "storage.efs-access-point", path).message


def test_efs_file_system_missing(world):
    world.document["volumes"][0]["efsVolumeConfiguration"]["fileSystemId"] = "fs-0123456789abcdef0"
    report = verify(world)
    assert (
        "storage.efs-file-system",
        "/volumes/0/efsVolumeConfiguration/fileSystemId",
    ) in failures(report)


def test_environment_file_missing(world):
    world.client("s3").delete_object(Bucket="book-config", Key="book.env")
    report = verify(world)
    assert failures(report) == [
        ("storage.environment-file", "/containerDefinitions/0/environmentFiles/0/value")
    ]
