"""The one answer to "which launch types apply" when a file declares none."""

from __future__ import annotations

from wizard.domain.analysis import analyse
from wizard.domain.launch_types import assumed_launch_type, declared_launch_types


def test_declared_launch_types_keep_the_files_order_and_skip_unknown_values():
    doc = {"requiresCompatibilities": ["FARGATE", "BOGUS", "EC2"]}
    assert declared_launch_types(doc) == ("FARGATE", "EC2")
    assert assumed_launch_type(doc) is None


def test_ec2_is_assumed_when_nothing_known_is_declared():
    for doc in ({}, {"requiresCompatibilities": []}, {"requiresCompatibilities": "EC2"}):
        assert assumed_launch_type(doc) == "EC2"


def test_the_rules_check_a_file_without_launch_types_as_ec2():
    # bridge with a host port is EC2-only; checked as Fargate it would be an error.
    doc = {
        "family": "legacy",
        "containerDefinitions": [
            {
                "name": "web",
                "image": "nginx:1.27",
                "memory": 256,
                "portMappings": [{"containerPort": 80, "hostPort": 8080}],
            }
        ],
    }
    assert assumed_launch_type(doc) == "EC2"
    errors = [f.rule for f in analyse(doc, ()) if f.severity.value == "error"]
    assert errors == []
    fargate = dict(doc, requiresCompatibilities=["FARGATE"])
    assert any(f.severity.value == "error" for f in analyse(fargate, ()))
