"""What a container is given from outside: environment variables, secrets,
environment files, Docker labels, credential specs, and the proxy container.

Source: the API reference (KeyValuePair, Secret, EnvironmentFile).
Whether these need a task execution role is ``execution_role.py``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.common import containers_with
from wizard.domain.rules.context import RuleContext, as_dict, as_list, container_label
from wizard.domain.rules.registry import check, container_check, reads
from wizard.domain.rules.sources import api, guide

define(
    "container-docker-label-empty-key",
    Severity.ERROR,
    "Container '{container}' has a Docker label with an empty key.",
    "Give the label a key (e.g. 'com.example.team') or remove it from dockerLabels.",
    api("ContainerDefinition", "dockerLabels"),
)


define(
    "credential-spec-too-many",
    Severity.ERROR,
    "Container '{container}' has {count} credential specs; at most one is allowed.",
    "Keep a single credentialSpecs entry.",
    api("ContainerDefinition", "credentialSpecs"),
)
define(
    "credential-spec-prefix",
    Severity.ERROR,
    "The credential spec '{value}' of container '{container}' does not start with "
    "'credentialspec:' or 'credentialspecdomainless:'.",
    "Write it as 'credentialspec:arn:aws:s3:::bucket/spec.json' (domain-joined host) or "
    "'credentialspecdomainless:arn:aws:ssm:...' (domainless gMSA).",
    api("ContainerDefinition", "credentialSpecs"),
)
define(
    "proxy-container-unknown",
    Severity.ERROR,
    "The proxy configuration names container '{target}', which is not a container of "
    "this task definition.",
    "Set proxyConfiguration.containerName to the name of the Envoy proxy container ({known}).",
    api("ProxyConfiguration", "containerName"),
)


define(
    "environment-name-empty",
    Severity.ERROR,
    "An environment variable of container '{container}' has no name.",
    "Give the variable a name, or remove the entry.",
    api("KeyValuePair", "name"),
)
define(
    "environment-duplicate-name",
    Severity.WARNING,
    "Container '{container}' sets the environment variable '{name}' more than once; "
    "only one value reaches the container.",
    "Keep one entry for '{name}'.",
    api("ContainerDefinition", "environment"),
)
define(
    "environment-secret-value",
    Severity.WARNING,
    "The environment variable '{name}' of container '{container}' looks like a secret "
    "stored in plain text.",
    "Move it to the container's 'secrets' with valueFrom pointing at AWS Secrets Manager "
    "or SSM Parameter Store: environment values are visible to anyone who can describe "
    "the task definition.",
    guide("specifying-sensitive-data"),
)
define(
    "environment-file-too-many",
    Severity.ERROR,
    "Container '{container}' lists {count} environment files; at most {limit} are allowed.",
    "Merge some of the .env files so at most {limit} remain.",
    api("ContainerDefinition", "environmentFiles"),
)
define(
    "environment-file-not-s3-arn",
    Severity.ERROR,
    "The environment file '{value}' of container '{container}' is not an S3 object ARN.",
    "Use the object's ARN, e.g. 'arn:aws:s3:::my-bucket/app/prod.env' (not an s3:// URL).",
    api("EnvironmentFile", "value"),
)
define(
    "environment-file-extension",
    Severity.ERROR,
    "The environment file '{value}' of container '{container}' does not have the .env extension.",
    "Rename the S3 object so its key ends in '.env' and update the ARN.",
    api("ContainerDefinition", "environmentFiles"),
)
define(
    "secret-field-empty",
    Severity.ERROR,
    "A secret of container '{container}' has an empty {field}.",
    "Set the secret's name (the variable name in the container) and valueFrom (the ARN "
    "of the Secrets Manager secret or SSM parameter).",
    api("Secret"),
)
define(
    "secret-duplicate-name",
    Severity.WARNING,
    "Container '{container}' defines the secret '{name}' more than once; only one value "
    "reaches the container.",
    "Keep one secrets entry for '{name}'.",
    api("Secret", "name"),
)
define(
    "secret-name-in-environment",
    Severity.ERROR,
    "Container '{container}' defines '{name}' both as an environment variable and as a secret.",
    "Keep '{name}' in secrets only and remove it from environment.",
    api("Secret", "name"),
)


@container_check
def check_docker_labels(ctx: RuleContext) -> Iterator[Finding]:
    for index, c in ctx.containers:
        if "" in as_dict(c.get("dockerLabels")):
            yield ctx.finding(
                "container-docker-label-empty-key",
                "containerDefinitions",
                index,
                "dockerLabels",
                "",
                container=container_label(index, c),
            )


CREDENTIAL_SPEC_PREFIXES = ("credentialspec:", "credentialspecdomainless:")


@container_check
def check_credential_specs(ctx: RuleContext) -> Iterator[Finding]:
    for label, path, specs in containers_with(ctx, "credentialSpecs", list):
        if len(specs) > 1:
            yield ctx.finding("credential-spec-too-many", *path, container=label, count=len(specs))
        for j, spec in enumerate(specs):
            if not isinstance(spec, str) or ctx.placeholder(spec):
                continue
            if not spec.startswith(CREDENTIAL_SPEC_PREFIXES):
                yield ctx.finding("credential-spec-prefix", *path, j, container=label, value=spec)


@check
@reads("name")
def check_proxy_configuration(ctx: RuleContext) -> Iterator[Finding]:
    target = as_dict(ctx.doc.get("proxyConfiguration")).get("containerName")
    if not isinstance(target, str) or ctx.placeholder(target):
        return
    names = ctx.container_names()
    if target not in names:
        yield ctx.finding(
            "proxy-container-unknown",
            "proxyConfiguration",
            "containerName",
            target=target,
            known=", ".join(sorted(names)) or "none",
        )


# Names that usually carry credentials...
_SECRET_NAME = re.compile(
    r"PASSWORD|PASSWD|SECRET|TOKEN|API[_-]?KEY|ACCESS[_-]?KEY|PRIVATE[_-]?KEY", re.IGNORECASE
)
# ...unless they name where the secret is or describe it rather than hold it.
_REFERENCE_NAME = re.compile(
    r"[_-](ARN|FILE|PATH|URL|URI|NAME|ID|ENDPOINT|HOST|REGION)$", re.IGNORECASE
)
_HARMLESS_VALUE = re.compile(r"\d+|true|false|yes|no|on|off|none|null", re.IGNORECASE)
# AWS access key ids (long-term AKIA, temporary ASIA).
_ACCESS_KEY_ID = re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b")
# A 40-character AWS secret access key; a hex digest (git SHA) has no upper case.
_SECRET_ACCESS_KEY = re.compile(r"(?=.*[A-Z])(?=.*[a-z])(?=.*\d)[A-Za-z0-9/+]{40}")
# scheme://user:password@host
_URL_CREDENTIALS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s/:@]*:[^\s/@]+@")


def looks_like_secret(name: str, value: str) -> bool:
    """True when an environment entry probably holds a credential in plain text."""
    text = value.strip()
    if not text or is_reference(text):
        return False
    # Cheap substring and length tests first: this runs on every variable.
    if ("AKIA" in text or "ASIA" in text) and _ACCESS_KEY_ID.search(text):
        return True
    if len(text) == 40 and _SECRET_ACCESS_KEY.fullmatch(text):
        return True
    if "://" in text and "@" in text and _URL_CREDENTIALS.search(text):
        return True
    return bool(
        _SECRET_NAME.search(name)
        and not _REFERENCE_NAME.search(name)
        and not _HARMLESS_VALUE.fullmatch(text)
    )


def is_reference(value: str) -> bool:
    # An ARN points at a secret; it is not the secret.
    return value.startswith("arn:")


@container_check
def check_environment(ctx: RuleContext) -> Iterator[Finding]:
    for label, base, entries in containers_with(ctx, "environment", list):
        seen: set[str] = set()
        for j, entry in enumerate(entries):
            if not isinstance(entry, dict):
                continue
            path = (*base, j)
            name = entry.get("name")
            if name is None or name == "":
                yield ctx.finding("environment-name-empty", *path, "name", container=label)
                continue
            if not isinstance(name, str):
                continue
            if name in seen:
                yield ctx.finding(
                    "environment-duplicate-name", *path, "name", container=label, name=name
                )
            seen.add(name)
            value = entry.get("value")
            if (
                isinstance(value, str)
                and looks_like_secret(name, value)
                and not ctx.placeholder(value)
            ):
                # Never put the value itself into the finding.
                yield ctx.finding(
                    "environment-secret-value", *path, "value", container=label, name=name
                )


def _environment_names(c: dict[str, Any]) -> set[str]:
    return {
        name
        for entry in as_list(c.get("environment"))
        if isinstance(name := as_dict(entry).get("name"), str)
    }


@container_check
def check_secrets(ctx: RuleContext) -> Iterator[Finding]:
    for index, c in ctx.containers:
        label = container_label(index, c)
        environment = _environment_names(c)
        seen: set[str] = set()
        for j, secret in enumerate(as_list(c.get("secrets"))):
            secret = as_dict(secret)
            path = ("containerDefinitions", index, "secrets", j)
            for field in ("name", "valueFrom"):
                if secret.get(field) == "":
                    yield ctx.finding(
                        "secret-field-empty", *path, field, container=label, field=field
                    )
            name = secret.get("name")
            if not isinstance(name, str) or not name:
                continue
            if name in environment:
                yield ctx.finding(
                    "secret-name-in-environment", *path, "name", container=label, name=name
                )
            elif name in seen:
                yield ctx.finding(
                    "secret-duplicate-name", *path, "name", container=label, name=name
                )
            seen.add(name)


MAX_ENVIRONMENT_FILES = 10
# arn:<partition>:s3:::<bucket>/<key>; partitions aws, aws-cn, aws-us-gov, ...
_S3_OBJECT_ARN = re.compile(r"arn:aws[a-z-]*:s3:::[^/\s]+/\S+")


@container_check
def check_environment_files(ctx: RuleContext) -> Iterator[Finding]:
    for label, path, files in containers_with(ctx, "environmentFiles", list):
        if len(files) > MAX_ENVIRONMENT_FILES:
            yield ctx.finding(
                "environment-file-too-many",
                *path,
                container=label,
                count=len(files),
                limit=MAX_ENVIRONMENT_FILES,
            )
        for j, item in enumerate(files):
            value = as_dict(item).get("value")
            if not isinstance(value, str) or ctx.placeholder(value):
                continue
            if not _S3_OBJECT_ARN.fullmatch(value):
                yield ctx.finding(
                    "environment-file-not-s3-arn", *path, j, "value", container=label, value=value
                )
            elif not value.endswith(".env"):
                yield ctx.finding(
                    "environment-file-extension", *path, j, "value", container=label, value=value
                )
