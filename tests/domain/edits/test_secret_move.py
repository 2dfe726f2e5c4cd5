"""Moving a plain-text secret from ``environment`` to ``secrets``, and the suggested valueFrom."""

from __future__ import annotations

import copy
import json

import pytest

from tests.rulekit import EXECUTION_ROLE, awslogs, container, fargate_doc
from wizard.domain.analysis import analyse
from wizard.domain.edits.secret_move import (
    ACCOUNT_PLACEHOLDER,
    PARAMETER_STORE,
    REGION_PLACEHOLDER,
    SECRETS_MANAGER,
    SecretMoveError,
    account_from_document,
    execution_role_missing,
    find_entry,
    move_to_secrets,
    occurrences,
    partition_of,
    region_from_document,
    resource_name,
    secret_path,
    suggest_value_from,
)

PASSWORD = "hunter2hunter2"
PARAMETER = "arn:aws:ssm:eu-west-1:123456789012:parameter/web/app/DB_PASSWORD"


def draft(*environment: dict[str, str], **fields) -> dict:
    app = container(logConfiguration=awslogs(), environment=list(environment), **fields)
    return fargate_doc(app)


def rules_of(doc: dict) -> set[str]:
    return {f.rule for f in analyse(doc)}


def test_the_move_removes_the_value_and_adds_the_secret():
    doc = draft(
        {"name": "LOG_LEVEL", "value": "info"},
        {"name": "DB_PASSWORD", "value": PASSWORD},
    )
    assert "environment-secret-value" in rules_of(doc)
    before = copy.deepcopy(doc)

    moved = move_to_secrets(doc, 0, 1, PARAMETER)

    app = moved["containerDefinitions"][0]
    assert app["environment"] == [{"name": "LOG_LEVEL", "value": "info"}]
    assert app["secrets"] == [{"name": "DB_PASSWORD", "valueFrom": PARAMETER}]
    assert PASSWORD not in json.dumps(moved)
    assert occurrences(moved, PASSWORD) == []
    # The finding is gone and nothing new is wrong (the draft has an execution role).
    assert analyse(moved) == []
    assert doc == before  # the input is left alone


def test_an_emptied_environment_is_dropped_and_secrets_take_its_place():
    doc = draft({"name": "DB_PASSWORD", "value": PASSWORD})
    moved = move_to_secrets(doc, 0, "DB_PASSWORD", PARAMETER)
    app = moved["containerDefinitions"][0]
    assert "environment" not in app
    keys = list(app)
    assert keys.index("secrets") == list(doc["containerDefinitions"][0]).index("environment")


def test_duplicates_of_the_name_go_too():
    # A variable left with the secret's name would be an error (and still hold a value).
    doc = draft(
        {"name": "DB_PASSWORD", "value": PASSWORD},
        {"name": "MODE", "value": "fast"},
        {"name": "DB_PASSWORD", "value": "older-password"},
    )
    moved = move_to_secrets(doc, 0, 0, PARAMETER)
    assert moved["containerDefinitions"][0]["environment"] == [{"name": "MODE", "value": "fast"}]
    assert "older-password" not in json.dumps(moved)


def test_appends_to_existing_secrets_and_keeps_an_identical_one():
    other = {"name": "API_TOKEN", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/t"}
    doc = draft({"name": "DB_PASSWORD", "value": PASSWORD}, secrets=[other])
    moved = move_to_secrets(doc, 0, 0, PARAMETER)
    assert moved["containerDefinitions"][0]["secrets"] == [
        other,
        {"name": "DB_PASSWORD", "valueFrom": PARAMETER},
    ]
    same = {"name": "DB_PASSWORD", "valueFrom": PARAMETER}
    doc = draft({"name": "DB_PASSWORD", "value": PASSWORD}, secrets=[same])
    moved = move_to_secrets(doc, 0, 0, f"  {PARAMETER} ")
    assert moved["containerDefinitions"][0]["secrets"] == [same]
    assert "environment" not in moved["containerDefinitions"][0]


def test_a_different_secret_of_the_same_name_is_refused():
    existing = {"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:eu-west-1:1:parameter/old"}
    doc = draft({"name": "DB_PASSWORD", "value": PASSWORD}, secrets=[existing])
    before = copy.deepcopy(doc)
    with pytest.raises(SecretMoveError) as caught:
        move_to_secrets(doc, 0, 0, PARAMETER)
    assert caught.value.kind == "secret-exists"
    assert caught.value.existing == existing["valueFrom"]
    assert "already has a secret 'DB_PASSWORD'" in str(caught.value)
    assert doc == before


@pytest.mark.parametrize(
    ("container_index", "entry", "value_from", "kind"),
    [
        (3, 0, PARAMETER, "no-container"),
        (0, 5, PARAMETER, "no-entry"),
        (0, "NOPE", PARAMETER, "no-entry"),
        (0, 0, "   ", "no-value-from"),
        (0, 1, PARAMETER, "no-name"),
    ],
)
def test_what_cannot_be_moved(container_index, entry, value_from, kind):
    doc = draft({"name": "DB_PASSWORD", "value": PASSWORD}, {"name": "", "value": "x"})
    with pytest.raises(SecretMoveError) as caught:
        move_to_secrets(doc, container_index, entry, value_from)
    assert caught.value.kind == kind


def test_secrets_that_are_not_a_list_are_not_guessed_at():
    doc = draft({"name": "DB_PASSWORD", "value": PASSWORD}, secrets={"DB_PASSWORD": "x"})
    with pytest.raises(SecretMoveError) as caught:
        move_to_secrets(doc, 0, 0, PARAMETER)
    assert caught.value.kind == "secrets-not-a-list"


def test_find_entry_reads_name_and_value_as_text():
    doc = draft({"name": "PIN", "value": 1234})  # type: ignore[dict-item]
    entry = find_entry(doc, 0, "PIN")
    assert (entry.container, entry.index, entry.name, entry.value) == (0, 0, "PIN", "1234")


def test_suggestions_for_both_stores():
    assert (
        suggest_value_from("web", "app", "DB_PASSWORD", "eu-west-1", "123456789012")
        == "arn:aws:ssm:eu-west-1:123456789012:parameter/web/app/DB_PASSWORD"
    )
    assert (
        suggest_value_from(
            "web", "app", "DB_PASSWORD", "eu-west-1", "123456789012", SECRETS_MANAGER
        )
        == "arn:aws:secretsmanager:eu-west-1:123456789012:secret:web/app/DB_PASSWORD"
    )
    assert suggest_value_from("web", "app", "K", "cn-north-1", "123456789012").startswith(
        "arn:aws-cn:ssm:cn-north-1:"
    )
    assert partition_of("us-gov-west-1") == "aws-us-gov"
    with pytest.raises(ValueError):
        suggest_value_from("web", "app", "K", "eu-west-1", "123456789012", "vault")


def test_names_are_made_acceptable_to_aws():
    assert secret_path("", "", "") == "task/container/SECRET"
    assert secret_path("my app", "web:1", "DB PASSWORD") == "my-app/web-1/DB-PASSWORD"
    # SSM reserves names beginning with "aws" or "ssm".
    assert secret_path("aws-sample", "app", "X") == "ecs-aws-sample/app/X"


def test_unknown_region_and_account_become_placeholders_the_rules_catch():
    value_from = suggest_value_from("web", "app", "DB_PASSWORD", None, "not-an-account")
    assert REGION_PLACEHOLDER in value_from and ACCOUNT_PLACEHOLDER in value_from
    doc = draft({"name": "DB_PASSWORD", "value": PASSWORD})
    moved = move_to_secrets(doc, 0, 0, value_from)
    placeholders = [f for f in analyse(moved) if f.rule == "placeholder"]
    assert [f.path for f in placeholders] == ["/containerDefinitions/0/secrets/0/valueFrom"]
    assert placeholders[0].params["token"] in (REGION_PLACEHOLDER, ACCOUNT_PLACEHOLDER)


def test_a_missing_execution_role_is_reported_after_the_move():
    doc = draft({"name": "DB_PASSWORD", "value": PASSWORD})
    del doc["executionRoleArn"]
    doc["containerDefinitions"][0].pop("logConfiguration")  # awslogs would need it too
    assert execution_role_missing(doc)
    assert "execution-role-secrets" not in rules_of(doc)
    moved = move_to_secrets(doc, 0, 0, PARAMETER)
    assert "execution-role-secrets" in rules_of(moved)
    assert not execution_role_missing(draft())


def test_resource_names_from_value_from():
    assert resource_name(PARAMETER, PARAMETER_STORE) == "/web/app/DB_PASSWORD"
    assert resource_name("arn:aws:ssm:eu-west-1:1:parameter/flat", PARAMETER_STORE) == "flat"
    assert resource_name("/web/app/X", PARAMETER_STORE) == "/web/app/X"
    sm = "arn:aws:secretsmanager:eu-west-1:1:secret:web/app/X-AbCdEf:password::"
    assert resource_name(sm, SECRETS_MANAGER) == "web/app/X-AbCdEf"
    assert resource_name("arn:aws:ssm:eu-west-1:1:document/x", PARAMETER_STORE) == ""


def test_account_and_region_the_draft_already_names():
    doc = draft()
    assert account_from_document(doc) == EXECUTION_ROLE.split(":")[4]
    assert region_from_document(doc) == "eu-west-1"  # the awslogs region
    image = "210987654321.dkr.ecr.us-east-2.amazonaws.com/app:1"
    bare = {"containerDefinitions": [container(image=image)]}
    assert account_from_document(bare) == "210987654321"
    assert region_from_document(bare) == "us-east-2"
    assert account_from_document({}) is None and region_from_document({}) is None


def test_occurrences_find_the_value_elsewhere():
    doc = draft(
        {"name": "DB_PASSWORD", "value": PASSWORD}, command=["mysql", f"-p{PASSWORD}", "db"]
    )
    assert occurrences(doc, PASSWORD) == [
        "/containerDefinitions/0/environment/0/value",
        "/containerDefinitions/0/command/1",
    ]
    assert occurrences(doc, "abc") == []  # too short to mean anything
