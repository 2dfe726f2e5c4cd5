"""The console's default log collection and the group that follows the family."""

from __future__ import annotations

from wizard.domain.edits.log_defaults import awslogs_configuration, follow_family
from wizard.domain.rules import run_rules


def test_the_default_configuration_is_the_consoles():
    assert awslogs_configuration("shop", "eu-west-1") == {
        "logDriver": "awslogs",
        "options": {
            "awslogs-group": "/ecs/shop",
            "awslogs-region": "eu-west-1",
            "awslogs-stream-prefix": "ecs",
        },
    }
    assert "awslogs-region" not in awslogs_configuration("shop")["options"]


def test_only_groups_still_named_after_the_old_family_follow():
    doc = {
        "family": "shop",
        "containerDefinitions": [
            {"name": "a", "logConfiguration": awslogs_configuration("shop", "eu-west-1")},
            {"name": "b", "logConfiguration": awslogs_configuration("other", "eu-west-1")},
            {"name": "c", "logConfiguration": {"logDriver": "splunk", "options": {}}},
            {"name": "d"},
            "not a container",
        ],
    }
    assert follow_family(doc, "shop", "shop-v2") == [0]
    groups = [
        c.get("logConfiguration", {}).get("options", {}).get("awslogs-group")
        for c in doc["containerDefinitions"][:4]
    ]
    assert groups == ["/ecs/shop-v2", "/ecs/other", None, None]
    assert follow_family(doc, "x", "x") == []


def test_letting_ecs_create_the_group_is_a_warning_citing_the_aws_page():
    config = awslogs_configuration("shop", "eu-west-1")
    config["options"]["awslogs-create-group"] = "true"
    doc = {
        "family": "shop",
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": "256",
        "memory": "512",
        "executionRoleArn": "arn:aws:iam::111122223333:role/ecsTaskExecutionRole",
        "containerDefinitions": [
            {"name": "a", "image": "b:1", "essential": True, "logConfiguration": config}
        ],
    }
    (found,) = [f for f in run_rules(doc) if f.rule == "awslogs-create-group-permission"]
    assert found.severity.value == "warning"
    assert "AmazonECSTaskExecutionRolePolicy" in found.message
    from wizard.domain.messages.catalog import CATALOG

    assert CATALOG[found.rule].source.startswith("https://docs.aws.amazon.com/")
