"""The controller reuses unchanged containers' findings between edits: after any
sequence of edits its findings are exactly those of a fresh, full analysis."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.rulekit import awslogs, container, fargate_doc
from wizard.domain.analysis import analyse
from wizard.domain.container_memo import ContainerMemo
from wizard.domain.sizing.quotas import compact_size
from wizard.domain.sizing.task_size import sizing_report
from wizard.ui.draft.controller import REMOVE, DraftController
from wizard.ui.draft.undo import DraftState


def start() -> dict:
    return fargate_doc(
        container("web", memory=512, portMappings=[{"containerPort": 80}]),
        container(
            "worker",
            image="${IMAGE}",
            memory=256,
            environment=[{"name": "TOKEN", "value": "<TOKEN>"}],
            logConfiguration=awslogs("worker"),
        ),
        container("proxy", image="envoyproxy/envoy:v1.31", command=["<html>"]),
        cpu="1024",
        memory="2048",
    )


VALUES = st.sampled_from(
    [512, 0, -1, "lots", None, True, "${TAG}", "nginx:1.27", "{{ image }}", [], {}, "web"]
)
MEMBERS = st.sampled_from(
    ["image", "memory", "cpu", "name", "essential", "imagee", "command", "portMappings"]
)
INDEX = st.integers(min_value=0, max_value=3)

TASK_VALUES = {
    "requiresCompatibilities": [["FARGATE"], ["EC2"], ["EXTERNAL", "MANAGED_INSTANCES"], REMOVE],
    "networkMode": ["bridge", "host", "none", REMOVE],
    "runtimePlatform/operatingSystemFamily": ["WINDOWS_SERVER_2022_CORE", "LINUX", "junk", REMOVE],
    "volumes": [[{"name": "data"}], [{"name": "${VOLUME}"}], [], REMOVE],
    "taskRoleArn": ["arn:aws:iam::210987654321:role/app", "", "role", REMOVE],
    "ipcMode": ["host", "task", "", REMOVE],
}

EDITS = st.one_of(
    st.tuples(st.just("member"), INDEX, MEMBERS, VALUES),
    st.tuples(st.just("port"), INDEX, st.sampled_from([80, "eighty", 70000, REMOVE])),
    st.tuples(st.just("env"), INDEX, st.sampled_from(["${SECRET}", "plain", 5, REMOVE])),
    st.tuples(st.just("task"), st.sampled_from(["family", "cpu", "memory"]), VALUES),
    # Task-level members the per-container rules read (launch type, network mode,
    # OS, volumes, roles): each edit must re-run them for every container.
    st.tuples(st.just("task"), st.sampled_from(sorted(TASK_VALUES)), st.integers(0, 3)),
    st.tuples(st.just("launch"), st.sampled_from([(), ("EC2",), ("FARGATE", "EXTERNAL")])),
    st.tuples(st.just("members"), INDEX, st.sampled_from([256, 4096, REMOVE])),
    st.tuples(st.just("whole"), INDEX, st.sampled_from(["new", REMOVE])),
    st.tuples(st.just("list"), st.sampled_from(["add", "duplicate", "remove", "move"]), INDEX),
    st.tuples(st.just("undo"), st.sampled_from(["undo", "redo"])),
)


def apply(controller: DraftController, edit: tuple) -> None:
    kind, *args = edit
    count = len(controller.containers)
    base = "/containerDefinitions"
    if kind == "member":
        index, member, value = args
        controller.set(
            f"{base}/{index % max(count, 1)}/{member}", REMOVE if value is None else value
        )
    elif kind == "port":
        index, value = args
        controller.set(f"{base}/{index % max(count, 1)}/portMappings/0/containerPort", value)
    elif kind == "env":
        index, value = args
        controller.set(f"{base}/{index % max(count, 1)}/environment/0/value", value)
    elif kind == "task" and args[0] in TASK_VALUES:
        member, choice = args
        controller.set(f"/{member}", TASK_VALUES[member][choice])
    elif kind == "task":
        member, value = args
        controller.set(f"/{member}", REMOVE if value is None else value)
    elif kind == "launch":
        controller.set_launch_types(args[0])
    elif kind == "members" and count:
        index, value = args
        controller.set_members(
            {"/memory": value, f"{base}/{index % count}/memory": value}, "Both memories"
        )
    elif kind == "whole" and count:
        index, value = args
        new = container("added", image="${NEW}") if value == "new" else REMOVE
        controller.set(f"{base}/{index % count}", new)
    elif kind == "list" and count:
        action, index = args
        if action == "add":
            controller.add_container()
        elif action == "duplicate":
            controller.duplicate_container(index % count)
        elif action == "remove":
            controller.remove_container(index % count)
        else:
            controller.move_container(index % count, (index + 1) % count)
    elif kind == "undo":
        stack = controller.undo_stack
        stack.undo() if args[0] == "undo" else stack.redo()


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(EDITS, min_size=1, max_size=12))
def test_incremental_analysis_equals_full_analysis(qapp, edits):
    controller = DraftController(start())
    for edit in edits:
        apply(controller, edit)
        fresh = copy.deepcopy(controller.document)
        assert controller.findings == analyse(fresh, controller.launch_types)
        assert controller.document_size == compact_size(fresh)
        # The report kept when the edit could not change it, and the undo
        # snapshot built from the containers' kept texts, are those of the draft.
        assert controller.sizing == sizing_report(fresh)
        assert controller._capture() == DraftState.capture(fresh, controller.launch_types)


def test_a_memo_reuses_untouched_containers_and_forgets_touched_ones():
    doc = start()
    memo = ContainerMemo()
    full = analyse(doc)
    assert analyse(doc, memo=memo) == full
    worker = doc["containerDefinitions"][1]
    kept = memo.get("placeholders", 1, worker)
    assert kept and kept[0].path == "/containerDefinitions/1/image"

    memo.changed("/family")  # a task-level member: nothing forgotten
    assert memo.get("placeholders", 1, worker) is kept
    memo.changed("/containerDefinitions/0/image")
    assert memo.get("placeholders", 1, worker) is kept
    assert memo.get("shape", 0, doc["containerDefinitions"][0]) is None

    worker["image"] = "busybox:1.36"
    memo.changed("/containerDefinitions/1/image")
    assert memo.get("placeholders", 1, worker) is None
    assert analyse(doc, memo=memo) == analyse(copy.deepcopy(doc))

    memo.changed("/containerDefinitions")  # the list: positions may have moved
    assert len(memo) == 0


def test_a_memo_keeps_the_rules_of_untouched_containers_until_a_task_member_changes():
    doc = start()
    web, worker = doc["containerDefinitions"][:2]
    worker["healthCheck"] = {"command": ["CMD-SHELL"]}
    memo = ContainerMemo()
    analyse(doc, memo=memo)
    kept = memo.get("rules", 1, worker, task=True)
    # The worker's own findings (an empty health check command), nobody else's.
    assert kept and all(f.path.startswith("/containerDefinitions/1/") for f in kept)
    assert memo.get("rules", 0, web, task=True) is not None

    web["memory"] = 4
    memo.changed("/containerDefinitions/0/memory")
    assert memo.get("rules", 0, web, task=True) is None
    assert analyse(doc, memo=memo) == analyse(copy.deepcopy(doc))
    assert memo.get("rules", 1, worker, task=True) is kept

    doc["networkMode"] = "host"  # changes what the port rules say about every container
    memo.changed("/networkMode")
    assert memo.get("rules", 1, worker, task=True) is None
    assert analyse(doc, memo=memo) == analyse(copy.deepcopy(doc))

    # A new document object with the same task members (undo): nothing task-level reused.
    fresh = copy.deepcopy(doc)
    memo.task_level(fresh, ())
    assert memo.get("rules", 1, worker, task=True) is None
    assert analyse(fresh, memo=memo) == analyse(copy.deepcopy(doc))
