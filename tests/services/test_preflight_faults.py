"""The preflight when the account or a registry misbehaves, and what it never calls.

- Access denied on a call: that check is a ``skip`` naming the action; the
  others still run.
- The caller may not simulate: the permission checks are ``skip``.
- Throttling: botocore retries and the check still passes.
- Public registries: a 404 fails, a 429 and a slow registry are ``skip``; with
  public registries off nothing is sent to them.
- No secret or parameter value is read: no GetSecretValue / GetParameter(s)
  among the recorded calls.
"""

from __future__ import annotations

import pytest

from tests.aws_fixtures import REGION
from tests.services.registry_double import Slow
from tests.services.registry_double import Status as RegistryStatus
from tests.services.test_preflight_account import failures, result, verify
from wizard.domain.findings import Severity
from wizard.services.errors import AwsError
from wizard.services.preflight.results import ImageState, Status
from wizard.services.preflight.runner import connect_for_preflight, run_preflight

DENIABLE = [
    ("iam:GetRole", "role.exists", "/executionRoleArn"),
    ("ecr:DescribeImages", "image.exists", "/containerDefinitions/2/image"),
    (
        "logs:DescribeLogGroups",
        "logs.group",
        "/containerDefinitions/0/logConfiguration/options/awslogs-group",
    ),
    (
        "secretsmanager:DescribeSecret",
        "secret.exists",
        "/containerDefinitions/0/secrets/0/valueFrom",
    ),
    ("ssm:DescribeParameters", "secret.exists", "/containerDefinitions/0/secrets/1/valueFrom"),
    (
        "elasticfilesystem:DescribeFileSystems",
        "storage.efs-file-system",
        "/volumes/0/efsVolumeConfiguration/fileSystemId",
    ),
    (
        "elasticfilesystem:DescribeAccessPoints",
        "storage.efs-access-point",
        "/volumes/0/efsVolumeConfiguration/authorizationConfig/accessPointId",
    ),
    (
        "s3:HeadObject",
        "storage.environment-file",
        "/containerDefinitions/0/environmentFiles/0/value",
    ),
]


@pytest.mark.parametrize(("call", "check", "path"), DENIABLE, ids=[d[0] for d in DENIABLE])
def test_access_denied_makes_that_check_a_skip_and_the_others_run(world, call, check, path):
    double = world.double(deny={call})
    report = verify(world, double)
    skipped = result(report, check, path)
    assert skipped.status is Status.SKIP
    assert failures(report) == []
    action = call.replace("s3:HeadObject", "s3:GetObject")  # S3 authorizes HEAD as GetObject
    assert skipped.message == f"Not checked: this identity may not call {action}."
    assert "docs/verify-policy.json" in skipped.hint
    # Everything else still ran and passed.
    others = [c for c in report.checks if (c.check, c.path) != (check, path)]
    assert len([c for c in others if c.status is Status.PASS]) >= 10


def test_no_simulation_allowed_makes_the_permission_checks_skips(world):
    report = verify(world, world.double(deny={"iam:SimulatePrincipalPolicy"}))
    permissions = [c for c in report.checks if c.check.startswith("permission.")]
    assert len(permissions) >= 5
    assert all(c.status is Status.SKIP for c in permissions)
    assert "iam:SimulatePrincipalPolicy" in permissions[0].message
    assert failures(report) == []


def test_a_denied_permission_fails_at_the_role(world):
    def decide(role: str, action: str, resource: str) -> str:
        if role.endswith("/ecsTaskExecutionRole") and action == "secretsmanager:GetSecretValue":
            return "implicitDeny"
        if role.endswith("/bookTaskRole") and action == "elasticfilesystem:ClientWrite":
            return "explicitDeny"
        return "allowed"

    report = verify(world, world.double(decide))
    assert sorted(failures(report)) == [
        ("permission.efs", "/taskRoleArn"),
        ("permission.secret", "/executionRoleArn"),
    ]
    (secret,) = [
        c for c in report.checks if c.status is Status.FAIL and c.check == "permission.secret"
    ]
    assert (
        "secretsmanager:GetSecretValue" in secret.message and world.ids["secret"] in secret.message
    )


def test_read_only_efs_mounts_need_no_client_write(world):
    world.document["containerDefinitions"][0]["mountPoints"][0]["readOnly"] = True
    double = world.double()
    verify(world, double)
    efs = [a for _, a, _ in double.simulated if a.startswith("elasticfilesystem:")]
    assert efs == ["elasticfilesystem:ClientMount"]


def test_customer_managed_key_of_a_secret_is_simulated(world):
    kms = world.client("kms")
    key = kms.create_key()["KeyMetadata"]["Arn"]
    world.client("secretsmanager").update_secret(SecretId=world.ids["secret"], KmsKeyId=key)

    def decide(role: str, action: str, resource: str) -> str:
        return "implicitDeny" if action == "kms:Decrypt" else "allowed"

    report = verify(world, world.double(decide))
    assert failures(report) == [("permission.kms", "/executionRoleArn")]
    (kms_check,) = [c for c in report.checks if c.check == "permission.kms"]
    assert key in kms_check.message


def test_throttling_is_retried(world):
    double = world.double(throttle={"logs:DescribeLogGroups": 2})
    report = verify(world, double)
    assert failures(report) == []
    assert double.calls.count("logs:DescribeLogGroups") == 3


def test_endpoint_down_raises_one_error(world):
    conn = connect_for_preflight(None, REGION, "http://127.0.0.1:9")
    with pytest.raises(AwsError) as caught:
        run_preflight(world.document, conn, world.options())
    assert caught.value.kind == "unreachable"


def test_no_secret_or_parameter_value_is_read(world):
    double = world.double()
    report = verify(world, double)
    assert (
        result(report, "secret.exists", "/containerDefinitions/0/secrets/0/valueFrom").status
        is Status.PASS
    )
    assert "secretsmanager:DescribeSecret" in double.calls
    assert "ssm:DescribeParameters" in double.calls
    read = {
        "secretsmanager:GetSecretValue",
        "ssm:GetParameter",
        "ssm:GetParameters",
        "ssm:GetParametersByPath",
    }
    assert read & set(double.calls) == set()
    # Nothing but reads: every call is a Describe/Get/List/Head/Simulate.
    verbs = ("Describe", "Get", "List", "Head", "Simulate", "BatchGet")
    assert all(c.split(":", 1)[1].startswith(verbs) for c in double.calls), double.calls
    # And no value appears in any message.
    for check in report.checks:
        assert "s3cr3t-value" not in check.message + check.hint
        assert "p4ram-value" not in check.message + check.hint


def test_public_image_missing_fails(world):
    world.document["containerDefinitions"][1]["image"] = "mysql:9-nope"
    report = verify(world)
    assert failures(report) == [("image.exists", "/containerDefinitions/1/image")]
    assert report.image_states()["mysql:9-nope"] is ImageState.MISSING


def test_rate_limited_registry_is_a_skip(world):
    world.registry.images["library/mysql:8.4"] = RegistryStatus(429)
    report = verify(world)
    skipped = result(report, "image.exists", "/containerDefinitions/1/image")
    assert skipped.status is Status.SKIP and "429" in skipped.message
    assert failures(report) == []


def test_slow_registry_is_bounded_and_a_skip(world):
    world.registry.images["library/mysql:8.4"] = Slow(30)
    report = verify(world, registry_timeout=0.5)
    skipped = result(report, "image.exists", "/containerDefinitions/1/image")
    assert skipped.status is Status.SKIP and "did not answer" in skipped.message
    assert skipped.severity is Severity.ERROR


def test_public_registries_off_sends_nothing_to_them(world):
    report = verify(world, public_registries=False)
    assert world.registry.requests == []
    skipped = result(report, "image.exists", "/containerDefinitions/0/image")
    assert skipped.status is Status.SKIP and "--no-public-registries" in skipped.hint


def test_the_anonymous_token_flow_is_used(world):
    verify(world)
    paths = world.registry.requests
    assert any(
        p.startswith("/token?") and "repository%3Alibrary%2Fwordpress%3Apull" in p for p in paths
    )
    assert "/v2/library/wordpress/manifests/6" in paths
    # Only manifests and the single manifest's config: no layer is fetched.
    blobs = [p for p in paths if "/blobs/" in p]
    assert len(blobs) == 1 and blobs[0].startswith("/v2/library/mysql/blobs/")


def test_a_registry_image_with_repository_credentials_is_never_fetched(world):
    container = world.document["containerDefinitions"][1]
    container["repositoryCredentials"] = {"credentialsParameter": world.ids["secret"]}
    report = verify(world)
    assert not any("mysql" in p for p in world.registry.requests)
    assert result(report, "image.exists", "/containerDefinitions/1/image").status is Status.SKIP
    creds = result(
        report,
        "secret.exists",
        "/containerDefinitions/1/repositoryCredentials/credentialsParameter",
    )
    assert creds.status is Status.PASS
