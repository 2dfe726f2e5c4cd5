"""Container definitions: family and container names, images, references
between containers, health checks, restart policies, environment, secrets,
ulimits, credential specs, and the one generic enum check.

Sources: ecs-rules.md §4.6 (images), §6 (the botocore 1.44.8 ECS model, its
enum lists and documentation text), §8.1 (limits) and §8.2 (API error
messages). Launch-type specific limits (Fargate timeouts, Windows
restrictions, log drivers) live in ``fargate.py`` / ``ec2_external.py``;
ports and links in ``network.py``; volumes in ``storage.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from wizard.domain.catalog import define
from wizard.domain.findings import Finding, Severity
from wizard.domain.rules.context import (
    RuleContext,
    as_dict,
    as_int,
    as_list,
    as_str,
    container_label,
)
from wizard.domain.rules.registry import check

_BOTO = "botocore 1.44.8 ECS model (ecs-rules.md §6)"

# Up to 255 letters, digits, underscores and hyphens (family and container names).
NAME_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,255}")

# --------------------------------------------------------------------------
# Family and container names
# --------------------------------------------------------------------------

define(
    "family-missing",
    Severity.ERROR,
    "The task definition has no family name.",
    "Set 'family' to a name of up to 255 letters, digits, hyphens and underscores, "
    "e.g. 'web-app'. Every revision of the task definition shares it.",
    f"{_BOTO}: RegisterTaskDefinitionRequest requires 'family'",
)
define(
    "family-invalid",
    Severity.ERROR,
    "The family name '{family}' is not valid: it must be 1 to 255 letters, digits, "
    "hyphens or underscores.",
    "Remove spaces, dots, slashes and other characters from the family name, "
    "e.g. use 'my-app_prod' instead of 'my.app prod'.",
    "ecs-rules.md §8.1; API message 'Family contains invalid characters.' (aws/amazon-ecs-cli#37)",
)
define(
    "container-none",
    Severity.ERROR,
    "The task definition has no container definitions.",
    "Add at least one container with a name and an image.",
    f"{_BOTO}: RegisterTaskDefinitionRequest requires 'containerDefinitions'",
)
define(
    "container-name-missing",
    Severity.ERROR,
    "Container {container} has no name.",
    "Give the container a name of up to 255 letters, digits, hyphens and underscores; "
    "other containers refer to it by this name (dependsOn, links, volumesFrom).",
    "ecs-rules.md §8.1; API message 'Container.name should not be null or empty.' "
    "(hashicorp/terraform#2888)",
)
define(
    "container-name-invalid",
    Severity.ERROR,
    "The container name '{container}' is not valid: it must be 1 to 255 letters, digits, "
    "hyphens or underscores.",
    "Rename the container using only letters, digits, '-' and '_' (no spaces or dots), "
    "and update any dependsOn, links or volumesFrom that refer to it.",
    "ecs-rules.md §8.1; API message 'Container.name contains invalid characters.' "
    "(ansible/ansible#22860)",
)
define(
    "container-name-duplicate",
    Severity.ERROR,
    "Two containers are named '{container}' (containers {first} and {second}).",
    "Give each container of the task definition its own name.",
    "ecs-rules.md §8.1; API message 'Container names must be unique within a Task "
    "Definition.' (Shippable/support#2946)",
)
define(
    "container-docker-label-empty-key",
    Severity.ERROR,
    "Container '{container}' has a Docker label with an empty key.",
    "Give the label a key (e.g. 'com.example.team') or remove it from dockerLabels.",
    "Docker rejects labels without a key; ecs-rules.md §6 ContainerDefinition.dockerLabels",
)

# --------------------------------------------------------------------------
# Images (ecs-rules.md §4.6)
# --------------------------------------------------------------------------

define(
    "image-missing",
    Severity.ERROR,
    "Container '{container}' has no image.",
    "Set 'image' to the image to run, e.g. 'public.ecr.aws/nginx/nginx:1.27' or "
    "'123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2'.",
    "ecs-rules.md §8.1; API message 'container.image should not be null or empty' "
    "(prefect-archive/prefect-aws#159)",
)
define(
    "image-too-long",
    Severity.ERROR,
    "The image of container '{container}' is {length} characters long before any "
    "'@' digest; at most {limit} are allowed.",
    "Shorten the repository name or tag, or pin the image by digest (name@sha256:...).",
    f"{_BOTO}: ContainerDefinition.image (ecs-rules.md §4.6)",
)
define(
    "image-invalid-characters",
    Severity.ERROR,
    "The image '{image}' of container '{container}' contains characters that are not "
    "allowed: {characters}.",
    "Use only letters, digits and - _ : . / # in the image name and tag "
    "(plus '@sha256:<digest>' to pin a digest); remove spaces and quotes.",
    f"{_BOTO}: ContainerDefinition.image (ecs-rules.md §4.6)",
)
define(
    "image-digest-invalid",
    Severity.ERROR,
    "The digest '{digest}' in the image of container '{container}' is not valid.",
    "A digest must be 'sha256:' followed by exactly 64 hexadecimal characters, "
    "e.g. 'repo@sha256:<64 hex>'; copy it from 'docker inspect' or the registry.",
    f"{_BOTO}: ContainerDefinition.image (ecs-rules.md §4.6)",
)
define(
    "image-repository-uppercase",
    Severity.WARNING,
    "The repository path '{repository}' of container '{container}' contains upper-case "
    "letters; Docker refuses such image references, so the image cannot be pulled.",
    "Write the repository path in lower case (only the registry host and the tag may "
    "contain upper-case letters) and check the repository's real name in the registry.",
    "Docker image reference grammar (distribution/reference): path components are "
    "lower case ('repository name must be lowercase')",
)
define(
    "image-mutable-tag",
    Severity.INFO,
    "Container '{container}' uses image '{image}' without a version tag (no tag or "
    "'latest'); each deployment may get a different image.",
    "Pin a version tag (e.g. ':1.27') or a digest. Until then, versionConsistency "
    "(default 'enabled') makes ECS resolve the tag to a digest at deployment, so the "
    "tasks of one deployment at least run the same image.",
    f"{_BOTO}: ContainerDefinition.versionConsistency (ecs-rules.md §4.6)",
)
define(
    "version-consistency-disabled",
    Severity.INFO,
    "Container '{container}' uses image '{image}' without a version tag and has "
    "versionConsistency 'disabled': tasks of the same deployment may run different images.",
    "Pin a version tag or digest, or remove versionConsistency so ECS resolves the tag to "
    "a digest at deployment.",
    f"{_BOTO}: ContainerDefinition.versionConsistency (ecs-rules.md §4.6)",
)

# --------------------------------------------------------------------------
# Essential containers and dependencies
# --------------------------------------------------------------------------

define(
    "essential-none",
    Severity.ERROR,
    "No container of the task definition is essential.",
    "Mark at least one container as essential (omit 'essential' or set it to true); "
    "the task stops when an essential container stops.",
    f"{_BOTO}: ContainerDefinition.essential; cfn-lint E3042 'At least one essential "
    "container is required'",
)
define(
    "depends-on-unknown",
    Severity.ERROR,
    "Container '{container}' depends on '{target}', which is not a container of this "
    "task definition.",
    "Use the name of one of the task's containers ({known}), or remove this dependency.",
    f"{_BOTO}: ContainerDependency.containerName (ecs-rules.md §8.1 references)",
)
define(
    "depends-on-self",
    Severity.ERROR,
    "Container '{container}' depends on itself.",
    "Remove this dependsOn entry; a container can only wait for other containers.",
    f"{_BOTO}: ContainerDependency (derived: a container cannot wait for its own start)",
)
define(
    "depends-on-essential-target",
    Severity.ERROR,
    "Container '{container}' waits for '{target}' to {condition}, but '{target}' is essential.",
    "Set 'essential': false on '{target}' (a container that is expected to exit must not "
    "be essential), or use the START or HEALTHY condition.",
    f"{_BOTO}: ContainerDependency.condition COMPLETE/SUCCESS (ecs-rules.md §8.1)",
)
define(
    "depends-on-healthy-no-health-check",
    Severity.ERROR,
    "Container '{container}' waits for '{target}' to be HEALTHY, but '{target}' has no "
    "health check.",
    "Add a healthCheck to '{target}', or use the START condition.",
    f"{_BOTO}: ContainerDependency.condition HEALTHY (ecs-rules.md §8.1)",
)
define(
    "depends-on-cycle",
    Severity.ERROR,
    "The container dependencies form a cycle: {cycle}.",
    "Remove one of the dependsOn entries in the cycle; otherwise none of these containers "
    "can start.",
    f"{_BOTO}: ContainerDefinition.dependsOn (derived: start order must be acyclic)",
)

# --------------------------------------------------------------------------
# Health check, restart policy, timeouts
# --------------------------------------------------------------------------

define(
    "health-check-command-prefix",
    Severity.ERROR,
    "The health check command of container '{container}' must start with 'CMD' or 'CMD-SHELL'.",
    'Write it as ["CMD-SHELL", "curl -f http://localhost/ || exit 1"] (run by the '
    'shell) or ["CMD", "/bin/check", "arg"] (run directly).',
    f"{_BOTO}: HealthCheck.command",
)
define(
    "health-check-command-empty",
    Severity.ERROR,
    "The health check of container '{container}' has '{prefix}' but no command to run.",
    'Add the command after \'{prefix}\', e.g. ["CMD-SHELL", "curl -f '
    'http://localhost/ || exit 1"].',
    f"{_BOTO}: HealthCheck.command; CDK 'At least one argument must be supplied for "
    "health check command.'",
)
define(
    "health-check-value-out-of-range",
    Severity.ERROR,
    "The health check {field} of container '{container}' is {value}; it must be between "
    "{min} and {max}.",
    "Set {field} to a value from {min} to {max} (ECS's default is {default}), or remove it.",
    f"{_BOTO}: HealthCheck interval 5-300 s, timeout 2-60 s, retries 1-10, startPeriod 0-300 s",
)
define(
    "health-check-timeout-not-below-interval",
    Severity.WARNING,
    "The health check of container '{container}' has a timeout of {timeout} s, not "
    "shorter than its interval of {interval} s.",
    "Make the timeout shorter than the interval (defaults: interval 30 s, timeout 5 s), "
    "so one check ends before the next starts.",
    "CDK container-definition 'Health check interval should be longer than timeout.'",
)
define(
    "restart-policy-too-many-exit-codes",
    Severity.ERROR,
    "The restart policy of container '{container}' ignores {count} exit codes; at most "
    "{limit} are allowed.",
    "Keep only the exit codes that really mean 'do not restart' (at most {limit}).",
    f"{_BOTO}: ContainerRestartPolicy.ignoredExitCodes",
)
define(
    "restart-policy-attempt-period-range",
    Severity.ERROR,
    "The restart policy of container '{container}' has restartAttemptPeriod {value}; it "
    "must be between {min} and {max} seconds.",
    "Set restartAttemptPeriod from {min} to {max} (default 300), or remove it.",
    f"{_BOTO}: ContainerRestartPolicy.restartAttemptPeriod",
)
define(
    "restart-policy-settings-while-disabled",
    Severity.WARNING,
    "The restart policy of container '{container}' sets {field} but is disabled, so "
    "{field} has no effect.",
    "Set 'enabled' to true to use the restart policy, or remove {field}.",
    "CDK 'The restartIgnoredExitCodes and restartAttemptPeriod cannot be specified if "
    "enableRestartPolicy is false'",
)
define(
    "timeout-negative",
    Severity.ERROR,
    "Container '{container}' has {field} {value}; a timeout cannot be negative.",
    "Set {field} to a number of seconds of 0 or more, or remove it to use the default.",
    f"{_BOTO}: ContainerDefinition.startTimeout / stopTimeout (seconds)",
)

# --------------------------------------------------------------------------
# Ulimits, credential specs, proxy
# --------------------------------------------------------------------------

define(
    "ulimit-duplicate",
    Severity.ERROR,
    "Container '{container}' sets the ulimit '{name}' more than once.",
    "Keep one entry for '{name}' with the soft and hard limits you want.",
    f"{_BOTO}: Ulimit (Docker --ulimit takes each resource once)",
)
define(
    "ulimit-soft-above-hard",
    Severity.ERROR,
    "The ulimit '{name}' of container '{container}' has softLimit {soft} above hardLimit {hard}.",
    "Lower softLimit to at most {hard}, or raise hardLimit.",
    f"{_BOTO}: Ulimit (a soft limit cannot exceed its hard limit, setrlimit(2))",
)
define(
    "credential-spec-too-many",
    Severity.ERROR,
    "Container '{container}' has {count} credential specs; at most one is allowed.",
    "Keep a single credentialSpecs entry.",
    f"{_BOTO}: ContainerDefinition.credentialSpecs; CDK 'Only one credential spec is "
    "allowed per container definition.'",
)
define(
    "credential-spec-prefix",
    Severity.ERROR,
    "The credential spec '{value}' of container '{container}' does not start with "
    "'credentialspec:' or 'credentialspecdomainless:'.",
    "Write it as 'credentialspec:arn:aws:s3:::bucket/spec.json' (domain-joined host) or "
    "'credentialspecdomainless:arn:aws:ssm:...' (domainless gMSA).",
    f"{_BOTO}: ContainerDefinition.credentialSpecs",
)
define(
    "proxy-container-unknown",
    Severity.ERROR,
    "The proxy configuration names container '{target}', which is not a container of "
    "this task definition.",
    "Set proxyConfiguration.containerName to the name of the Envoy proxy container ({known}).",
    f"{_BOTO}: ProxyConfiguration.containerName (ecs-rules.md §8.1 references)",
)

# --------------------------------------------------------------------------
# Environment, environment files, secrets
# --------------------------------------------------------------------------

define(
    "environment-name-empty",
    Severity.ERROR,
    "An environment variable of container '{container}' has no name.",
    "Give the variable a name, or remove the entry.",
    f"{_BOTO}: KeyValuePair (a variable needs a name to be set in the container)",
)
define(
    "environment-duplicate-name",
    Severity.WARNING,
    "Container '{container}' sets the environment variable '{name}' more than once; "
    "only one value reaches the container.",
    "Keep one entry for '{name}'.",
    "cfn-lint provider schema: Environment items are unique (ecs-rules.md §7.1)",
)
define(
    "environment-secret-value",
    Severity.WARNING,
    "The environment variable '{name}' of container '{container}' looks like a secret "
    "stored in plain text.",
    "Move it to the container's 'secrets' with valueFrom pointing at AWS Secrets Manager "
    "or SSM Parameter Store: environment values are visible to anyone who can describe "
    "the task definition.",
    "Design brief (secret-looking values); ECS docs recommend secrets for sensitive data",
)
define(
    "environment-file-too-many",
    Severity.ERROR,
    "Container '{container}' lists {count} environment files; at most {limit} are allowed.",
    "Merge some of the .env files so at most {limit} remain.",
    f"{_BOTO}: ContainerDefinition.environmentFiles (ecs-rules.md §8.1)",
)
define(
    "environment-file-not-s3-arn",
    Severity.ERROR,
    "The environment file '{value}' of container '{container}' is not an S3 object ARN.",
    "Use the object's ARN, e.g. 'arn:aws:s3:::my-bucket/app/prod.env' (not an s3:// URL).",
    f"{_BOTO}: EnvironmentFile.value; CDK 'Environment file must specify an S3 location'",
)
define(
    "environment-file-extension",
    Severity.ERROR,
    "The environment file '{value}' of container '{container}' does not have the .env extension.",
    "Rename the S3 object so its key ends in '.env' and update the ARN.",
    f"{_BOTO}: ContainerDefinition.environmentFiles (ecs-rules.md §8.1)",
)
define(
    "secret-field-empty",
    Severity.ERROR,
    "A secret of container '{container}' has an empty {field}.",
    "Set the secret's name (the variable name in the container) and valueFrom (the ARN "
    "of the Secrets Manager secret or SSM parameter).",
    f"{_BOTO}: Secret requires name and valueFrom",
)
define(
    "secret-duplicate-name",
    Severity.WARNING,
    "Container '{container}' defines the secret '{name}' more than once; only one value "
    "reaches the container.",
    "Keep one secrets entry for '{name}'.",
    f"{_BOTO}: Secret.name is the environment variable name",
)
define(
    "secret-name-in-environment",
    Severity.ERROR,
    "Container '{container}' defines '{name}' both as an environment variable and as a secret.",
    "Keep '{name}' in secrets only and remove it from environment.",
    f"{_BOTO}: Secret.name and KeyValuePair.name set the same environment variables",
)

# --------------------------------------------------------------------------
# Enums (ecs-rules.md §6 "Enum lists (complete)")
# --------------------------------------------------------------------------

define(
    "enum-invalid",
    Severity.ERROR,
    "'{value}' is not a valid value for {location}. Allowed values: {allowed}.",
    "Use one of: {allowed} (the values are case-sensitive). To get ECS's default instead, "
    "remove the '{field}' key rather than leaving it empty; for networkMode, omitting it "
    "gives bridge on Linux EC2 and the Windows default network.",
    f"{_BOTO}: enum lists",
)

NETWORK_MODES = ("bridge", "host", "awsvpc", "none")
COMPATIBILITIES = ("EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES")
PID_MODES = ("host", "task")
IPC_MODES = ("host", "task", "none")
OS_FAMILIES = (
    "WINDOWS_SERVER_2019_FULL",
    "WINDOWS_SERVER_2019_CORE",
    "WINDOWS_SERVER_2016_FULL",
    "WINDOWS_SERVER_2004_CORE",
    "WINDOWS_SERVER_2022_CORE",
    "WINDOWS_SERVER_2022_FULL",
    "WINDOWS_SERVER_2025_CORE",
    "WINDOWS_SERVER_2025_FULL",
    "WINDOWS_SERVER_20H2_CORE",
    "LINUX",
)
CPU_ARCHITECTURES = ("X86_64", "ARM64")
LOG_DRIVERS = (
    "json-file",
    "syslog",
    "journald",
    "gelf",
    "fluentd",
    "awslogs",
    "splunk",
    "awsfirelens",
)
TRANSPORT_PROTOCOLS = ("tcp", "udp")
APPLICATION_PROTOCOLS = ("http", "http2", "grpc")
CONTAINER_CONDITIONS = ("START", "COMPLETE", "SUCCESS", "HEALTHY")
ULIMIT_NAMES = (
    "core",
    "cpu",
    "data",
    "fsize",
    "locks",
    "memlock",
    "msgqueue",
    "nice",
    "nofile",
    "nproc",
    "rss",
    "rtprio",
    "rttime",
    "sigpending",
    "stack",
)
RESOURCE_TYPES = ("GPU", "InferenceAccelerator", "NeuronDevice")
ENVIRONMENT_FILE_TYPES = ("s3",)
FIRELENS_TYPES = ("fluentd", "fluentbit")
DEVICE_PERMISSIONS = ("read", "write", "mknod")
DOCKER_VOLUME_SCOPES = ("task", "shared")
ENABLED_DISABLED = ("ENABLED", "DISABLED")
PLACEMENT_CONSTRAINT_TYPES = ("memberOf",)
PROXY_TYPES = ("APPMESH",)
VERSION_CONSISTENCY = ("enabled", "disabled")
ISOLATION_MODES = ("SHARED", "ISOLATED_SANDBOX", "CONFIDENTIAL_SANDBOX")

Path = tuple[str | int, ...]
# One place an enum value can sit: the value, its path, and the allowed values.
EnumSite = tuple[Any, Path, tuple[str, ...]]


def _value_site(parent: Any, path: Path, allowed: tuple[str, ...]) -> Iterator[EnumSite]:
    """The value under the last key of ``path`` inside the dict ``parent``."""
    yield as_dict(parent).get(path[-1]), path, allowed


def _list_sites(items: Any, path: Path, allowed: tuple[str, ...]) -> Iterator[EnumSite]:
    """Every item of a list of enum strings (e.g. requiresCompatibilities[])."""
    for k, item in enumerate(as_list(items)):
        yield item, (*path, k), allowed


def _field_sites(parent: Any, path: Path, key: str, allowed: tuple[str, ...]) -> Iterator[EnumSite]:
    """``key`` of each dict in the list ``parent`` (e.g. portMappings[].protocol)."""
    for k, item in enumerate(as_list(parent)):
        yield as_dict(item).get(key), (*path, k, key), allowed


def _task_enum_sites(doc: dict[str, Any]) -> Iterator[EnumSite]:
    yield from _value_site(doc, ("networkMode",), NETWORK_MODES)
    yield from _list_sites(
        doc.get("requiresCompatibilities"), ("requiresCompatibilities",), COMPATIBILITIES
    )
    yield from _value_site(doc, ("pidMode",), PID_MODES)
    yield from _value_site(doc, ("ipcMode",), IPC_MODES)
    platform = doc.get("runtimePlatform")
    yield from _value_site(platform, ("runtimePlatform", "operatingSystemFamily"), OS_FAMILIES)
    yield from _value_site(platform, ("runtimePlatform", "cpuArchitecture"), CPU_ARCHITECTURES)
    yield from _field_sites(
        doc.get("placementConstraints"),
        ("placementConstraints",),
        "type",
        PLACEMENT_CONSTRAINT_TYPES,
    )
    yield from _value_site(
        doc.get("proxyConfiguration"), ("proxyConfiguration", "type"), PROXY_TYPES
    )
    yield from _value_site(
        doc.get("trustedExecutionConfiguration"),
        ("trustedExecutionConfiguration", "isolationMode"),
        ISOLATION_MODES,
    )
    for i, volume in enumerate(as_list(doc.get("volumes"))):
        volume = as_dict(volume)
        docker_path: Path = ("volumes", i, "dockerVolumeConfiguration")
        docker = volume.get("dockerVolumeConfiguration")
        yield from _value_site(docker, (*docker_path, "scope"), DOCKER_VOLUME_SCOPES)
        efs_path: Path = ("volumes", i, "efsVolumeConfiguration")
        efs = as_dict(volume.get("efsVolumeConfiguration"))
        yield from _value_site(efs, (*efs_path, "transitEncryption"), ENABLED_DISABLED)
        authorization = efs.get("authorizationConfig")
        yield from _value_site(
            authorization, (*efs_path, "authorizationConfig", "iam"), ENABLED_DISABLED
        )


def _container_enum_sites(index: int, c: dict[str, Any]) -> Iterator[EnumSite]:
    base: Path = ("containerDefinitions", index)
    log_path: Path = (*base, "logConfiguration", "logDriver")
    yield from _value_site(c.get("logConfiguration"), log_path, LOG_DRIVERS)
    ports, ports_path = c.get("portMappings"), (*base, "portMappings")
    yield from _field_sites(ports, ports_path, "protocol", TRANSPORT_PROTOCOLS)
    yield from _field_sites(ports, ports_path, "appProtocol", APPLICATION_PROTOCOLS)
    for key, field, allowed in (
        ("dependsOn", "condition", CONTAINER_CONDITIONS),
        ("ulimits", "name", ULIMIT_NAMES),
        ("resourceRequirements", "type", RESOURCE_TYPES),
        ("environmentFiles", "type", ENVIRONMENT_FILE_TYPES),
    ):
        yield from _field_sites(c.get(key), (*base, key), field, allowed)
    firelens_path: Path = (*base, "firelensConfiguration", "type")
    yield from _value_site(c.get("firelensConfiguration"), firelens_path, FIRELENS_TYPES)
    devices = as_list(as_dict(c.get("linuxParameters")).get("devices"))
    for k, device in enumerate(devices):
        yield from _list_sites(
            as_dict(device).get("permissions"),
            (*base, "linuxParameters", "devices", k, "permissions"),
            DEVICE_PERMISSIONS,
        )
    yield from _value_site(c, (*base, "versionConsistency"), VERSION_CONSISTENCY)


def _location(path: Path, label: str | None) -> str:
    """A readable dotted location, e.g. ``containerDefinitions[web].portMappings[0].protocol``."""
    parts = list(path)
    text = ""
    if label is not None:
        text = f"containerDefinitions[{label}]"
        parts = parts[2:]
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def _field_name(path: Path) -> str:
    """The key that holds the value (for a list item, the list's key)."""
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return ""


@check
def check_enums(ctx: RuleContext) -> Iterator[Finding]:
    """Every enum-typed field of the model holds one of its values.

    botocore does not validate enums client-side (ecs-rules.md §6.3), so a
    typo only shows up as a server error. An empty string is not a default:
    it is an invalid value (e.g. ipcMode "" in ecspresso exports).
    """
    sites: list[tuple[EnumSite, str | None]] = [(s, None) for s in _task_enum_sites(ctx.doc)]
    for index, c in ctx.containers:
        label = container_label(index, c)
        sites.extend((s, label) for s in _container_enum_sites(index, c))
    for (value, path, allowed), label in sites:
        # Wrong types are the schema's business; placeholders are the importer's.
        if not isinstance(value, str) or value in allowed or ctx.placeholder(value):
            continue
        params: dict[str, Any] = {
            "value": value,
            "field": _field_name(path),
            "location": _location(path, label),
            "allowed": ", ".join(allowed),
        }
        if label is not None:
            params["container"] = label
        yield ctx.finding("enum-invalid", *path, **params)


# --------------------------------------------------------------------------
# Family and container names
# --------------------------------------------------------------------------


@check
def check_family(ctx: RuleContext) -> Iterator[Finding]:
    family = ctx.doc.get("family")
    if family is None or family == "":
        yield ctx.finding("family-missing", "family")
        return
    text = as_str(family)
    if text is None or ctx.placeholder(text):
        return
    if not NAME_PATTERN.fullmatch(text):
        yield ctx.finding("family-invalid", "family", family=text)


@check
def check_container_names(ctx: RuleContext) -> Iterator[Finding]:
    definitions = ctx.doc.get("containerDefinitions")
    if definitions is None or definitions == []:
        yield ctx.finding("container-none", "containerDefinitions")
        return
    first_with_name: dict[str, int] = {}
    for index, c in ctx.containers:
        name = c.get("name")
        if name is None or name == "":
            yield ctx.finding(
                "container-name-missing",
                "containerDefinitions",
                index,
                "name",
                container=f"#{index + 1}",
            )
            continue
        if not isinstance(name, str) or ctx.placeholder(name):
            continue
        if not NAME_PATTERN.fullmatch(name):
            yield ctx.finding(
                "container-name-invalid", "containerDefinitions", index, "name", container=name
            )
        if name in first_with_name:
            yield ctx.finding(
                "container-name-duplicate",
                "containerDefinitions",
                index,
                "name",
                container=name,
                first=first_with_name[name] + 1,
                second=index + 1,
            )
        else:
            first_with_name[name] = index


@check
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


# --------------------------------------------------------------------------
# Images
# --------------------------------------------------------------------------

IMAGE_MAX_LENGTH = 255
# Characters the model documentation does not allow in the name/tag part of an image.
_IMAGE_BAD_CHARS = re.compile(r"[^A-Za-z0-9_:./#-]")
_DIGEST = re.compile(r"sha256:[0-9A-Fa-f]{64}")


def split_image(image: str) -> tuple[str, str | None, str | None]:
    """``(repository, tag, digest)`` of an image reference.

    The tag is what follows the last ':' of the last path component (a ':'
    earlier on belongs to a registry port, as in ``localhost:5000/app``).
    """
    name, _, digest = image.partition("@")
    last_slash = name.rfind("/")
    colon = name.rfind(":")
    if colon > last_slash:
        return name[:colon], name[colon + 1 :], digest if "@" in image else None
    return name, None, digest if "@" in image else None


def _repository_path(repository: str) -> str:
    """The repository without its registry host.

    As in Docker's reference grammar, the first component is a registry host
    when it contains '.' or ':' or is 'localhost' and more components follow.
    """
    first, sep, rest = repository.partition("/")
    if sep and ("." in first or ":" in first or first == "localhost"):
        return rest
    return repository


def _image_format_findings(
    ctx: RuleContext, index: int, label: str, image: str
) -> Iterator[Finding]:
    name, _, digest = image.partition("@")
    path = ("containerDefinitions", index, "image")
    if len(name) > IMAGE_MAX_LENGTH:
        yield ctx.finding(
            "image-too-long", *path, container=label, length=len(name), limit=IMAGE_MAX_LENGTH
        )
    bad = sorted(set(_IMAGE_BAD_CHARS.findall(name)))
    if bad:
        yield ctx.finding(
            "image-invalid-characters",
            *path,
            container=label,
            image=image,
            characters=" ".join(repr(ch) for ch in bad),
        )
    if "@" in image and not _DIGEST.fullmatch(digest):
        yield ctx.finding("image-digest-invalid", *path, container=label, digest=digest)
    repository, _, _ = split_image(image)
    repo_path = _repository_path(repository)
    if not bad and repo_path != repo_path.lower():
        yield ctx.finding(
            "image-repository-uppercase", *path, container=label, repository=repo_path
        )


@check
def check_images(ctx: RuleContext) -> Iterator[Finding]:
    for index, c in ctx.containers:
        label = container_label(index, c)
        image = c.get("image")
        if image is None or (isinstance(image, str) and not image.strip()):
            yield ctx.finding(
                "image-missing", "containerDefinitions", index, "image", container=label
            )
            continue
        if not isinstance(image, str) or ctx.placeholder(image):
            continue
        problems = list(_image_format_findings(ctx, index, label, image))
        yield from problems
        _, tag, digest = split_image(image)
        # A malformed reference needs fixing first; advice on its tag would be noise.
        if problems or digest is not None or (tag is not None and tag != "latest"):
            continue
        rule = (
            "version-consistency-disabled"
            if c.get("versionConsistency") == "disabled"
            else "image-mutable-tag"
        )
        yield ctx.finding(
            rule, "containerDefinitions", index, "image", container=label, image=image
        )


# --------------------------------------------------------------------------
# Essential containers and dependencies
# --------------------------------------------------------------------------


def _is_essential(c: dict[str, Any]) -> bool:
    # Omitted means essential; only an explicit false opts out.
    return c.get("essential") is not False


@check
def check_essential(ctx: RuleContext) -> Iterator[Finding]:
    containers = ctx.containers
    if containers and not any(_is_essential(c) for _, c in containers):
        yield ctx.finding("essential-none", "containerDefinitions")


def _containers_by_name(ctx: RuleContext) -> dict[str, tuple[int, dict[str, Any]]]:
    """The first container of each name (duplicates are reported elsewhere)."""
    by_name: dict[str, tuple[int, dict[str, Any]]] = {}
    for index, c in ctx.containers:
        name = c.get("name")
        if isinstance(name, str) and name and name not in by_name:
            by_name[name] = (index, c)
    return by_name


def _dependencies(c: dict[str, Any]) -> Iterator[tuple[int, str, Any]]:
    """``(entry index, target name, condition)`` of each dependsOn entry with a string target."""
    for j, entry in enumerate(as_list(c.get("dependsOn"))):
        entry = as_dict(entry)
        target = entry.get("containerName")
        if isinstance(target, str):
            yield j, target, entry.get("condition")


@check
def check_depends_on(ctx: RuleContext) -> Iterator[Finding]:
    by_name = _containers_by_name(ctx)
    known = ", ".join(sorted(by_name)) or "none"
    for index, c in ctx.containers:
        label = container_label(index, c)
        own_name = c.get("name")
        for j, target, condition in _dependencies(c):
            entry_path = ("containerDefinitions", index, "dependsOn", j)
            if ctx.placeholder(target):
                continue
            if target and target == own_name:
                yield ctx.finding("depends-on-self", *entry_path, "containerName", container=label)
                continue
            if target not in by_name:
                yield ctx.finding(
                    "depends-on-unknown",
                    *entry_path,
                    "containerName",
                    container=label,
                    target=target,
                    known=known,
                )
                continue
            target_container = by_name[target][1]
            if condition in ("COMPLETE", "SUCCESS") and _is_essential(target_container):
                yield ctx.finding(
                    "depends-on-essential-target",
                    *entry_path,
                    "condition",
                    container=label,
                    target=target,
                    condition=condition,
                )
            if condition == "HEALTHY" and target_container.get("healthCheck") is None:
                yield ctx.finding(
                    "depends-on-healthy-no-health-check",
                    *entry_path,
                    "condition",
                    container=label,
                    target=target,
                )


def _dependency_graph(ctx: RuleContext) -> dict[str, list[tuple[int, str]]]:
    """name -> [(dependsOn entry index, target)] over known targets, self-loops excluded."""
    by_name = _containers_by_name(ctx)
    graph: dict[str, list[tuple[int, str]]] = {}
    for name, (_, c) in by_name.items():
        graph[name] = [
            (j, target) for j, target, _ in _dependencies(c) if target in by_name and target != name
        ]
    return graph


def _strongly_connected(graph: dict[str, list[tuple[int, str]]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative so deep chains cannot hit the recursion limit."""
    index_of: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[set[str]] = []
    counter = 0
    for root in graph:
        if root in index_of:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, edge = work.pop()
            if edge == 0:
                index_of[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            edges = graph[node]
            if edge < len(edges):
                work.append((node, edge + 1))
                target = edges[edge][1]
                if target not in index_of:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index_of[target])
                continue
            if low[node] == index_of[node]:
                component: set[str] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                components.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return components


def _cycle_from(
    start: str, members: set[str], graph: dict[str, list[tuple[int, str]]]
) -> list[tuple[str, int]]:
    """A shortest cycle through ``start`` inside ``members``: [(node, entry index), ...]."""
    previous: dict[str, tuple[str, int]] = {}
    frontier = [start]
    while frontier:
        next_frontier: list[str] = []
        for node in frontier:
            for j, target in graph[node]:
                if target not in members:
                    continue
                if target == start:
                    path = [(node, j)]
                    while node != start:
                        node, j = previous[node]
                        path.append((node, j))
                    return list(reversed(path))
                if target not in previous:
                    previous[target] = (node, j)
                    next_frontier.append(target)
        frontier = next_frontier
    return []


@check
def check_dependency_cycles(ctx: RuleContext) -> Iterator[Finding]:
    graph = _dependency_graph(ctx)
    by_name = _containers_by_name(ctx)
    for members in _strongly_connected(graph):
        if len(members) < 2:
            continue
        # Report once per cycle, at the earliest container in the document.
        start = min(members, key=lambda name: by_name[name][0])
        cycle = _cycle_from(start, members, graph)
        if not cycle:
            continue
        names = [node for node, _ in cycle] + [start]
        first_entry = cycle[0][1]
        yield ctx.finding(
            "depends-on-cycle",
            "containerDefinitions",
            by_name[start][0],
            "dependsOn",
            first_entry,
            "containerName",
            container=start,
            cycle=" → ".join(names),
        )


# --------------------------------------------------------------------------
# Health check, restart policy, timeouts
# --------------------------------------------------------------------------

# field: (min, max, ECS default shown in the hint)
HEALTH_CHECK_RANGES: dict[str, tuple[int, int, str]] = {
    "interval": (5, 300, "30"),
    "timeout": (2, 60, "5"),
    "retries": (1, 10, "3"),
    "startPeriod": (0, 300, "0"),
}
HEALTH_CHECK_PREFIXES = ("CMD", "CMD-SHELL")


def _health_check_command(
    ctx: RuleContext, index: int, label: str, command: Any
) -> Iterator[Finding]:
    if not isinstance(command, list):
        return  # missing or wrong type: the schema check reports it
    path = ("containerDefinitions", index, "healthCheck", "command")
    first = command[0] if command else None
    if not isinstance(first, str):
        if not command:
            yield ctx.finding("health-check-command-prefix", *path, container=label)
        return
    if ctx.placeholder(first):
        return
    if first not in HEALTH_CHECK_PREFIXES:
        yield ctx.finding("health-check-command-prefix", *path, 0, container=label)
        return
    if not any(isinstance(arg, str) and arg.strip() for arg in command[1:]):
        yield ctx.finding("health-check-command-empty", *path, container=label, prefix=first)


def _in_range(field: str, value: int) -> bool:
    low, high, _ = HEALTH_CHECK_RANGES[field]
    return low <= value <= high


@check
def check_health_checks(ctx: RuleContext) -> Iterator[Finding]:
    for index, c in ctx.containers:
        health = c.get("healthCheck")
        if not isinstance(health, dict):
            continue
        label = container_label(index, c)
        yield from _health_check_command(ctx, index, label, health.get("command"))
        for field, (low, high, default) in HEALTH_CHECK_RANGES.items():
            value = as_int(health.get(field))
            if value is not None and not low <= value <= high:
                yield ctx.finding(
                    "health-check-value-out-of-range",
                    "containerDefinitions",
                    index,
                    "healthCheck",
                    field,
                    container=label,
                    field=field,
                    value=value,
                    min=low,
                    max=high,
                    default=default,
                )
        interval, timeout = as_int(health.get("interval")), as_int(health.get("timeout"))
        if interval is None and timeout is None:
            continue
        # Compare what ECS will use, defaults included; ranges are reported above.
        interval_used = 30 if interval is None else interval
        timeout_used = 5 if timeout is None else timeout
        if not (_in_range("interval", interval_used) and _in_range("timeout", timeout_used)):
            continue
        if timeout_used >= interval_used:
            yield ctx.finding(
                "health-check-timeout-not-below-interval",
                "containerDefinitions",
                index,
                "healthCheck",
                "timeout" if timeout is not None else "interval",
                container=label,
                timeout=timeout_used,
                interval=interval_used,
            )


MAX_IGNORED_EXIT_CODES = 50
RESTART_ATTEMPT_PERIOD = (60, 1800)


@check
def check_restart_policies(ctx: RuleContext) -> Iterator[Finding]:
    for index, c in ctx.containers:
        policy = c.get("restartPolicy")
        if not isinstance(policy, dict):
            continue
        label = container_label(index, c)
        path = ("containerDefinitions", index, "restartPolicy")
        codes = policy.get("ignoredExitCodes")
        if isinstance(codes, list) and len(codes) > MAX_IGNORED_EXIT_CODES:
            yield ctx.finding(
                "restart-policy-too-many-exit-codes",
                *path,
                "ignoredExitCodes",
                container=label,
                count=len(codes),
                limit=MAX_IGNORED_EXIT_CODES,
            )
        period = as_int(policy.get("restartAttemptPeriod"))
        low, high = RESTART_ATTEMPT_PERIOD
        if period is not None and not low <= period <= high:
            yield ctx.finding(
                "restart-policy-attempt-period-range",
                *path,
                "restartAttemptPeriod",
                container=label,
                value=period,
                min=low,
                max=high,
            )
        if policy.get("enabled") is False:
            # An empty list is how console exports write "not set".
            for field in ("ignoredExitCodes", "restartAttemptPeriod"):
                value = policy.get(field)
                if value is not None and value != []:
                    yield ctx.finding(
                        "restart-policy-settings-while-disabled",
                        *path,
                        field,
                        container=label,
                        field=field,
                    )


@check
def check_timeouts(ctx: RuleContext) -> Iterator[Finding]:
    # Fargate's 2-120 / <=120 limits are checked in fargate.py.
    for index, c in ctx.containers:
        for field in ("startTimeout", "stopTimeout"):
            value = as_int(c.get(field))
            if value is not None and value < 0:
                yield ctx.finding(
                    "timeout-negative",
                    "containerDefinitions",
                    index,
                    field,
                    container=container_label(index, c),
                    field=field,
                    value=value,
                )


# --------------------------------------------------------------------------
# Ulimits, credential specs, proxy
# --------------------------------------------------------------------------


@check
def check_ulimits(ctx: RuleContext) -> Iterator[Finding]:
    for index, c in ctx.containers:
        label = container_label(index, c)
        seen: set[str] = set()
        for j, ulimit in enumerate(as_list(c.get("ulimits"))):
            ulimit = as_dict(ulimit)
            path = ("containerDefinitions", index, "ulimits", j)
            name = as_str(ulimit.get("name"))
            if name is not None:
                if name in seen:
                    yield ctx.finding("ulimit-duplicate", *path, "name", container=label, name=name)
                seen.add(name)
            soft, hard = as_int(ulimit.get("softLimit")), as_int(ulimit.get("hardLimit"))
            if soft is not None and hard is not None and soft > hard:
                yield ctx.finding(
                    "ulimit-soft-above-hard",
                    *path,
                    "softLimit",
                    container=label,
                    name=name if name is not None else f"#{j + 1}",
                    soft=soft,
                    hard=hard,
                )


CREDENTIAL_SPEC_PREFIXES = ("credentialspec:", "credentialspecdomainless:")


@check
def check_credential_specs(ctx: RuleContext) -> Iterator[Finding]:
    for index, c in ctx.containers:
        specs = c.get("credentialSpecs")
        if not isinstance(specs, list):
            continue
        label = container_label(index, c)
        path = ("containerDefinitions", index, "credentialSpecs")
        if len(specs) > 1:
            yield ctx.finding("credential-spec-too-many", *path, container=label, count=len(specs))
        for j, spec in enumerate(specs):
            if not isinstance(spec, str) or ctx.placeholder(spec):
                continue
            if not spec.startswith(CREDENTIAL_SPEC_PREFIXES):
                yield ctx.finding("credential-spec-prefix", *path, j, container=label, value=spec)


@check
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


# --------------------------------------------------------------------------
# Environment, secrets, environment files
# --------------------------------------------------------------------------

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


@check
def check_environment(ctx: RuleContext) -> Iterator[Finding]:
    for index, c in ctx.containers:
        label = container_label(index, c)
        seen: set[str] = set()
        for j, entry in enumerate(as_list(c.get("environment"))):
            if not isinstance(entry, dict):
                continue
            path = ("containerDefinitions", index, "environment", j)
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


@check
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


@check
def check_environment_files(ctx: RuleContext) -> Iterator[Finding]:
    for index, c in ctx.containers:
        files = c.get("environmentFiles")
        if not isinstance(files, list):
            continue
        label = container_label(index, c)
        path = ("containerDefinitions", index, "environmentFiles")
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
