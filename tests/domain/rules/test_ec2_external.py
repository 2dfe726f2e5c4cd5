"""Tests for wizard/domain/rules/ec2_external.py (EC2, EXTERNAL, Managed Instances) and
windows.py (Windows containers)."""

from __future__ import annotations

import copy
from functools import partial
from typing import Any

import pytest

from tests.rulekit import awslogs, container, ec2_doc, fargate_doc, findings, no
from tests.rulekit import one as _one
from wizard.domain.findings import Severity
from wizard.domain.rules import ec2_external, run_rules, windows
from wizard.domain.rules.context import RuleContext
from wizard.domain.rules.registry import CHECKS

one = partial(_one, rendered=True)

MY_PREFIXES = ("ec2-", "windows-", "external-", "managed-instances-")
WINDOWS = {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"}


def windows_ec2_doc(*containers: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """An EC2 Windows definition: network mode omitted (Docker nat), runtimePlatform Windows."""
    doc = ec2_doc(*containers, **{"runtimePlatform": WINDOWS, **fields})
    if "networkMode" not in fields:
        del doc["networkMode"]
    return doc


def mi_doc(*containers: dict[str, Any], **fields: Any) -> dict[str, Any]:
    fields = {"requiresCompatibilities": ["MANAGED_INSTANCES"], "networkMode": "awsvpc", **fields}
    return ec2_doc(*containers, **fields)


def external_doc(*containers: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return ec2_doc(*containers, **{"requiresCompatibilities": ["EXTERNAL"], **fields})


# --- baselines and robustness -------------------------------------------------


@pytest.mark.parametrize(
    "doc",
    [fargate_doc(), ec2_doc(), windows_ec2_doc(), mi_doc(), external_doc()],
    ids=["fargate", "ec2", "windows-ec2", "managed-instances", "external"],
)
def test_clean_baselines_have_no_findings_from_these_rules(doc: dict[str, Any]) -> None:
    mine = [f for f in run_rules(doc) if f.rule.startswith(MY_PREFIXES)]
    # windows_ec2_doc sets runtimePlatform on an EC2-only task: that one note is expected.
    assert [f.rule for f in mine] in ([], ["ec2-runtime-platform"])


JUNK_CONTAINERS = [
    1,
    "x",
    None,
    {"name": 5, "portMappings": "no", "logConfiguration": []},
    {
        "name": "j",
        "logConfiguration": {"logDriver": ["gelf"]},
        "dockerSecurityOptions": [1, None, "label:x"],
        "linuxParameters": "lp",
        "user": 5,
        "links": "db",
    },
]


@pytest.mark.parametrize(
    "runtime_platform",
    ["x", None, {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": []}],
)
@pytest.mark.parametrize("network_mode", [5, {}, ["awsvpc"], None, "bogus"])
def test_checks_do_not_raise_on_junk(runtime_platform: Any, network_mode: Any) -> None:
    doc: dict[str, Any] = {
        "requiresCompatibilities": ["EC2", "EXTERNAL", "MANAGED_INSTANCES", {}],
        "containerDefinitions": JUNK_CONTAINERS,
        "runtimePlatform": runtime_platform,
        "cpu": [],
        "memory": {},
        "networkMode": network_mode,
        "ipcMode": {},
        "pidMode": [],
        "placementConstraints": ["p", {"type": {}}, {"type": "memberOf", "expression": 3}],
        "volumes": [
            None,
            {"dockerVolumeConfiguration": "d"},
            {"name": [], "dockerVolumeConfiguration": {}},
        ],
        "trustedExecutionConfiguration": {"isolationMode": ["CONFIDENTIAL_SANDBOX"]},
        "enableFaultInjection": True,
        "proxyConfiguration": "p",
    }
    ctx = RuleContext(doc)
    modules = {ec2_external.__name__, windows.__name__}
    mine = [fn for fn in CHECKS if fn.__module__ in modules]
    assert {fn.__module__ for fn in mine} == modules
    for fn in mine:
        list(fn(ctx))  # must not raise
    assert not [f for f in run_rules(doc) if f.rule == "internal-error"]


# --- EC2 ------------------------------------------------------------------------


@pytest.mark.parametrize("expression", [None, "", "  "])
def test_member_of_needs_an_expression(expression: str | None) -> None:
    constraint: dict[str, Any] = {"type": "memberOf"}
    if expression is not None:
        constraint["expression"] = expression
    doc = ec2_doc(placementConstraints=[constraint])
    one(
        doc,
        "ec2-placement-constraint-expression",
        "/placementConstraints/0/expression",
        Severity.ERROR,
    )


def test_member_of_with_expression_passes() -> None:
    constraint = {"type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*"}
    no(ec2_doc(placementConstraints=[constraint]), "ec2-placement-constraint-expression")
    # On Fargate the list itself is the error (fargate-placement-constraints).
    no(
        fargate_doc(placementConstraints=[{"type": "memberOf"}]),
        "ec2-placement-constraint-expression",
    )


@pytest.mark.parametrize(
    ("option", "variable"),
    [
        ("label:type:container_t", "ECS_SELINUX_CAPABLE"),
        ("apparmor:docker-default", "ECS_APPARMOR_CAPABLE"),
    ],
)
def test_docker_security_option_agent_note(option: str, variable: str) -> None:
    doc = ec2_doc(container(memory=256, dockerSecurityOptions=["no-new-privileges", option]))
    f = one(
        doc,
        "ec2-docker-security-option-agent",
        "/containerDefinitions/0/dockerSecurityOptions/1",
        Severity.INFO,
    )
    assert f.params["variable"] == variable
    fine = ec2_doc(container(memory=256, dockerSecurityOptions=["no-new-privileges"]))
    no(fine, "ec2-docker-security-option-agent")


def test_docker_security_option_note_not_on_fargate() -> None:
    doc = fargate_doc(container(logConfiguration=awslogs(), dockerSecurityOptions=["label:x"]))
    no(doc, "ec2-docker-security-option-agent")


def test_runtime_platform_on_ec2_only_is_a_note() -> None:
    platform = {"operatingSystemFamily": "LINUX", "cpuArchitecture": "ARM64"}
    one(
        ec2_doc(runtimePlatform=platform), "ec2-runtime-platform", "/runtimePlatform", Severity.INFO
    )
    one(
        external_doc(runtimePlatform=platform),
        "ec2-runtime-platform",
        "/runtimePlatform",
        Severity.INFO,
    )
    no(ec2_doc(), "ec2-runtime-platform")
    no(fargate_doc(runtimePlatform=platform), "ec2-runtime-platform")
    both = ec2_doc(runtimePlatform=platform, requiresCompatibilities=["EC2", "MANAGED_INSTANCES"])
    no(both, "ec2-runtime-platform")


@pytest.mark.parametrize("mode", ["bridge", "none", None])
def test_fault_injection_needs_awsvpc_or_host(mode: str | None) -> None:
    doc = ec2_doc(enableFaultInjection=True)
    if mode is None:
        del doc["networkMode"]
    else:
        doc["networkMode"] = mode
    f = one(doc, "ec2-fault-injection-network-mode", "/enableFaultInjection", Severity.ERROR)
    assert f.params["mode"] == (mode or "bridge")


@pytest.mark.parametrize("mode", ["awsvpc", "host", "bogus"])
def test_fault_injection_with_awsvpc_or_host_passes(mode: str) -> None:
    no(ec2_doc(enableFaultInjection=True, networkMode=mode), "ec2-fault-injection-network-mode")
    no(ec2_doc(enableFaultInjection=False), "ec2-fault-injection-network-mode")
    no(fargate_doc(enableFaultInjection=True), "ec2-fault-injection-network-mode")


# --- Windows --------------------------------------------------------------------

WINDOWS_CONTAINER_FIELDS = [
    ("disableNetworking", True, False),
    ("dnsServers", ["10.0.0.2"], []),
    ("dnsSearchDomains", ["corp"], []),
    ("extraHosts", [{"hostname": "db", "ipAddress": "10.0.0.5"}], []),
    ("linuxParameters", {"initProcessEnabled": True}, {}),
    ("privileged", True, False),
    ("readonlyRootFilesystem", True, False),
    ("user", "ContainerUser", ""),
    ("ulimits", [{"name": "nofile", "softLimit": 1024, "hardLimit": 4096}], []),
    ("environmentFiles", [{"value": "arn:aws:s3:::b/app.env", "type": "s3"}], []),
    ("systemControls", [{"namespace": "net.core.somaxconn", "value": "1024"}], []),
]


@pytest.mark.parametrize(("field", "bad", "harmless"), WINDOWS_CONTAINER_FIELDS)
def test_windows_unsupported_container_parameter(field: str, bad: Any, harmless: Any) -> None:
    doc = windows_ec2_doc(container(memory=256, **{field: bad}))
    f = one(
        doc, "windows-unsupported-parameter", f"/containerDefinitions/0/{field}", Severity.WARNING
    )
    assert f.params == {"container": "app", "parameter": field}
    no(windows_ec2_doc(container(memory=256, **{field: harmless})), "windows-unsupported-parameter")
    no(ec2_doc(container(memory=256, **{field: bad})), "windows-unsupported-parameter")


def test_windows_links_reported_by_network_rules_outside_bridge() -> None:
    web, db = container("web", memory=256, links=["db"]), container("db", memory=256)
    # Explicit bridge: only this rule speaks (windows-network-mode also fires).
    doc = windows_ec2_doc(web, db, networkMode="bridge")
    one(doc, "windows-unsupported-parameter", "/containerDefinitions/0/links", Severity.WARNING)
    # Default (nat) mode: network.py's links-network-mode error covers it.
    no(windows_ec2_doc(web, db), "windows-unsupported-parameter")


def test_windows_extra_hosts_under_awsvpc_left_to_network_rules() -> None:
    hosts = [{"hostname": "db", "ipAddress": "10.0.0.5"}]
    doc = windows_ec2_doc(container(memory=256, extraHosts=hosts), networkMode="awsvpc")
    no(doc, "windows-unsupported-parameter")


def test_windows_fargate_leaves_fargate_errors_alone() -> None:
    doc = fargate_doc(
        container(logConfiguration=awslogs(), privileged=True, user="ContainerUser"),
        cpu="1024",
        memory="2048",
        runtimePlatform=WINDOWS,
        ipcMode="host",
    )
    found = findings(doc, "windows-unsupported-parameter")
    assert [f.path for f in found] == ["/containerDefinitions/0/user"]
    no(doc, "windows-unsupported-task-parameter")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("proxyConfiguration", {"type": "APPMESH", "containerName": "envoy"}),
        ("ipcMode", "task"),
        ("pidMode", "host"),
    ],
)
def test_windows_unsupported_task_parameter(field: str, value: Any) -> None:
    doc = windows_ec2_doc(**{field: value})
    f = one(doc, "windows-unsupported-task-parameter", f"/{field}", Severity.WARNING)
    assert f.params["parameter"] == field
    no(windows_ec2_doc(), "windows-unsupported-task-parameter")
    no(ec2_doc(**{field: value}), "windows-unsupported-task-parameter")


@pytest.mark.parametrize("mode", ["bridge", "host", "none"])
def test_windows_network_mode(mode: str) -> None:
    doc = windows_ec2_doc(networkMode=mode)
    f = one(doc, "windows-network-mode", "/networkMode", Severity.ERROR)
    assert f.params["mode"] == mode


@pytest.mark.parametrize("mode", ["awsvpc", None, "bogus"])
def test_windows_network_mode_default_or_awsvpc_passes(mode: str | None) -> None:
    doc = windows_ec2_doc() if mode is None else windows_ec2_doc(networkMode=mode)
    no(doc, "windows-network-mode")
    no(ec2_doc(networkMode="bridge"), "windows-network-mode")


@pytest.mark.parametrize("builder", ["ec2", "fargate"])
def test_windows_needs_x86_64(builder: str) -> None:
    platform = {**WINDOWS, "cpuArchitecture": "ARM64"}
    if builder == "ec2":
        doc = windows_ec2_doc(runtimePlatform=platform)
    else:
        doc = fargate_doc(cpu="1024", memory="2048", runtimePlatform=platform)
    f = one(doc, "windows-cpu-architecture", "/runtimePlatform/cpuArchitecture", Severity.ERROR)
    assert f.params["os_family"] == "WINDOWS_SERVER_2022_CORE"
    doc["runtimePlatform"]["cpuArchitecture"] = "X86_64"
    no(doc, "windows-cpu-architecture")
    linux_arm = {"operatingSystemFamily": "LINUX", "cpuArchitecture": "ARM64"}
    no(fargate_doc(runtimePlatform=linux_arm), "windows-cpu-architecture")


# --- EXTERNAL -------------------------------------------------------------------


def test_external_rejects_awsvpc() -> None:
    one(external_doc(networkMode="awsvpc"), "external-network-mode", "/networkMode", Severity.ERROR)
    for mode in ("bridge", "host", "none"):
        no(external_doc(networkMode=mode), "external-network-mode")
    no(ec2_doc(networkMode="awsvpc"), "external-network-mode")


# --- Managed Instances ----------------------------------------------------------


def test_managed_instances_network_mode() -> None:
    f = one(mi_doc(networkMode="bridge"), "managed-instances-network-mode", "/networkMode")
    assert f.severity is Severity.ERROR and f.params["mode"] == "bridge"


# The API reference (ManagedInstancesNetworkConfiguration) lists awsvpc, host and
# none; omitted, Managed Instances use awsvpc (not bridge, as EC2 does).
@pytest.mark.parametrize("mode", ["awsvpc", "host", "none", None, "bogus"])
def test_managed_instances_network_mode_passes(mode: str | None) -> None:
    doc = mi_doc(networkMode=mode)
    if mode is None:
        del doc["networkMode"]
    no(doc, "managed-instances-network-mode")
    no(ec2_doc(networkMode="bridge"), "managed-instances-network-mode")


def test_omitted_network_mode_on_managed_instances_is_awsvpc() -> None:
    mapping = {"containerPort": 80, "hostPort": 8080}
    doc = mi_doc(container(memory=256, portMappings=[mapping]))
    del doc["networkMode"]
    one(doc, "port-host-mismatch", "/containerDefinitions/0/portMappings/0/hostPort")


MI_TASK_CASES = [
    ("managed-instances-ipc-mode", {"ipcMode": "host"}, "/ipcMode"),
    (
        "managed-instances-proxy-configuration",
        {"proxyConfiguration": {"type": "APPMESH", "containerName": "envoy"}},
        "/proxyConfiguration",
    ),
    (
        "managed-instances-os-family",
        {"runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"}},
        "/runtimePlatform/operatingSystemFamily",
    ),
    (
        "managed-instances-docker-volume",
        {"volumes": [{"name": "data", "dockerVolumeConfiguration": {"scope": "task"}}]},
        "/volumes/0/dockerVolumeConfiguration",
    ),
]


@pytest.mark.parametrize(("rule", "fields", "path"), MI_TASK_CASES)
def test_managed_instances_unsupported(rule: str, fields: dict[str, Any], path: str) -> None:
    one(mi_doc(**fields), rule, path, Severity.ERROR)
    no(mi_doc(), rule)
    no(ec2_doc(**copy.deepcopy(fields)), rule)


def test_managed_instances_linux_os_family_passes() -> None:
    doc = mi_doc(runtimePlatform={"operatingSystemFamily": "LINUX", "cpuArchitecture": "ARM64"})
    no(doc, "managed-instances-os-family")


@pytest.mark.parametrize("driver", ["gelf", "fluentd", "syslog", "journald"])
def test_managed_instances_log_driver(driver: str) -> None:
    doc = mi_doc(container(memory=256, logConfiguration={"logDriver": driver}))
    f = one(
        doc,
        "managed-instances-log-driver",
        "/containerDefinitions/0/logConfiguration/logDriver",
        Severity.ERROR,
    )
    assert f.params["driver"] == driver
    no(
        ec2_doc(container(memory=256, logConfiguration={"logDriver": driver})),
        "managed-instances-log-driver",
    )


@pytest.mark.parametrize("driver", ["awslogs", "splunk", "json-file", "bogus"])
def test_managed_instances_log_driver_passes(driver: str) -> None:
    log: dict[str, Any] = awslogs() if driver == "awslogs" else {"logDriver": driver}
    no(mi_doc(container(memory=256, logConfiguration=log)), "managed-instances-log-driver")


TRUSTED = {"isolationMode": "ISOLATED_SANDBOX"}


@pytest.mark.parametrize(
    ("compatibilities", "launch_type"),
    [(["EC2"], "EC2"), (None, "EC2"), (["MANAGED_INSTANCES", "FARGATE"], "FARGATE")],
)
def test_trusted_execution_only_on_managed_instances(
    compatibilities: list[str] | None, launch_type: str
) -> None:
    doc = ec2_doc(trustedExecutionConfiguration=TRUSTED)
    if compatibilities is None:
        del doc["requiresCompatibilities"]
    else:
        doc["requiresCompatibilities"] = compatibilities
    f = one(
        doc, "managed-instances-trusted-execution", "/trustedExecutionConfiguration", Severity.ERROR
    )
    assert f.params["launch_type"] == launch_type
    no(mi_doc(trustedExecutionConfiguration=TRUSTED), "managed-instances-trusted-execution")


def test_confidential_sandbox_needs_attestation_policy() -> None:
    config = {"isolationMode": "CONFIDENTIAL_SANDBOX"}
    doc = mi_doc(trustedExecutionConfiguration=config)
    one(
        doc,
        "managed-instances-attestation-policy",
        "/trustedExecutionConfiguration/attestationPolicy",
        Severity.ERROR,
    )
    config = {**config, "attestationPolicy": "arn:aws:ecs:eu-west-1:123456789012:policy/p"}
    no(mi_doc(trustedExecutionConfiguration=config), "managed-instances-attestation-policy")
    no(mi_doc(trustedExecutionConfiguration=TRUSTED), "managed-instances-attestation-policy")


def test_multiple_compatibilities_must_satisfy_each() -> None:
    # EXTERNAL + MANAGED_INSTANCES with awsvpc: fine for MI, wrong for EXTERNAL.
    doc = mi_doc(requiresCompatibilities=["EXTERNAL", "MANAGED_INSTANCES"])
    one(doc, "external-network-mode", "/networkMode", Severity.ERROR)
    no(doc, "managed-instances-network-mode")
    # ... and with bridge: fine for EXTERNAL, wrong for MI.
    doc["networkMode"] = "bridge"
    no(doc, "external-network-mode")
    one(doc, "managed-instances-network-mode", "/networkMode", Severity.ERROR)
