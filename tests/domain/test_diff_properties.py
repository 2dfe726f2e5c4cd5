"""Property tests of the semantic diff.

A definition compared with any reordering (of keys, containers and keyed lists),
any filling-in of API defaults and any respelling of task units shows no change;
a single changed field shows exactly that change, at its pointer in the new document.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.domain.diff import Change, semantic_diff

_NAMES = st.text(alphabet="abcdefghijklmnop", min_size=1, max_size=6)
_VALUES = st.text(alphabet="abcdefXYZ0123 -_:", max_size=10)
# Fargate sizes with the unit spellings ECS accepts for each.
_SIZES = [
    ("256", "512", ["0.25 vCPU", ".25 vcpu"], ["0.5 GB", "512 MiB", ".5gb"]),
    ("1024", "2048", ["1 vCPU", "1 vcpu"], ["2 GB", "2GB", "2048 MB"]),
    ("2048", "4096", ["2 vCPU"], ["4 GB", "4gib"]),
]


@st.composite
def _container(draw: st.DrawFn, name: str) -> dict[str, Any]:
    env_names = draw(st.lists(_NAMES, unique=True, max_size=4))
    ports = draw(st.lists(st.integers(1, 65535), unique=True, max_size=3))
    paths = draw(st.lists(_NAMES, unique=True, max_size=2))
    c: dict[str, Any] = {
        "name": name,
        "image": f"{draw(_NAMES)}:{draw(st.integers(1, 9))}",
        "environment": [{"name": n, "value": draw(_VALUES)} for n in env_names],
        "portMappings": [{"containerPort": p} for p in ports],
        "mountPoints": [{"sourceVolume": "data", "containerPath": f"/{p}"} for p in paths],
    }
    if draw(st.booleans()):
        c["memoryReservation"] = draw(st.integers(6, 512))
    if draw(st.booleans()):
        c["essential"] = False
    return c


@st.composite
def definitions(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(_NAMES, unique=True, min_size=1, max_size=4))
    cpu, memory, _, _ = draw(st.sampled_from(_SIZES))
    return {
        "family": "web",
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": cpu,
        "memory": memory,
        "containerDefinitions": [draw(_container(n)) for n in names],
        "volumes": [{"name": "data"}, {"name": "cache"}],
        "tags": [{"key": k, "value": "x"} for k in draw(st.lists(_NAMES, unique=True, max_size=3))],
    }


def _shuffle_keys(value: Any, rnd: st.DrawFn) -> Any:
    if isinstance(value, dict):
        keys = rnd(st.permutations(list(value)))
        return {k: _shuffle_keys(value[k], rnd) for k in keys}
    if isinstance(value, list):
        return [_shuffle_keys(v, rnd) for v in value]
    return value


@st.composite
def equivalent(draw: st.DrawFn, doc: dict[str, Any], describe: bool = True) -> dict[str, Any]:
    """``doc`` reordered, with defaults filled in, units respelled and as describe output,
    at random."""
    out = copy.deepcopy(doc)
    out["containerDefinitions"] = draw(st.permutations(out["containerDefinitions"]))
    out["volumes"] = draw(st.permutations(out["volumes"]))
    out["tags"] = draw(st.permutations(out["tags"]))
    for c in out["containerDefinitions"]:
        for key in ("environment", "portMappings", "mountPoints"):
            c[key] = draw(st.permutations(c[key]))
        if draw(st.booleans()):
            c.setdefault("cpu", 0)
        if draw(st.booleans()):
            c.setdefault("essential", True)
        for m in c["portMappings"]:
            if draw(st.booleans()):
                m["protocol"] = "tcp"
            if draw(st.booleans()):
                m["hostPort"] = m["containerPort"]  # awsvpc: the host port is the container port
        for m in c["mountPoints"]:
            if draw(st.booleans()):
                m["readOnly"] = False
        for key in ("volumesFrom", "secrets", "ulimits"):
            if draw(st.booleans()):
                c[key] = []
    for size in _SIZES:
        if out["cpu"] == size[0] and draw(st.booleans()):
            out["cpu"] = draw(st.sampled_from(size[2]))
        if out["memory"] == size[1] and draw(st.booleans()):
            out["memory"] = draw(st.sampled_from(size[3]))
    if draw(st.booleans()):
        out["placementConstraints"] = []
    out = _shuffle_keys(out, draw)
    return _described(out) if describe and draw(st.booleans()) else out


def _described(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` as describe-task-definition returns it: read-only members, tags outside."""
    task = copy.deepcopy(doc)
    tags = task.pop("tags", [])
    task.update(
        taskDefinitionArn="arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7",
        revision=7,
        status="ACTIVE",
        compatibilities=["EC2", "FARGATE"],
        requiresAttributes=[{"name": "com.amazonaws.ecs.capability.docker-remote-api.1.18"}],
        registeredAt="2026-01-01T00:00:00Z",
        registeredBy="arn:aws:iam::123456789012:role/ci",
    )
    return {"taskDefinition": task, "tags": tags}


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_an_equivalent_spelling_shows_no_change(data: st.DataObject) -> None:
    doc = data.draw(definitions())
    other = data.draw(equivalent(doc))
    assert semantic_diff(doc, other) == []
    assert semantic_diff(other, doc) == []


@st.composite
def one_change(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any], Change]:
    """(A, B, the one change) where B is an equivalent of A with one field changed."""
    a = draw(definitions())
    b = draw(equivalent(a, describe=False))  # B's pointers are checked: register input
    containers = b["containerDefinitions"]
    i = draw(st.integers(0, len(containers) - 1))
    c = containers[i]
    name = c["name"]
    where = f"/containerDefinitions/{i}"
    choices = ["image", "memory"] + (["environment"] if c["environment"] else [])
    kind = draw(st.sampled_from(choices))
    if kind == "image":
        old = c["image"]
        c["image"] = old + "-new"
        change = Change("changed", f"{where}/image", old, c["image"], f"containers.{name}.image")
    elif kind == "memory":
        # An added hard limit (the generator never sets one).
        c["memory"] = 4096
        change = Change("added", f"{where}/memory", None, 4096, f"containers.{name}.memory")
    else:
        j = draw(st.integers(0, len(c["environment"]) - 1))
        variable = c["environment"][j]
        old = variable["value"]
        variable["value"] = old + "!"
        change = Change(
            "changed",
            f"{where}/environment/{j}/value",
            old,
            variable["value"],
            f"containers.{name}.environment.{variable['name']}",
        )
    # A may be describe output: its read-only members and outside tags do not count.
    return (_described(a) if draw(st.booleans()) else a), b, change


@settings(max_examples=150, deadline=None)
@given(one_change())
def test_a_single_change_shows_exactly_that_change(case: tuple[Any, Any, Change]) -> None:
    a, b, expected = case
    changes = semantic_diff(a, b)
    assert changes == [expected]
    assert changes[0].label == expected.label
    assert json.loads(json.dumps(changes[0].as_json()))["path"] == expected.pointer
