"""Look-ups for the wizard's pickers: roles, images, log groups, secrets, parameters.

Each returns small plain values, newest or alphabetical first, capped at
``limit`` items so that a large account never stalls a picker. Every call goes
through :class:`Call`, which maps botocore exceptions to ``AwsError``.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from botocore import exceptions as bex

from wizard.services.errors import AwsError, map_error
from wizard.services.messages import message

ECS_TASKS_PRINCIPAL = "ecs-tasks.amazonaws.com"
EXECUTION_ROLE_POLICY_ARN = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
EXECUTION_ROLE_TRUST = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": {"Service": ECS_TASKS_PRINCIPAL},
            "Action": "sts:AssumeRole",
        }
    ],
}


@dataclass(frozen=True)
class RoleSummary:
    name: str
    arn: str


@dataclass(frozen=True)
class Repository:
    name: str
    uri: str


@dataclass(frozen=True)
class NamedArn:
    """A secret or parameter; ``value_from`` is what goes into ``secrets[].valueFrom``."""

    name: str
    arn: str

    @property
    def value_from(self) -> str:
        # A parameter in the task's own region may be named instead of its ARN.
        return self.arn or self.name


@dataclass(frozen=True)
class Call:
    """Runs one client call, mapping failures to ``AwsError`` with the action named."""

    profile: str | None = None
    endpoint_url: str | None = None

    def __call__(
        self,
        action: str,
        fn: Callable[..., Any],
        document: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> Any:
        try:
            return fn(**kwargs)
        except (bex.BotoCoreError, bex.ClientError) as exc:
            raise map_error(
                exc,
                action=action,
                profile=self.profile,
                endpoint_url=self.endpoint_url,
                document=document,
                params=kwargs,
            ) from exc


def _trusts(document: Any, principal: str) -> bool:
    """Whether an assume-role policy lets ``principal`` (a service) assume the role."""
    if isinstance(document, str):
        # IAM returns it URL-encoded JSON; boto3 usually decodes it, some emulators do not.
        try:
            document = json.loads(urllib.parse.unquote(document))
        except ValueError:
            return False
    statements = document.get("Statement", []) if isinstance(document, dict) else []
    if isinstance(statements, dict):
        statements = [statements]
    for statement in statements:
        if not isinstance(statement, dict) or statement.get("Effect") != "Allow":
            continue
        services = (statement.get("Principal") or {}).get("Service", [])
        if isinstance(services, str):
            services = [services]
        if principal in services:
            return True
    return False


class AccountLookups:
    """The picker half of the gateway; clients may be None when not connected."""

    def __init__(
        self,
        call: Call,
        *,
        iam: Any = None,
        ecr: Any = None,
        logs: Any = None,
        secrets: Any = None,
        ssm: Any = None,
    ) -> None:
        self._call = call
        self._clients = {
            "iam": iam,
            "ecr": ecr,
            "logs": logs,
            "secretsmanager": secrets,
            "ssm": ssm,
        }

    def _client(self, service: str) -> Any:
        client = self._clients.get(service)
        if client is None:
            raise AwsError(
                "not-connected",
                message("no-client.message", service=service),
                message("no-client.hint"),
            )
        return client

    def _paginate(
        self, action: str, client: Any, operation: str, key: str, limit: int, **params: Any
    ) -> list[Any]:
        items: list[Any] = []

        def pages() -> None:
            for page in client.get_paginator(operation).paginate(**params):
                items.extend(page.get(key, []))
                if len(items) >= limit:
                    return

        self._call(action, pages)
        return items[:limit]

    # -- IAM ---------------------------------------------------------------------

    def list_roles(
        self, trusted_by: str = ECS_TASKS_PRINCIPAL, limit: int = 1000
    ) -> list[RoleSummary]:
        """Roles that ``trusted_by`` may assume (task roles and execution roles), by name."""
        iam = self._client("iam")
        # IAM cannot filter by trust server-side: read all roles, keep the trusting ones.
        roles = self._paginate("iam:ListRoles", iam, "list_roles", "Roles", 10_000)
        found = [
            RoleSummary(r["RoleName"], r["Arn"])
            for r in roles
            if _trusts(r.get("AssumeRolePolicyDocument"), trusted_by)
        ]
        return sorted(found, key=lambda r: r.name.lower())[:limit]

    def create_execution_role(self, name: str = "ecsTaskExecutionRole") -> tuple[RoleSummary, bool]:
        """Create the task execution role; ``(role, False)`` if a role of that name exists.

        An existing role is returned untouched: changing someone's role is not ours to do.
        """
        iam = self._client("iam")
        try:
            created = self._call(
                "iam:CreateRole",
                iam.create_role,
                RoleName=name,
                AssumeRolePolicyDocument=json.dumps(EXECUTION_ROLE_TRUST),
                Description="Lets ECS pull images and write logs for tasks (ECS task wizard).",
            )
        except AwsError as exc:
            if exc.kind != "already-exists":
                raise
            role = self._call("iam:GetRole", iam.get_role, RoleName=name)["Role"]
            return RoleSummary(role["RoleName"], role["Arn"]), False
        try:
            self._call(
                "iam:AttachRolePolicy",
                iam.attach_role_policy,
                RoleName=name,
                PolicyArn=EXECUTION_ROLE_POLICY_ARN,
            )
        except AwsError as exc:
            # The role exists now, without its policy: say exactly what is left to do.
            exc.message = message("role-policy-failed.message", role=name, text=exc.message)
            exc.hint = message(
                "role-policy-failed.hint",
                command=f"aws iam attach-role-policy --role-name {name} "
                f"--policy-arn {EXECUTION_ROLE_POLICY_ARN}",
            )
            raise
        role = created["Role"]
        return RoleSummary(role["RoleName"], role["Arn"]), True

    # -- ECR ---------------------------------------------------------------------

    def list_repositories(self, limit: int = 1000) -> list[Repository]:
        ecr = self._client("ecr")
        repos = self._paginate(
            "ecr:DescribeRepositories", ecr, "describe_repositories", "repositories", limit
        )
        found = [Repository(r["repositoryName"], r["repositoryUri"]) for r in repos]
        return sorted(found, key=lambda r: r.name)

    def list_image_tags(self, repository: str, limit: int = 200) -> list[str]:
        """Tags of the repository's images, most recently pushed first."""
        ecr = self._client("ecr")
        images = self._paginate(
            "ecr:DescribeImages",
            ecr,
            "describe_images",
            "imageDetails",
            10_000,
            repositoryName=repository,
            filter={"tagStatus": "TAGGED"},
        )
        images.sort(key=lambda i: str(i.get("imagePushedAt", "")), reverse=True)
        tags = [tag for image in images for tag in image.get("imageTags", [])]
        return list(dict.fromkeys(tags))[:limit]

    # -- CloudWatch Logs ---------------------------------------------------------

    def list_log_groups(self, prefix: str = "", limit: int = 1000) -> list[str]:
        logs = self._client("logs")
        params = {"logGroupNamePrefix": prefix} if prefix else {}
        groups = self._paginate(
            "logs:DescribeLogGroups", logs, "describe_log_groups", "logGroups", limit, **params
        )
        return [g["logGroupName"] for g in groups]

    def create_log_group(self, name: str) -> bool:
        """Create a log group; False if it already existed (that is fine for awslogs)."""
        logs = self._client("logs")
        try:
            self._call("logs:CreateLogGroup", logs.create_log_group, logGroupName=name)
        except AwsError as exc:
            if exc.kind == "already-exists":
                return False
            raise
        return True

    # -- Secrets Manager and SSM Parameter Store ---------------------------------

    def list_secrets(self, limit: int = 1000) -> list[NamedArn]:
        sm = self._client("secretsmanager")
        secrets = self._paginate(
            "secretsmanager:ListSecrets", sm, "list_secrets", "SecretList", limit
        )
        return sorted((NamedArn(s["Name"], s["ARN"]) for s in secrets), key=lambda s: s.name)

    def list_parameters(self, prefix: str = "", limit: int = 1000) -> list[NamedArn]:
        ssm = self._client("ssm")
        params: dict[str, Any] = {}
        if prefix:
            params["ParameterFilters"] = [
                {"Key": "Name", "Option": "BeginsWith", "Values": [prefix]}
            ]
        found = self._paginate(
            "ssm:DescribeParameters", ssm, "describe_parameters", "Parameters", limit, **params
        )
        return sorted((NamedArn(p["Name"], p.get("ARN", "")) for p in found), key=lambda p: p.name)
