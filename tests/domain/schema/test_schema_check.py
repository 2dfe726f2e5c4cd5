"""The light shape check agrees with the pydantic models and with botocore."""

from __future__ import annotations

import copy

import botocore.session
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.strategies import json_values, task_definitions
from wizard.domain.schema.check import check_shape
from wizard.domain.schema.errors import schema_findings
from wizard.domain.schema.shapes import SHAPES

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _pydantic(doc):
    from pydantic import ValidationError

    from wizard.domain.schema.model import TaskDefinition

    try:
        TaskDefinition.model_validate(doc)
    except ValidationError as exc:
        return schema_findings(exc, doc)
    except (TypeError, ValueError):
        return None
    return []


def _key(findings):
    return sorted((f.rule, f.path, tuple(sorted(f.params.items()))) for f in findings)


def test_shape_table_matches_botocore():
    service = botocore.session.get_session().get_service_model("ecs")
    root = service.operation_model("RegisterTaskDefinition").input_shape
    assert set(SHAPES["TaskDefinition"]["members"]) == set(root.members)
    container = root.members["containerDefinitions"].member
    assert set(SHAPES["ContainerDefinition"]["members"]) == set(container.members)
    assert len(SHAPES) == 39


def _mutations(doc, junk):
    """Put junk at every place of a valid document, one place at a time."""

    def places(value, path=()):
        yield path
        if isinstance(value, dict):
            for k, v in value.items():
                yield from places(v, (*path, k))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                yield from places(v, (*path, i))

    for path in list(places(doc))[1:]:
        mutated = copy.deepcopy(doc)
        target = mutated
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = junk
        yield mutated


@SETTINGS
@given(task_definitions, json_values)
def test_same_findings_as_pydantic_for_any_junk_anywhere(doc, junk):
    assert check_shape(doc) == []
    for mutated in _mutations(doc, junk):
        expected = _pydantic(mutated)
        if expected is not None:
            assert _key(check_shape(mutated)) == _key(expected)


@SETTINGS
@given(json_values, st.sampled_from(sorted(SHAPES["TaskDefinition"]["members"])))
def test_same_findings_for_any_value_of_any_top_level_member(value, member):
    doc = {"family": "a", "containerDefinitions": [], member: value}
    assert _key(check_shape(doc)) == _key(_pydantic(doc))


def test_unknown_keys_and_snake_case_are_reported():
    doc = {
        "family": "a",
        "containerDefinitions": [{"name": "x", "memroy": 5}],
        "task_role_arn": "r",
    }
    found = {(f.rule, f.path) for f in check_shape(doc)}
    assert found == {
        ("schema-unknown-key", "/containerDefinitions/0/memroy"),
        ("schema-unknown-key", "/task_role_arn"),
    }
