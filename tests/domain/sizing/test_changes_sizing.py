"""changes_sizing(): a change it says cannot alter the sizing report does not."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.strategies import task_definitions
from wizard.domain.schema import model as m
from wizard.domain.sizing.task_size import changes_sizing, sizing_report

TASK_MEMBERS = sorted(f.alias or name for name, f in m.TaskDefinition.model_fields.items())
CONTAINER_MEMBERS = sorted(
    f.alias or name for name, f in m.ContainerDefinition.model_fields.items()
)
VALUES = st.one_of(
    st.none(),
    st.just({"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"}),
    st.integers(-5, 5000),
    st.sampled_from(["512", "1 GB", "web", "WINDOWS_SERVER_2022_CORE"]),
)


@settings(max_examples=200, deadline=None)
@given(
    task_definitions,
    st.one_of(
        st.tuples(st.just("task"), st.sampled_from(TASK_MEMBERS)),
        st.tuples(st.integers(0, 2), st.sampled_from(CONTAINER_MEMBERS)),
        # Often the members the report reads: the test must see them change it.
        st.tuples(
            st.integers(0, 2), st.sampled_from(["cpu", "memory", "memoryReservation", "name"])
        ),
        st.tuples(st.just("task"), st.sampled_from(["cpu", "memory", "runtimePlatform"])),
    ),
    VALUES,
)
def test_a_change_outside_the_sizing_members_leaves_the_report(doc, where, value):
    # A container with the largest hard limit and one without any: names show.
    extra = [{"name": "app", "memory": 2**31 - 1, "cpu": 256}, {"name": "side"}]
    doc["containerDefinitions"] = extra + list(doc.get("containerDefinitions") or [])
    before = sizing_report(copy.deepcopy(doc))
    kind, member = where
    if kind == "task":
        ptr, parent = f"/{member}", doc
    else:
        containers = doc["containerDefinitions"]
        index = kind % len(containers)
        ptr, parent = f"/containerDefinitions/{index}/{member}", containers[index]
    parent[member] = value
    if not changes_sizing(ptr):
        assert sizing_report(doc) == before, ptr


def test_the_members_the_report_reads_are_said_to_change_it():
    for ptr in (
        "",
        "/cpu",
        "/memory",
        "/runtimePlatform/operatingSystemFamily",
        "/containerDefinitions",
        "/containerDefinitions/3",
        "/containerDefinitions/0/memory",
        "/containerDefinitions/0/memoryReservation",
        "/containerDefinitions/0/cpu",
        "/containerDefinitions/0/name",
    ):
        assert changes_sizing(ptr), ptr
    for ptr in ("/family", "/containerDefinitions/0/image", "/containerDefinitions/0/portMappings"):
        assert not changes_sizing(ptr), ptr
