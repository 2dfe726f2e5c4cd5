"""The gateway against a real moto server: families, revisions and the pickers' look-ups."""

from __future__ import annotations

import copy
import json

import pytest
from botocore.stub import Stubber

from tests.services.conftest import BOOK, REGION, reset_moto
from wizard.domain.formats.exporter import export_document
from wizard.services.errors import AwsError
from wizard.services.gateway import Boto3EcsGateway, gateway_for
from wizard.services.lookups import EXECUTION_ROLE_POLICY_ARN
from wizard.services.session import AwsConnection, connect


@pytest.fixture
def conn(moto_url: str) -> AwsConnection:
    return connect(None, REGION, moto_url)


def definition(family: str, memory: str = "512") -> dict:
    doc = export_document(copy.deepcopy(BOOK))
    doc.update(family=family, memory=memory)
    return doc


def test_register_describe_and_list(conn):
    gateway = gateway_for(conn)
    first = gateway.register_task_definition(definition("web-api"))
    assert (first.family, first.revision) == ("web-api", 1)
    assert first.arn.endswith(":task-definition/web-api:1")
    gateway.register_task_definition(definition("web-api", "1024"))
    gateway.register_task_definition(definition("worker"))

    assert gateway.list_task_definition_families() == ["web-api", "worker"]
    assert gateway.list_task_definition_families(prefix="web") == ["web-api"]
    assert [r.revision for r in gateway.list_task_definitions("web-api")] == [2, 1]
    assert gateway.list_task_definitions("web") == []

    described = gateway.describe_task_definition("web-api:1")
    assert "ResponseMetadata" not in described
    assert described["taskDefinition"]["memory"] == "512"
    assert described["tags"] == [{"key": "team", "value": "blog"}]
    latest = gateway.latest_active_revision("web-api")
    assert latest is not None and latest["taskDefinition"]["revision"] == 2
    assert gateway.latest_active_revision("nothing-here") is None


def test_families_follow_pagination():
    # A real client with Stubber: two pages joined by nextToken.
    conn = connect(None, REGION, None, services=("ecs",))
    ecs = conn.client("ecs")
    with Stubber(ecs) as stub:
        stub.add_response(
            "list_task_definition_families",
            {"families": ["a", "b"], "nextToken": "t1"},
            {"status": "ACTIVE", "familyPrefix": "x"},
        )
        stub.add_response(
            "list_task_definition_families",
            {"families": ["c"]},
            {"status": "ACTIVE", "familyPrefix": "x", "nextToken": "t1"},
        )
        assert Boto3EcsGateway(ecs).list_task_definition_families("x") == ["a", "b", "c"]


def test_roles_trusted_by_ecs_tasks(conn):
    iam = conn.client("iam")
    trust = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": ["ecs-tasks.amazonaws.com"]},
                "Action": "sts:AssumeRole",
            }
        ],
    }
    iam.create_role(RoleName="app-task", AssumeRolePolicyDocument=json.dumps(trust))
    trust["Statement"][0]["Principal"] = {"Service": "ec2.amazonaws.com"}
    iam.create_role(RoleName="ec2-only", AssumeRolePolicyDocument=json.dumps(trust))
    names = [r.name for r in gateway_for(conn).list_roles()]
    assert names == ["app-task"]


def test_create_execution_role(conn, moto_url, monkeypatch):
    # moto has the AWS managed policies only when asked (loading them takes a second or two).
    monkeypatch.setenv("MOTO_IAM_LOAD_MANAGED_POLICIES", "true")
    reset_moto(moto_url)
    gateway = gateway_for(conn)
    role, created = gateway.create_execution_role()
    assert created and role.name == "ecsTaskExecutionRole"
    assert role.arn.endswith(":role/ecsTaskExecutionRole")
    assert "ecsTaskExecutionRole" in [r.name for r in gateway.list_roles()]
    attached = conn.client("iam").list_attached_role_policies(RoleName="ecsTaskExecutionRole")
    assert [p["PolicyArn"] for p in attached["AttachedPolicies"]] == [EXECUTION_ROLE_POLICY_ARN]
    again, created_again = gateway.create_execution_role()
    assert again == role and not created_again


def test_ecr_repositories_and_tags(conn):
    ecr = conn.client("ecr")
    ecr.create_repository(repositoryName="shop/web")
    ecr.create_repository(repositoryName="api")
    manifest = json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
            "config": {"digest": "sha256:" + "1" * 64, "size": 1, "mediaType": "x"},
            "layers": [],
        }
    )
    ecr.put_image(repositoryName="shop/web", imageManifest=manifest, imageTag="1.0")
    gateway = gateway_for(conn)
    repos = gateway.list_repositories()
    assert [r.name for r in repos] == ["api", "shop/web"]
    assert repos[1].uri.endswith("/shop/web")
    assert gateway.list_image_tags("shop/web") == ["1.0"]
    with pytest.raises(AwsError) as caught:
        gateway.list_image_tags("nope")
    assert caught.value.kind == "not-found"


def test_log_groups(conn):
    gateway = gateway_for(conn)
    assert gateway.create_log_group("/ecs/web") is True
    assert gateway.create_log_group("/ecs/web") is False  # already there: fine for awslogs
    conn.client("logs").create_log_group(logGroupName="/aws/lambda/x")
    assert gateway.list_log_groups(prefix="/ecs/") == ["/ecs/web"]
    assert set(gateway.list_log_groups()) == {"/ecs/web", "/aws/lambda/x"}


def test_secrets_and_parameters(conn):
    conn.client("secretsmanager").create_secret(Name="prod/db", SecretString="s3cr3t-value")
    ssm = conn.client("ssm")
    ssm.put_parameter(Name="/prod/api-key", Value="v", Type="SecureString")
    ssm.put_parameter(Name="/dev/api-key", Value="v", Type="String")
    gateway = gateway_for(conn)
    secrets = gateway.list_secrets()
    assert [s.name for s in secrets] == ["prod/db"]
    assert secrets[0].value_from.startswith(f"arn:aws:secretsmanager:{REGION}:")
    params = gateway.list_parameters(prefix="/prod/")
    assert [p.name for p in params] == ["/prod/api-key"]
    assert params[0].value_from in ("/prod/api-key", params[0].arn)
    assert "s3cr3t-value" not in repr(secrets)


def test_a_picker_without_its_client_says_so(moto_url):
    gateway = gateway_for(connect(None, REGION, moto_url, services=("ecs",)))
    with pytest.raises(AwsError) as caught:
        gateway.list_roles()
    assert caught.value.kind == "not-connected"
