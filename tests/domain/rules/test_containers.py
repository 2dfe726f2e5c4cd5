"""Tests of the container definition rules (wizard.domain.rules.names, images,
dependencies, health_restart, environment and enums): one failing and one passing
case per rule id."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.rulekit import container, ec2_doc, fargate_doc, findings, one
from tests.rulekit import no as none
from wizard.domain.messages.catalog import CATALOG
from wizard.domain.findings import Finding, Severity
from wizard.domain.formats.importer import load_path
from wizard.domain.rules import (
    dependencies,
    enums,
    environment,
    health_restart,
    images,
    names,
    run_rules,
)
from wizard.domain.rules.images import split_image

PREFIXES = (
    "family-",
    "container-",
    "essential-",
    "depends-on-",
    "health-check-",
    "restart-policy-",
    "image-",
    "enum-",
    "secret-",
    "environment-",
    "proxy-",
    "ulimit-",
    "timeout-",
    "credential-spec-",
    "version-consistency-",
)
CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "real"
DIGEST = "sha256:" + "0123456789abcdef" * 4


def ours(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.rule.startswith(PREFIXES)]


def app(**fields: Any) -> dict[str, Any]:
    """The default Fargate doc with extra fields on its only container."""
    return fargate_doc(container(**fields))


# --- baselines -------------------------------------------------------------


@pytest.mark.parametrize("doc", [fargate_doc(), ec2_doc()], ids=["fargate", "ec2"])
def test_baselines_are_clean(doc: dict[str, Any]) -> None:
    assert ours(run_rules(doc)) == []


def test_book_example_is_clean() -> None:
    doc = fargate_doc(
        container("wordpress", image="wordpress:6.5", memoryReservation=128, cpu=10),
        container("mysql", image="mysql:8.0", memoryReservation=128, cpu=10),
    )
    assert ours(run_rules(doc)) == []


CONTAINER_MODULES = (names, images, dependencies, health_restart, environment, enums)


@pytest.mark.parametrize("module", CONTAINER_MODULES, ids=lambda m: m.__name__)
def test_every_rule_id_uses_an_owned_prefix(module: Any) -> None:
    source = Path(module.__file__).read_text(encoding="utf-8")
    defined = [rid for rid in CATALOG if f'"{rid}"' in source]
    assert defined and all(rid.startswith(PREFIXES) for rid in defined)


@pytest.mark.parametrize(
    "doc",
    [
        {"family": "x", "containerDefinitions": [1, "x", None, {"name": 5, "dependsOn": "no"}]},
        {"family": 7, "containerDefinitions": [{"name": 5, "healthCheck": []}]},
        {
            "family": "x",
            "containerDefinitions": [
                {
                    "name": "a",
                    "image": 3,
                    "dependsOn": [None, 1, {"containerName": 2, "condition": []}],
                    "healthCheck": {"command": "CMD", "interval": True, "timeout": "5"},
                    "restartPolicy": {"enabled": "no", "ignoredExitCodes": "x"},
                    "ulimits": [None, {"name": 1, "softLimit": "1", "hardLimit": None}],
                    "credentialSpecs": "x",
                    "environment": [None, {"name": 1, "value": 2}, "x"],
                    "environmentFiles": [1, {"value": 3}],
                    "secrets": {"a": 1},
                    "dockerLabels": [],
                    "portMappings": [None, {"protocol": 6}],
                    "linuxParameters": {"devices": [{"permissions": "rw"}, None]},
                    "logConfiguration": [],
                },
            ],
            "volumes": [None, {"efsVolumeConfiguration": []}],
            "proxyConfiguration": {"containerName": ["x"]},
            "requiresCompatibilities": "FARGATE",
            "runtimePlatform": [],
        },
        {"containerDefinitions": {"a": 1}, "tags": {"a": 1}},
        {"containerDefinitions": [], "tags": [None, {"key": 3}]},
    ],
)
def test_junk_never_raises(doc: dict[str, Any]) -> None:
    assert [f for f in run_rules(doc) if f.rule == "internal-error"] == []


# --- family ----------------------------------------------------------------


@pytest.mark.parametrize("family", [None, ""])
def test_family_missing(family: str | None) -> None:
    doc = fargate_doc()
    if family is None:
        del doc["family"]
    else:
        doc["family"] = family
    one(doc, "family-missing", "/family")
    none(fargate_doc(), "family-missing")


@pytest.mark.parametrize("family", ["my app", "web.prod", "a/b", "x" * 256])
def test_family_invalid(family: str) -> None:
    one(fargate_doc(family=family), "family-invalid", "/family")


@pytest.mark.parametrize("family", ["my-app_2", "X" * 255, "{{ must_env `FAMILY` }}"])
def test_family_valid(family: str) -> None:
    none(fargate_doc(family=family), "family-invalid")


# --- containers and names --------------------------------------------------


def test_container_none() -> None:
    doc = fargate_doc()
    doc["containerDefinitions"] = []
    one(doc, "container-none", "/containerDefinitions")
    del doc["containerDefinitions"]
    one(doc, "container-none", "/containerDefinitions")
    none(fargate_doc(), "container-none")


@pytest.mark.parametrize("name", [None, ""])
def test_container_name_missing(name: str | None) -> None:
    c = container()
    if name is None:
        del c["name"]
    else:
        c["name"] = name
    one(fargate_doc(c), "container-name-missing", "/containerDefinitions/0/name")
    none(fargate_doc(container("web")), "container-name-missing")


@pytest.mark.parametrize("name", ["web app", "web.app", "a" * 256])
def test_container_name_invalid(name: str) -> None:
    one(fargate_doc(container(name)), "container-name-invalid", "/containerDefinitions/0/name")
    none(fargate_doc(container("web_app-1")), "container-name-invalid")


def test_container_name_duplicate() -> None:
    doc = fargate_doc(container("app"), container("app", essential=False))
    found = one(doc, "container-name-duplicate", "/containerDefinitions/1/name")
    assert "'app'" in found.message
    none(fargate_doc(container("app"), container("sidecar")), "container-name-duplicate")


def test_docker_label_empty_key() -> None:
    doc = app(dockerLabels={"": "x", "team": "web"})
    one(doc, "container-docker-label-empty-key", "/containerDefinitions/0/dockerLabels/")
    none(app(dockerLabels={"team": "web"}), "container-docker-label-empty-key")


# --- images ----------------------------------------------------------------


@pytest.mark.parametrize("image", [None, "", "  "])
def test_image_missing(image: str | None) -> None:
    c = container()
    if image is None:
        del c["image"]
    else:
        c["image"] = image
    one(fargate_doc(c), "image-missing", "/containerDefinitions/0/image")
    none(fargate_doc(), "image-missing")


def test_image_too_long() -> None:
    one(app(image="a" * 250 + ":1.2.3"), "image-too-long", "/containerDefinitions/0/image")
    # The limit counts only what comes before '@'.
    none(app(image="a" * 255 + "@" + DIGEST), "image-too-long")
    none(app(image="a" * 249 + ":1.2.3"), "image-too-long")


@pytest.mark.parametrize("image", ["nginx latest", "nginx:1.27 ", "nginx:'1'", "ng!nx:1"])
def test_image_invalid_characters(image: str) -> None:
    one(app(image=image), "image-invalid-characters", "/containerDefinitions/0/image")
    none(app(image="registry.example.com:5000/team/app_x:v1.2-rc#3"), "image-invalid-characters")


@pytest.mark.parametrize(
    "image", ["nginx@sha256:abc", "nginx@md5:" + "a" * 64, "nginx@" + DIGEST + "0", "nginx@"]
)
def test_image_digest_invalid(image: str) -> None:
    one(app(image=image), "image-digest-invalid", "/containerDefinitions/0/image")
    none(app(image="nginx@" + DIGEST), "image-digest-invalid")
    none(app(image="nginx:1.27@" + DIGEST), "image-digest-invalid")


@pytest.mark.parametrize("image", ["MyOrg/app:1", "public.ecr.aws/Team/app:1", "myApp"])
def test_image_repository_uppercase(image: str) -> None:
    one(
        app(image=image),
        "image-repository-uppercase",
        "/containerDefinitions/0/image",
        Severity.WARNING,
    )


@pytest.mark.parametrize(
    "image",
    ["ACCOUNT_ID.dkr.ecr.REGION.amazonaws.com/app:1", "nginx:V1-RC", "localhost:5000/a:B"],
)
def test_image_repository_lowercase(image: str) -> None:
    none(app(image=image), "image-repository-uppercase")


@pytest.mark.parametrize(
    "image", ["nginx", "nginx:latest", "localhost:5000/app", "public.ecr.aws/x/y:latest"]
)
def test_image_mutable_tag(image: str) -> None:
    one(app(image=image), "image-mutable-tag", "/containerDefinitions/0/image", Severity.INFO)
    none(app(image=image, versionConsistency="disabled"), "image-mutable-tag")


@pytest.mark.parametrize("image", ["nginx:1.27", "nginx@" + DIGEST, "localhost:5000/app:2"])
def test_image_pinned(image: str) -> None:
    none(app(image=image), "image-mutable-tag")


def test_version_consistency_disabled() -> None:
    doc = app(image="nginx:latest", versionConsistency="disabled")
    one(doc, "version-consistency-disabled", "/containerDefinitions/0/image", Severity.INFO)
    none(app(image="nginx:1.27", versionConsistency="disabled"), "version-consistency-disabled")
    none(app(image="nginx", versionConsistency="enabled"), "version-consistency-disabled")


@pytest.mark.parametrize("image", ["${IMAGE}", "<IMAGE1_NAME>", "{{ env `IMG` }}:latest"])
def test_image_placeholders_are_skipped(image: str) -> None:
    found = [f for f in run_rules(app(image=image)) if f.rule.startswith("image-")]
    assert found == []


def test_split_image() -> None:
    assert split_image("localhost:5000/app") == ("localhost:5000/app", None, None)
    assert split_image("localhost:5000/app:2") == ("localhost:5000/app", "2", None)
    assert split_image("app:1@" + DIGEST) == ("app", "1", DIGEST)


# --- essential and dependsOn -----------------------------------------------


def test_essential_none() -> None:
    doc = fargate_doc(container("a", essential=False), container("b", essential=False))
    one(doc, "essential-none", "/containerDefinitions")
    b = container("b")
    del b["essential"]  # omitted means essential
    none(fargate_doc(container("a", essential=False), b), "essential-none")


def test_depends_on_unknown() -> None:
    doc = fargate_doc(container("app", dependsOn=[{"containerName": "db", "condition": "START"}]))
    found = one(doc, "depends-on-unknown", "/containerDefinitions/0/dependsOn/0/containerName")
    assert "'db'" in found.message
    fixed = fargate_doc(
        container("app", dependsOn=[{"containerName": "db", "condition": "START"}]),
        container("db"),
    )
    none(fixed, "depends-on-unknown")
    placeholder = [{"containerName": "{{sidecar}}", "condition": "START"}]
    none(fargate_doc(container("app", dependsOn=placeholder)), "depends-on-unknown")


def test_depends_on_self() -> None:
    doc = fargate_doc(container("app", dependsOn=[{"containerName": "app", "condition": "START"}]))
    one(doc, "depends-on-self", "/containerDefinitions/0/dependsOn/0/containerName")
    none(
        fargate_doc(
            container("app", dependsOn=[{"containerName": "db", "condition": "START"}]),
            container("db"),
        ),
        "depends-on-self",
    )


@pytest.mark.parametrize("condition", ["COMPLETE", "SUCCESS"])
def test_depends_on_essential_target(condition: str) -> None:
    deps = [{"containerName": "init", "condition": condition}]
    doc = fargate_doc(container("app", dependsOn=deps), container("init"))
    one(doc, "depends-on-essential-target", "/containerDefinitions/0/dependsOn/0/condition")
    fixed = fargate_doc(container("app", dependsOn=deps), container("init", essential=False))
    none(fixed, "depends-on-essential-target")


def test_depends_on_healthy_needs_health_check() -> None:
    deps = [{"containerName": "db", "condition": "HEALTHY"}]
    doc = fargate_doc(container("app", dependsOn=deps), container("db"))
    path = "/containerDefinitions/0/dependsOn/0/condition"
    one(doc, "depends-on-healthy-no-health-check", path)
    health = {"command": ["CMD-SHELL", "pg_isready"]}
    fixed = fargate_doc(container("app", dependsOn=deps), container("db", healthCheck=health))
    none(fixed, "depends-on-healthy-no-health-check")


def _chain(*edges: tuple[str, str]) -> dict[str, Any]:
    names = sorted({n for edge in edges for n in edge})
    deps: dict[str, list[dict[str, str]]] = {n: [] for n in names}
    for source, target in edges:
        deps[source].append({"containerName": target, "condition": "START"})
    return fargate_doc(*(container(n, dependsOn=deps[n]) for n in names))


def test_depends_on_cycle_of_two() -> None:
    found = one(
        _chain(("a", "b"), ("b", "a")),
        "depends-on-cycle",
        "/containerDefinitions/0/dependsOn/0/containerName",
    )
    assert found.params["cycle"] == "a → b → a"


def test_depends_on_cycle_of_three_reported_once() -> None:
    doc = _chain(("a", "x"), ("a", "b"), ("b", "c"), ("c", "a"))
    found = one(doc, "depends-on-cycle", "/containerDefinitions/0/dependsOn/1/containerName")
    assert found.params["cycle"] == "a → b → c → a"


def test_depends_on_without_cycle() -> None:
    none(_chain(("a", "b"), ("b", "c"), ("a", "c")), "depends-on-cycle")
    none(_chain(("a", "a")), "depends-on-cycle")  # self-dependency has its own rule


# --- health check ----------------------------------------------------------


def health(**fields: Any) -> dict[str, Any]:
    fields.setdefault("command", ["CMD-SHELL", "curl -f http://localhost/ || exit 1"])
    return app(healthCheck=fields)


@pytest.mark.parametrize(
    ("command", "path"),
    [
        (["curl -f http://localhost/"], "/containerDefinitions/0/healthCheck/command/0"),
        (["cmd-shell", "true"], "/containerDefinitions/0/healthCheck/command/0"),
        ([], "/containerDefinitions/0/healthCheck/command"),
    ],
)
def test_health_check_command_prefix(command: list[str], path: str) -> None:
    one(health(command=command), "health-check-command-prefix", path)
    none(health(command=["CMD", "/bin/check"]), "health-check-command-prefix")
    none(health(command=["{{command}}"]), "health-check-command-prefix")


@pytest.mark.parametrize("command", [["CMD-SHELL"], ["CMD-SHELL", ""], ["CMD"]])
def test_health_check_command_empty(command: list[str]) -> None:
    path = "/containerDefinitions/0/healthCheck/command"
    one(health(command=command), "health-check-command-empty", path)
    none(health(command=["CMD-SHELL", "exit 0"]), "health-check-command-empty")


@pytest.mark.parametrize(
    ("field", "bad", "good"),
    [
        ("interval", 4, 5),
        ("interval", 301, 300),
        ("timeout", 1, 2),
        ("timeout", 61, 29),
        ("retries", 0, 1),
        ("retries", 11, 10),
        ("startPeriod", -1, 0),
        ("startPeriod", 301, 300),
    ],
)
def test_health_check_value_out_of_range(field: str, bad: int, good: int) -> None:
    path = f"/containerDefinitions/0/healthCheck/{field}"
    found = one(health(**{field: bad}), "health-check-value-out-of-range", path)
    assert found.params["value"] == bad
    none(health(**{field: good}), "health-check-value-out-of-range")


def test_health_check_timeout_not_below_interval() -> None:
    rule = "health-check-timeout-not-below-interval"
    one(
        health(interval=10, timeout=10),
        rule,
        "/containerDefinitions/0/healthCheck/timeout",
        Severity.WARNING,
    )
    # Only the interval set: compared with the default timeout of 5 s.
    one(health(interval=5), rule, "/containerDefinitions/0/healthCheck/interval", Severity.WARNING)
    none(health(interval=30, timeout=5), rule)
    none(health(), rule)


# --- restart policy and timeouts -------------------------------------------


def test_restart_policy_too_many_exit_codes() -> None:
    rule = "restart-policy-too-many-exit-codes"
    doc = app(restartPolicy={"enabled": True, "ignoredExitCodes": list(range(51))})
    one(doc, rule, "/containerDefinitions/0/restartPolicy/ignoredExitCodes")
    none(app(restartPolicy={"enabled": True, "ignoredExitCodes": list(range(50))}), rule)


@pytest.mark.parametrize(("bad", "good"), [(59, 60), (1801, 1800)])
def test_restart_policy_attempt_period_range(bad: int, good: int) -> None:
    rule = "restart-policy-attempt-period-range"
    path = "/containerDefinitions/0/restartPolicy/restartAttemptPeriod"
    one(app(restartPolicy={"enabled": True, "restartAttemptPeriod": bad}), rule, path)
    none(app(restartPolicy={"enabled": True, "restartAttemptPeriod": good}), rule)


def test_restart_policy_settings_while_disabled() -> None:
    rule = "restart-policy-settings-while-disabled"
    path = "/containerDefinitions/0/restartPolicy/restartAttemptPeriod"
    doc = app(restartPolicy={"enabled": False, "restartAttemptPeriod": 300})
    one(doc, rule, path, Severity.WARNING)
    none(app(restartPolicy={"enabled": True, "restartAttemptPeriod": 300}), rule)
    none(app(restartPolicy={"enabled": False, "ignoredExitCodes": []}), rule)


@pytest.mark.parametrize("field", ["startTimeout", "stopTimeout"])
def test_timeout_negative(field: str) -> None:
    one(app(**{field: -1}), "timeout-negative", f"/containerDefinitions/0/{field}")
    none(app(**{field: 0}), "timeout-negative")
    none(app(**{field: 30}), "timeout-negative")


# --- ulimits, credential specs, proxy --------------------------------------


def ulimit(name: str, soft: int = 1024, hard: int = 4096) -> dict[str, Any]:
    return {"name": name, "softLimit": soft, "hardLimit": hard}


def test_ulimit_duplicate() -> None:
    doc = ec2_doc(container(memory=256, ulimits=[ulimit("nofile"), ulimit("nofile")]))
    one(doc, "ulimit-duplicate", "/containerDefinitions/0/ulimits/1/name")
    fixed = ec2_doc(container(memory=256, ulimits=[ulimit("nofile"), ulimit("nproc")]))
    none(fixed, "ulimit-duplicate")


def test_ulimit_soft_above_hard() -> None:
    doc = ec2_doc(container(memory=256, ulimits=[ulimit("nofile", 5000, 4096)]))
    one(doc, "ulimit-soft-above-hard", "/containerDefinitions/0/ulimits/0/softLimit")
    fixed = ec2_doc(container(memory=256, ulimits=[ulimit("nofile", 4096, 4096)]))
    none(fixed, "ulimit-soft-above-hard")


SPEC = "credentialspec:arn:aws:s3:::bucket/gmsa.json"


def test_credential_spec_too_many() -> None:
    doc = ec2_doc(container(memory=256, credentialSpecs=[SPEC, SPEC]))
    one(doc, "credential-spec-too-many", "/containerDefinitions/0/credentialSpecs")
    none(ec2_doc(container(memory=256, credentialSpecs=[SPEC])), "credential-spec-too-many")


@pytest.mark.parametrize("spec", ["arn:aws:s3:::bucket/gmsa.json", "CredentialSpec:x", ""])
def test_credential_spec_prefix(spec: str) -> None:
    doc = ec2_doc(container(memory=256, credentialSpecs=[spec]))
    one(doc, "credential-spec-prefix", "/containerDefinitions/0/credentialSpecs/0")


@pytest.mark.parametrize(
    "spec", [SPEC, "credentialspecdomainless:arn:aws:ssm:eu-west-1:1:parameter/gmsa", "${SPEC}"]
)
def test_credential_spec_prefix_ok(spec: str) -> None:
    none(ec2_doc(container(memory=256, credentialSpecs=[spec])), "credential-spec-prefix")


def test_proxy_container_unknown() -> None:
    proxy = {"type": "APPMESH", "containerName": "envoy"}
    doc = fargate_doc(proxyConfiguration=proxy)
    one(doc, "proxy-container-unknown", "/proxyConfiguration/containerName")
    fixed = fargate_doc(container("app"), container("envoy"), proxyConfiguration=proxy)
    none(fixed, "proxy-container-unknown")


# --- environment, secrets, environment files --------------------------------


@pytest.mark.parametrize("entry", [{"value": "x"}, {"name": "", "value": "x"}])
def test_environment_name_empty(entry: dict[str, str]) -> None:
    doc = app(environment=[entry])
    one(doc, "environment-name-empty", "/containerDefinitions/0/environment/0/name")
    none(app(environment=[{"name": "MODE", "value": "x"}]), "environment-name-empty")


def test_environment_duplicate_name() -> None:
    env = [{"name": "MODE", "value": "a"}, {"name": "MODE", "value": "b"}]
    path = "/containerDefinitions/0/environment/1/name"
    one(app(environment=env), "environment-duplicate-name", path, Severity.WARNING)
    env[1]["name"] = "LEVEL"
    none(app(environment=env), "environment-duplicate-name")


SECRET_VALUES = [
    ("DB_PASSWORD", "hunter2"),
    ("api_key", "abc123"),
    ("GITHUB_TOKEN", "ghp_abcdef"),
    ("Stripe-Secret", "sk_live_x"),
    ("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
    ("SMTP_USER", "AKIAIOSFODNN7EXAMPLE"),
    ("CONFIG", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("DATABASE_URL", "postgresql://app:s3cr3t@db.example.com:5432/app"),
]


@pytest.mark.parametrize(("name", "value"), SECRET_VALUES)
def test_environment_secret_value(name: str, value: str) -> None:
    doc = app(environment=[{"name": name, "value": value}])
    path = "/containerDefinitions/0/environment/0/value"
    found = one(doc, "environment-secret-value", path, Severity.WARNING)
    # The secret itself never appears in what the user (or a CI log) sees.
    assert value not in found.message and value not in found.hint
    assert value not in json.dumps(found.as_dict()) and value not in str(found.params)
    assert "secrets" in found.hint


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DB_PASSWORD", "${DB_PASSWORD}"),
        ("DB_PASSWORD", "{{ ssm `/app/db` }}"),
        ("DB_PASSWORD", ""),
        ("TOKEN_TTL", "3600"),
        ("USE_TOKEN", "true"),
        ("DB_PASSWORD_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:1:secret:db"),
        ("JWT_SECRET", "arn:aws:ssm:eu-west-1:1:parameter/jwt"),
        ("DB_PASSWORD_FILE", "/run/secrets/db"),
        ("TOKEN_URL", "https://auth.example.com/token"),
        ("GIT_SHA", "85e8c9eea79ad269f1291d6bd0fbbd11617ea5a4"),
        ("LOG_LEVEL", "info"),
        ("DATABASE_URL", "postgresql://db.example.com:5432/app"),
    ],
)
def test_environment_plain_value_is_not_a_secret(name: str, value: str) -> None:
    none(app(environment=[{"name": name, "value": value}]), "environment-secret-value")


def test_environment_file_too_many() -> None:
    files = [{"value": f"arn:aws:s3:::bucket/{i}.env", "type": "s3"} for i in range(11)]
    one(
        app(environmentFiles=files),
        "environment-file-too-many",
        "/containerDefinitions/0/environmentFiles",
    )
    none(app(environmentFiles=files[:10]), "environment-file-too-many")


@pytest.mark.parametrize("value", ["s3://bucket/app.env", "bucket/app.env", "arn:aws:s3:::bucket"])
def test_environment_file_not_s3_arn(value: str) -> None:
    doc = app(environmentFiles=[{"value": value, "type": "s3"}])
    path = "/containerDefinitions/0/environmentFiles/0/value"
    one(doc, "environment-file-not-s3-arn", path)


@pytest.mark.parametrize(
    "value", ["arn:aws:s3:::bucket/app.env", "arn:aws-cn:s3:::b/dir/prod.env", "${ENV_FILE}"]
)
def test_environment_file_valid(value: str) -> None:
    doc = app(environmentFiles=[{"value": value, "type": "s3"}])
    none(doc, "environment-file-not-s3-arn")
    none(doc, "environment-file-extension")


def test_environment_file_extension() -> None:
    doc = app(environmentFiles=[{"value": "arn:aws:s3:::bucket/app.txt", "type": "s3"}])
    one(doc, "environment-file-extension", "/containerDefinitions/0/environmentFiles/0/value")


SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf"


@pytest.mark.parametrize("field", ["name", "valueFrom"])
def test_secret_field_empty(field: str) -> None:
    secret = {"name": "DB_PASSWORD", "valueFrom": SECRET_ARN, field: ""}
    path = f"/containerDefinitions/0/secrets/0/{field}"
    one(app(secrets=[secret]), "secret-field-empty", path)
    none(app(secrets=[{"name": "DB_PASSWORD", "valueFrom": SECRET_ARN}]), "secret-field-empty")


def test_secret_duplicate_name() -> None:
    secrets = [{"name": "DB", "valueFrom": SECRET_ARN}, {"name": "DB", "valueFrom": SECRET_ARN}]
    path = "/containerDefinitions/0/secrets/1/name"
    one(app(secrets=secrets), "secret-duplicate-name", path, Severity.WARNING)
    secrets[1]["name"] = "DB2"
    none(app(secrets=secrets), "secret-duplicate-name")


def test_secret_name_in_environment() -> None:
    secrets = [{"name": "DB", "valueFrom": SECRET_ARN}]
    doc = app(secrets=secrets, environment=[{"name": "DB", "value": "x"}])
    one(doc, "secret-name-in-environment", "/containerDefinitions/0/secrets/0/name")
    fixed = app(secrets=secrets, environment=[{"name": "MODE", "value": "x"}])
    none(fixed, "secret-name-in-environment")


# --- enums -----------------------------------------------------------------

Build = Callable[[str], dict[str, Any]]


def _efs(**config: Any) -> dict[str, Any]:
    volume = {"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-1", **config}}
    return fargate_doc(volumes=[volume])


ENUM_CASES: list[tuple[str, Build, str, str]] = [
    ("networkMode", lambda v: ec2_doc(networkMode=v), "/networkMode", "bridge"),
    (
        "requiresCompatibilities",
        lambda v: ec2_doc(requiresCompatibilities=["EC2", v]),
        "/requiresCompatibilities/1",
        "EXTERNAL",
    ),
    ("pidMode", lambda v: ec2_doc(pidMode=v), "/pidMode", "task"),
    ("ipcMode", lambda v: ec2_doc(ipcMode=v), "/ipcMode", "none"),
    (
        "operatingSystemFamily",
        lambda v: fargate_doc(runtimePlatform={"operatingSystemFamily": v}),
        "/runtimePlatform/operatingSystemFamily",
        "LINUX",
    ),
    (
        "cpuArchitecture",
        lambda v: fargate_doc(runtimePlatform={"cpuArchitecture": v}),
        "/runtimePlatform/cpuArchitecture",
        "ARM64",
    ),
    (
        "logDriver",
        lambda v: ec2_doc(container(memory=256, logConfiguration={"logDriver": v})),
        "/containerDefinitions/0/logConfiguration/logDriver",
        "json-file",
    ),
    (
        "protocol",
        lambda v: app(portMappings=[{"containerPort": 80}, {"containerPort": 53, "protocol": v}]),
        "/containerDefinitions/0/portMappings/1/protocol",
        "udp",
    ),
    (
        "appProtocol",
        lambda v: app(portMappings=[{"containerPort": 80, "name": "web", "appProtocol": v}]),
        "/containerDefinitions/0/portMappings/0/appProtocol",
        "http2",
    ),
    (
        "condition",
        lambda v: fargate_doc(
            container("app", dependsOn=[{"containerName": "db", "condition": v}]),
            container("db", essential=False),
        ),
        "/containerDefinitions/0/dependsOn/0/condition",
        "START",
    ),
    (
        "ulimit name",
        lambda v: ec2_doc(
            container(memory=256, ulimits=[{"name": v, "softLimit": 1, "hardLimit": 2}])
        ),
        "/containerDefinitions/0/ulimits/0/name",
        "nofile",
    ),
    (
        "resourceRequirements type",
        lambda v: ec2_doc(container(memory=256, resourceRequirements=[{"type": v, "value": "1"}])),
        "/containerDefinitions/0/resourceRequirements/0/type",
        "GPU",
    ),
    (
        "environmentFiles type",
        lambda v: app(environmentFiles=[{"value": "arn:aws:s3:::b/a.env", "type": v}]),
        "/containerDefinitions/0/environmentFiles/0/type",
        "s3",
    ),
    (
        "firelens type",
        lambda v: app(firelensConfiguration={"type": v}),
        "/containerDefinitions/0/firelensConfiguration/type",
        "fluentbit",
    ),
    (
        "device permissions",
        lambda v: ec2_doc(
            container(
                memory=256,
                linuxParameters={"devices": [{"hostPath": "/dev/x", "permissions": ["read", v]}]},
            )
        ),
        "/containerDefinitions/0/linuxParameters/devices/0/permissions/1",
        "mknod",
    ),
    (
        "docker volume scope",
        lambda v: ec2_doc(volumes=[{"name": "d", "dockerVolumeConfiguration": {"scope": v}}]),
        "/volumes/0/dockerVolumeConfiguration/scope",
        "shared",
    ),
    (
        "efs transitEncryption",
        lambda v: _efs(transitEncryption=v),
        "/volumes/0/efsVolumeConfiguration/transitEncryption",
        "ENABLED",
    ),
    (
        "efs iam",
        lambda v: _efs(transitEncryption="ENABLED", authorizationConfig={"iam": v}),
        "/volumes/0/efsVolumeConfiguration/authorizationConfig/iam",
        "DISABLED",
    ),
    (
        "placement constraint type",
        lambda v: ec2_doc(placementConstraints=[{"type": v, "expression": "x"}]),
        "/placementConstraints/0/type",
        "memberOf",
    ),
    (
        "proxy type",
        lambda v: fargate_doc(proxyConfiguration={"type": v, "containerName": "app"}),
        "/proxyConfiguration/type",
        "APPMESH",
    ),
    (
        "versionConsistency",
        lambda v: app(versionConsistency=v),
        "/containerDefinitions/0/versionConsistency",
        "disabled",
    ),
    (
        "isolationMode",
        lambda v: fargate_doc(trustedExecutionConfiguration={"isolationMode": v}),
        "/trustedExecutionConfiguration/isolationMode",
        "SHARED",
    ),
]
ENUM_IDS = [case[0] for case in ENUM_CASES]


@pytest.mark.parametrize(("name", "build", "path", "good"), ENUM_CASES, ids=ENUM_IDS)
@pytest.mark.parametrize("bad", ["bogus", ""])
def test_enum_invalid(name: str, build: Build, path: str, good: str, bad: str) -> None:
    found = one(build(bad), "enum-invalid", path)
    assert good in found.params["allowed"]
    assert found.params["value"] == bad


@pytest.mark.parametrize(("name", "build", "path", "good"), ENUM_CASES, ids=ENUM_IDS)
def test_enum_valid(name: str, build: Build, path: str, good: str) -> None:
    none(build(good), "enum-invalid")
    none(build("{{placeholder}}"), "enum-invalid")


def test_enum_is_case_sensitive() -> None:
    one(
        app(portMappings=[{"containerPort": 80, "protocol": "TCP"}]),
        "enum-invalid",
        "/containerDefinitions/0/portMappings/0/protocol",
    )
    one(ec2_doc(requiresCompatibilities=["fargate"]), "enum-invalid", "/requiresCompatibilities/0")


def test_enum_network_mode_default_message() -> None:
    found = one(ec2_doc(networkMode="default"), "enum-invalid", "/networkMode")
    assert "'default'" in found.message and "bridge, host, awsvpc, none" in found.message
    assert "networkMode" in found.hint


def test_enum_names_the_container() -> None:
    found = one(
        app(versionConsistency="on"), "enum-invalid", "/containerDefinitions/0/versionConsistency"
    )
    assert "containerDefinitions[app].versionConsistency" in found.message


# --- real documents ----------------------------------------------------------


def _load(path: Path) -> dict[str, Any] | None:
    """A corpus file as the importer hands it to the rules, or None if not JSON."""
    return load_path(str(path)).document


def _corpus(name: str) -> dict[str, Any]:
    path = CORPUS / name
    if not path.exists():
        pytest.skip("real corpus not available")
    doc = _load(path)
    assert doc is not None
    return doc


def test_corpus_028_network_mode_default() -> None:
    one(_corpus("028-otel-ec2-network-mode-default.json"), "enum-invalid", "/networkMode")


def test_corpus_067_empty_enums() -> None:
    found = findings(_corpus("067-ecspresso-arm64-empty-enums.json"), "enum-invalid")
    paths = {f.path for f in found}
    assert {"/ipcMode", "/pidMode", "/containerDefinitions/0/portMappings/0/appProtocol"} == paths


def test_corpus_errors_only_where_expected() -> None:
    """Our error rules fire only on corpus documents known to be wrong (SOURCES.md)."""
    if not CORPUS.is_dir():
        pytest.skip("real corpus not available")
    expected = {
        "014",  # image stand-ins with spaces and '<'
        "027",  # healthCheck command without CMD / CMD-SHELL
        "028",  # networkMode "default"
        "053",  # CLI skeleton full of empty strings
        "065",  # proxyConfiguration names a container that is not there
        "067",  # empty strings in enum fields
        "084",  # healthCheck command without CMD / CMD-SHELL
        "085",  # container without image
        "100",  # container without image
    }
    with_errors = set()
    for path in sorted(CORPUS.glob("*.json")):
        doc = _load(path)
        if doc is None:
            continue
        found = run_rules(doc)
        assert [f for f in found if f.rule == "internal-error"] == []
        if any(f.severity is Severity.ERROR for f in ours(found)):
            with_errors.add(path.name[:3])
    assert with_errors == expected
