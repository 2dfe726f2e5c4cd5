"""An account in moto where everything the book example needs exists, and the
book example extended to use it: roles, an ECR image, a log group, a secret and
a parameter, an EFS file system with an access point, an S3 environment file.
Public images come from the registry double (as Docker Hub)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import boto3
import pytest

from tests.aws_fixtures import BOOK, REGION
from tests.services.account_double import AccountDouble, Decide, allow_all
from tests.services.registry_double import Index, RegistryDouble, Single
from wizard.services.preflight.context import Options
from wizard.services.preflight.references import DOCKER_HUB

# Not the documentation account 123456789012 (moto's default): the rules report that one
# as a placeholder, and register refuses to send it.
ACCOUNT = "210987654321"
TRUST = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": {"Service": "ecs-tasks.amazonaws.com"},
            "Action": "sts:AssumeRole",
        }
    ],
}
ECR_HOST = f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"


@dataclass
class World:
    """What a test needs: the document, the moto URL, the doubles, ids made in moto."""

    document: dict[str, Any]
    moto_url: str
    registry: RegistryDouble
    ids: dict[str, str] = field(default_factory=dict)

    def client(self, service: str, region: str = REGION) -> Any:
        return boto3.client(service, region_name=region, endpoint_url=self.moto_url)

    def options(self, **more: Any) -> Options:
        urls = {DOCKER_HUB: self.registry.url}
        return Options(
            registry_urls=urls, registry_timeout=more.pop("registry_timeout", 5.0), **more
        )

    def double(self, decide: Decide = allow_all, **faults: Any) -> AccountDouble:
        return AccountDouble(self.moto_url, decide=decide, **faults)


def index_manifest(*platforms: str) -> str:
    return json.dumps(
        {
            "schemaVersion": 2,
            "mediaType": OCI_INDEX,
            "manifests": [
                {
                    "mediaType": "application/vnd.oci.image.manifest.v1+json",
                    "digest": "sha256:" + f"{i:x}".rjust(64, "a"),
                    "size": 500,
                    "platform": {"os": p.split("/")[0], "architecture": p.split("/")[1]},
                }
                for i, p in enumerate(platforms)
            ],
        }
    )


def push(ecr: Any, repository: str, tag: str, *platforms: str) -> None:
    ecr.put_image(
        repositoryName=repository,
        imageManifest=index_manifest(*platforms),
        imageManifestMediaType=OCI_INDEX,
        imageTag=tag,
    )


def build(moto_url: str, registry: RegistryDouble) -> World:
    world = World(copy.deepcopy(BOOK), moto_url, registry)
    iam = world.client("iam")
    iam.create_role(RoleName="ecsTaskExecutionRole", AssumeRolePolicyDocument=json.dumps(TRUST))
    iam.create_role(RoleName="bookTaskRole", AssumeRolePolicyDocument=json.dumps(TRUST))
    iam.put_role_policy(
        RoleName="bookTaskRole",
        PolicyName="efs",
        PolicyDocument=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Action": "elasticfilesystem:Client*", "Resource": "*"}
                ],
            }
        ),
    )
    ecr = world.client("ecr")
    ecr.create_repository(repositoryName="book/metrics")
    push(ecr, "book/metrics", "1.0", "linux/amd64", "linux/arm64")
    world.client("logs").create_log_group(logGroupName="/ecs/book")
    secret = world.client("secretsmanager").create_secret(
        Name="book/db", SecretString="s3cr3t-value"
    )
    world.ids["secret"] = secret["ARN"]
    world.client("ssm").put_parameter(Name="/book/wp-key", Value="p4ram-value", Type="SecureString")
    efs = world.client("efs")
    fs = efs.create_file_system(CreationToken="book")["FileSystemId"]
    ap = efs.create_access_point(FileSystemId=fs)["AccessPointId"]
    world.ids.update(fs=fs, ap=ap)
    s3 = world.client("s3")
    s3.create_bucket(Bucket="book-config", CreateBucketConfiguration={"LocationConstraint": REGION})
    s3.put_object(Bucket="book-config", Key="book.env", Body=b"TZ=UTC\n")

    doc = world.document
    doc["taskRoleArn"] = f"arn:aws:iam::{ACCOUNT}:role/bookTaskRole"
    doc["executionRoleArn"] = f"arn:aws:iam::{ACCOUNT}:role/ecsTaskExecutionRole"
    wordpress, mysql = doc["containerDefinitions"]
    wordpress["logConfiguration"] = {
        "logDriver": "awslogs",
        "options": {
            "awslogs-group": "/ecs/book",
            "awslogs-region": REGION,
            "awslogs-stream-prefix": "wp",
        },
    }
    wordpress["secrets"] = [
        {"name": "WORDPRESS_DB_PASSWORD", "valueFrom": secret["ARN"]},
        {"name": "WORDPRESS_AUTH_KEY", "valueFrom": "/book/wp-key"},
    ]
    wordpress["environmentFiles"] = [{"value": "arn:aws:s3:::book-config/book.env", "type": "s3"}]
    wordpress["mountPoints"] = [
        {"sourceVolume": "uploads", "containerPath": "/var/www/html/wp-content/uploads"}
    ]
    doc["volumes"] = [
        {
            "name": "uploads",
            "efsVolumeConfiguration": {
                "fileSystemId": fs,
                "transitEncryption": "ENABLED",
                "authorizationConfig": {"accessPointId": ap, "iam": "ENABLED"},
            },
        }
    ]
    doc["containerDefinitions"].append(
        {
            "name": "metrics",
            "image": f"{ECR_HOST}/book/metrics:1.0",
            "essential": False,
            "memoryReservation": 64,
        }
    )
    del mysql  # unchanged: a public image checked through the registry double
    return world


@pytest.fixture
def registry() -> Iterator[RegistryDouble]:
    double = RegistryDouble(
        {
            "library/wordpress:6": Index(("linux/amd64", "linux/arm64")),
            "library/mysql:8.4": Single("linux", "amd64"),
        }
    )
    yield double
    double.stop()


@pytest.fixture
def world(moto_url: str, registry: RegistryDouble, monkeypatch: pytest.MonkeyPatch) -> World:
    # moto answers every request of this test as this account.
    monkeypatch.setenv("MOTO_ACCOUNT_ID", ACCOUNT)
    return build(moto_url, registry)
