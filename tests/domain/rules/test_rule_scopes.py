"""Each check's scope (``rules.registry``) is true: running it as its scope says
gives what running it on the whole document gives.

The reference is every check run on the whole document, as the engine did
before scopes. Documents: the real corpus, and mixtures of its containers with
task-level members that change what the per-container checks say (launch
types, network mode, OS, IPC mode, volumes, task size, roles) and with
containers built to break rules (ports, links, dependencies, log drivers,
secrets, GPUs, system controls, mount points).
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.rulekit import awslogs, container
from tests.strategies import task_definitions
from wizard.domain.analysis import analyse
from wizard.domain.container_memo import ContainerMemo
from wizard.domain.findings import Finding, sort_findings
from wizard.domain.formats.importer import load_path
from wizard.domain.rules import run_rules
from wizard.domain.rules.context import RuleContext
from wizard.domain.rules.registry import CHECKS, READS, SCOPES, CheckFn, Scope

CORPUS = Path(
    os.environ.get("ECS_WIZARD_CORPUS")
    or Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "real"
)
FILES = sorted(CORPUS.glob("*.json")) if CORPUS.is_dir() else []


def _corpus_documents() -> list[dict]:
    docs = []
    for path in FILES:
        result = load_path(str(path))
        if isinstance(result.document, dict):
            docs.append(result.document)
    return docs


CORPUS_DOCS = _corpus_documents()
CORPUS_CONTAINERS = [
    c for doc in CORPUS_DOCS for c in doc.get("containerDefinitions") or [] if isinstance(c, dict)
]

# Containers that break the rules a per-container check might get wrong.
BROKEN_CONTAINERS = [
    container(
        "web",
        links=["db:database", "missing"],
        hostname="web",
        extraHosts=[{"hostname": "a", "ipAddress": "10.0.0.1"}],
        portMappings=[
            {"containerPort": 80, "hostPort": 8080, "protocol": "tcp", "name": "Web Port"},
            {"containerPort": 80, "protocol": "udp", "appProtocol": "http"},
            {"containerPortRange": "7000-7010", "hostPort": 7000},
            {"containerPortRange": "7005-7001"},
            {"containerPort": 51678, "hostPort": 51678},
            {"containerPort": 70000, "hostPort": 33000},
        ],
        systemControls=[{"namespace": "net.core.somaxconn", "value": "1024"}],
        dependsOn=[{"containerName": "db", "condition": "HEALTHY"}],
    ),
    container(
        "db",
        image="postgres",
        memory=4,
        memoryReservation=8,
        cpu=0,
        logConfiguration={"logDriver": "splunk", "options": {}},
        environment=[
            {"name": "DB_PASSWORD", "value": "hunter2hunter2"},
            {"name": "DB_PASSWORD", "value": "x"},
            {"name": "", "value": "y"},
        ],
        secrets=[{"name": "DB_PASSWORD", "valueFrom": ""}],
        dependsOn=[{"containerName": "web", "condition": "COMPLETE"}],
        healthCheck={"command": ["CMD-SHELL"], "interval": 5, "timeout": 10},
        mountPoints=[{"sourceVolume": "data", "containerPath": ""}, {"sourceVolume": "nope"}],
        volumesFrom=[{"sourceContainer": "web"}],
        systemControls=[{"namespace": "net.core.somaxconn", "value": "2048"}],
        linuxParameters={"capabilities": {"add": ["NET_ADMIN"]}, "devices": []},
        stopTimeout=300,
        startTimeout=1,
    ),
    container(
        "gpu",
        image="Registry.example.com/Team/App:latest",
        resourceRequirements=[
            {"type": "GPU", "value": "2"},
            {"type": "InferenceAccelerator", "value": "device_2"},
            {"type": "NeuronDevice", "value": "ALL"},
        ],
        firelensConfiguration={"type": "fluentbit"},
        logConfiguration=awslogs(None),
        ulimits=[{"name": "nofile", "softLimit": 10, "hardLimit": 5}],
        dockerSecurityOptions=["credentialspec:file://x.json"],
        credentialSpecs=["x", "y"],
        environmentFiles=[{"value": "arn:aws:s3:::bucket/file.txt", "type": "s4"}],
        restartPolicy={"enabled": False, "restartAttemptPeriod": 10},
        dockerLabels={"": "x"},
    ),
    container(
        "gpu-shared",
        essential=False,
        resourceRequirements=[
            {"type": "GPU", "sharingStrategy": "MPS"},
            {"type": "NeuronDevice", "value": "ALL"},
        ],
        dependsOn=[{"containerName": "gpu-shared", "condition": "START"}],
        portMappings=[{"containerPort": 9000, "name": "http"}],
        linuxParameters={"capabilities": {"add": ["SYS_PTRACE"]}},
        restartPolicy={"enabled": True},
        systemControls=[{"namespace": "kernel.shmmax", "value": "1"}],
    ),
    container(
        "router",
        firelensConfiguration={"type": "fluentd", "options": {"config-file-type": "s3"}},
        logConfiguration={"logDriver": "awsfirelens"},
        portMappings=[
            {"containerPort": 3389, "name": "http"},
            {"containerPort": 80, "protocol": "tcp"},
        ],
        versionConsistency="sometimes",
        essential=False,
        privileged=True,
    ),
]

TASK_MEMBERS = {
    "requiresCompatibilities": st.sampled_from(
        [
            ["FARGATE"],
            ["EC2"],
            ["EXTERNAL"],
            ["MANAGED_INSTANCES"],
            ["EC2", "FARGATE"],
            [],
            None,
        ]
    ),
    "networkMode": st.sampled_from(["awsvpc", "bridge", "host", "none", "nat", "junk", None]),
    "runtimePlatform": st.sampled_from(
        [
            {"operatingSystemFamily": "LINUX", "cpuArchitecture": "ARM64"},
            {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
            None,
        ]
    ),
    "ipcMode": st.sampled_from(["host", "task", None]),
    "pidMode": st.sampled_from(["host", "task", None]),
    "cpu": st.sampled_from(["256", "1024", "3", None]),
    "memory": st.sampled_from(["512", "2048", "100", None]),
    "taskRoleArn": st.sampled_from(["arn:aws:iam::210987654321:role/app", None]),
    "executionRoleArn": st.sampled_from(["arn:aws:iam::210987654321:role/exec", None]),
    "volumes": st.sampled_from(
        [
            [{"name": "data"}],
            [{"name": "data", "dockerVolumeConfiguration": {"scope": "task"}}],
            [{"name": "${VOLUME}"}],
            [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-1234"}}],
            None,
        ]
    ),
    "inferenceAccelerators": st.sampled_from(
        [[{"deviceName": "device_1", "deviceType": "eia2.medium"}], None]
    ),
    "proxyConfiguration": st.sampled_from([{"type": "APPMESH", "containerName": "web"}, None]),
}
# Half of them built to break rules, so that pairs of them meet often.
CONTAINERS = st.one_of(st.sampled_from(BROKEN_CONTAINERS), st.sampled_from(CORPUS_CONTAINERS))
LAUNCH_TYPES = st.sampled_from([(), ("FARGATE",), ("EC2",), ("EXTERNAL", "MANAGED_INSTANCES")])


@st.composite
def mixed_documents(draw: st.DrawFn) -> dict:
    containers = draw(st.lists(CONTAINERS, min_size=0, max_size=4))
    # One copy each: a document read from JSON never holds one object twice.
    doc: dict = {"family": "mixed", "containerDefinitions": [copy.deepcopy(c) for c in containers]}
    for key, values in TASK_MEMBERS.items():
        value = draw(values)
        if value is not None:
            doc[key] = copy.deepcopy(value)
    return doc


def reference(doc: dict, launch_types: tuple[str, ...] = ()) -> list[Finding]:
    """Every check on the whole document, in registration order (no scopes)."""
    ctx = RuleContext(doc, forced_launch_types=launch_types)
    findings: list[Finding] = []
    for fn in CHECKS:
        findings.extend(fn(ctx))
    return sort_findings(findings)


def scoped(fn: CheckFn, ctx: RuleContext) -> list[Finding]:
    """``fn`` run as its scope says."""
    scope = SCOPES[fn]
    if scope is Scope.WHOLE:
        return sort_findings(list(fn(ctx)))
    found = list(fn(ctx.view([], task_level=True)))
    if scope is Scope.CONTAINER:
        for item in ctx.containers:
            found.extend(fn(ctx.view([item], task_level=False)))
    return sort_findings(found)


def reduced(doc: dict, members: frozenset[str]) -> dict:
    """``doc`` with each container holding ``members`` only."""
    out = dict(doc)
    items = doc.get("containerDefinitions")
    if isinstance(items, list):
        out["containerDefinitions"] = [
            {k: v for k, v in c.items() if k in members} if isinstance(c, dict) else c
            for c in items
        ]
    return out


def assert_scopes_hold(doc: dict, launch_types: tuple[str, ...] = ()) -> None:
    ctx = RuleContext(doc, forced_launch_types=launch_types)
    for fn in CHECKS:
        whole = sort_findings(list(fn(RuleContext(doc, forced_launch_types=launch_types))))
        assert scoped(fn, ctx) == whole, f"{fn.__name__} ({SCOPES[fn].value})"
        if fn in READS:
            # What it says depends on the members it declared it reads, only.
            narrow = RuleContext(reduced(doc, READS[fn]), forced_launch_types=launch_types)
            assert sort_findings(list(fn(narrow))) == whole, f"{fn.__name__} reads more"
    assert run_rules(doc, launch_types) == reference(doc, launch_types)


def test_every_check_has_a_scope_and_most_are_local():
    assert set(SCOPES) == set(CHECKS)
    # Only whole-document checks declare what they read (the others are local).
    assert all(SCOPES[fn] is Scope.WHOLE for fn in READS)
    scopes = [SCOPES[fn] for fn in CHECKS]
    # What this is for: most checks need not run again for an untouched container.
    assert scopes.count(Scope.WHOLE) < scopes.count(Scope.CONTAINER) + scopes.count(Scope.TASK)


@pytest.mark.skipif(not FILES, reason=f"real corpus not found at {CORPUS}")
def test_scopes_hold_on_the_real_corpus():
    assert len(CORPUS_DOCS) > 50
    for doc in CORPUS_DOCS:
        assert_scopes_hold(doc)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_documents(), LAUNCH_TYPES)
def test_scopes_hold_on_mixed_documents(doc, launch_types):
    assert_scopes_hold(doc, launch_types)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({}, optional=TASK_MEMBERS), LAUNCH_TYPES, st.integers(1, 11))
def test_scopes_hold_with_every_broken_container_together(task, launch_types, copies):
    """Every pair of the broken containers meets (names, links, dependencies, shared
    ports, GPU sharing, system controls), and up to 11 of them (the limit is 10)."""
    containers = (BROKEN_CONTAINERS * copies)[: max(len(BROKEN_CONTAINERS), copies)]
    doc = {k: v for k, v in task.items() if v is not None}
    doc["containerDefinitions"] = [copy.deepcopy(c) for c in containers]
    assert_scopes_hold(doc, launch_types)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(task_definitions)
def test_scopes_hold_on_model_shaped_documents(doc):
    assert_scopes_hold(doc)


def test_the_broken_containers_break_rules_of_every_scope():
    """The mixtures above are worth something only if they fire the local checks."""
    doc = {
        "family": "mixed",
        "networkMode": "host",
        "requiresCompatibilities": ["EC2"],
        "volumes": [{"name": "data"}],
        "ephemeralStorage": {"sizeInGiB": 30},
        "containerDefinitions": copy.deepcopy(BROKEN_CONTAINERS),
    }
    ctx = RuleContext(doc)
    fired = {fn for fn in CHECKS if list(fn(ctx))}
    by_scope = {scope: {fn for fn in fired if SCOPES[fn] is scope} for scope in Scope}
    assert len(by_scope[Scope.CONTAINER]) >= 20, sorted(f.__name__ for f in fired)
    assert by_scope[Scope.TASK] and by_scope[Scope.WHOLE]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    mixed_documents(),
    st.lists(
        st.tuples(st.integers(0, 3), st.sampled_from([*sorted(TASK_MEMBERS), "container"])),
        min_size=1,
        max_size=8,
    ),
    st.data(),
)
def test_a_memo_gives_the_analysis_of_a_fresh_document(doc, edits, data):
    """Edits as the controller makes them (in place, announced with their
    pointer): the memo's analysis equals a fresh one after each."""
    memo = ContainerMemo()
    analyse(doc, memo=memo)
    for index, member in edits:
        containers = doc["containerDefinitions"]
        if member == "container" and containers:
            i = index % len(containers)
            replacement = copy.deepcopy(data.draw(CONTAINERS))
            target = containers[i]
            # In place, as set() does for a member: the same object, new contents.
            key = data.draw(st.sampled_from(sorted(replacement)))
            target[key] = replacement[key]
            memo.changed(f"/containerDefinitions/{i}/{key}")
        elif member in TASK_MEMBERS:
            value = data.draw(TASK_MEMBERS[member])
            if value is None:
                doc.pop(member, None)
            else:
                doc[member] = copy.deepcopy(value)
            memo.changed(f"/{member}")
        assert analyse(doc, memo=memo) == analyse(copy.deepcopy(doc))


def test_a_failing_per_container_check_is_reported_once(monkeypatch):
    """The engine never raises: a check that fails says so once, not once per
    container, with or without the memo."""
    from wizard.domain.rules import registry

    def check_that_fails(ctx: RuleContext):
        for _, c in ctx.containers:
            raise ValueError(c.get("name"))
        return iter(())

    monkeypatch.setattr(registry, "CHECKS", [*registry.CHECKS, check_that_fails])
    monkeypatch.setitem(registry.SCOPES, check_that_fails, Scope.CONTAINER)
    monkeypatch.setattr(registry, "_BY_SCOPE", {})
    doc = {"family": "x", "containerDefinitions": copy.deepcopy(BROKEN_CONTAINERS[:3])}
    for found in (run_rules(doc), analyse(doc, memo=ContainerMemo())):
        errors = [f for f in found if f.rule == "internal-error"]
        assert [f.params["check"] for f in errors] == ["check_that_fails"]
        assert errors[0].params["error"] == "ValueError('web')"
