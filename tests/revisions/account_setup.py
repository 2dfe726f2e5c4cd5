"""A family with revisions in every situation prune must handle, in a moto account.

book:1..8 registered (BOOK, image tag = revision). Then:
- book:1 deregistered beforehand (INACTIVE, unused);
- book:2 is the task definition of service ``web`` in cluster ``prod`` (its PRIMARY
  deployment), and book:3 its draining ACTIVE deployment (scripted by the ECS double,
  see ``active_deployment``; moto reports the PRIMARY one only);
- book:4 is the service ``worker`` in the other cluster ``batch``;
- book:5 runs as a task in ``prod`` (no service);
- book:6 is unused; book:7 and book:8 are the newest.
"""

from __future__ import annotations

import copy
from typing import Any

import boto3

from tests.aws_fixtures import BOOK, REGION
from tests.revisions.ecs_double import Answer, Forward


def default_network(url: str) -> dict[str, Any]:
    """awsvpc settings with a subnet of moto's default VPC."""
    ec2 = boto3.client("ec2", region_name=REGION, endpoint_url=url)
    subnet = ec2.describe_subnets(Filters=[{"Name": "default-for-az", "Values": ["true"]}])
    first = subnet["Subnets"][0]["SubnetId"]
    groups = ec2.describe_security_groups(Filters=[{"Name": "group-name", "Values": ["default"]}])
    group = groups["SecurityGroups"][0]["GroupId"]
    return {
        "awsvpcConfiguration": {
            "subnets": [first],
            "securityGroups": [group],
            "assignPublicIp": "DISABLED",
        }
    }


def arn_of(revision: int, account_id: str = "123456789012") -> str:
    return f"arn:aws:ecs:{REGION}:{account_id}:task-definition/book:{revision}"


def book(revision: int) -> dict[str, Any]:
    doc = copy.deepcopy(BOOK)
    doc["containerDefinitions"][0]["image"] = f"wordpress:6.{revision}"
    return doc


def populate(url: str) -> list[str]:
    """Make the situations above; returns the ARNs of book:1..8."""
    ecs = boto3.client("ecs", region_name=REGION, endpoint_url=url)
    arns = [
        ecs.register_task_definition(**book(n))["taskDefinition"]["taskDefinitionArn"]
        for n in range(1, 9)
    ]
    ecs.deregister_task_definition(taskDefinition=arns[0])
    network = default_network(url)
    for cluster in ("prod", "batch"):
        ecs.create_cluster(clusterName=cluster)
    ecs.create_service(
        cluster="prod",
        serviceName="web",
        taskDefinition=arns[1],
        desiredCount=1,
        launchType="FARGATE",
        networkConfiguration=network,
    )
    ecs.create_service(
        cluster="batch",
        serviceName="worker",
        taskDefinition=arns[3],
        desiredCount=1,
        launchType="FARGATE",
        networkConfiguration=network,
    )
    ecs.run_task(
        cluster="prod",
        taskDefinition=arns[4],
        launchType="FARGATE",
        networkConfiguration=network,
    )
    return arns


def active_deployment(draining_arn: str):  # -> Script
    """DescribeServices as during a rolling update of ``web``: moto's answer plus an ACTIVE
    deployment still running ``draining_arn``."""

    def script(body: dict[str, Any], forward: Forward) -> Answer:
        status, answer = forward()
        for service in answer.get("services", []):
            if service.get("serviceName") == "web":
                service.setdefault("deployments", []).append(
                    {"id": "ecs-svc/draining", "status": "ACTIVE", "taskDefinition": draining_arn}
                )
        return status, answer

    return script


REGISTERED_BY = "arn:aws:iam::123456789012:role/ci-deployer"


def registration(body: dict[str, Any], forward: Forward) -> Answer:
    """DescribeTaskDefinition with registeredAt and registeredBy, which moto leaves out."""
    status, answer = forward()
    task = answer.get("taskDefinition")
    if isinstance(task, dict):
        task.setdefault("registeredAt", 1_780_000_000 + int(task.get("revision", 0)))
        task.setdefault("registeredBy", REGISTERED_BY)
    return status, answer
