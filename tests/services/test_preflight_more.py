"""More preflight checks, each passing and failing: the roles' purposes, ARNs of
other accounts and regions, a FireLens configuration file, single-platform
manifests, and the reference parsing behind them."""

from __future__ import annotations

import json

import pytest

from tests.aws_fixtures import reset_moto
from tests.services.preflight_world import ACCOUNT, ECR_HOST, OCI_INDEX, build
from tests.services.test_preflight_account import failures, result, verify
from wizard.domain.findings import Severity
from wizard.services.lookups import EXECUTION_ROLE_POLICY_ARN
from wizard.services.preflight.references import parse_image, parse_role
from wizard.services.preflight.results import Status


def test_role_purposes_pass_then_a_task_role_like_an_execution_role_is_warned(
    moto_url, registry, monkeypatch
):
    # moto makes the AWS managed policies only when asked, when its state is rebuilt.
    monkeypatch.setenv("MOTO_IAM_LOAD_MANAGED_POLICIES", "true")
    monkeypatch.setenv("MOTO_ACCOUNT_ID", ACCOUNT)
    reset_moto(moto_url)
    world = build(moto_url, registry)
    report = verify(world)
    assert result(report, "role.purpose", "/taskRoleArn").status is Status.PASS
    iam = world.client("iam")
    iam.delete_role_policy(RoleName="bookTaskRole", PolicyName="efs")
    iam.attach_role_policy(RoleName="bookTaskRole", PolicyArn=EXECUTION_ROLE_POLICY_ARN)
    report = verify(world)
    warned = result(report, "role.purpose", "/taskRoleArn")
    assert warned.status is Status.FAIL and warned.severity is Severity.WARNING
    # The execution role has no managed execution policy either: they look swapped.
    assert "look swapped" in warned.message
    assert not report.blocking or all(c.check.startswith("permission.") for c in report.blocking)


def test_arns_of_another_account_region_and_partition(world):
    doc = world.document
    doc["taskRoleArn"] = "arn:aws:iam::999999999999:role/other"
    secrets = doc["containerDefinitions"][0]["secrets"]
    secrets[1]["valueFrom"] = f"arn:aws:ssm:us-east-1:{ACCOUNT}:parameter/book/wp-key"
    world.client("ssm", "us-east-1").put_parameter(
        Name="/book/wp-key", Value="v", Type="SecureString"
    )
    doc["containerDefinitions"][0]["environmentFiles"] = [
        {"value": "arn:aws-cn:s3:::book-config/book.env", "type": "s3"}
    ]
    report = verify(world)
    role = [c for c in report.checks if c.check == "account.arns" and c.path == "/taskRoleArn"]
    assert role[0].severity is Severity.WARNING and "999999999999" in role[0].message
    region = result(report, "account.arns", "/containerDefinitions/0/secrets/1/valueFrom")
    assert region.severity is Severity.INFO and "us-east-1" in region.message
    # The parameter in us-east-1 was looked up there, and found.
    assert (
        result(report, "secret.exists", "/containerDefinitions/0/secrets/1/valueFrom").status
        is Status.PASS
    )
    assert report.account == ACCOUNT
    assert not any(c.check == "account.arns" and c.status is Status.PASS for c in report.checks)


def test_a_firelens_configuration_file_in_s3(world):
    world.document["containerDefinitions"].append(
        {
            "name": "log_router",
            "image": f"{ECR_HOST}/book/metrics:1.0",
            "essential": False,
            "memoryReservation": 64,
            "firelensConfiguration": {
                "type": "fluentbit",
                "options": {
                    "config-file-type": "s3",
                    "config-file-value": "arn:aws:s3:::book-config/fluent-bit.conf",
                },
            },
        }
    )
    path = "/containerDefinitions/3/firelensConfiguration/options/config-file-value"
    report = verify(world)
    assert failures(report) == [("storage.firelens-config", path)]
    world.client("s3").put_object(Bucket="book-config", Key="fluent-bit.conf", Body=b"[OUTPUT]\n")
    report = verify(world)
    assert failures(report) == []
    assert result(report, "storage.firelens-config", path).status is Status.PASS
    assert any(
        c.check == "permission.firelens-config" and c.status is Status.PASS for c in report.checks
    )


def test_a_single_platform_ecr_manifest_is_skipped_with_the_reason(world):
    manifest = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {
            "mediaType": "application/vnd.docker.container.image.v1+json",
            "digest": "sha256:" + "c" * 64,
            "size": 10,
        },
        "layers": [],
    }
    world.client("ecr").put_image(
        repositoryName="book/metrics",
        imageManifest=json.dumps(manifest),
        imageManifestMediaType=manifest["mediaType"],
        imageTag="single",
    )
    world.document["containerDefinitions"][2]["image"] = f"{ECR_HOST}/book/metrics:single"
    report = verify(world)
    skipped = result(report, "image.platform", "/containerDefinitions/2/image")
    assert skipped.status is Status.SKIP and "layer download" in skipped.message
    assert OCI_INDEX  # the pushed index of the other tests is what makes it checkable


@pytest.mark.parametrize(
    ("text", "registry", "repository", "reference"),
    [
        ("nginx", "docker.io", "library/nginx", "latest"),
        ("wordpress:6", "docker.io", "library/wordpress", "6"),
        ("bitnami/redis:7.2", "docker.io", "bitnami/redis", "7.2"),
        ("docker.io/library/nginx:1.27", "docker.io", "library/nginx", "1.27"),
        ("public.ecr.aws/nginx/nginx:1.27", "public.ecr.aws", "nginx/nginx", "1.27"),
        ("ghcr.io/org/app@sha256:" + "a" * 64, "ghcr.io", "org/app", "sha256:" + "a" * 64),
        ("localhost:5000/app:dev", "localhost:5000", "app", "dev"),
        (f"{ECR_HOST}/team/app:1.0", ECR_HOST, "team/app", "1.0"),
    ],
)
def test_image_references(text, registry, repository, reference):
    image = parse_image(text)
    assert image is not None
    assert (image.registry, image.repository, image.reference) == (registry, repository, reference)
    assert image.is_ecr == (registry == ECR_HOST)


@pytest.mark.parametrize("text", ["", "${IMAGE}", "Bad Image", "repo@sha256:xyz", "{{ image }}"])
def test_what_is_no_image_reference(text):
    assert parse_image(text) is None


def test_role_references():
    assert parse_role("ecsTaskExecutionRole").name == "ecsTaskExecutionRole"
    arn = parse_role("arn:aws:iam::123456789012:role/service-role/app")
    assert arn.name == "app" and arn.arn.account == "123456789012"
    assert parse_role("arn:aws:s3:::bucket/key") is None


def test_a_role_given_as_a_plain_name(world):
    world.document["executionRoleArn"] = "ecsTaskExecutionRole"
    report = verify(world)
    assert failures(report) == []
    assert result(report, "role.exists", "/executionRoleArn").status is Status.PASS
    world.document["executionRoleArn"] = "noSuchRole"
    report = verify(world)
    assert ("role.exists", "/executionRoleArn") in failures(report)


def test_efs_with_iam_authorization_needs_a_task_role(world):
    del world.document["taskRoleArn"]
    report = verify(world)
    assert failures(report) == [("permission.efs", "/taskRoleArn")]
    (efs,) = [c for c in report.checks if c.check == "permission.efs"]
    assert "elasticfilesystem:ClientMount" in efs.message and "taskRoleArn" in efs.hint


def test_a_parameter_of_another_account_is_skipped_with_the_reason(world):
    secrets = world.document["containerDefinitions"][0]["secrets"]
    secrets[1]["valueFrom"] = "arn:aws:ssm:eu-west-1:999999999999:parameter/shared/key"
    report = verify(world)
    path = "/containerDefinitions/0/secrets/1/valueFrom"
    skipped = result(report, "secret.exists", path)
    assert skipped.status is Status.SKIP and "999999999999" in skipped.message
    noted = result(report, "account.arns", path)
    assert noted.severity is Severity.WARNING
    assert failures(report) == [("account.arns", path)]
    assert not report.blocking
