"""IAM role references: ``taskRoleArn`` and ``executionRoleArn``.

The API takes the task role as a short name or a full ARN, and the execution
role as an ARN (botocore ECS model, RegisterTaskDefinition docs). An ARN must
name an IAM role in a 12-digit account: `arn:<partition>:iam::<account>:role/<path/name>`
(IAM ARN format; cfn-lint E3511/E1156 check the same pattern). Masked account
ids such as XXXXXXXXXXXX or ACCOUNT_ID, common in samples, would be refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.context import RuleContext, as_str
from wizard.domain.rules.registry import task_check
from wizard.domain.rules.sources import register

ROLE_FIELDS = ("taskRoleArn", "executionRoleArn")
_ARN = re.compile(
    r"^arn:(?P<partition>[^:]*):(?P<service>[^:]*):(?P<region>[^:]*):(?P<account>[^:]*):(?P<resource>.*)$"
)
_PARTITION = re.compile(r"^aws(-[a-z]+)*$")
_ACCOUNT = re.compile(r"^\d{12}$")
# IAM role names and paths: letters, digits and + = , . @ _ - (paths add /).
_ROLE_RESOURCE = re.compile(r"^role/([\w+=,.@-]+/)*[\w+=,.@-]{1,64}$")
_ROLE_NAME = re.compile(r"^[\w+=,.@-]{1,64}$")

define(
    "role-arn-invalid",
    Severity.ERROR,
    "'{field}' is '{value}', which is not the ARN of an IAM role: {problem}.",
    "Use arn:aws:iam::<12-digit account id>:role/<role name>, e.g. "
    "arn:aws:iam::123456789012:role/ecsTaskExecutionRole.",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html",
)
define(
    "role-name-invalid",
    Severity.ERROR,
    "'{field}' is '{value}', which is neither a role ARN nor a valid IAM role name.",
    "Give the role's ARN (arn:aws:iam::<account>:role/<name>); role names use letters, "
    "digits and + = , . @ _ - only, up to 64 characters.",
    "https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html",
)
define(
    "role-execution-name-not-arn",
    Severity.WARNING,
    "'executionRoleArn' is the role name '{value}'; the API documents an ARN here, and "
    "CloudFormation and Terraform require one.",
    "Write the full ARN: arn:aws:iam::<account id>:role/{value}.",
    register("executionRoleArn"),
)


def _arn_problem(value: str) -> str | None:
    """Why an ``arn:`` string is not an IAM role ARN, or None when it is one."""
    match = _ARN.match(value)
    if match is None:
        return "an ARN has six colon-separated parts"
    if not _PARTITION.match(match["partition"]):
        return f"'{match['partition']}' is not an AWS partition (aws, aws-cn, aws-us-gov)"
    if match["service"] != "iam":
        return f"it names the '{match['service']}' service, not iam"
    if match["region"]:
        return "IAM ARNs have no region"
    if not _ACCOUNT.match(match["account"]):
        return f"the account id '{match['account']}' is not 12 digits"
    if not _ROLE_RESOURCE.match(match["resource"]):
        return f"'{match['resource']}' is not role/<name>"
    return None


define(
    "role-task-name-not-arn",
    Severity.INFO,
    "'taskRoleArn' is the role name '{value}'. ECS accepts a name here, but "
    "CloudFormation's AWS::ECS::TaskDefinition wants the full ARN.",
    "If this definition is also deployed through CloudFormation, write "
    "arn:aws:iam::<account id>:role/{value}.",
    register("taskRoleArn"),
)
define(
    "role-empty",
    Severity.WARNING,
    "'{field}' is an empty string.",
    "Remove '{field}' when the task needs no such role, or give the role's ARN.",
    register("taskRoleArn"),
)


@task_check
def check_role_references(ctx: RuleContext) -> Iterator[Finding]:
    for field in ROLE_FIELDS:
        value = as_str(ctx.doc.get(field))
        if value is None or ctx.placeholder(value):
            continue
        if not value.strip():
            yield ctx.finding("role-empty", field, field=field)
            continue
        if value.startswith("arn:"):
            problem = _arn_problem(value)
            if problem:
                yield ctx.finding(
                    "role-arn-invalid", field, field=field, value=value, problem=problem
                )
        elif not _ROLE_NAME.match(value):
            yield ctx.finding("role-name-invalid", field, field=field, value=value)
        elif field == "executionRoleArn":
            yield ctx.finding("role-execution-name-not-arn", field, value=value)
        else:
            yield ctx.finding("role-task-name-not-arn", field, value=value)


def is_role_name(value: str) -> bool:
    """A short IAM role name (what ECS accepts instead of an ARN), as the rules read it."""
    return bool(_ROLE_NAME.match(value))
