"""Check 2: what the roles may do, asked with iam:SimulatePrincipalPolicy on the
definition's own resources (the role's policies are evaluated by IAM, not here).

Task execution role (what ECS does before the containers start):
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
- ECR pull: ecr:GetAuthorizationToken on "*"; ecr:BatchCheckLayerAvailability,
  ecr:GetDownloadUrlForLayer, ecr:BatchGetImage on each repository;
- awslogs: logs:CreateLogStream, logs:PutLogEvents on the group, and
  logs:CreateLogGroup with awslogs-create-group "true";
- secrets: secretsmanager:GetSecretValue / ssm:GetParameters on each, and
  kms:Decrypt on a customer-managed key (found by :mod:`.secrets`);
- repositoryCredentials (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html);
- environmentFiles and a FireLens configuration file in S3: s3:GetObject on
  the object, s3:GetBucketLocation on the bucket.
Task role: EFS volumes with IAM authorization need elasticfilesystem:ClientMount,
and ClientWrite unless every mount of the volume is read-only:
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html
https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import partial
from typing import Any

from wizard.services.errors import AwsError
from wizard.services.messages import message
from wizard.services.preflight.context import Permission, Preflight
from wizard.services.preflight.images import ecr_images
from wizard.services.preflight.logs import log_groups
from wizard.services.preflight.references import ecr_repository_arn
from wizard.services.preflight.reporter import Reporter
from wizard.services.preflight.results import Area
from wizard.services.preflight.secrets import secret_refs
from wizard.services.preflight.storage import efs_volumes, s3_objects

ECR_PULL = ("ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage")
ROLE_PATHS = {"execution": "/executionRoleArn", "task": "/taskRoleArn"}


def collect_needs(pf: Preflight) -> None:
    """Every permission the definition needs, from the document itself."""
    ex = ROLE_PATHS["execution"]
    images = ecr_images(pf)
    if images:
        pf.need(
            Permission(
                "permission.ecr-pull", "execution", ("ecr:GetAuthorizationToken",), "*", ex, "ECR"
            )
        )
    for _, _, image in images:
        repo = ecr_repository_arn(image, pf.partition)
        pf.need(
            Permission("permission.ecr-pull", "execution", ECR_PULL, repo, ex, image.repository)
        )
    for group in log_groups(pf):
        arn = f"arn:{pf.partition}:logs:{group.region}:{pf.account}:log-group:{group.group}:*"
        actions: tuple[str, ...] = ("logs:CreateLogStream", "logs:PutLogEvents")
        if group.create:
            actions = ("logs:CreateLogGroup", *actions)
        pf.need(Permission("permission.logs", "execution", actions, arn, ex, group.group))
    for ref in secret_refs(pf):
        action = (
            "secretsmanager:GetSecretValue"
            if ref.service == "secretsmanager"
            else "ssm:GetParameters"
        )
        check = (
            "permission.repository-credentials"
            if "repositoryCredentials" in ref.path
            else "permission.secret"
        )
        pf.need(Permission(check, "execution", (action,), ref.resource_arn, ex, ref.secret_id))
    for obj in s3_objects(pf):
        check = (
            "permission.firelens-config"
            if obj.check.endswith("firelens-config")
            else "permission.environment-files"
        )
        pf.need(Permission(check, "execution", ("s3:GetObject",), obj.arn, ex, obj.arn))
        bucket = f"arn:{pf.partition}:s3:::{obj.bucket}"
        pf.need(Permission(check, "execution", ("s3:GetBucketLocation",), bucket, ex, obj.bucket))
    for volume in efs_volumes(pf):
        if not volume.iam:
            continue
        efs_actions: tuple[str, ...] = ("elasticfilesystem:ClientMount",)
        if not _read_only(pf, volume.name):
            efs_actions = (*efs_actions, "elasticfilesystem:ClientWrite")
        arn = pf.arn("elasticfilesystem", pf.region, f"file-system/{volume.file_system}")
        pf.need(
            Permission("permission.efs", "task", efs_actions, arn, ROLE_PATHS["task"], volume.name)
        )


def _read_only(pf: Preflight, volume: str) -> bool:
    mounts: list[dict[str, Any]] = []
    for _, container in pf.containers():
        points = container.get("mountPoints")
        for m in points if isinstance(points, list) else []:
            if isinstance(m, dict) and m.get("sourceVolume") == volume:
                mounts.append(m)
    return bool(mounts) and all(m.get("readOnly") is True for m in mounts)


def permission_tasks(pf: Preflight) -> list[Callable[[], None]]:
    """One simulation per role and resource, to run on the pool."""
    groups: dict[tuple[str, str], list[Permission]] = defaultdict(list)
    for need in pf.permissions:
        groups[(need.role, need.resource)].append(need)
    return [
        partial(_check_group, pf, role, resource, needs)
        for (role, resource), needs in groups.items()
    ]


def check_permissions(pf: Preflight) -> None:
    for task in permission_tasks(pf):
        task()


def _check_group(pf: Preflight, role: str, resource: str, needs: list[Permission]) -> None:
    arn = pf.role_arns.get(role)
    if not arn:
        _no_role(pf, role, needs)
        return
    actions = sorted({a for n in needs for a in n.actions})
    try:
        decisions = _simulate(pf, arn, actions, resource)
    except AwsError as exc:
        for need in needs:
            _reporter(pf, need).call_failed(exc)
        return
    for need in needs:
        _report(pf, role, need, resource, decisions)


def _simulate(pf: Preflight, role_arn: str, actions: list[str], resource: str) -> dict[str, str]:
    iam = pf.client("iam")
    answer: dict[str, Any] = pf.call(
        "iam:SimulatePrincipalPolicy",
        iam.simulate_principal_policy,
        PolicySourceArn=role_arn,
        ActionNames=actions,
        ResourceArns=[resource],
    )
    decisions: dict[str, str] = {}
    for result in answer.get("EvaluationResults", []):
        if isinstance(result, dict):
            decisions[str(result.get("EvalActionName"))] = str(result.get("EvalDecision"))
    return decisions


def _report(
    pf: Preflight, role: str, need: Permission, resource: str, decisions: dict[str, str]
) -> None:
    refused = [a for a in need.actions if decisions.get(a) != "allowed"]
    which = message(f"preflight.role.{role}")
    at = _reporter(pf, need)
    if refused:
        at.failed(
            message(
                "preflight.permission.denied",
                which=which,
                actions=", ".join(refused),
                resource=resource,
                subject=need.subject,
            ),
            message(
                "preflight.permission.denied.hint", actions=", ".join(refused), resource=resource
            ),
        )
        return
    at.passed(
        message(
            "preflight.permission.allowed",
            which=which,
            actions=", ".join(need.actions),
            resource=resource,
        )
    )


def _no_role(pf: Preflight, role: str, needs: list[Permission]) -> None:
    """A need whose role is not set (fail) or could not be read (skip, said by roles)."""
    field = ROLE_PATHS[role][1:]
    value = pf.document.get(field)
    for need in needs:
        if not value:
            _reporter(pf, need).failed(
                message(
                    "preflight.permission.no-role",
                    field=field,
                    actions=", ".join(need.actions),
                    subject=need.subject,
                ),
                message("preflight.permission.no-role.hint", field=field),
            )
        else:
            _reporter(pf, need).skipped(
                message("preflight.permission.role-unknown", field=field, role=str(value)),
                message("preflight.permission.role-unknown.hint", field=field),
            )


def _reporter(pf: Preflight, need: Permission) -> Reporter:
    return Reporter(pf, need.check, Area.PERMISSIONS, need.path, need.subject)
