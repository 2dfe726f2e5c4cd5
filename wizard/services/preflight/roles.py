"""Check 1: the task execution role and the task role.

- The role exists (iam:GetRole).
- Its trust policy lets ecs-tasks.amazonaws.com call sts:AssumeRole with Effect
  Allow, and an aws:SourceAccount / aws:SourceArn condition does not exclude
  this account and region:
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
- A task role whose only policy is the managed execution policy, or an
  execution role without it while the task role has it, looks swapped (warning).
"""

from __future__ import annotations

import fnmatch
import json
import urllib.parse
from typing import Any

from wizard.domain.findings import Severity
from wizard.services.errors import AwsError
from wizard.services.lookups import ECS_TASKS_PRINCIPAL, EXECUTION_ROLE_POLICY_ARN
from wizard.services.messages import message
from wizard.services.preflight.context import Preflight
from wizard.services.preflight.references import parse_role
from wizard.services.preflight.reporter import Reporter
from wizard.services.preflight.results import Area

ROLE_FIELDS = (("execution", "/executionRoleArn"), ("task", "/taskRoleArn"))


def check_roles(pf: Preflight) -> None:
    policies: dict[str, set[str] | None] = {}
    for kind, path in ROLE_FIELDS:
        value = pf.document.get(path[1:])
        ref = parse_role(value) if isinstance(value, str) else None
        if ref is None:
            continue
        if ref.arn is not None and ref.arn.account not in ("", pf.account):
            continue  # another account's role cannot be read from here; see consistency
        role = _get_role(pf, kind, path, ref.name)
        if role is None:
            continue
        pf.role_arns[kind] = str(role.get("Arn", ""))
        _check_trust(pf, kind, path, ref.name, role.get("AssumeRolePolicyDocument"))
        policies[kind] = _attached(pf, ref.name)
    _check_purposes(pf, policies)


def _label(kind: str) -> str:
    return message(f"preflight.role.{kind}")


def _get_role(pf: Preflight, kind: str, path: str, name: str) -> dict[str, Any] | None:
    iam = pf.client("iam")
    at = Reporter(pf, "role.exists", Area.ROLES, path, name)

    def missing(exc: AwsError) -> tuple[str, str] | None:
        if exc.kind != "not-found":
            return None
        return (
            message("preflight.role.missing", role=name, which=_label(kind)),
            message("preflight.role.missing.hint", field=path[1:]),
        )

    answer = at.describe("iam:GetRole", iam.get_role, missing=missing, RoleName=name)
    if answer is None:
        return None
    role = answer["Role"]
    at.passed(message("preflight.role.exists", role=name, which=_label(kind)))
    return role if isinstance(role, dict) else {}


def _document(raw: Any) -> dict[str, Any]:
    if isinstance(raw, str):  # IAM sends it URL-encoded; boto3 usually decodes it
        try:
            raw = json.loads(urllib.parse.unquote(raw))
        except ValueError:
            return {}
    return raw if isinstance(raw, dict) else {}


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _allows_assume(statement: dict[str, Any]) -> bool:
    actions = [a for a in _listed(statement.get("Action")) if isinstance(a, str)]
    return any(fnmatch.fnmatchcase("sts:assumerole", a.lower()) for a in actions)


def _trusts_ecs_tasks(statement: dict[str, Any]) -> bool:
    principal = statement.get("Principal")
    if principal == "*":
        return True
    if not isinstance(principal, dict):
        return False
    return ECS_TASKS_PRINCIPAL in _listed(principal.get("Service"))


def _condition_values(statement: dict[str, Any], key: str) -> list[str]:
    """Values of a global condition key, under any operator (StringEquals, ArnLike, ...)."""
    found: list[str] = []
    conditions = statement.get("Condition")
    if not isinstance(conditions, dict):
        return found
    for block in conditions.values():
        if not isinstance(block, dict):
            continue
        for name, values in block.items():
            if isinstance(name, str) and name.lower() == key.lower():
                found += [v for v in _listed(values) if isinstance(v, str)]
    return found


def _source_excludes(pf: Preflight, statement: dict[str, Any]) -> str:
    """The condition value that keeps this account or region out, or ""."""
    accounts = _condition_values(statement, "aws:SourceAccount")
    if accounts and not any(fnmatch.fnmatchcase(pf.account, a) for a in accounts):
        return accounts[0]
    arns = _condition_values(statement, "aws:SourceArn")
    if arns:
        for pattern in arns:
            parts = pattern.split(":", 5)
            if len(parts) < 6:
                continue
            if fnmatch.fnmatchcase(pf.region, parts[3] or "*") and fnmatch.fnmatchcase(
                pf.account, parts[4] or "*"
            ):
                return ""
        return arns[0]
    return ""


def _check_trust(pf: Preflight, kind: str, path: str, name: str, raw: Any) -> None:
    statements = _listed(_document(raw).get("Statement"))
    allowing = [
        s
        for s in statements
        if isinstance(s, dict) and s.get("Effect") == "Allow" and _allows_assume(s)
    ]
    trusted = [s for s in allowing if _trusts_ecs_tasks(s)]
    trust = Reporter(pf, "role.trust", Area.ROLES, path, name)
    if not trusted:
        services = sorted(
            {
                str(svc)
                for s in allowing
                if isinstance(s.get("Principal"), dict)
                for svc in _listed(s["Principal"].get("Service"))
            }
        )
        trust.failed(
            message(
                "preflight.role.trust-fail",
                role=name,
                which=_label(kind),
                services=", ".join(services) or "-",
            ),
            message("preflight.role.trust-fail.hint", principal=ECS_TASKS_PRINCIPAL),
        )
        return
    excluded = [_source_excludes(pf, s) for s in trusted]
    if all(excluded):
        Reporter(pf, "role.trust-condition", Area.ROLES, path, name).failed(
            message(
                "preflight.role.condition-fail",
                role=name,
                value=excluded[0],
                account=pf.account,
                region=pf.region,
            ),
            message("preflight.role.condition-fail.hint", account=pf.account, region=pf.region),
        )
        return
    trust.passed(message("preflight.role.trust-pass", role=name, principal=ECS_TASKS_PRINCIPAL))


def _attached(pf: Preflight, name: str) -> set[str] | None:
    """ARNs of the managed policies attached, plus "inline" if it has inline ones; None
    when they cannot be listed (the purpose check is then left out)."""
    iam = pf.client("iam")
    try:
        attached = pf.call(
            "iam:ListAttachedRolePolicies", iam.list_attached_role_policies, RoleName=name
        ).get("AttachedPolicies", [])
        inline = pf.call("iam:ListRolePolicies", iam.list_role_policies, RoleName=name).get(
            "PolicyNames", []
        )
    except AwsError:
        return None
    found = {str(p.get("PolicyArn", "")) for p in attached if isinstance(p, dict)}
    return found | ({"inline"} if inline else set())


def _check_purposes(pf: Preflight, policies: dict[str, set[str] | None]) -> None:
    task, execution = policies.get("task"), policies.get("execution")
    if task is not None and task == {EXECUTION_ROLE_POLICY_ARN}:
        swapped = execution is not None and EXECUTION_ROLE_POLICY_ARN not in execution
        key = "preflight.role.swapped" if swapped else "preflight.role.task-like-execution"
        Reporter(pf, "role.purpose", Area.ROLES, "/taskRoleArn", _name(pf, "task")).failed(
            message(key, role=_name(pf, "task")),
            message("preflight.role.purpose.hint"),
            severity=Severity.WARNING,
        )
    elif task is not None or execution is not None:
        path = "/taskRoleArn" if task is not None else "/executionRoleArn"
        Reporter(pf, "role.purpose", Area.ROLES, path).passed(
            message("preflight.role.purpose-pass"), severity=Severity.WARNING
        )


def _name(pf: Preflight, kind: str) -> str:
    ref = parse_role(str(pf.document.get(f"{kind}RoleArn", "")))
    return ref.name if ref else ""
