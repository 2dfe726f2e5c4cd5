"""Moving an environment variable that holds a secret into the container's ``secrets``.

The rule ``environment-secret-value`` flags plain-text credentials; this module
is the fix behind its one-click action: the variable leaves ``environment``
and comes back as a ``secrets`` entry whose ``valueFrom`` names an SSM
parameter or a Secrets Manager secret, so the value itself is no longer in the
task definition. Pure functions on plain dicts: the GUI applies the result as
one undoable edit, and nothing here talks to AWS.

When the Region or the account of the suggested ARN is unknown, the suggestion
holds ``${AWS_REGION}`` / ``${AWS_ACCOUNT_ID}``: template placeholders, which
the importer reports and ``register`` refuses, so a half-filled ARN cannot be
registered by accident.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

PARAMETER_STORE = "ssm"
SECRETS_MANAGER = "secretsmanager"
STORES = (PARAMETER_STORE, SECRETS_MANAGER)

REGION_PLACEHOLDER = "${AWS_REGION}"
ACCOUNT_PLACEHOLDER = "${AWS_ACCOUNT_ID}"

# Characters both SSM parameter names and Secrets Manager secret names accept.
_UNSAFE_NAME_CHARS = re.compile(r"[^A-Za-z0-9_.\-]+")
# SSM reserves names starting with "aws" or "ssm" (any case).
_RESERVED_PREFIX = re.compile(r"^(aws|ssm)", re.IGNORECASE)
_ACCOUNT = re.compile(r"^\d{12}$")
_ROLE_ARN_ACCOUNT = re.compile(r"^arn:aws[a-z-]*:iam::(\d{12}):")
_ECR_HOST = re.compile(
    r"^(\d{12})\.dkr(?:\.ecr(?:-fips)?|-ecr)\.([a-z0-9-]+)\.(?:amazonaws\.com(?:\.cn)?|on\.aws)/"
)
_REGION = re.compile(r"^[a-z]{2}(?:-[a-z]+)+-\d+$")
# Shorter values match too much unrelated text to be worth reporting elsewhere.
_MIN_TRACEABLE_VALUE = 4


class SecretMoveError(ValueError):
    """The move cannot be made as asked. ``kind`` is a stable id the GUI words itself:
    ``no-container``, ``no-entry``, ``no-name``, ``no-value-from``, ``secrets-not-a-list``
    or ``secret-exists`` (then ``existing`` is the other secret's valueFrom)."""

    def __init__(self, kind: str, message: str, name: str = "", existing: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.name = name
        self.existing = existing


@dataclass(frozen=True)
class EnvironmentEntry:
    """One environment variable of a container, as the dialog shows it."""

    container: int
    index: int
    name: str
    value: str


# --- reading ------------------------------------------------------------------------
def _container(document: dict[str, Any], container: int) -> dict[str, Any]:
    containers = document.get("containerDefinitions")
    if (
        isinstance(containers, list)
        and 0 <= container < len(containers)
        and isinstance(containers[container], dict)
    ):
        return containers[container]
    raise SecretMoveError("no-container", f"There is no container {container + 1}.")


def find_entry(document: dict[str, Any], container: int, entry: int | str) -> EnvironmentEntry:
    """The environment entry at index ``entry`` (or the first one named ``entry``)."""
    variables = _container(document, container).get("environment")
    variables = variables if isinstance(variables, list) else []
    if isinstance(entry, int):
        index = entry if 0 <= entry < len(variables) else -1
    else:
        index = next(
            (i for i, v in enumerate(variables) if isinstance(v, dict) and v.get("name") == entry),
            -1,
        )
    if index < 0 or not isinstance(variables[index], dict):
        raise SecretMoveError(
            "no-entry", f"Container {container + 1} has no environment variable {entry!r}."
        )
    item = variables[index]
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SecretMoveError(
            "no-name", "The environment variable has no name; a secret needs one."
        )
    value = item.get("value")
    # A number typed into a value still reaches the container as text.
    text = "" if value is None else value if isinstance(value, str) else str(value)
    return EnvironmentEntry(container, index, name, text)


def execution_role_missing(document: dict[str, Any]) -> bool:
    """True when ECS would have no role to read the secret with (a finding says so too)."""
    role = document.get("executionRoleArn")
    return not isinstance(role, str) or not role.strip()


def occurrences(document: Any, value: str) -> list[str]:
    """JSON Pointers of every string in ``document`` containing ``value``: after a move
    the same password may still sit in another container or a command line."""
    if len(value) < _MIN_TRACEABLE_VALUE:
        return []
    found: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, str):
            if value in node:
                found.append(path)
        elif isinstance(node, dict):
            for key, child in node.items():
                walk(child, f"{path}/{str(key).replace('~', '~0').replace('/', '~1')}")
        elif isinstance(node, list):
            for i, child in enumerate(node):
                walk(child, f"{path}/{i}")

    walk(document, "")
    return found


# --- moving -------------------------------------------------------------------------
def move_to_secrets(
    document: dict[str, Any], container: int, entry: int | str, value_from: str
) -> dict[str, Any]:
    """A new document where the variable is a secret read from ``value_from``.

    Every environment entry of that name in the container goes (ECS rejects a
    name that is both a variable and a secret, so a duplicate left behind would
    be an error holding a value); ``environment`` goes too when it ends up empty.
    A secret of the same name and ``valueFrom`` is kept as it is; one with
    another ``valueFrom`` raises ``SecretMoveError('secret-exists')`` rather than
    being overwritten. ``document`` itself is not changed.
    """
    value_from = value_from.strip()
    if not value_from:
        raise SecretMoveError(
            "no-value-from", "valueFrom is empty; name the parameter or secret to read."
        )
    found = find_entry(document, container, entry)
    doc = copy.deepcopy(document)
    target = _container(doc, container)
    secrets = target.get("secrets")
    if secrets is not None and not isinstance(secrets, list):
        raise SecretMoveError(
            "secrets-not-a-list", "The container's 'secrets' is not a list; fix it in the JSON."
        )
    same_name = [s for s in secrets or [] if isinstance(s, dict) and s.get("name") == found.name]
    for secret in same_name:
        if secret.get("valueFrom") != value_from:
            existing = str(secret.get("valueFrom", ""))
            raise SecretMoveError(
                "secret-exists",
                f"The container already has a secret '{found.name}' read from '{existing}'.",
                name=found.name,
                existing=existing,
            )
    kept = [
        v
        for v in target["environment"]
        if not (isinstance(v, dict) and v.get("name") == found.name)
    ]
    new_secret = {"name": found.name, "valueFrom": value_from}
    rebuilt: dict[str, Any] = {}
    for key, member in target.items():
        if key == "environment":
            if kept:
                rebuilt[key] = kept
            # A new "secrets" takes the place of the variables, so the JSON reads in order.
            if secrets is None:
                rebuilt["secrets"] = [new_secret]
        elif key == "secrets" and not same_name:
            rebuilt[key] = [*member, new_secret]
        else:
            rebuilt[key] = member
    target.clear()
    target.update(rebuilt)
    return doc


# --- suggesting valueFrom -----------------------------------------------------------
def partition_of(region: str) -> str:
    """The ARN partition of a Region (``aws`` unless it is China, GovCloud or ISO)."""
    for prefix, partition in (
        ("cn-", "aws-cn"),
        ("us-gov-", "aws-us-gov"),
        ("us-isob-", "aws-iso-b"),
        ("us-iso-", "aws-iso"),
    ):
        if region.startswith(prefix):
            return partition
    return "aws"


def _segment(text: str, fallback: str) -> str:
    cleaned = _UNSAFE_NAME_CHARS.sub("-", text.strip()).strip("-")
    return cleaned or fallback


def secret_path(family: str, container: str, name: str) -> str:
    """``family/container/NAME`` with characters AWS refuses in names replaced."""
    first = _segment(family, "task")
    if _RESERVED_PREFIX.match(first):
        first = f"ecs-{first}"
    return "/".join((first, _segment(container, "container"), _segment(name, "SECRET")))


def suggest_value_from(
    family: str,
    container: str,
    name: str,
    region: str | None,
    account: str | None,
    store: str = PARAMETER_STORE,
) -> str:
    """A valueFrom for the variable ``name``: the ARN of the SSM parameter
    ``/family/container/NAME`` or of the Secrets Manager secret ``family/container/NAME``.

    An unknown (or malformed) Region or account becomes a placeholder that the
    rules report until it is filled in. A Secrets Manager ARN without the random
    suffix AWS adds is a partial ARN, which ECS accepts; storing the secret
    replaces it with the full one.
    """
    region = region.strip() if region else ""
    account = account.strip() if account else ""
    region_part = region if _REGION.match(region) else REGION_PLACEHOLDER
    account_part = account if _ACCOUNT.match(account) else ACCOUNT_PLACEHOLDER
    partition = partition_of(region) if region_part == region else "aws"
    path = secret_path(family, container, name)
    if store == SECRETS_MANAGER:
        return f"arn:{partition}:secretsmanager:{region_part}:{account_part}:secret:{path}"
    if store != PARAMETER_STORE:
        raise ValueError(f"unknown secret store {store!r}")
    return f"arn:{partition}:ssm:{region_part}:{account_part}:parameter/{path}"


def resource_name(value_from: str, store: str) -> str:
    """The parameter or secret name a valueFrom refers to, as the create call wants it.

    ``arn:...:parameter/a/b/C`` is the parameter ``/a/b/C`` (ARNs drop the leading
    slash of a path); ``arn:...:secret:a/b/C`` is the secret ``a/b/C``; anything
    that is not an ARN is already a name.
    """
    text = value_from.strip()
    if not text.startswith("arn:"):
        return text
    if store == SECRETS_MANAGER:
        _, sep, rest = text.partition(":secret:")
        # A Secrets Manager JSON key reference (name:json-key:stage:version) names the same secret.
        return rest.split(":", 1)[0] if sep else ""
    _, sep, rest = text.partition(":parameter/")
    if not sep or not rest:
        return ""
    return f"/{rest}" if "/" in rest else rest


def account_from_document(document: dict[str, Any]) -> str | None:
    """The AWS account the draft already names (its roles, then private ECR images)."""
    for key in ("executionRoleArn", "taskRoleArn"):
        role = document.get(key)
        if isinstance(role, str) and (m := _ROLE_ARN_ACCOUNT.match(role.strip())):
            return m.group(1)
    for c in _containers(document):
        image = c.get("image")
        if isinstance(image, str) and (m := _ECR_HOST.match(image.strip())):
            return m.group(1)
    return None


def region_from_document(document: dict[str, Any]) -> str | None:
    """The Region the draft already names (private ECR images, then awslogs-region)."""
    for c in _containers(document):
        image = c.get("image")
        if isinstance(image, str) and (m := _ECR_HOST.match(image.strip())):
            return m.group(2)
    for c in _containers(document):
        config = c.get("logConfiguration")
        options = config.get("options") if isinstance(config, dict) else None
        region = options.get("awslogs-region") if isinstance(options, dict) else None
        if isinstance(region, str) and _REGION.match(region.strip()):
            return region.strip()
    return None


def _containers(document: dict[str, Any]) -> list[dict[str, Any]]:
    items = document.get("containerDefinitions")
    return [c for c in items if isinstance(c, dict)] if isinstance(items, list) else []
