"""The pydantic model covers every member of botocore's RegisterTaskDefinition input."""

from __future__ import annotations

import botocore.session
import pytest
from pydantic import BaseModel, ValidationError

from wizard.domain.schema import model as m
from wizard.domain.schema.errors import _model_at


def _shapes():
    service = botocore.session.get_session().get_service_model("ecs")
    root = service.operation_model("RegisterTaskDefinition").input_shape
    seen: dict[str, object] = {}

    def walk(shape):
        if shape.type_name == "structure" and shape.name not in seen:
            seen[shape.name] = shape
            for member in shape.members.values():
                walk(member)
        elif shape.type_name == "list":
            walk(shape.member)
        elif shape.type_name == "map":
            walk(shape.value)

    walk(root)
    return seen


SHAPES = _shapes()


@pytest.mark.parametrize("shape_name", sorted(SHAPES))
def test_every_member_of_every_shape_is_modelled(shape_name):
    shape = SHAPES[shape_name]
    cls_name = "TaskDefinition" if shape_name == "RegisterTaskDefinitionRequest" else shape_name
    cls: type[BaseModel] = getattr(m, cls_name)
    aliases = {f.alias for f in cls.model_fields.values()}
    assert aliases == set(shape.members), f"{cls_name} differs from botocore's {shape_name}"
    required = {f.alias for f in cls.model_fields.values() if f.is_required()}
    assert required == set(shape.required_members)


def test_unknown_key_is_rejected_not_dropped():
    with pytest.raises(ValidationError) as info:
        m.TaskDefinition.model_validate(
            {"family": "a", "containerDefinitions": [{"name": "x", "memroy": 5}]}
        )
    assert info.value.errors()[0]["loc"] == ("containerDefinitions", 0, "memroy")


def test_false_zero_and_empty_lists_survive_and_unset_members_do_not_appear():
    doc = {
        "family": "a",
        "containerDefinitions": [
            {"name": "x", "essential": False, "cpu": 0, "portMappings": [], "dockerLabels": {}}
        ],
        "enableFaultInjection": False,
    }
    td = m.TaskDefinition.model_validate(doc)
    assert td.model_dump(by_alias=True, exclude_unset=True) == doc


@pytest.mark.parametrize(
    "value",
    [{"memory": "256"}, {"memory": 1.5}, {"essential": "yes"}, {"memory": True}, {"image": 5}],
)
def test_strict_types_like_botocore(value):
    with pytest.raises(ValidationError):
        m.TaskDefinition.model_validate({"family": "a", "containerDefinitions": [value]})


def test_model_lookup_for_error_locations():
    assert _model_at(("containerDefinitions", 0, "portMappings", 1)) is m.PortMapping
    assert _model_at(("containerDefinitions", 0, "dockerLabels")) is None
