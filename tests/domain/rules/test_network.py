"""Tests for the network rules (wizard.domain.rules.network, ports, host_ports and
port_ranges): one failing and one passing case per rule."""

from __future__ import annotations

from typing import Any

import pytest

from tests.rulekit import awslogs, container, ec2_doc, fargate_doc, findings
from wizard.domain.messages.catalog import CATALOG
from wizard.domain.findings import Severity
from wizard.domain.rules import host_ports, network, port_ranges, ports, run_rules
from wizard.domain.rules.context import RuleContext
from wizard.domain.rules.registry import CHECKS

PREFIXES = ("port-", "network-", "links-", "hostname-", "extra-hosts-")
MODULES = (network, ports, host_ports, port_ranges)
WINDOWS = {"operatingSystemFamily": "WINDOWS_SERVER_2019_CORE", "cpuArchitecture": "X86_64"}


def web(*mappings: dict[str, Any], name: str = "web", **fields: Any) -> dict[str, Any]:
    """A container with the given port mappings (memory set so EC2 sizing is happy)."""
    return container(name, memory=256, portMappings=list(mappings), **fields)


def fargate_web(*mappings: dict[str, Any]) -> dict[str, Any]:
    return fargate_doc(container("web", portMappings=list(mappings), logConfiguration=awslogs()))


def one(doc: dict[str, Any], rule: str, severity: Severity, path: str) -> None:
    """Exactly one finding of ``rule``, with this severity and path."""
    got = findings(doc, rule)
    assert [(f.severity, f.path) for f in got] == [(severity, path)], got


def none_of(doc: dict[str, Any], rule: str) -> None:
    assert findings(doc, rule) == []


PM0 = "/containerDefinitions/0/portMappings/0"
PM1 = "/containerDefinitions/0/portMappings/1"


# --- catalog --------------------------------------------------------------


NETWORK_RULES = {
    "extra-hosts-awsvpc",
    "hostname-awsvpc",
    "links-network-mode",
    "links-unknown-container",
    "port-app-protocol-without-name",
    "port-container-port-missing",
    "port-host-duplicate",
    "port-host-ephemeral",
    "port-host-mismatch",
    "port-host-reserved",
    "port-mappings-network-none",
    "port-name-duplicate",
    "port-name-format",
    "port-out-of-range",
    "port-protocol-conflict",
    "port-range-bounds",
    "port-range-format",
    "port-range-network-mode",
    "port-range-order",
    "port-range-overlap",
    "port-range-too-many",
    "port-range-with-container-port",
    "port-range-with-host-port",
    "port-service-connect-network-mode",
    "port-shared-namespace-conflict",
}


def test_catalog_holds_exactly_the_network_rules() -> None:
    """Every id with this module's prefixes is one of ours (and each is tested below)."""
    assert {rule_id for rule_id in CATALOG if rule_id.startswith(PREFIXES)} == NETWORK_RULES
    for rule_id in NETWORK_RULES:
        spec = CATALOG[rule_id]
        assert spec.message and spec.hint and spec.source


# --- hostPort vs containerPort --------------------------------------------


@pytest.mark.parametrize(
    "doc_factory",
    [
        lambda m: fargate_web(m),
        lambda m: ec2_doc(web(m), networkMode="awsvpc"),
        lambda m: ec2_doc(web(m), networkMode="host"),
        # Fargate is judged as awsvpc even with a wrong declared mode.
        lambda m: fargate_doc(
            container("web", portMappings=[m], logConfiguration=awslogs()), networkMode="bridge"
        ),
    ],
)
def test_host_port_mismatch(doc_factory: Any) -> None:
    one(
        doc_factory({"containerPort": 80, "hostPort": 8080}),
        "port-host-mismatch",
        Severity.ERROR,
        f"{PM0}/hostPort",
    )
    none_of(doc_factory({"containerPort": 80, "hostPort": 80}), "port-host-mismatch")
    none_of(doc_factory({"containerPort": 80}), "port-host-mismatch")


def test_host_port_zero_is_a_mismatch_in_awsvpc_but_dynamic_in_bridge() -> None:
    one(
        fargate_web({"containerPort": 80, "hostPort": 0}),
        "port-host-mismatch",
        Severity.ERROR,
        f"{PM0}/hostPort",
    )
    bridge = ec2_doc(web({"containerPort": 80, "hostPort": 0}))
    none_of(bridge, "port-host-mismatch")
    none_of(bridge, "port-out-of-range")


def test_host_port_mismatch_message_names_values() -> None:
    (f,) = findings(fargate_web({"containerPort": 80, "hostPort": 8080}), "port-host-mismatch")
    assert "8080" in f.message and "80" in f.message and "awsvpc" in f.message
    assert "web" in f.message


# --- network mode none ----------------------------------------------------


def test_port_mappings_with_network_none() -> None:
    doc = ec2_doc(web({"containerPort": 80}), networkMode="none")
    one(doc, "port-mappings-network-none", Severity.ERROR, "/containerDefinitions/0/portMappings")
    none_of(ec2_doc(web(), networkMode="none"), "port-mappings-network-none")
    none_of(ec2_doc(container(memory=256), networkMode="none"), "port-mappings-network-none")


# --- mapping shape --------------------------------------------------------


def test_container_port_missing() -> None:
    one(ec2_doc(web({"hostPort": 80})), "port-container-port-missing", Severity.ERROR, PM0)
    none_of(ec2_doc(web({"hostPort": 80, "containerPort": 80})), "port-container-port-missing")
    none_of(ec2_doc(web({"containerPortRange": "8000-8010"})), "port-container-port-missing")


def test_range_with_container_port() -> None:
    doc = fargate_web({"containerPort": 8000, "containerPortRange": "8000-8010"})
    one(doc, "port-range-with-container-port", Severity.ERROR, f"{PM0}/containerPortRange")
    none_of(fargate_web({"containerPortRange": "8000-8010"}), "port-range-with-container-port")


def test_range_with_host_port() -> None:
    doc = ec2_doc(web({"containerPortRange": "8000-8010", "hostPort": 8000}))
    one(doc, "port-range-with-host-port", Severity.ERROR, f"{PM0}/hostPort")
    none_of(ec2_doc(web({"containerPortRange": "8000-8010"})), "port-range-with-host-port")


# --- port numbers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("mapping", "field"),
    [
        ({"containerPort": 0}, "containerPort"),
        ({"containerPort": 70000}, "containerPort"),
        ({"containerPort": -1}, "containerPort"),
        ({"containerPort": 80, "hostPort": 65536}, "hostPort"),
        ({"containerPort": 80, "hostPort": -5}, "hostPort"),
    ],
)
def test_port_out_of_range(mapping: dict[str, Any], field: str) -> None:
    one(ec2_doc(web(mapping)), "port-out-of-range", Severity.ERROR, f"{PM0}/{field}")


@pytest.mark.parametrize(
    "mapping",
    [{"containerPort": 1}, {"containerPort": 65535}, {"containerPort": 80, "hostPort": 0}],
)
def test_port_in_range(mapping: dict[str, Any]) -> None:
    none_of(ec2_doc(web(mapping)), "port-out-of-range")


def test_bool_and_placeholder_ports_are_not_numbers() -> None:
    doc = ec2_doc(web({"containerPort": True}, {"containerPort": "${PORT}", "hostPort": "x"}))
    none_of(doc, "port-out-of-range")
    none_of(doc, "port-container-port-missing")


# --- host port choice (bridge) --------------------------------------------


@pytest.mark.parametrize("port", [22, 2375, 2376, 51678, 51679, 51680])
def test_reserved_host_port_in_bridge(port: int) -> None:
    doc = ec2_doc(web({"containerPort": 80, "hostPort": port}))
    one(doc, "port-host-reserved", Severity.WARNING, f"{PM0}/hostPort")
    none_of(doc, "port-host-ephemeral")


def test_reserved_port_in_host_mode_is_the_container_port() -> None:
    doc = ec2_doc(web({"containerPort": 22}), networkMode="host")
    one(doc, "port-host-reserved", Severity.WARNING, f"{PM0}/containerPort")


def test_reserved_ports_do_not_matter_in_awsvpc_or_when_not_reserved() -> None:
    none_of(fargate_web({"containerPort": 22}), "port-host-reserved")
    none_of(ec2_doc(web({"containerPort": 22, "hostPort": 8022})), "port-host-reserved")
    none_of(ec2_doc(web({"containerPort": 22})), "port-host-reserved")


def test_ephemeral_host_port_in_bridge() -> None:
    doc = ec2_doc(web({"containerPort": 80, "hostPort": 50000}))
    one(doc, "port-host-ephemeral", Severity.WARNING, f"{PM0}/hostPort")
    none_of(ec2_doc(web({"containerPort": 80, "hostPort": 8080})), "port-host-ephemeral")
    # Host mode publishes whatever the container listens on: no dynamic range there.
    none_of(ec2_doc(web({"containerPort": 50000}), networkMode="host"), "port-host-ephemeral")


def test_ephemeral_range_starts_one_lower_on_windows() -> None:
    linux = ec2_doc(web({"containerPort": 80, "hostPort": 49152}))
    none_of(linux, "port-host-ephemeral")
    windows = ec2_doc(web({"containerPort": 80, "hostPort": 49152}), runtimePlatform=WINDOWS)
    del windows["networkMode"]  # Windows' default (nat) mode
    one(windows, "port-host-ephemeral", Severity.WARNING, f"{PM0}/hostPort")


# --- protocols and shared ports -------------------------------------------


def test_same_container_port_for_two_protocols() -> None:
    doc = fargate_web({"containerPort": 53, "protocol": "udp"}, {"containerPort": 53})
    one(doc, "port-protocol-conflict", Severity.ERROR, f"{PM1}/containerPort")
    fixed = fargate_web({"containerPort": 53, "protocol": "udp"}, {"containerPort": 54})
    none_of(fixed, "port-protocol-conflict")
    # Unknown protocol values are treated as tcp by ECS: tcp + "TCP" is no conflict.
    none_of(
        fargate_web({"containerPort": 53}, {"containerPort": 53, "protocol": "TCP"}),
        "port-protocol-conflict",
    )


def two_containers(first: dict[str, Any], second: dict[str, Any], fargate: bool, **fields: Any):
    containers = [
        container("web", portMappings=[first], logConfiguration=awslogs(), memory=256),
        container("api", portMappings=[second], logConfiguration=awslogs(), memory=256),
    ]
    return fargate_doc(*containers, **fields) if fargate else ec2_doc(*containers, **fields)


def test_shared_namespace_conflict_in_awsvpc() -> None:
    doc = two_containers({"containerPort": 80}, {"containerPort": 80}, fargate=True)
    one(
        doc,
        "port-shared-namespace-conflict",
        Severity.ERROR,
        "/containerDefinitions/1/portMappings/0/containerPort",
    )
    fixed = two_containers({"containerPort": 80}, {"containerPort": 8080}, fargate=True)
    none_of(fixed, "port-shared-namespace-conflict")
    other_protocol = two_containers(
        {"containerPort": 53}, {"containerPort": 53, "protocol": "udp"}, fargate=True
    )
    none_of(other_protocol, "port-shared-namespace-conflict")


def test_shared_namespace_conflict_with_ranges_in_host_mode() -> None:
    doc = two_containers(
        {"containerPort": 8005},
        {"containerPortRange": "8000-8010"},
        fargate=False,
        networkMode="host",
    )
    # (host mode also rejects the range itself; the conflict is still reported)
    one(
        doc,
        "port-shared-namespace-conflict",
        Severity.ERROR,
        "/containerDefinitions/1/portMappings/0/containerPortRange",
    )


def test_same_container_port_in_bridge_is_fine() -> None:
    doc = two_containers({"containerPort": 80}, {"containerPort": 80}, fargate=False)
    none_of(doc, "port-shared-namespace-conflict")
    none_of(doc, "port-host-duplicate")


def test_duplicate_fixed_host_port_in_bridge() -> None:
    doc = two_containers(
        {"containerPort": 80, "hostPort": 8080},
        {"containerPort": 81, "hostPort": 8080},
        fargate=False,
    )
    one(
        doc,
        "port-host-duplicate",
        Severity.ERROR,
        "/containerDefinitions/1/portMappings/0/hostPort",
    )
    dynamic = two_containers(
        {"containerPort": 80, "hostPort": 0}, {"containerPort": 81, "hostPort": 0}, fargate=False
    )
    none_of(dynamic, "port-host-duplicate")
    fixed = two_containers(
        {"containerPort": 80, "hostPort": 8080},
        {"containerPort": 81, "hostPort": 8081},
        fargate=False,
    )
    none_of(fixed, "port-host-duplicate")


# --- containerPortRange ---------------------------------------------------


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("8000:8010", "port-range-format"),
        ("8000", "port-range-format"),
        ("8000 - 8010", "port-range-format"),
        ("abc", "port-range-format"),
        ("0-10", "port-range-bounds"),
        ("65000-70000", "port-range-bounds"),
        ("8010-8000", "port-range-order"),
        ("8000-8000", "port-range-order"),
    ],
)
def test_bad_port_range(value: str, rule: str) -> None:
    one(
        fargate_web({"containerPortRange": value}),
        rule,
        Severity.ERROR,
        f"{PM0}/containerPortRange",
    )


@pytest.mark.parametrize("value", ["8000-8010", "1-65535", "${RANGE}"])
def test_good_port_range(value: str) -> None:
    doc = fargate_web({"containerPortRange": value})
    for rule in ("port-range-format", "port-range-bounds", "port-range-order"):
        none_of(doc, rule)


def test_port_range_network_mode() -> None:
    doc = ec2_doc(web({"containerPortRange": "8000-8010"}), networkMode="host")
    one(doc, "port-range-network-mode", Severity.ERROR, f"{PM0}/containerPortRange")
    for mode in ("bridge", "awsvpc"):
        none_of(
            ec2_doc(web({"containerPortRange": "8000-8010"}), networkMode=mode),
            "port-range-network-mode",
        )


def ranges(count: int) -> list[dict[str, Any]]:
    return [{"containerPortRange": f"{10000 + 10 * i}-{10005 + 10 * i}"} for i in range(count)]


def test_too_many_port_ranges() -> None:
    doc = fargate_web(*ranges(101))
    one(doc, "port-range-too-many", Severity.ERROR, "/containerDefinitions/0/portMappings")
    none_of(fargate_web(*ranges(100)), "port-range-too-many")
    none_of(fargate_web(*ranges(100)), "port-range-overlap")


@pytest.mark.parametrize(
    ("first", "second", "field"),
    [
        (
            {"containerPortRange": "8000-8010"},
            {"containerPortRange": "8005-8020"},
            "containerPortRange",
        ),
        ({"containerPortRange": "8000-8010"}, {"containerPort": 8010}, "containerPort"),
        (
            {"containerPort": 8000},
            {"containerPortRange": "8000-8001", "protocol": "udp"},
            "containerPortRange",
        ),
    ],
)
def test_port_range_overlap(first: dict[str, Any], second: dict[str, Any], field: str) -> None:
    one(fargate_web(first, second), "port-range-overlap", Severity.ERROR, f"{PM1}/{field}")


def test_port_range_without_overlap() -> None:
    doc = fargate_web(
        {"containerPortRange": "8000-8010"},
        {"containerPortRange": "8011-8020"},
        {"containerPort": 8021},
    )
    none_of(doc, "port-range-overlap")


# --- port mapping names (Service Connect) ---------------------------------


@pytest.mark.parametrize("name", ["Web", "-web", "web.80", "a" * 65, "", "wéb"])
def test_bad_port_name(name: str) -> None:
    doc = fargate_web({"containerPort": 80, "name": name})
    one(doc, "port-name-format", Severity.ERROR, f"{PM0}/name")


@pytest.mark.parametrize("name", ["web-80", "a" * 64, "_x", "0", "{{ port_name }}"])
def test_good_port_name(name: str) -> None:
    none_of(fargate_web({"containerPort": 80, "name": name}), "port-name-format")


def test_port_name_suggestion_is_valid() -> None:
    (f,) = findings(fargate_web({"containerPort": 80, "name": "-My Web.Port"}), "port-name-format")
    assert "'my-web-port'" in f.hint


def test_duplicate_port_name_across_containers() -> None:
    doc = two_containers(
        {"containerPort": 80, "name": "http"}, {"containerPort": 81, "name": "http"}, fargate=True
    )
    one(doc, "port-name-duplicate", Severity.ERROR, "/containerDefinitions/1/portMappings/0/name")
    fixed = two_containers(
        {"containerPort": 80, "name": "http"}, {"containerPort": 81, "name": "api"}, fargate=True
    )
    none_of(fixed, "port-name-duplicate")


def test_duplicate_port_name_in_one_container() -> None:
    doc = fargate_web({"containerPort": 80, "name": "http"}, {"containerPort": 81, "name": "http"})
    one(doc, "port-name-duplicate", Severity.ERROR, f"{PM1}/name")


def test_app_protocol_without_name() -> None:
    doc = fargate_web({"containerPort": 80, "appProtocol": "http"})
    one(doc, "port-app-protocol-without-name", Severity.WARNING, f"{PM0}/appProtocol")
    fixed = fargate_web({"containerPort": 80, "appProtocol": "http", "name": "web"})
    none_of(fixed, "port-app-protocol-without-name")


def test_app_protocol_outside_the_enum_is_left_to_the_enum_rule() -> None:
    doc = ec2_doc(web({"containerPort": 80, "appProtocol": ""}), networkMode="host")
    none_of(doc, "port-app-protocol-without-name")
    none_of(doc, "port-service-connect-network-mode")


@pytest.mark.parametrize(
    ("mapping", "field"),
    [
        ({"containerPort": 80, "name": "web"}, "name"),
        ({"containerPort": 80, "name": "web", "appProtocol": "http"}, "name"),
        ({"containerPort": 80, "appProtocol": "http"}, "appProtocol"),
    ],
)
def test_service_connect_fields_need_awsvpc_or_bridge(mapping: dict[str, Any], field: str) -> None:
    doc = ec2_doc(web(mapping), networkMode="host")
    one(doc, "port-service-connect-network-mode", Severity.ERROR, f"{PM0}/{field}")
    for mode in ("bridge", "awsvpc"):
        none_of(ec2_doc(web(mapping), networkMode=mode), "port-service-connect-network-mode")


# --- links ------------------------------------------------------------------


def test_links_need_bridge() -> None:
    db = container("db", memory=256)
    doc = ec2_doc(web(links=["db"]), db, networkMode="awsvpc")
    one(doc, "links-network-mode", Severity.ERROR, "/containerDefinitions/0/links")
    fargate = fargate_doc(
        container("web", links=["db"], logConfiguration=awslogs()),
        container("db", logConfiguration=awslogs()),
    )
    one(fargate, "links-network-mode", Severity.ERROR, "/containerDefinitions/0/links")
    none_of(ec2_doc(web(links=["db"]), db), "links-network-mode")
    none_of(ec2_doc(web(links=[]), db, networkMode="awsvpc"), "links-network-mode")


def test_links_must_name_a_container() -> None:
    db = container("db", memory=256)
    doc = ec2_doc(web(links=["db", "cache:redis"]), db)
    one(doc, "links-unknown-container", Severity.ERROR, "/containerDefinitions/0/links/1")
    fixed = ec2_doc(web(links=["db:database", "cache:redis"]), db, container("cache", memory=64))
    none_of(fixed, "links-unknown-container")
    none_of(ec2_doc(web(links=["${LINK}"]), db), "links-unknown-container")


# --- hostname / extraHosts ----------------------------------------------------


def test_hostname_with_awsvpc() -> None:
    doc = ec2_doc(web(hostname="web1"), networkMode="awsvpc")
    one(doc, "hostname-awsvpc", Severity.ERROR, "/containerDefinitions/0/hostname")
    fargate = fargate_doc(container(hostname="web1", logConfiguration=awslogs()))
    one(fargate, "hostname-awsvpc", Severity.ERROR, "/containerDefinitions/0/hostname")
    none_of(ec2_doc(web(hostname="web1")), "hostname-awsvpc")
    none_of(ec2_doc(web(hostname=""), networkMode="awsvpc"), "hostname-awsvpc")


def test_extra_hosts_with_awsvpc() -> None:
    hosts = [{"hostname": "db.local", "ipAddress": "10.0.0.5"}]
    doc = ec2_doc(web(extraHosts=hosts), networkMode="awsvpc")
    one(doc, "extra-hosts-awsvpc", Severity.ERROR, "/containerDefinitions/0/extraHosts")
    none_of(ec2_doc(web(extraHosts=hosts)), "extra-hosts-awsvpc")
    none_of(ec2_doc(web(extraHosts=[]), networkMode="awsvpc"), "extra-hosts-awsvpc")


# --- unknown modes, baselines, junk --------------------------------------------


@pytest.mark.parametrize("mode", ["${MODE}", "AWSVPC", 5])
def test_unknown_network_mode_disables_mode_rules(mode: Any) -> None:
    doc = ec2_doc(web({"containerPort": 80, "hostPort": 8080}, links=["x"]), networkMode=mode)
    none_of(doc, "port-host-mismatch")
    none_of(doc, "links-network-mode")
    none_of(doc, "port-host-ephemeral")


def own_findings(doc: Any) -> list[Any]:
    return [f for f in run_rules(doc) if f.rule.startswith(PREFIXES)]


def test_baselines_are_clean() -> None:
    assert own_findings(fargate_doc()) == []
    assert own_findings(ec2_doc()) == []


def test_book_example_is_clean() -> None:
    doc = fargate_doc(
        container(
            "wordpress",
            image="wordpress",
            memoryReservation=128,
            cpu=10,
            portMappings=[{"containerPort": 80, "protocol": "tcp"}],
            logConfiguration=awslogs("wordpress"),
        ),
        container(
            "mysql",
            image="mysql",
            memoryReservation=128,
            cpu=10,
            portMappings=[{"containerPort": 3306, "protocol": "tcp"}],
            logConfiguration=awslogs("mysql"),
        ),
    )
    assert own_findings(doc) == []


JUNK: list[Any] = [
    {"containerDefinitions": [1, "x", None, {"name": 5, "portMappings": "no", "mountPoints": [3]}]},
    {"containerDefinitions": {"a": 1}, "volumes": {"a": 1}},
    {"containerDefinitions": [{"portMappings": [None, 3, {"containerPort": "80"}, {}]}]},
    {
        "networkMode": ["awsvpc"],
        "containerDefinitions": [
            {
                "name": [],
                "links": [None, 5, {}],
                "hostname": {},
                "extraHosts": "x",
                "portMappings": [
                    {
                        "containerPort": 1e9,
                        "hostPort": 1.5,
                        "containerPortRange": 7,
                        "name": 3,
                        "protocol": [],
                        "appProtocol": {},
                    },
                    {"containerPortRange": "9" * 5000},
                ],
            }
        ],
    },
    {"requiresCompatibilities": ["FARGATE"], "containerDefinitions": [{"portMappings": [{}]}]},
    {"networkMode": "host", "containerDefinitions": [{"portMappings": [{"hostPort": 0}]}]},
]


@pytest.mark.parametrize("doc", JUNK)
def test_checks_do_not_raise_on_junk(doc: Any) -> None:
    ctx = RuleContext(doc)
    names = {m.__name__ for m in MODULES}
    for fn in CHECKS:
        if fn.__module__ in names:
            list(fn(ctx))  # must not raise
    assert not [
        f
        for f in run_rules(doc)
        if f.rule == "internal-error"
        and str(f.params.get("check", "")).startswith("check_")
        and any(getattr(m, str(f.params["check"]), None) is not None for m in MODULES)
    ]
