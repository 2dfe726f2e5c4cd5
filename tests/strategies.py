"""Hypothesis strategies: documents shaped like the API model, and arbitrary JSON."""

from __future__ import annotations

import types
import typing
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel

from wizard.domain.schema import model as m

_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_DIGITS = st.integers(min_value=1, max_value=200000).map(str)

# Members whose botocore shape carries a minimum (ParamValidator checks min).
_MIN_ONE = {("Tag", "key"), ("NvidiaMpsAllocation", "memory")}


def _strip_optional(annotation: Any) -> Any:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return next(a for a in typing.get_args(annotation) if a is not type(None))
    return annotation


def _for_annotation(annotation: Any, owner: str, field: str, depth: int) -> st.SearchStrategy:
    annotation = _strip_optional(annotation)
    origin = typing.get_origin(annotation)
    if origin is list:
        (item,) = typing.get_args(annotation)
        return st.lists(_for_annotation(item, owner, field, depth + 1), max_size=2)
    if origin is dict:
        return st.dictionaries(_TEXT, _TEXT, max_size=2)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return model_strategy(annotation, depth + 1)
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if annotation is int:
        low = 1 if (owner, field) in _MIN_ONE else -(2**31)
        high = 100 if field == "maxComputePercent" else 2**31 - 1
        return st.integers(
            min_value=max(low, 1) if field == "maxComputePercent" else low, max_value=high
        )
    if annotation is bool:
        return st.booleans()
    if (owner, field) in _MIN_ONE:
        return _TEXT.filter(bool)
    return _TEXT


def model_strategy(cls: type[BaseModel], depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    required: dict[str, st.SearchStrategy] = {}
    optional: dict[str, st.SearchStrategy] = {}
    for name, field in cls.model_fields.items():
        alias = field.alias or name
        if cls is m.TaskDefinition and alias in ("cpu", "memory"):
            strategy = _DIGITS
        else:
            strategy = _for_annotation(field.annotation, cls.__name__, alias, depth)
        (required if field.is_required() else optional)[alias] = strategy
    if depth > 3:
        optional = {}
    return st.fixed_dictionaries(required, optional=optional)


task_definitions = model_strategy(m.TaskDefinition)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _TEXT,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_TEXT, children, max_size=4),
    max_leaves=30,
)
