"""CloudFormation's own forms for what a task definition writes another way.

Two things register-input JSON allows that the ``AWS::ECS::TaskDefinition``
resource schema (and cfn-lint, E1156 / E3511 / E3048) does not:

- a role given by name in ``taskRoleArn`` / ``executionRoleArn``: the resource
  wants an ARN, so the name becomes
  ``!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/NAME`` (the account
  and partition the stack is deployed in, which is the role ECS would have
  looked up by name);
- an empty ``placementConstraints`` on a Fargate task definition (describe
  output carries ``[]``): CloudFormation refuses the property on Fargate, and
  an empty list constrains nothing, so it is left out.

Each change is reported as an info finding, in the export's report.
"""

from __future__ import annotations

from typing import Any

from wizard.domain.findings import Finding, Severity, pointer
from wizard.domain.messages.catalog import define
from wizard.domain.rules.roles import ROLE_FIELDS, is_role_name

ROLE_ARN_TEMPLATE = "arn:${{AWS::Partition}}:iam::${{AWS::AccountId}}:role/{name}"

define(
    "cloudformation-role-name-as-arn",
    Severity.INFO,
    "'{field}' is the role name '{value}'; the template gives CloudFormation its ARN in the "
    "stack's account and partition (!Sub {arn}).",
    "Write the full role ARN in the task definition if the role is in another account.",
    # TaskRoleArn / ExecutionRoleArn take an ARN; the !Sub uses the pseudo parameters
    # AWS::Partition and AWS::AccountId (UserGuide/pseudo-parameter-reference.html).
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/"
    "aws-resource-ecs-taskdefinition.html",
)
define(
    "cloudformation-empty-placement-constraints",
    Severity.INFO,
    "The empty placementConstraints was left out: CloudFormation does not accept the "
    "property for Fargate task definitions, and an empty list constrains nothing.",
    "Nothing to do; placement constraints do not apply to Fargate tasks.",
    # "Task placement constraints aren't supported for tasks run on Fargate."
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/"
    "API_TaskDefinitionPlacementConstraint.html",
)

_PROPERTIES = {"taskRoleArn": "TaskRoleArn", "executionRoleArn": "ExecutionRoleArn"}


def role_arn_sub(name: str) -> dict[str, str]:
    """``Fn::Sub`` of the ARN of role ``name`` in the stack's account and partition."""
    return {"Fn::Sub": ROLE_ARN_TEMPLATE.format(name=name)}


def apply_cloudformation_forms(doc: dict[str, Any], properties: dict[str, Any]) -> list[Finding]:
    """Rewrite ``properties`` (converted from ``doc``) into CloudFormation's forms;
    the info findings say what changed."""
    notes: list[Finding] = []
    for field in ROLE_FIELDS:
        value = doc.get(field)
        if isinstance(value, str) and not value.startswith("arn:") and is_role_name(value):
            sub = role_arn_sub(value)
            properties[_PROPERTIES[field]] = sub
            notes.append(
                Finding(
                    "cloudformation-role-name-as-arn",
                    Severity.INFO,
                    pointer(field),
                    {"field": field, "value": value, "arn": sub["Fn::Sub"]},
                )
            )
    fargate = "FARGATE" in (doc.get("requiresCompatibilities") or [])
    if fargate and doc.get("placementConstraints") == []:
        properties.pop("PlacementConstraints", None)
        notes.append(
            Finding(
                "cloudformation-empty-placement-constraints",
                Severity.INFO,
                pointer("placementConstraints"),
                {},
            )
        )
    return notes
