"""Stand-ins copied from examples are reported once, as a placeholder warning at
their field, and never also as a format error of that field."""

from __future__ import annotations

import json

import pytest

from tests.rulekit import awslogs, container, fargate_doc
from wizard.domain.findings import Severity
from wizard.domain.formats.importer import load_text
from wizard.domain.rules import run_rules


def lint(doc: dict) -> list:
    result = load_text(json.dumps(doc))
    assert result.document is not None
    return [*result.findings, *run_rules(result.document)]


def logging_to(group: str) -> dict:
    config = awslogs()
    config["options"]["awslogs-group"] = group
    return config


CASES = [
    ("taskRoleArn", "{INSERT your task role}", "/taskRoleArn"),
    ("taskRoleArn", "arn:aws:iam::aws_account_id:role/app", "/taskRoleArn"),
    (
        "executionRoleArn",
        "arn:aws:iam::XXXXXXXXXXXX:role/ecsTaskExecutionRole",
        "/executionRoleArn",
    ),
    (
        "executionRoleArn",
        "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        "/executionRoleArn",
    ),
    (
        "executionRoleArn",
        "arn:aws:iam::<account-id>:role/ecsTaskExecutionRole",
        "/executionRoleArn",
    ),
    (
        "image",
        "{your-account-id}.dkr.ecr.us-east-1.amazonaws.com/app:1",
        "/containerDefinitions/0/image",
    ),
    ("image", "aws_account_id.dkr.ecr.region.amazonaws.com/app:1", "/containerDefinitions/0/image"),
    (
        "image",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1",
        "/containerDefinitions/0/image",
    ),
    ("image", "<your image URI>", "/containerDefinitions/0/image"),
    (
        "group",
        "/ecs/{your-app-name}",
        "/containerDefinitions/0/logConfiguration/options/awslogs-group",
    ),
    ("group", "/ecs/<app name>", "/containerDefinitions/0/logConfiguration/options/awslogs-group"),
    (
        "secret",
        "arn:aws:ssm:region:account-id:parameter/db",
        "/containerDefinitions/0/secrets/0/valueFrom",
    ),
]


def _doc(field: str, value: str) -> dict:
    app = container(logConfiguration=awslogs())
    doc = fargate_doc(app)
    if field == "image":
        app["image"] = value
    elif field == "group":
        app["logConfiguration"] = logging_to(value)
    elif field == "secret":
        app["secrets"] = [{"name": "DB_PASSWORD", "valueFrom": value}]
    else:
        doc[field] = value
    return doc


@pytest.mark.parametrize(("field", "value", "path"), CASES, ids=[c[1] for c in CASES])
def test_a_stand_in_is_one_placeholder_warning_and_nothing_else_at_its_field(field, value, path):
    found = [f for f in lint(_doc(field, value)) if f.path == path]
    assert [(f.rule, f.severity) for f in found] == [("placeholder", Severity.WARNING)], found
    assert found[0].params["token"] in value


def test_the_document_is_otherwise_clean():
    # The cases above change one field of a document that lints clean.
    assert lint(fargate_doc(container(logConfiguration=awslogs()))) == []


@pytest.mark.parametrize("member", ["command", "entryPoint"])
def test_html_in_a_shell_command_is_not_a_placeholder(member):
    script = "echo '<html><body>ok</body></html>' > /usr/share/nginx/html/index.html && nginx"
    app = container(logConfiguration=awslogs(), **{member: ["sh", "-c", script]})
    assert lint(fargate_doc(app)) == []


def test_html_in_a_powershell_health_check_is_not_a_placeholder():
    check = {
        "command": [
            "CMD-SHELL",
            "powershell -Command \"if ((iwr http://localhost).Content -match '<html>') "
            '{ exit 0 } else { exit 1 }"',
        ]
    }
    app = container(logConfiguration=awslogs(), healthCheck=check)
    assert lint(fargate_doc(app)) == []


def test_a_template_variable_in_a_command_is_still_a_placeholder():
    app = container(logConfiguration=awslogs(), command=["serve", "--port", "${PORT}"])
    found = lint(fargate_doc(app))
    assert [(f.rule, f.path) for f in found] == [
        ("placeholder", "/containerDefinitions/0/command/2")
    ]


def test_the_web_service_template_reports_its_example_account():
    from wizard.domain.formats.templates import load_template

    found = lint(load_template("web-service"))
    assert [(f.rule, f.path, f.params["token"]) for f in found] == [
        ("placeholder", "/executionRoleArn", "123456789012")
    ]
