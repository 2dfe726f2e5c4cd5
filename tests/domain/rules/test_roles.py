"""Role references: taskRoleArn / executionRoleArn must be IAM role ARNs (or names)."""

from __future__ import annotations

import pytest

from tests.rulekit import EXECUTION_ROLE, fargate_doc, findings


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("arn:aws:iam::11111111111:role/ecsTaskExecutionRole", "'11111111111' is not 12 digits"),
        ("arn:aws:iam::2109876543210:role/ecsTaskRole", "'2109876543210' is not 12 digits"),
        ("arn:aws:iam::210987654321:user/alice", "'user/alice' is not role/<name>"),
        ("arn:aws:s3:::bucket", "names the 's3' service"),
        ("arn:aws:iam:eu-west-1:210987654321:role/x", "IAM ARNs have no region"),
        ("arn:aws:iam::210987654321", "six colon-separated parts"),
        ("arn:amazon:iam::210987654321:role/x", "'amazon' is not an AWS partition"),
    ],
)
@pytest.mark.parametrize("field", ["taskRoleArn", "executionRoleArn"])
def test_bad_role_arn(field, value, problem):
    doc = fargate_doc(**{field: value})
    (finding,) = findings(doc, "role-arn-invalid")
    assert finding.severity.value == "error"
    assert finding.path == f"/{field}"
    assert problem in finding.message


@pytest.mark.parametrize(
    "value",
    [
        "arn:aws:iam::XXXXXXXXXXXX:role/ecsTaskExecutionRole",
        "arn:aws:iam::ACCOUNT_ID:role/ecsTaskRole",
        "arn:aws:iam::aws_account_id:role/ecsTaskRole",
        "arn:aws:iam::123456789012:user/alice",
    ],
)
@pytest.mark.parametrize("field", ["taskRoleArn", "executionRoleArn"])
def test_a_stand_in_account_is_a_placeholder_not_an_invalid_arn(field, value):
    # The placeholder warning comes from the importer (tests/domain/rules/
    # test_placeholder_fields.py); the role rules leave the field alone.
    doc = fargate_doc(**{field: value})
    assert findings(doc, "role-arn-invalid") == []
    assert findings(doc, "role-name-invalid") == []


@pytest.mark.parametrize(
    "value",
    [
        EXECUTION_ROLE,
        "arn:aws-cn:iam::123456789012:role/service-role/ecs-task",
        "arn:aws-us-gov:iam::123456789012:role/path/to/My+Role=1,a.b@c_d-e",
        "arn:aws:iam::${AWS_ACCOUNT_ID}:role/ecsTaskRole",
        "{{ ecsTaskRoleArn }}",
    ],
)
def test_good_role_arn_or_placeholder(value):
    doc = fargate_doc(taskRoleArn=value, executionRoleArn=value)
    assert findings(doc, "role-arn-invalid") == []
    assert findings(doc, "role-name-invalid") == []


def test_task_role_may_be_a_name_but_not_any_text():
    assert findings(fargate_doc(taskRoleArn="ecsTaskRole"), "role-name-invalid") == []
    (bad,) = findings(fargate_doc(taskRoleArn="my task role!"), "role-name-invalid")
    assert bad.path == "/taskRoleArn" and bad.severity.value == "error"


def test_task_role_name_is_mentioned_for_cloudformation():
    (info,) = findings(fargate_doc(taskRoleArn="ecsTaskRole"), "role-task-name-not-arn")
    assert info.severity.value == "info" and info.path == "/taskRoleArn"
    assert "arn:aws:iam::<account id>:role/ecsTaskRole" in info.hint
    arn = "arn:aws:iam::123456789012:role/ecsTaskRole"
    assert findings(fargate_doc(taskRoleArn=arn), "role-task-name-not-arn") == []
    assert findings(fargate_doc(taskRoleArn="my task role!"), "role-task-name-not-arn") == []


def test_execution_role_name_is_a_warning():
    (warning,) = findings(
        fargate_doc(executionRoleArn="ecsTaskExecutionRole"), "role-execution-name-not-arn"
    )
    assert warning.severity.value == "warning" and warning.path == "/executionRoleArn"
    assert findings(fargate_doc(), "role-execution-name-not-arn") == []


@pytest.mark.parametrize("field", ["taskRoleArn", "executionRoleArn"])
def test_empty_role_is_a_warning(field):
    (finding,) = findings(fargate_doc(**{field: ""}), "role-empty")
    assert finding.severity.value == "warning" and finding.path == f"/{field}"
    assert findings(fargate_doc(), "role-empty") == []
