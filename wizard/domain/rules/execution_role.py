"""The task execution role: which containers need it, and
a finding for each when ``executionRoleArn`` is missing.

:func:`execution_role_reasons` and :func:`is_private_ecr_image` serve the GUI
too (they are also importable from ``wizard.domain.rules.fargate``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.common import is_blank, is_non_empty_list, log_configuration, log_driver
from wizard.domain.rules.context import RuleContext, as_dict, as_list, as_str, container_label
from wizard.domain.rules.registry import check, reads
from wizard.domain.rules.sources import EXECUTION_ROLE, guide

# Reason codes returned by execution_role_reasons(); each has its own rule id
# "execution-role-<code>" so the GUI can say why the role is needed.
REASON_ECR_IMAGE = "ecr-image"
REASON_AWSLOGS = "awslogs"
REASON_REPOSITORY_CREDENTIALS = "repository-credentials"
REASON_SECRETS = "secrets"
REASON_LOG_SECRET_OPTIONS = "log-secret-options"
REASON_ENVIRONMENT_FILES = "environment-files"

# Private ECR registry hosts: <account>.dkr.ecr[-fips].<region>.amazonaws.com
# (China: .amazonaws.com.cn) and the dual-stack <account>.dkr-ecr.<region>.on.aws.
# Account and region may still be template placeholders, so they are loose.
_PRIVATE_ECR_HOST = re.compile(
    r"^[^/]+\.dkr\.ecr(?:-fips)?\.[^/.]+\.amazonaws\.com(?:\.cn)?$"
    r"|^[^/]+\.dkr-ecr\.[^/.]+\.on\.aws$",
    re.IGNORECASE,
)


def is_private_ecr_image(image: Any) -> bool:
    """True when ``image`` is pulled from a private Amazon ECR registry."""
    text = as_str(image)
    if not text or "/" not in text:
        return False
    return bool(_PRIVATE_ECR_HOST.match(text.split("/", 1)[0]))


def _role_needs(ctx: RuleContext) -> Iterator[tuple[int, dict[str, Any], str, str | int | None]]:
    """(container index, container, reason code, detail value) for every reason
    the task needs an execution role, in container order."""
    # ECR pulls and awslogs use the instance role on EC2, but Fargate and
    # EXTERNAL have no instance role to fall back on.
    needs_agent_role = ctx.is_fargate or ctx.is_external
    for index, container in ctx.containers:
        if needs_agent_role and is_private_ecr_image(container.get("image")):
            yield index, container, REASON_ECR_IMAGE, as_str(container.get("image"))
        if needs_agent_role and log_driver(container) == "awslogs":
            yield index, container, REASON_AWSLOGS, None
        if as_dict(container.get("repositoryCredentials")):
            yield index, container, REASON_REPOSITORY_CREDENTIALS, None
        if is_non_empty_list(container.get("secrets")):
            yield index, container, REASON_SECRETS, len(as_list(container.get("secrets")))
        secret_options = as_list(log_configuration(container).get("secretOptions"))
        if secret_options:
            yield index, container, REASON_LOG_SECRET_OPTIONS, len(secret_options)
        if is_non_empty_list(container.get("environmentFiles")):
            files = as_list(container.get("environmentFiles"))
            yield index, container, REASON_ENVIRONMENT_FILES, len(files)


def execution_role_reasons(doc: Any, launch_types: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """Why this task definition needs a task execution role.

    Returns (container label, reason code) pairs, whether or not
    ``executionRoleArn`` is set, for the GUI's "why is it needed" text. Reason
    codes are the ``REASON_*`` constants; the rule ``execution-role-<code>``
    carries the translatable message. ``launch_types`` adds launch types to
    those declared, as the lint --launch-type option does.
    """
    if not isinstance(doc, dict):
        return []
    ctx = RuleContext(doc, forced_launch_types=launch_types)
    return [(container_label(i, c), reason) for i, c, reason, _ in _role_needs(ctx)]


_ROLE_FIX = (
    "Set executionRoleArn to a role trusted by ecs-tasks.amazonaws.com (commonly "
    "ecsTaskExecutionRole)"
)
define(
    f"execution-role-{REASON_ECR_IMAGE}",
    Severity.ERROR,
    "executionRoleArn is missing, but container '{container}' pulls the private Amazon ECR "
    "image '{image}' on {launch_type}, which needs a task execution role.",
    _ROLE_FIX + " with the AmazonECSTaskExecutionRolePolicy managed policy.",
    EXECUTION_ROLE,
)
define(
    f"execution-role-{REASON_AWSLOGS}",
    Severity.ERROR,
    "executionRoleArn is missing, but container '{container}' uses the awslogs log driver on "
    "{launch_type}, which needs a task execution role to write to CloudWatch Logs.",
    _ROLE_FIX + " with the AmazonECSTaskExecutionRolePolicy managed policy.",
    EXECUTION_ROLE,
)
define(
    f"execution-role-{REASON_REPOSITORY_CREDENTIALS}",
    Severity.ERROR,
    "executionRoleArn is missing, but container '{container}' uses repositoryCredentials "
    "(private registry authentication), which needs a task execution role.",
    _ROLE_FIX + " that may call secretsmanager:GetSecretValue on the credentials secret "
    "(and kms:Decrypt for a customer managed key).",
    EXECUTION_ROLE,
)
define(
    f"execution-role-{REASON_SECRETS}",
    Severity.ERROR,
    "executionRoleArn is missing, but container '{container}' reads {count:secret|secrets} from "
    "Secrets Manager or Parameter Store, which needs a task execution role.",
    _ROLE_FIX + " that may read those secrets (secretsmanager:GetSecretValue / "
    "ssm:GetParameters, plus kms:Decrypt for a customer managed key).",
    EXECUTION_ROLE,
)
define(
    f"execution-role-{REASON_LOG_SECRET_OPTIONS}",
    Severity.ERROR,
    "executionRoleArn is missing, but container '{container}' passes {count:secret|secrets} to "
    "its log driver (logConfiguration.secretOptions), which needs a task execution role.",
    _ROLE_FIX + " that may read those secrets (secretsmanager:GetSecretValue / ssm:GetParameters).",
    EXECUTION_ROLE,
)
define(
    f"execution-role-{REASON_ENVIRONMENT_FILES}",
    Severity.WARNING,
    "executionRoleArn is missing, but container '{container}' loads "
    "{count:environment file|environment files} from Amazon S3, which ECS fetches with the "
    "task execution role.",
    _ROLE_FIX + " that may call s3:GetObject (and s3:GetBucketLocation) on the files.",
    guide("use-environment-file"),
)


def _role_missing(doc: dict[str, Any]) -> bool:
    # A non-string value is a type error (reported by the schema check), not a missing role.
    return is_blank(doc.get("executionRoleArn"))


@check
@reads("name", "image", "logConfiguration", "repositoryCredentials", "secrets", "environmentFiles")
def check_execution_role(ctx: RuleContext) -> Iterator[Finding]:
    if not _role_missing(ctx.doc):
        return
    launch_type = "FARGATE" if ctx.is_fargate else "EXTERNAL"
    for index, container, reason, detail in _role_needs(ctx):
        params: dict[str, Any] = {"container": container_label(index, container)}
        if reason == REASON_ECR_IMAGE:
            params.update(image=detail, launch_type=launch_type)
        elif reason == REASON_AWSLOGS:
            params.update(launch_type=launch_type)
        elif detail is not None:
            params.update(count=detail)
        yield ctx.finding(f"execution-role-{reason}", "executionRoleArn", **params)
