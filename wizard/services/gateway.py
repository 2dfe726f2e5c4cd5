"""The ECS gateway: every AWS call the wizard makes, behind one interface.

The GUI and the commands talk to :class:`EcsGateway`; tests and offline demos
can hand them another implementation. :class:`Boto3EcsGateway` is the real one:
it receives ready-made clients (made on the GUI thread, see ``session``), makes
plain Python values of the responses, and turns every botocore exception into
an :class:`~wizard.services.errors.AwsError` naming the IAM action that failed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from wizard.services.errors import AwsError
from wizard.services.lookups import AccountLookups, Call, NamedArn, Repository, RoleSummary
from wizard.services.messages import message
from wizard.services.session import AwsConnection

__all__ = [
    "Boto3EcsGateway",
    "EcsGateway",
    "NamedArn",
    "Registered",
    "Repository",
    "RoleSummary",
    "gateway_for",
]

_ARN_REVISION = re.compile(r"task-definition/(?P<family>[^:/]+):(?P<revision>\d+)$")


@dataclass(frozen=True)
class Registered:
    """A task definition revision that exists in the account."""

    arn: str
    family: str
    revision: int


def revision_of_arn(arn: str) -> Registered:
    m = _ARN_REVISION.search(arn)
    if not m:
        return Registered(arn, "", 0)
    return Registered(arn, m["family"], int(m["revision"]))


class EcsGateway(Protocol):
    """What the wizard needs from an AWS account."""

    def register_task_definition(self, request: dict[str, Any]) -> Registered: ...
    def describe_task_definition(self, reference: str) -> dict[str, Any]: ...
    def latest_active_revision(self, family: str) -> dict[str, Any] | None: ...
    def list_task_definition_families(self, prefix: str = "", limit: int = ...) -> list[str]: ...
    def list_task_definitions(self, family: str, limit: int = ...) -> list[Registered]: ...
    def list_roles(self, trusted_by: str = ..., limit: int = ...) -> list[RoleSummary]: ...
    def create_execution_role(self, name: str = ...) -> tuple[RoleSummary, bool]: ...
    def list_repositories(self, limit: int = ...) -> list[Repository]: ...
    def list_image_tags(self, repository: str, limit: int = ...) -> list[str]: ...
    def list_log_groups(self, prefix: str = "", limit: int = ...) -> list[str]: ...
    def create_log_group(self, name: str) -> bool: ...
    def list_secrets(self, limit: int = ...) -> list[NamedArn]: ...
    def list_parameters(self, prefix: str = "", limit: int = ...) -> list[NamedArn]: ...


class Boto3EcsGateway(AccountLookups):
    """The gateway over real boto3 clients.

    ``iam_client`` and the other look-up clients are optional: the CLI needs
    only ECS; a picker whose client is missing raises ``AwsError('not-connected')``.
    """

    def __init__(
        self,
        ecs_client: Any,
        iam_client: Any = None,
        ecr_client: Any = None,
        logs_client: Any = None,
        secrets_client: Any = None,
        ssm_client: Any = None,
        *,
        profile: str | None = None,
        endpoint_url: str | None = None,
    ) -> None:
        super().__init__(
            Call(profile, endpoint_url),
            iam=iam_client,
            ecr=ecr_client,
            logs=logs_client,
            secrets=secrets_client,
            ssm=ssm_client,
        )
        self._ecs = ecs_client

    # -- task definitions ---------------------------------------------------------

    def register_task_definition(self, request: dict[str, Any]) -> Registered:
        response = self._call(
            "ecs:RegisterTaskDefinition",
            self._ecs.register_task_definition,
            document=request,
            **request,
        )
        task = response.get("taskDefinition")
        arn = task.get("taskDefinitionArn") if isinstance(task, dict) else None
        if not isinstance(arn, str) or not arn:
            # botocore parses a body cut off mid-way as an empty answer: without
            # an ARN nothing says the revision exists, so it is not a success.
            raise _incomplete("ecs:RegisterTaskDefinition", maybe_applied=True)
        assert isinstance(task, dict)
        return Registered(arn, str(task.get("family", "")), int(task.get("revision", 0)))

    def describe_task_definition(self, reference: str) -> dict[str, Any]:
        """``{"taskDefinition": {...}, "tags": [...]}`` for FAMILY, FAMILY:REVISION or an ARN."""
        try:
            response = self._call(
                "ecs:DescribeTaskDefinition",
                self._ecs.describe_task_definition,
                taskDefinition=reference,
                include=["TAGS"],
            )
        except AwsError as exc:
            # ECS answers an unknown family or revision with a bare ClientException.
            if exc.kind == "invalid-value" and "unable to describe" in exc.message.lower():
                raise AwsError(
                    "not-found",
                    message("describe-not-found.message", reference=reference),
                    message("describe-not-found.hint"),
                    action="ecs:DescribeTaskDefinition",
                ) from None
            raise
        response.pop("ResponseMetadata", None)
        if not isinstance(response.get("taskDefinition"), dict):
            # A cut-off answer: opening it would give an empty draft, not the revision.
            raise _incomplete("ecs:DescribeTaskDefinition", maybe_applied=False)
        described: dict[str, Any] = response
        return described

    def latest_active_revision(self, family: str) -> dict[str, Any] | None:
        """The describe response of the family's latest ACTIVE revision, or None if it has none."""
        try:
            # Describing a bare family name yields its latest ACTIVE revision.
            return self.describe_task_definition(family)
        except AwsError as exc:
            if exc.kind == "not-found":
                return None
            raise

    def list_task_definition_families(self, prefix: str = "", limit: int = 1000) -> list[str]:
        """ACTIVE families, optionally those starting with ``prefix``."""
        params: dict[str, Any] = {"status": "ACTIVE"}
        if prefix:
            params["familyPrefix"] = prefix
        return self._paginate(
            "ecs:ListTaskDefinitionFamilies",
            self._ecs,
            "list_task_definition_families",
            "families",
            limit,
            **params,
        )

    def list_task_definitions(self, family: str, limit: int = 1000) -> list[Registered]:
        """The family's ACTIVE revisions, newest first."""
        arns = self._paginate(
            "ecs:ListTaskDefinitions",
            self._ecs,
            "list_task_definitions",
            "taskDefinitionArns",
            limit,
            familyPrefix=family,
            status="ACTIVE",
            sort="DESC",
        )
        # familyPrefix matches the whole family name, but be sure: other families never leak in.
        revisions = [r for r in map(revision_of_arn, arns) if r.family == family]
        # ECS sorts as asked; some emulators ignore "sort", so sort here too.
        return sorted(revisions, key=lambda r: r.revision, reverse=True)


def _incomplete(action: str, *, maybe_applied: bool) -> AwsError:
    """The error for a successful status whose body lacks what the call returns."""
    # Whole sentences per case rather than an appended clause: word order differs by language.
    if maybe_applied:
        text = message("incomplete-maybe-registered.message", action=action)
        hint = message("incomplete-maybe-registered.hint")
    else:
        text = message("incomplete.message", action=action)
        hint = message("incomplete.hint")
    return AwsError(
        "incomplete-response",
        text,
        hint,
        action=action,
        maybe_applied=maybe_applied,
    )


def gateway_for(conn: AwsConnection) -> Boto3EcsGateway:
    """A gateway over the clients of ``conn`` (services not connected stay unavailable)."""
    return Boto3EcsGateway(
        conn.client("ecs"),
        conn.clients.get("iam"),
        conn.clients.get("ecr"),
        conn.clients.get("logs"),
        conn.clients.get("secretsmanager"),
        conn.clients.get("ssm"),
        profile=conn.profile,
        endpoint_url=conn.endpoint_url,
    )
