"""Turn pydantic validation errors into findings that name the place.

pydantic's ``loc`` is a path of wire names and list indexes; we turn it into a
JSON Pointer, name the API shape the member belongs to, and say in plain words
what type was expected (with a spelling suggestion for unknown keys).
"""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from wizard.domain.findings import Finding, Severity, pointer
from wizard.domain.schema.model import TaskDefinition
from wizard.domain.schema.check import describe_json_type, quote_value, suggest_member

_EXPECTED = {
    "int_type": "an integer",
    "int_parsing": "an integer",
    "string_type": "a string",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
}

# Reported by the rules engine with a better message (family-*, container-*).
_RULE_OWNED_MISSING = {("family",), ("containerDefinitions",)}


def schema_findings(exc: ValidationError, doc: Any) -> list[Finding]:
    findings = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        kind = error["type"]
        if kind == "missing" and loc in _RULE_OWNED_MISSING:
            continue
        findings.append(_finding(kind, loc, error.get("input"), doc))
    return findings


def _finding(kind: str, loc: tuple[Any, ...], value: Any, doc: Any) -> Finding:
    path = pointer(*loc)
    key = str(loc[-1]) if loc else ""
    parent = _model_at(loc[:-1])
    shape = _shape_name(parent)
    if kind == "extra_forbidden":
        return Finding(
            "schema-unknown-key",
            Severity.ERROR,
            path,
            {"key": key, "shape": shape, "suggestion": _suggest(key, parent)},
        )
    if kind == "missing":
        return Finding("schema-missing", Severity.ERROR, path, {"key": key, "shape": shape})
    return Finding(
        "schema-type",
        Severity.ERROR,
        path,
        {
            "key": key,
            "expected": _EXPECTED.get(kind, "a different type"),
            "found": describe_json_type(value),
            "value": quote_value(value),
        },
    )


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class that holds the member at ``loc`` (None inside maps)."""
    current: Any = TaskDefinition
    for part in loc:
        if isinstance(part, int):
            current = _unwrap_list(current)
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = _field_by_alias(current, part)
        if field is None:
            return None
        current = _unwrap_optional(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _field_by_alias(model: type[BaseModel], alias: str) -> Any:
    for name, field in model.model_fields.items():
        if field.alias == alias or name == alias:
            return field
    return None


def _unwrap_optional(annotation: Any) -> Any:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if args else annotation
    return annotation


def _unwrap_list(annotation: Any) -> Any:
    annotation = _unwrap_optional(annotation)
    if typing.get_origin(annotation) is list:
        return typing.get_args(annotation)[0]
    return annotation


def _shape_name(model: type[BaseModel] | None) -> str:
    if model is None:
        return "this object"
    if model is TaskDefinition:
        return "the task definition"
    return model.__name__


def _suggest(key: str, model: type[BaseModel] | None) -> str:
    if model is None:
        return ""
    return suggest_member(key, [f.alias or n for n, f in model.model_fields.items()])
