"""CloudFormation export: property names from the resource schema, cfn-lint clean.

cfn-lint runs as a library on the exported text (YAML and JSON). The property
names are checked member by member against the AWS::ECS::TaskDefinition schema
that cfn-lint bundles, so a new botocore member or a CloudFormation rename
fails here instead of producing a template CloudFormation rejects.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.domain.formats.cloudformation import (
    UNSUPPORTED,
    cloudformation_template,
    logical_id,
    member_shapes,
    property_name,
    to_cloudformation,
)
from wizard.domain.formats.exporter import ExportError
from wizard.domain.formats.importer import load_path
from wizard.domain.schema.model import TaskDefinition

EXECUTION_ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf"


def _fargate(family: str, *containers: dict[str, Any], **fields: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "family": family,
        "executionRoleArn": EXECUTION_ROLE,
        "networkMode": "awsvpc",
        "containerDefinitions": list(containers),
        "requiresCompatibilities": ["FARGATE"],
        "cpu": "256",
        "memory": "512",
    }
    doc.update(fields)
    return doc


def _awslogs(prefix: str) -> dict[str, Any]:
    return {
        "logDriver": "awslogs",
        "options": {
            "awslogs-group": f"/ecs/{prefix}",
            "awslogs-region": "eu-west-1",
            "awslogs-stream-prefix": prefix,
        },
    }


# The book's WordPress + MySQL example (design.md).
BOOK = _fargate(
    "wordpress",
    {
        "name": "wordpress",
        "image": "wordpress:6",
        "cpu": 10,
        "memoryReservation": 128,
        "portMappings": [{"containerPort": 80, "protocol": "tcp"}],
        "essential": True,
        "dependsOn": [{"containerName": "mysql", "condition": "START"}],
    },
    {
        "name": "mysql",
        "image": "mysql:8.4",
        "cpu": 10,
        "memoryReservation": 128,
        "essential": True,
        "secrets": [{"name": "MYSQL_ROOT_PASSWORD", "valueFrom": SECRET}],
    },
)

# Definitions that use most of what people put in task definitions; shared with
# the Terraform tests.
RICH_DOCUMENTS: dict[str, dict[str, Any]] = {
    "efs-logs-health": _fargate(
        "api",
        {
            "name": "app",
            "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2",
            "cpu": 256,
            "memory": 768,
            "memoryReservation": 512,
            "portMappings": [
                {"containerPort": 8080, "hostPort": 8080, "protocol": "tcp", "name": "http"},
                {"containerPort": 8125, "protocol": "udp"},
            ],
            "essential": True,
            "environment": [{"name": "LOG_LEVEL", "value": "info"}],
            "secrets": [{"name": "DB_PASSWORD", "valueFrom": SECRET}],
            "mountPoints": [{"sourceVolume": "shared", "containerPath": "/data"}],
            "dependsOn": [{"containerName": "migrate", "condition": "SUCCESS"}],
            "healthCheck": {
                "command": ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"],
                "interval": 30,
                "timeout": 5,
                "retries": 3,
                "startPeriod": 60,
            },
            "dockerLabels": {"com.example.team": "payments", "lower-key": "v"},
            "ulimits": [{"name": "nofile", "softLimit": 4096, "hardLimit": 8192}],
            "logConfiguration": _awslogs("api"),
            "readonlyRootFilesystem": True,
        },
        {
            "name": "migrate",
            "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2",
            "essential": False,
            "command": ["./manage", "migrate"],
            "memoryReservation": 128,
            "logConfiguration": _awslogs("migrate"),
        },
        cpu="512",
        memory="1024",
        taskRoleArn="arn:aws:iam::123456789012:role/api-task",
        volumes=[
            {
                "name": "shared",
                "efsVolumeConfiguration": {
                    "fileSystemId": "fs-0123456789abcdef0",
                    "rootDirectory": "/",
                    "transitEncryption": "ENABLED",
                    "authorizationConfig": {
                        "accessPointId": "fsap-0123456789abcdef0",
                        "iam": "ENABLED",
                    },
                },
            }
        ],
        ephemeralStorage={"sizeInGiB": 30},
        runtimePlatform={"operatingSystemFamily": "LINUX", "cpuArchitecture": "ARM64"},
        tags=[{"key": "team", "value": "payments"}],
    ),
    "firelens-sidecar": _fargate(
        "worker",
        {
            "name": "worker",
            "image": "public.ecr.aws/docker/library/python:3.12-slim",
            "essential": True,
            "command": ["python", "-m", "worker"],
            "memoryReservation": 256,
            "linuxParameters": {"initProcessEnabled": True},
            "logConfiguration": {
                "logDriver": "awsfirelens",
                "options": {
                    "Name": "cloudwatch_logs",
                    "region": "eu-west-1",
                    "log_group_name": "/ecs/worker",
                    "log_stream_prefix": "worker/",
                },
            },
            "dependsOn": [{"containerName": "log_router", "condition": "START"}],
            "stopTimeout": 60,
        },
        {
            "name": "log_router",
            "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
            "essential": True,
            "memoryReservation": 50,
            "firelensConfiguration": {
                "type": "fluentbit",
                "options": {"enable-ecs-log-metadata": "true"},
            },
            "logConfiguration": _awslogs("firelens"),
        },
        taskRoleArn="arn:aws:iam::123456789012:role/worker-task",
    ),
}


def corpus_documents() -> list[str]:
    """Corpus files that load into a register-input document (skip where absent)."""
    import os

    root = Path(
        os.environ.get("ECS_WIZARD_CORPUS")
        or Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"
    )
    if not root.is_dir():
        return []
    return [str(p) for p in sorted(root.glob("*.json")) if load_path(str(p)).model is not None]


def corpus_document(path: str) -> dict[str, Any]:
    result = load_path(path)
    assert result.document is not None
    return result.document


cfnlint_api = pytest.importorskip("cfnlint.api")
cfnlint_schema = pytest.importorskip("cfnlint.schema")


def lint(text: str) -> list[str]:
    return [f"{m.rule.id} {m.message} (line {m.linenumber})" for m in cfnlint_api.lint(text)]


def resource_schema() -> dict[str, Any]:
    manager = cfnlint_schema.PROVIDER_SCHEMA_MANAGER
    return manager.get_resource_schema("us-east-1", "AWS::ECS::TaskDefinition").schema


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    if "items" in node:
        node = node["items"]
    ref = node.get("$ref")
    if ref:
        node = schema["definitions"][ref.rsplit("/", 1)[-1]]
    return node


def test_every_api_member_has_its_schema_property_or_is_reported():
    schema = resource_schema()
    seen: set[str] = set()

    def walk(model, node, where):
        if model.__name__ in seen:
            return
        seen.add(model.__name__)
        props = node["properties"]
        for member, (_kind, nested) in member_shapes(model).items():
            name = property_name(model, member)
            if name is None:
                assert not any(p.lower() == member.lower() for p in props), (
                    f"{where}.{member} is marked unsupported but the schema has it"
                )
                continue
            assert name in props, f"{where}.{member} -> {name} is not a schema property"
            if nested is not None:
                walk(nested, _resolve(schema, props[name]), f"{where}.{member}")

    walk(TaskDefinition, schema, "TaskDefinition")
    # Every schema property except the read-only ARN is reachable from the model.
    top = {property_name(TaskDefinition, m) for m in member_shapes(TaskDefinition)}
    assert set(schema["properties"]) - top == {"TaskDefinitionArn"}


def test_special_names_and_user_map_keys():
    doc = copy.deepcopy(RICH_DOCUMENTS["efs-logs-health"])
    props = cloudformation_template(doc).template["Resources"]["ApiTaskDefinition"]["Properties"]
    volume = props["Volumes"][0]
    assert volume["EFSVolumeConfiguration"]["FilesystemId"] == "fs-0123456789abcdef0"
    assert volume["EFSVolumeConfiguration"]["AuthorizationConfig"]["IAM"] == "ENABLED"
    assert props["EphemeralStorage"] == {"SizeInGiB": 30}
    app = props["ContainerDefinitions"][0]
    # Map keys are the user's data: never capitalised.
    assert app["DockerLabels"] == {"com.example.team": "payments", "lower-key": "v"}
    assert app["LogConfiguration"]["Options"]["awslogs-group"] == "/ecs/api"
    assert app["Ulimits"] == [{"Name": "nofile", "SoftLimit": 4096, "HardLimit": 8192}]
    assert props["Tags"] == [{"Key": "team", "Value": "payments"}]
    assert props["Cpu"] == "512" and props["Memory"] == "1024"


def test_special_volume_and_proxy_names():
    doc = copy.deepcopy(BOOK)
    doc["requiresCompatibilities"] = ["EC2"]
    doc["volumes"] = [
        {
            "name": "fsx",
            "fsxWindowsFileServerVolumeConfiguration": {
                "fileSystemId": "fs-1",
                "rootDirectory": "share",
                "authorizationConfig": {"credentialsParameter": "arn:x", "domain": "corp"},
            },
        },
        {"name": "s3", "s3filesVolumeConfiguration": {"fileSystemArn": "arn:aws:s3files:x"}},
    ]
    doc["proxyConfiguration"] = {
        "containerName": "envoy",
        "properties": [{"name": "AppPorts", "value": "80"}],
    }
    template = cloudformation_template(doc).template
    props = template["Resources"]["WordpressTaskDefinition"]["Properties"]
    assert "FSxWindowsFileServerVolumeConfiguration" in props["Volumes"][0]
    assert props["Volumes"][1]["S3FilesVolumeConfiguration"] == {
        "FileSystemArn": "arn:aws:s3files:x"
    }
    assert props["ProxyConfiguration"]["ProxyConfigurationProperties"] == [
        {"Name": "AppPorts", "Value": "80"}
    ]


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_book_example_lints_clean(fmt):
    text, warnings = to_cloudformation(BOOK, fmt)
    assert warnings == []
    assert lint(text) == []
    parsed = json.loads(text) if fmt == "json" else yaml.safe_load(text)
    resource = parsed["Resources"]["WordpressTaskDefinition"]
    assert resource["Type"] == "AWS::ECS::TaskDefinition"
    assert resource["Properties"]["Cpu"] == "256"
    assert parsed["Outputs"]["TaskDefinitionArn"]["Value"] == {"Ref": "WordpressTaskDefinition"}


@pytest.mark.parametrize("name", sorted(RICH_DOCUMENTS))
def test_rich_definitions_lint_clean(name):
    text, warnings = to_cloudformation(RICH_DOCUMENTS[name])
    assert warnings == []
    assert lint(text) == []


def test_cfn_lint_does_see_our_output():
    """A control: a bad Fargate size in the export is caught, so a clean run means something."""
    doc = copy.deepcopy(BOOK)
    doc["cpu"] = "300"
    assert any(line.startswith("E3047") for line in lint(to_cloudformation(doc)[0]))


def test_unsupported_member_is_reported_not_silently_dropped():
    doc = copy.deepcopy(BOOK)
    doc["trustedExecutionConfiguration"] = {"isolationMode": "SHARED"}
    text, warnings = to_cloudformation(doc)
    assert ("TaskDefinition", "trustedExecutionConfiguration") in UNSUPPORTED
    assert [(w.rule, w.path) for w in warnings] == [
        ("cloudformation-unsupported-member", "/trustedExecutionConfiguration")
    ]
    assert "trustedExecutionConfiguration" in warnings[0].message
    assert "TrustedExecution" not in text
    assert lint(text) == []


def test_multiline_and_tricky_strings_survive_yaml():
    doc = copy.deepcopy(BOOK)
    script = "set -e\necho 'ready'\nexec nginx -g 'daemon off;'"
    doc["containerDefinitions"][0]["command"] = ["sh", "-c", script]
    doc["containerDefinitions"][0]["environment"] = [
        {"name": "YES", "value": "yes"},
        {"name": "NUM", "value": "0123"},
        {"name": "TRAIL", "value": "a \nb"},
    ]
    parsed = yaml.safe_load(to_cloudformation(doc)[0])
    app = parsed["Resources"]["WordpressTaskDefinition"]["Properties"]["ContainerDefinitions"][0]
    assert app["Command"][2] == script
    assert app["Environment"] == [
        {"Name": "YES", "Value": "yes"},
        {"Name": "NUM", "Value": "0123"},
        {"Name": "TRAIL", "Value": "a \nb"},
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30),
        min_size=1,
        max_size=4,
    )
)
def test_any_text_survives_yaml(command):
    doc = copy.deepcopy(BOOK)
    doc["containerDefinitions"][0]["command"] = command
    parsed = yaml.safe_load(to_cloudformation(doc)[0])
    props = parsed["Resources"]["WordpressTaskDefinition"]["Properties"]
    assert props["ContainerDefinitions"][0]["Command"] == command


@pytest.mark.parametrize(
    ("family", "expected"),
    [
        ("web", "WebTaskDefinition"),
        ("my-app_v2", "MyAppV2TaskDefinition"),
        ("9lives", "Family9livesTaskDefinition"),
        ("", "TaskDefinition"),
        (None, "TaskDefinition"),
    ],
)
def test_logical_id(family, expected):
    assert logical_id(family) == expected


def test_document_that_does_not_fit_the_api_raises_export_error():
    with pytest.raises(ExportError):
        cloudformation_template({"family": "x", "containerDefinitions": [{"memory": "lots"}]})


# Structural errors mean a wrong property name or type: the exporter's fault.
# Other cfn-lint findings on real files (a missing image, a bad size) are the
# files' own problems.
STRUCTURAL = ("E3002", "E3012", "E0000", "E0001")


def test_corpus_exports_have_no_structural_errors():
    paths = corpus_documents()
    if not paths:
        pytest.skip("real corpus not found (set ECS_WIZARD_CORPUS)")
    # One template with a resource per file: one cfn-lint run instead of a hundred.
    resources: dict[str, Any] = {}
    for index, path in enumerate(paths):
        template = cloudformation_template(corpus_document(path)).template
        (resource,) = template["Resources"].values()
        resources[f"Corpus{index:03d}"] = resource
    text = json.dumps({"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources})
    assert [line for line in lint(text) if line.startswith(STRUCTURAL)] == []
