"""The semantic diff: API defaults and order do not count, real changes do, with pointers."""

from __future__ import annotations

import copy
import json

from tests.rulekit import container, ec2_doc, fargate_doc
from wizard.domain.diff import Change, canonical, drop_empty, semantic_diff

DRAFT = fargate_doc(
    container(
        "web",
        image="nginx:1.27",
        portMappings=[{"containerPort": 80}],
        environment=[{"name": "A", "value": "1"}, {"name": "B", "value": "2"}],
    ),
    tags=[{"key": "team", "value": "web"}, {"key": "env", "value": "prod"}],
)


def described(doc: dict, **extra_task_fields: object) -> dict:
    """``doc`` as describe-task-definition returns it, API defaults filled in."""
    task = copy.deepcopy(doc)
    tags = task.pop("tags", [])
    for c in task["containerDefinitions"]:
        c.setdefault("cpu", 0)
        c.setdefault("essential", True)
        for key in ("environment", "mountPoints", "volumesFrom", "portMappings"):
            c.setdefault(key, [])
        for m in c["portMappings"]:
            m.setdefault("protocol", "tcp")
            if task.get("networkMode") == "awsvpc":
                m.setdefault("hostPort", m["containerPort"])
    task.update(
        taskDefinitionArn="arn:aws:ecs:eu-west-1:123456789012:task-definition/web:4",
        revision=4,
        status="ACTIVE",
        volumes=[],
        placementConstraints=[],
        compatibilities=["EC2", "FARGATE"],
        registeredAt="2026-01-01T00:00:00Z",
        **extra_task_fields,
    )
    return {"taskDefinition": task, "tags": tags}


def test_describe_output_of_the_same_definition_has_no_changes():
    assert semantic_diff(described(DRAFT), DRAFT) == []


def test_key_order_does_not_count():
    reordered = json.loads(json.dumps(DRAFT, sort_keys=True))
    assert list(reordered) != list(DRAFT)
    assert semantic_diff(DRAFT, reordered) == []


def test_order_of_environment_and_tags_does_not_count():
    shuffled = copy.deepcopy(DRAFT)
    shuffled["containerDefinitions"][0]["environment"].reverse()
    shuffled["tags"].reverse()
    assert semantic_diff(DRAFT, shuffled) == []


def test_api_defaults_do_not_count():
    explicit = copy.deepcopy(DRAFT)
    c = explicit["containerDefinitions"][0]
    c.update(cpu=0, essential=True, links=[], dockerLabels={})
    c["portMappings"][0].update(protocol="tcp", hostPort=80)
    explicit["volumes"] = []
    assert semantic_diff(DRAFT, explicit) == []


def test_host_port_of_zero_under_bridge_is_dynamic_like_absent():
    doc = ec2_doc(container(memory=256, portMappings=[{"containerPort": 80}]))
    explicit = copy.deepcopy(doc)
    explicit["containerDefinitions"][0]["portMappings"][0]["hostPort"] = 0
    assert semantic_diff(doc, explicit) == []


def test_a_fixed_host_port_under_bridge_is_a_change():
    doc = ec2_doc(container(memory=256, portMappings=[{"containerPort": 80}]))
    fixed = copy.deepcopy(doc)
    fixed["containerDefinitions"][0]["portMappings"][0]["hostPort"] = 80
    assert semantic_diff(doc, fixed) == [
        Change("added", "/containerDefinitions/0/portMappings/0/hostPort", new=80)
    ]


def test_unit_strings_and_numbers_compare_as_the_api_sees_them():
    units = copy.deepcopy(DRAFT)
    units.update(cpu="0.25 vCPU", memory="0.5GB")
    assert semantic_diff(DRAFT, units) == []


def test_changes_are_listed_with_pointers_into_the_new_document():
    new = copy.deepcopy(DRAFT)
    c = new["containerDefinitions"][0]
    c["image"] = "nginx:1.28"
    c["environment"] = [{"name": "B", "value": "3"}, {"name": "C", "value": "4"}]
    c["essential"] = False
    new["memory"] = "1024"
    del new["tags"]
    new["containerDefinitions"].append(container("sidecar", image="busybox"))
    changes = semantic_diff(described(DRAFT), new)
    # In the API's member order (containerDefinitions come before memory).
    assert [c.describe() for c in changes] == [
        '~ /containerDefinitions/0/image: "nginx:1.27" -> "nginx:1.28"',
        "+ /containerDefinitions/0/essential: false",
        '~ /containerDefinitions/0/environment/0/value: "2" -> "3"',
        '+ /containerDefinitions/0/environment/1: {"name": "C", "value": "4"}',
        '- /containerDefinitions/0/environment: {"name": "A", "value": "1"}',
        '+ /containerDefinitions/1: {"image": "busybox", "name": "sidecar"}',
        '~ /memory: "512" -> "1024"',
        '- /tags: [{"key": "team", "value": "web"}, {"key": "env", "value": "prod"}]',
    ]


def test_removed_container_and_member():
    two = fargate_doc(container("a"), container("b", command=["run"]))
    one = fargate_doc(container("a"))
    # A removed container has no place in the new document: the pointer names the list.
    removed = semantic_diff(two, one)
    assert removed == [
        Change("removed", "/containerDefinitions", old=canonical(two)["containerDefinitions"][1])
    ]
    assert removed[0].label == "containers.b"
    no_command = fargate_doc(container("a"), container("b"))
    assert semantic_diff(two, no_command) == [
        Change("removed", "/containerDefinitions/1/command", old=["run"])
    ]


def test_container_order_does_not_count():
    # ECS starts containers by dependsOn, not by their place in the list.
    ab = fargate_doc(container("a"), container("b", command=["run"]))
    ba = fargate_doc(container("b", command=["go"]), container("a"))
    changes = semantic_diff(ab, ba)
    assert [(c.pointer, c.label) for c in changes] == [
        ("/containerDefinitions/0/command/0", "containers.b.command.0")
    ]


def test_requires_compatibilities_is_a_set():
    both = fargate_doc(requiresCompatibilities=["FARGATE", "EC2"])
    reversed_ = fargate_doc(requiresCompatibilities=["EC2", "FARGATE"])
    assert semantic_diff(both, reversed_) == []


def test_a_boolean_is_not_a_number():
    a = fargate_doc(container(readonlyRootFilesystem=True))
    b = copy.deepcopy(a)
    b["containerDefinitions"][0]["readonlyRootFilesystem"] = 1
    assert semantic_diff(a, b) != []


def test_long_values_are_shortened_in_the_description():
    change = Change("changed", "/x", "a" * 200, "b")
    assert len(change.describe()) < 120 and "..." in change.describe()


def test_inputs_are_not_modified():
    source = described(DRAFT)
    before = json.dumps(source, sort_keys=True)
    semantic_diff(source, DRAFT)
    assert json.dumps(source, sort_keys=True) == before


def test_drop_empty_removes_nested_empties():
    assert drop_empty({"a": [], "b": {"c": {}, "d": [[]]}, "e": 0, "f": False}) == {
        "b": {"d": [[]]},
        "e": 0,
        "f": False,
    }
