"""Tests for the Fargate rules (wizard/domain/rules/fargate.py, fargate_platform.py),
the execution role (execution_role.py) and awslogs / FireLens (logging.py)."""

from __future__ import annotations

import copy
from functools import partial
from typing import Any

import pytest

from tests.rulekit import awslogs, container, ec2_doc, fargate_doc, findings, no
from tests.rulekit import one as _one
from wizard.domain.findings import Severity
from wizard.domain.rules import execution_role, fargate, fargate_platform, logging, run_rules
from wizard.domain.rules.context import RuleContext
from wizard.domain.rules.execution_role import execution_role_reasons, is_private_ecr_image
from wizard.domain.rules.registry import CHECKS

one = partial(_one, rendered=True)

MY_PREFIXES = ("fargate-", "execution-role-", "awslogs-", "firelens-")
MY_MODULES = {m.__name__ for m in (fargate, fargate_platform, logging, execution_role)}
ECR_IMAGE = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.0"
WINDOWS = {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"}


def windowsfargate_doc(*containers: dict[str, Any], **fields: Any) -> dict[str, Any]:
    fields = {"cpu": "1024", "memory": "2048", "runtimePlatform": WINDOWS, **fields}
    return fargate_doc(*containers, **fields)


def without(doc: dict[str, Any], key: str) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    doc.pop(key, None)
    return doc


# --- baselines and robustness -------------------------------------------------


def test_clean_baselines_have_no_findings_from_these_rules() -> None:
    book = fargate_doc(
        container("wordpress", image="wordpress", memoryReservation=128, cpu=10),
        container("mysql", image="mysql", memoryReservation=128, cpu=10),
    )
    for doc in (fargate_doc(), ec2_doc(), book, without(book, "executionRoleArn")):
        mine = [f for f in run_rules(doc) if f.rule.startswith(MY_PREFIXES)]
        assert mine == []


JUNK_CONTAINERS = [
    1,
    "x",
    None,
    {"name": 5, "portMappings": "no", "logConfiguration": []},
    {
        "name": "j",
        "logConfiguration": {"logDriver": "awslogs", "options": ["x"], "secretOptions": "s"},
        "linuxParameters": {"capabilities": {"add": [1, None, "NET_ADMIN"]}, "devices": "d"},
        "portMappings": [1, {"containerPort": "3150", "containerPortRange": "a-b"}],
        "systemControls": [1, {"namespace": 3}],
        "firelensConfiguration": {"options": "o"},
        "restartPolicy": [],
        "secrets": {},
        "image": 7,
        "stopTimeout": True,
        "startTimeout": "9",
    },
]


@pytest.mark.parametrize(
    "runtime_platform", ["x", None, {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"}]
)
def test_checks_do_not_raise_on_junk(runtime_platform: Any) -> None:
    doc: dict[str, Any] = {
        "requiresCompatibilities": ["FARGATE", "EXTERNAL", 3],
        "containerDefinitions": JUNK_CONTAINERS,
        "runtimePlatform": runtime_platform,
        "cpu": [],
        "memory": {},
        "networkMode": 5,
        "pidMode": ["task"],
        "ipcMode": {},
        "placementConstraints": "p",
        "volumes": [
            None,
            {"efsVolumeConfiguration": "e"},
            {"name": 1, "efsVolumeConfiguration": {}},
        ],
        "executionRoleArn": None,
    }
    ctx = RuleContext(doc)
    mine = [fn for fn in CHECKS if fn.__module__ in MY_MODULES]
    assert {fn.__module__ for fn in mine} == MY_MODULES
    assert mine
    for fn in mine:
        list(fn(ctx))  # must not raise
    assert not [f for f in run_rules(doc) if f.rule == "internal-error"]
    assert isinstance(execution_role_reasons(doc), list)
    assert execution_role_reasons("not a dict") == []


# --- network mode ---------------------------------------------------------------


@pytest.mark.parametrize("mode", ["bridge", "host", "none"])
def test_network_mode_must_be_awsvpc(mode: str) -> None:
    f = one(fargate_doc(networkMode=mode), "fargate-network-mode", "/networkMode", Severity.ERROR)
    assert f.params["mode"] == mode


def test_network_mode_omitted_on_fargate() -> None:
    doc = without(fargate_doc(), "networkMode")
    f = one(doc, "fargate-network-mode", "/networkMode", Severity.ERROR)
    assert f.params["mode"] == "bridge"


@pytest.mark.parametrize("mode", ["awsvpc", "bogus", "${NETWORK_MODE}"])
def test_network_mode_awsvpc_or_not_an_enum_value_passes(mode: str) -> None:
    no(fargate_doc(networkMode=mode), "fargate-network-mode")


def test_network_mode_not_checked_for_ec2() -> None:
    no(ec2_doc(networkMode="bridge"), "fargate-network-mode")


def test_forced_launch_type_applies_fargate_rules() -> None:
    one(ec2_doc(), "fargate-network-mode", "/networkMode", Severity.ERROR, ("FARGATE",))


# --- parameters not valid on Fargate --------------------------------------------

UNSUPPORTED = [
    ({"disableNetworking": True}, "/containerDefinitions/0/disableNetworking"),
    ({"dnsSearchDomains": ["corp"]}, "/containerDefinitions/0/dnsSearchDomains"),
    ({"dnsServers": ["10.0.0.2"]}, "/containerDefinitions/0/dnsServers"),
    (
        {"dockerSecurityOptions": ["no-new-privileges"]},
        "/containerDefinitions/0/dockerSecurityOptions",
    ),
    ({"privileged": True}, "/containerDefinitions/0/privileged"),
    ({"linuxParameters": {"maxSwap": 512}}, "/containerDefinitions/0/linuxParameters/maxSwap"),
    ({"linuxParameters": {"swappiness": 10}}, "/containerDefinitions/0/linuxParameters/swappiness"),
    (
        {"linuxParameters": {"sharedMemorySize": 64}},
        "/containerDefinitions/0/linuxParameters/sharedMemorySize",
    ),
    (
        {"linuxParameters": {"devices": [{"hostPath": "/dev/fuse"}]}},
        "/containerDefinitions/0/linuxParameters/devices",
    ),
    (
        {"linuxParameters": {"tmpfs": [{"containerPath": "/tmp", "size": 64}]}},
        "/containerDefinitions/0/linuxParameters/tmpfs",
    ),
]
HARMLESS = [
    {"disableNetworking": False},
    {"dnsSearchDomains": []},
    {"dnsServers": []},
    {"dockerSecurityOptions": []},
    {"privileged": False},
    {"linuxParameters": {"initProcessEnabled": True, "devices": [], "tmpfs": []}},
]


@pytest.mark.parametrize(("fields", "path"), UNSUPPORTED)
def test_parameter_not_valid_on_fargate(fields: dict[str, Any], path: str) -> None:
    doc = fargate_doc(container(logConfiguration=awslogs(), **fields))
    f = one(doc, "fargate-unsupported-parameter", path, Severity.ERROR)
    assert f.params["container"] == "app"


@pytest.mark.parametrize("fields", HARMLESS)
def test_harmless_values_are_not_reported(fields: dict[str, Any]) -> None:
    no(
        fargate_doc(container(logConfiguration=awslogs(), **fields)),
        "fargate-unsupported-parameter",
    )


@pytest.mark.parametrize(("fields", "path"), UNSUPPORTED)
def test_parameters_are_fine_on_ec2(fields: dict[str, Any], path: str) -> None:
    no(ec2_doc(container(memory=256, **fields)), "fargate-unsupported-parameter")


def test_capability_add_other_than_sys_ptrace() -> None:
    linux = {"capabilities": {"add": ["SYS_PTRACE", "NET_ADMIN"], "drop": ["ALL"]}}
    doc = fargate_doc(container(logConfiguration=awslogs(), linuxParameters=linux))
    f = one(
        doc,
        "fargate-capability-add",
        "/containerDefinitions/0/linuxParameters/capabilities/add/1",
        Severity.ERROR,
    )
    assert f.params["capability"] == "NET_ADMIN"
    linux["capabilities"]["add"] = ["SYS_PTRACE", "CAP_SYS_PTRACE", "${CAP}"]
    no(
        fargate_doc(container(logConfiguration=awslogs(), linuxParameters=linux)),
        "fargate-capability-add",
    )


def test_placement_constraints_on_fargate() -> None:
    constraints = [{"type": "memberOf", "expression": "attribute:ecs.os-type == linux"}]
    doc = fargate_doc(placementConstraints=constraints)
    one(doc, "fargate-placement-constraints", "/placementConstraints", Severity.ERROR)
    no(fargate_doc(placementConstraints=[]), "fargate-placement-constraints")
    no(ec2_doc(placementConstraints=constraints), "fargate-placement-constraints")


def test_empty_placement_constraints_on_fargate_are_only_mentioned() -> None:
    one(
        fargate_doc(placementConstraints=[]),
        "fargate-empty-placement-constraints",
        "/placementConstraints",
        Severity.INFO,
    )
    no(fargate_doc(), "fargate-empty-placement-constraints")
    no(ec2_doc(placementConstraints=[]), "fargate-empty-placement-constraints")
    constraints = [{"type": "memberOf", "expression": "attribute:ecs.os-type == linux"}]
    no(fargate_doc(placementConstraints=constraints), "fargate-empty-placement-constraints")


@pytest.mark.parametrize("mode", ["host", "task", "none"])
def test_ipc_mode_on_fargate(mode: str) -> None:
    one(fargate_doc(ipcMode=mode), "fargate-ipc-mode", "/ipcMode", Severity.ERROR)
    no(fargate_doc(), "fargate-ipc-mode")
    no(ec2_doc(ipcMode=mode), "fargate-ipc-mode")


def test_pid_mode_only_task_on_linux_fargate() -> None:
    one(fargate_doc(pidMode="host"), "fargate-pid-mode", "/pidMode", Severity.ERROR)
    no(fargate_doc(pidMode="task"), "fargate-pid-mode")
    no(ec2_doc(pidMode="host"), "fargate-pid-mode")


@pytest.mark.parametrize("mode", ["task", "host"])
def test_pid_mode_not_on_windows_fargate(mode: str) -> None:
    one(windowsfargate_doc(pidMode=mode), "fargate-windows-pid-mode", "/pidMode", Severity.ERROR)
    no(windowsfargate_doc(pidMode=mode), "fargate-pid-mode")
    no(windowsfargate_doc(), "fargate-windows-pid-mode")
    no(fargate_doc(pidMode="task"), "fargate-windows-pid-mode")


@pytest.mark.parametrize(("value", "bad"), [(121, True), (300, True), (120, False), (30, False)])
def test_stop_timeout_on_fargate(value: int, bad: bool) -> None:
    doc = fargate_doc(container(logConfiguration=awslogs(), stopTimeout=value))
    if bad:
        one(doc, "fargate-stop-timeout", "/containerDefinitions/0/stopTimeout", Severity.ERROR)
    else:
        no(doc, "fargate-stop-timeout")
    no(ec2_doc(container(memory=256, stopTimeout=value)), "fargate-stop-timeout")


@pytest.mark.parametrize(("value", "bad"), [(1, True), (121, True), (2, False), (120, False)])
def test_start_timeout_on_fargate(value: int, bad: bool) -> None:
    doc = fargate_doc(container(logConfiguration=awslogs(), startTimeout=value))
    if bad:
        one(doc, "fargate-start-timeout", "/containerDefinitions/0/startTimeout", Severity.ERROR)
    else:
        no(doc, "fargate-start-timeout")
    no(ec2_doc(container(memory=256, startTimeout=value)), "fargate-start-timeout")


# --- log drivers ------------------------------------------------------------------


@pytest.mark.parametrize("driver", ["json-file", "syslog", "journald", "gelf", "fluentd"])
def test_log_driver_not_supported_on_fargate(driver: str) -> None:
    doc = fargate_doc(container(logConfiguration={"logDriver": driver}))
    f = one(
        doc,
        "fargate-log-driver",
        "/containerDefinitions/0/logConfiguration/logDriver",
        Severity.ERROR,
    )
    assert f.params["driver"] == driver


@pytest.mark.parametrize("driver", ["awslogs", "splunk", "not-a-driver"])
def test_fargate_log_drivers_pass(driver: str) -> None:
    no(fargate_doc(container(logConfiguration={"logDriver": driver})), "fargate-log-driver")


def test_log_driver_json_file_fine_on_ec2() -> None:
    no(
        ec2_doc(container(memory=256, logConfiguration={"logDriver": "json-file"})),
        "fargate-log-driver",
    )


# --- awslogs options ---------------------------------------------------------------

OPTIONS = "/containerDefinitions/0/logConfiguration/options"


@pytest.mark.parametrize("option", ["awslogs-group", "awslogs-region"])
@pytest.mark.parametrize("builder", [fargate_doc, ec2_doc])
def test_awslogs_required_options(option: str, builder: Any) -> None:
    log = awslogs()
    del log["options"][option]
    doc = builder(container(memory=256, logConfiguration=log))
    f = one(doc, "awslogs-missing-option", f"{OPTIONS}/{option}", Severity.ERROR)
    assert f.params["option"] == option
    log["options"][option] = "  "
    one(builder(container(memory=256, logConfiguration=log)), "awslogs-missing-option",
        f"{OPTIONS}/{option}", Severity.ERROR)  # fmt: skip
    no(builder(container(memory=256, logConfiguration=awslogs())), "awslogs-missing-option")


def test_awslogs_without_options_reports_both() -> None:
    doc = fargate_doc(container(logConfiguration={"logDriver": "awslogs"}))
    paths = [f.path for f in findings(doc, "awslogs-missing-option")]
    assert paths == [f"{OPTIONS}/awslogs-group", f"{OPTIONS}/awslogs-region"]


def test_awslogs_stream_prefix_required_on_fargate_only() -> None:
    doc = fargate_doc(container(logConfiguration=awslogs(prefix=None)))
    one(doc, "awslogs-missing-stream-prefix", f"{OPTIONS}/awslogs-stream-prefix", Severity.ERROR)
    no(fargate_doc(), "awslogs-missing-stream-prefix")
    no(
        ec2_doc(container(memory=256, logConfiguration=awslogs(prefix=None))),
        "awslogs-missing-stream-prefix",
    )


def test_awslogs_unknown_option() -> None:
    log = awslogs()
    log["options"]["awslogs-grup"] = "x"
    doc = fargate_doc(container(logConfiguration=log))
    f = one(doc, "awslogs-unknown-option", f"{OPTIONS}/awslogs-grup", Severity.WARNING)
    assert f.params["option"] == "awslogs-grup"
    log["options"] = {**awslogs()["options"], "mode": "non-blocking", "max-buffer-size": "25m"}
    no(fargate_doc(container(logConfiguration=log)), "awslogs-unknown-option")


def test_awslogs_datetime_format_and_multiline_pattern_conflict() -> None:
    log = awslogs()
    log["options"].update(
        {"awslogs-datetime-format": "%Y-%m-%d", "awslogs-multiline-pattern": "^I"}
    )
    doc = fargate_doc(container(logConfiguration=log))
    one(
        doc,
        "awslogs-datetime-multiline-conflict",
        f"{OPTIONS}/awslogs-multiline-pattern",
        Severity.ERROR,
    )
    del log["options"]["awslogs-multiline-pattern"]
    no(fargate_doc(container(logConfiguration=log)), "awslogs-datetime-multiline-conflict")


@pytest.mark.parametrize("value", ["true", "True", "1"])
def test_awslogs_create_group_needs_permission(value: str) -> None:
    log = awslogs()
    log["options"]["awslogs-create-group"] = value
    doc = fargate_doc(container(logConfiguration=log))
    one(doc, "awslogs-create-group-permission", f"{OPTIONS}/awslogs-create-group", Severity.WARNING)
    log["options"]["awslogs-create-group"] = "false"
    no(fargate_doc(container(logConfiguration=log)), "awslogs-create-group-permission")


def test_awslogs_rules_ignore_other_drivers() -> None:
    doc = fargate_doc(container(logConfiguration={"logDriver": "splunk", "options": {"x": "y"}}))
    for rule in (
        "awslogs-missing-option",
        "awslogs-unknown-option",
        "awslogs-missing-stream-prefix",
    ):
        no(doc, rule)


# --- FireLens ----------------------------------------------------------------------


def router(name: str = "log_router", **options: str) -> dict[str, Any]:
    config: dict[str, Any] = {"type": "fluentbit"}
    if options:
        config["options"] = options
    return container(
        name,
        image="public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
        logConfiguration=awslogs(),
        firelensConfiguration=config,
    )


FIRELENS_APP = container(
    logConfiguration={"logDriver": "awsfirelens", "options": {"Name": "cloudwatch"}}
)


def test_firelens_config_from_s3_on_fargate() -> None:
    doc = fargate_doc(
        router(**{"config-file-type": "s3", "config-file-value": "arn:aws:s3:::b/f.conf"})
    )
    one(
        doc,
        "firelens-config-file-type-s3",
        "/containerDefinitions/0/firelensConfiguration/options/config-file-type",
        Severity.ERROR,
    )
    no(fargate_doc(router(**{"config-file-type": "file", "config-file-value": "/f.conf"})),
       "firelens-config-file-type-s3")  # fmt: skip
    ec2 = ec2_doc(router(**{"config-file-type": "s3"}))
    no(ec2, "firelens-config-file-type-s3")


def test_only_one_firelens_router() -> None:
    doc = fargate_doc(router("r1"), router("r2"), FIRELENS_APP)
    f = one(
        doc,
        "firelens-multiple-routers",
        "/containerDefinitions/1/firelensConfiguration",
        Severity.ERROR,
    )
    assert (f.params["container"], f.params["first"]) == ("r2", "r1")
    no(fargate_doc(router("r1"), FIRELENS_APP), "firelens-multiple-routers")


def test_awsfirelens_driver_needs_a_router() -> None:
    doc = fargate_doc(FIRELENS_APP)
    one(
        doc,
        "firelens-router-missing",
        "/containerDefinitions/0/logConfiguration/logDriver",
        Severity.ERROR,
    )
    no(fargate_doc(FIRELENS_APP, router()), "firelens-router-missing")


# --- systemControls ----------------------------------------------------------------


def sysctl(value: str) -> list[dict[str, str]]:
    return [{"namespace": "net.core.somaxconn", "value": value}]


def test_system_controls_conflict_between_containers() -> None:
    doc = fargate_doc(
        container("a", logConfiguration=awslogs(), systemControls=sysctl("1024")),
        container("b", logConfiguration=awslogs(), systemControls=sysctl("4096")),
    )
    f = one(
        doc,
        "fargate-system-controls-conflict",
        "/containerDefinitions/1/systemControls/0/value",
        Severity.WARNING,
    )
    assert (f.params["other"], f.params["other_value"], f.params["value"]) == ("a", "1024", "4096")
    no(doc, "fargate-system-controls-task-wide")
    same = fargate_doc(
        container("a", logConfiguration=awslogs(), systemControls=sysctl("1024")),
        container("b", logConfiguration=awslogs(), systemControls=sysctl("1024")),
    )
    no(same, "fargate-system-controls-conflict")


def test_system_controls_apply_task_wide() -> None:
    doc = fargate_doc(
        container("a", logConfiguration=awslogs(), systemControls=sysctl("1024")),
        container("b", logConfiguration=awslogs()),
    )
    one(
        doc,
        "fargate-system-controls-task-wide",
        "/containerDefinitions/0/systemControls",
        Severity.INFO,
    )
    single = fargate_doc(container("a", logConfiguration=awslogs(), systemControls=sysctl("1024")))
    no(single, "fargate-system-controls-task-wide")
    ec2 = ec2_doc(
        container("a", memory=256, systemControls=sysctl("1")), container("b", memory=256)
    )
    no(ec2, "fargate-system-controls-task-wide")


# --- Windows on Fargate ----------------------------------------------------------


def test_windows_fargate_reserved_port() -> None:
    doc = windowsfargate_doc(
        container(logConfiguration=awslogs(), portMappings=[{"containerPort": 3150}])
    )
    one(
        doc,
        "fargate-windows-reserved-port",
        "/containerDefinitions/0/portMappings/0/containerPort",
        Severity.ERROR,
    )
    ranged = windowsfargate_doc(
        container(logConfiguration=awslogs(), portMappings=[{"containerPortRange": "3000-3200"}])
    )
    one(
        ranged,
        "fargate-windows-reserved-port",
        "/containerDefinitions/0/portMappings/0/containerPortRange",
        Severity.ERROR,
    )
    fine = windowsfargate_doc(
        container(logConfiguration=awslogs(), portMappings=[{"containerPort": 80}])
    )
    no(fine, "fargate-windows-reserved-port")
    linux = fargate_doc(
        container(logConfiguration=awslogs(), portMappings=[{"containerPort": 3150}])
    )
    no(linux, "fargate-windows-reserved-port")


WINDOWS_UNSUPPORTED = [
    (
        {"containers": [router()]},
        "/containerDefinitions/0/firelensConfiguration",
        "firelensConfiguration",
    ),
    (
        {"containers": [FIRELENS_APP]},
        "/containerDefinitions/0/logConfiguration/logDriver",
        "awsfirelens",
    ),
    (
        {"containers": [container(logConfiguration=awslogs(), restartPolicy={"enabled": True})]},
        "/containerDefinitions/0/restartPolicy",
        "restartPolicy",
    ),
    (
        {"volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-1234"}}]},
        "/volumes/0/efsVolumeConfiguration",
        "efsVolumeConfiguration",
    ),
]


@pytest.mark.parametrize(("setup", "path", "feature"), WINDOWS_UNSUPPORTED)
def test_windows_fargate_unsupported_features(
    setup: dict[str, Any], path: str, feature: str
) -> None:
    containers = setup.get("containers", [])
    extra = {"volumes": setup["volumes"]} if "volumes" in setup else {}
    doc = windowsfargate_doc(*containers, **extra)
    f = one(doc, "fargate-windows-unsupported", path, Severity.WARNING)
    assert f.params["feature"] == feature
    no(fargate_doc(*containers, **extra), "fargate-windows-unsupported")


def test_windows_fargate_restart_policy_disabled_is_fine() -> None:
    doc = windowsfargate_doc(
        container(logConfiguration=awslogs(), restartPolicy={"enabled": False})
    )
    no(doc, "fargate-windows-unsupported")


# --- platform version notes --------------------------------------------------------

PV_FEATURES = [
    (
        {"volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-1"}}]},
        "/volumes/0/efsVolumeConfiguration",
        "efsVolumeConfiguration",
    ),
    (
        {"environmentFiles": [{"value": "arn:aws:s3:::b/app.env", "type": "s3"}]},
        "/containerDefinitions/0/environmentFiles",
        "environmentFiles",
    ),
    (
        {"linuxParameters": {"capabilities": {"add": ["SYS_PTRACE"]}}},
        "/containerDefinitions/0/linuxParameters/capabilities/add/0",
        "SYS_PTRACE",
    ),
    ({"pidMode": "task"}, "/pidMode", "pidMode"),
    (
        {"systemControls": [{"namespace": "net.core.somaxconn", "value": "1024"}]},
        "/containerDefinitions/0/systemControls",
        "systemControls",
    ),
    (
        {"restartPolicy": {"enabled": True}},
        "/containerDefinitions/0/restartPolicy",
        "restartPolicy",
    ),
]
TASK_LEVEL = {"volumes", "pidMode"}


def doc_with(builder: Any, fields: dict[str, Any], **extra: Any) -> dict[str, Any]:
    task = {k: v for k, v in fields.items() if k in TASK_LEVEL}
    per_container = {k: v for k, v in fields.items() if k not in TASK_LEVEL}
    log = {"logConfiguration": awslogs()} if builder is not ec2_doc else {"memory": 256}
    return builder(container(**log, **per_container), **task, **extra)


@pytest.mark.parametrize(("fields", "path", "feature"), PV_FEATURES)
def test_platform_version_note_per_feature(fields: dict[str, Any], path: str, feature: str) -> None:
    f = one(doc_with(fargate_doc, fields), "fargate-platform-version", path, Severity.INFO)
    assert (f.params["feature"], f.params["version"]) == (feature, "1.4.0")
    no(doc_with(ec2_doc, fields), "fargate-platform-version")
    no(doc_with(fargate_doc, fields, runtimePlatform=WINDOWS, cpu="1024", memory="2048"),
       "fargate-platform-version")  # fmt: skip


def test_platform_version_note_once_per_feature() -> None:
    env = [{"value": "arn:aws:s3:::b/app.env", "type": "s3"}]
    doc = fargate_doc(
        container("a", logConfiguration=awslogs(), environmentFiles=env),
        container("b", logConfiguration=awslogs(), environmentFiles=env),
    )
    one(doc, "fargate-platform-version", "/containerDefinitions/0/environmentFiles", Severity.INFO)
    no(fargate_doc(), "fargate-platform-version")


# --- execution role ----------------------------------------------------------------

SECRET = [
    {"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"}
]
ROLE_CASES = [
    ("execution-role-ecr-image", {"image": ECR_IMAGE}, Severity.ERROR),
    ("execution-role-awslogs", {"logConfiguration": awslogs()}, Severity.ERROR),
    (
        "execution-role-repository-credentials",
        {"repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:x"}},
        Severity.ERROR,
    ),
    ("execution-role-secrets", {"secrets": SECRET}, Severity.ERROR),
    (
        "execution-role-log-secret-options",
        {"logConfiguration": {"logDriver": "splunk", "secretOptions": SECRET}},
        Severity.ERROR,
    ),
    (
        "execution-role-environment-files",
        {"environmentFiles": [{"value": "arn:aws:s3:::b/app.env", "type": "s3"}]},
        Severity.WARNING,
    ),
]
ANY_LAUNCH_TYPE = {
    "execution-role-repository-credentials",
    "execution-role-secrets",
    "execution-role-log-secret-options",
    "execution-role-environment-files",
}


@pytest.mark.parametrize(("rule", "fields", "severity"), ROLE_CASES)
def test_execution_role_required_on_fargate(
    rule: str, fields: dict[str, Any], severity: Severity
) -> None:
    with_role = fargate_doc(container(**fields))
    no(with_role, rule)
    f = one(without(with_role, "executionRoleArn"), rule, "/executionRoleArn", severity)
    assert f.params["container"] == "app"
    assert "'app'" in f.message


@pytest.mark.parametrize(("rule", "fields", "severity"), ROLE_CASES)
def test_execution_role_on_ec2_only_for_secrets_and_credentials(
    rule: str, fields: dict[str, Any], severity: Severity
) -> None:
    doc = ec2_doc(container(memory=256, **fields))
    if rule in ANY_LAUNCH_TYPE:
        one(doc, rule, "/executionRoleArn", severity)
        no(ec2_doc(container(memory=256, **fields), executionRoleArn="arn:aws:iam::1:role/r"), rule)
    else:
        no(doc, rule)


@pytest.mark.parametrize("rule", ["execution-role-ecr-image", "execution-role-awslogs"])
def test_execution_role_on_external(rule: str) -> None:
    doc = ec2_doc(
        container(memory=256, image=ECR_IMAGE, logConfiguration=awslogs()),
        requiresCompatibilities=["EXTERNAL"],
    )
    f = one(doc, rule, "/executionRoleArn", Severity.ERROR)
    assert f.params["launch_type"] == "EXTERNAL"


def test_blank_execution_role_counts_as_missing() -> None:
    doc = fargate_doc(executionRoleArn=" ")
    one(doc, "execution-role-awslogs", "/executionRoleArn", Severity.ERROR)


def test_execution_role_reasons_helper() -> None:
    doc = fargate_doc(
        container("web", image=ECR_IMAGE, logConfiguration=awslogs(), secrets=SECRET),
        container("sidecar"),
    )
    assert execution_role_reasons(doc) == [
        ("web", "ecr-image"),
        ("web", "awslogs"),
        ("web", "secrets"),
    ]
    ec2 = ec2_doc(container("web", memory=256, image=ECR_IMAGE, logConfiguration=awslogs()))
    assert execution_role_reasons(ec2) == []
    assert execution_role_reasons(ec2, ("FARGATE",)) == [("web", "ecr-image"), ("web", "awslogs")]


@pytest.mark.parametrize(
    ("image", "private"),
    [
        (ECR_IMAGE, True),
        ("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web:1", True),
        ("123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/web@sha256:" + "a" * 64, True),
        ("123456789012.dkr-ecr.eu-west-1.on.aws/web:1", True),
        ("${AWS_ACCOUNT_ID}.dkr.ecr.${AWS_REGION}.amazonaws.com/web:${TAG}", True),
        ("public.ecr.aws/nginx/nginx:1.27", False),
        ("nginx:latest", False),
        ("quay.io/org/app:1", False),
        ("<IMAGE1_NAME>", False),
        ("evil.com/123456789012.dkr.ecr.eu-west-1.amazonaws.com/x", False),
        (None, False),
    ],
)
def test_private_ecr_image_detection(image: Any, private: bool) -> None:
    assert is_private_ecr_image(image) is private


def test_execution_role_helpers_still_importable_from_fargate() -> None:
    # Other code imports them from their old home, wizard.domain.rules.fargate.
    assert fargate.execution_role_reasons is execution_role_reasons
    assert fargate.is_private_ecr_image is is_private_ecr_image


@pytest.mark.parametrize("group", ["my group", "ecs:web", "x" * 513])
def test_awslogs_group_name_invalid(group):
    log = awslogs()
    log["options"]["awslogs-group"] = group
    doc = fargate_doc(container(logConfiguration=log))
    (finding,) = findings(doc, "awslogs-group-name-invalid")
    assert finding.severity.value == "error"
    assert finding.path == "/containerDefinitions/0/logConfiguration/options/awslogs-group"
    log["options"]["awslogs-group"] = "/ecs/web-app_1#x.y"
    assert (
        findings(fargate_doc(container(logConfiguration=log)), "awslogs-group-name-invalid") == []
    )


# The Fargate task definition parameters page lists LINUX and Windows Server
# 2019, 2022 and 2025 as the operating system families Fargate runs.
@pytest.mark.parametrize(
    "os_family",
    ["WINDOWS_SERVER_2016_FULL", "WINDOWS_SERVER_2004_CORE", "WINDOWS_SERVER_20H2_CORE"],
)
def test_fargate_os_family_only_ec2_runs(os_family):
    doc = fargate_doc(
        cpu="1024", memory="2048", runtimePlatform={"operatingSystemFamily": os_family}
    )
    (finding,) = findings(doc, "fargate-os-family")
    assert finding.path == "/runtimePlatform/operatingSystemFamily"
    assert finding.severity.value == "error" and os_family in finding.message
    ec2 = fargate_doc(
        requiresCompatibilities=["EC2"], runtimePlatform={"operatingSystemFamily": os_family}
    )
    assert findings(ec2, "fargate-os-family") == []


@pytest.mark.parametrize(
    "os_family",
    [
        "LINUX",
        "WINDOWS_SERVER_2019_CORE",
        "WINDOWS_SERVER_2022_FULL",
        "WINDOWS_SERVER_2025_CORE",
        "windows_server_2016_full",
        "${OS}",
    ],
)
def test_fargate_os_family_passes(os_family):
    doc = fargate_doc(
        cpu="1024", memory="2048", runtimePlatform={"operatingSystemFamily": os_family}
    )
    assert findings(doc, "fargate-os-family") == []
