"""Check 5: secrets and parameters, read as metadata only.

Each ``valueFrom`` (container ``secrets``, the log driver's ``secretOptions``)
and each ``repositoryCredentials.credentialsParameter`` must exist and not be
scheduled for deletion: secretsmanager:DescribeSecret and
ssm:DescribeParameters, which return no value. **No GetSecretValue, no
GetParameter(s)**: a JSON key or version inside a Secrets Manager ARN could only
be checked by reading the value, so that part is a ``skip``.
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html
The customer-managed KMS key found here feeds the kms:Decrypt permission check.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.services.messages import message
from wizard.services.preflight.context import Permission, Preflight
from wizard.services.preflight.references import parse_arn
from wizard.services.preflight.reporter import Reporter
from wizard.services.preflight.results import Area

_AWS_MANAGED_KEYS = ("alias/aws/secretsmanager", "alias/aws/ssm")


@dataclass(frozen=True)
class SecretRef:
    path: str
    container: str
    value_from: str
    service: str  # "secretsmanager" or "ssm"
    secret_id: str  # the ARN without a JSON key / version, or the parameter name
    region: str
    detail: str  # ":json-key:version-stage:version-id" when given
    resource_arn: str  # what GetSecretValue / GetParameters is simulated on


def secret_refs(pf: Preflight) -> list[SecretRef]:
    found: list[SecretRef] = []
    for i, container in pf.containers():
        name = pf.container_name(container, i)
        base = f"/containerDefinitions/{i}"
        items = container.get("secrets")
        for j, item in enumerate(items if isinstance(items, list) else []):
            _add(pf, found, f"{base}/secrets/{j}/valueFrom", name, item)
        config = container.get("logConfiguration")
        options = config.get("secretOptions") if isinstance(config, dict) else None
        for j, item in enumerate(options if isinstance(options, list) else []):
            _add(pf, found, f"{base}/logConfiguration/secretOptions/{j}/valueFrom", name, item)
        creds = container.get("repositoryCredentials")
        if isinstance(creds, dict):
            ref = _parse(
                pf,
                f"{base}/repositoryCredentials/credentialsParameter",
                name,
                creds.get("credentialsParameter"),
            )
            if ref is not None:
                found.append(ref)
    return found


def _add(pf: Preflight, found: list[SecretRef], path: str, container: str, item: object) -> None:
    if isinstance(item, dict):
        ref = _parse(pf, path, container, item.get("valueFrom"))
        if ref is not None:
            found.append(ref)


def _parse(pf: Preflight, path: str, container: str, value: object) -> SecretRef | None:
    if not isinstance(value, str) or not value.strip():
        return None
    arn = parse_arn(value)
    if arn is None:
        # A bare name is a parameter in the task's region.
        name = value.strip()
        resource = pf.arn(
            "ssm", pf.region, "parameter" + ("" if name.startswith("/") else "/") + name
        )
        return SecretRef(path, container, value, "ssm", name, pf.region, "", resource)
    if arn.service == "secretsmanager" and arn.resource.startswith("secret:"):
        parts = arn.resource.split(":")
        base = f"arn:{arn.partition}:secretsmanager:{arn.region}:{arn.account}:secret:{parts[1]}"
        detail = ":".join(parts[2:])
        return SecretRef(
            path,
            container,
            value,
            "secretsmanager",
            base,
            arn.region,
            detail if detail.strip(":") else "",
            base,
        )
    if arn.service == "ssm" and arn.resource.startswith("parameter/"):
        rest = arn.resource[len("parameter/") :]
        name = "/" + rest if "/" in rest else rest
        return SecretRef(path, container, value, "ssm", name, arn.region, "", arn.text)
    return None


def check_secret(pf: Preflight, ref: SecretRef) -> None:
    arn = parse_arn(ref.value_from)
    if ref.service == "ssm" and arn is not None and arn.account != pf.account:
        # DescribeParameters lists only this account's own parameters.
        _exists_check(pf, ref).skipped(
            message(
                "preflight.parameter.other-account",
                container=ref.container,
                secret=ref.secret_id,
                account=arn.account,
            ),
            message("preflight.parameter.other-account.hint"),
        )
        return
    if ref.service == "secretsmanager":
        _check_secrets_manager(pf, ref)
    else:
        _check_parameter(pf, ref)


def _exists_check(pf: Preflight, ref: SecretRef, check: str = "secret.exists") -> Reporter:
    return Reporter(pf, check, Area.SECRETS, ref.path, ref.secret_id)


def _check_secrets_manager(pf: Preflight, ref: SecretRef) -> None:
    sm = pf.client("secretsmanager", ref.region)
    at = _exists_check(pf, ref)
    secret = at.describe(
        "secretsmanager:DescribeSecret",
        sm.describe_secret,
        missing=lambda exc: _missing(ref) if exc.kind == "not-found" else None,
        SecretId=ref.secret_id,
    )
    if secret is None:
        return
    if secret.get("DeletedDate"):
        _exists_check(pf, ref, "secret.deletion").failed(
            message(
                "preflight.secret.deleted",
                container=ref.container,
                secret=ref.secret_id,
                date=str(secret["DeletedDate"])[:10],
            ),
            message(
                "preflight.secret.deleted.hint",
                command=f"aws secretsmanager restore-secret --secret-id {ref.secret_id}",
            ),
        )
        return
    _exists(at, ref)
    key = secret.get("KmsKeyId")
    if isinstance(key, str) and key and key not in _AWS_MANAGED_KEYS:
        _need_key(pf, ref, key)
    if ref.detail:
        _exists_check(pf, ref, "secret.json-key").skipped(
            message("preflight.secret.needs-value", container=ref.container, detail=ref.detail),
            message("preflight.secret.needs-value.hint"),
        )


def _check_parameter(pf: Preflight, ref: SecretRef) -> None:
    ssm = pf.client("ssm", ref.region)
    at = _exists_check(pf, ref)
    # DescribeParameters answers an empty list, not an error, for a missing parameter.
    answer = at.describe(
        "ssm:DescribeParameters",
        ssm.describe_parameters,
        missing=lambda _exc: None,
        ParameterFilters=[{"Key": "Name", "Option": "Equals", "Values": [ref.secret_id]}],
    )
    if answer is None:
        return
    params = [p for p in answer.get("Parameters", []) if isinstance(p, dict)]
    if not params:
        at.failed(*_missing(ref))
        return
    _exists(at, ref)
    key = params[0].get("KeyId")
    if params[0].get("Type") == "SecureString" and isinstance(key, str) and key:
        if key not in _AWS_MANAGED_KEYS:
            _need_key(pf, ref, key)


def _exists(at: Reporter, ref: SecretRef) -> None:
    at.passed(message("preflight.secret.exists", container=ref.container, secret=ref.secret_id))


def _missing(ref: SecretRef) -> tuple[str, str]:
    """The failure's text and hint: no secret (or parameter) of that name in its region."""
    key = (
        "preflight.secret.missing"
        if ref.service == "secretsmanager"
        else "preflight.parameter.missing"
    )
    return (
        message(key, container=ref.container, secret=ref.secret_id, region=ref.region),
        message("preflight.secret.missing.hint"),
    )


def _need_key(pf: Preflight, ref: SecretRef, key: str) -> None:
    arn = (
        key
        if key.startswith("arn:")
        else pf.arn("kms", ref.region, key if key.startswith("alias/") else f"key/{key}")
    )
    pf.need(
        Permission(
            "permission.kms", "execution", ("kms:Decrypt",), arn, "/executionRoleArn", ref.secret_id
        )
    )
