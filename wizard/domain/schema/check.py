"""Check a document against the API shape without the pydantic models.

Same findings as validating with :mod:`wizard.domain.schema.model` (unknown keys with
a spelling suggestion, wrong types, missing required members), from the shape
table in :mod:`wizard.domain.schema.shapes`. Loading the pydantic models costs more
than a whole ``lint`` run, so the linter and the GUI's per-keystroke analysis
use this; the models are built only for export. A property test keeps the two
in agreement.
"""

from __future__ import annotations

import difflib
from typing import Any

from wizard.domain.container_memo import LIST, ContainerMemo
from wizard.domain.findings import Finding, Severity, pointer
from wizard.domain.schema.shapes import SHAPES

ROOT = "TaskDefinition"
_EXPECTED = {
    "string": "a string",
    "integer": "an integer",
    "boolean": "true or false",
    "list": "a list",
    "map": "an object",
    "structure": "an object",
}
# Missing top-level members the rules engine reports with a better message.
_RULE_OWNED_MISSING = {("family",), ("containerDefinitions",)}

# Where a value sits: its member names and list indexes from the document's root.
SchemaPath = tuple[str | int, ...]


def check_shape(doc: Any, memo: ContainerMemo | None = None) -> list[Finding]:
    """Schema findings for a register-input document (any JSON value); with
    ``memo``, an unchanged container's findings are reused (the same list)."""
    findings: list[Finding] = []
    _structure(doc, ROOT, (), findings, memo)
    return findings


def _structure(
    value: Any, shape: str, path: SchemaPath, out: list[Finding], memo: ContainerMemo | None = None
) -> None:
    if not isinstance(value, dict):
        out.append(_type_finding("structure", path, value))
        return
    spec = SHAPES[shape]
    members: dict[str, tuple[Any, ...]] = spec["members"]  # type: ignore[assignment]  # SHAPES is generated data typed loosely
    for key, item in value.items():
        kind = members.get(key)
        if kind is None:
            out.append(_unknown(key, shape, (*path, key)))
        elif memo is not None and key == LIST and isinstance(item, list):
            _containers(item, kind, out, memo)
        elif item is not None or key in spec["required"]:
            _value(item, kind, (*path, key), out)
    for key in spec["required"]:
        if key not in value and (*path, key) not in _RULE_OWNED_MISSING:
            out.append(
                Finding(
                    "schema-missing",
                    Severity.ERROR,
                    pointer(*path, key),
                    {"key": key, "shape": _shape_label(shape)},
                )
            )


def _containers(
    items: list[Any], kind: tuple[Any, ...], out: list[Finding], memo: ContainerMemo
) -> None:
    """The container list, as _value checks a list, reusing unchanged containers."""
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            _value(item, kind[1], (LIST, index), out)
            continue
        found = memo.get("shape", index, item)
        if found is None:
            found = []
            _value(item, kind[1], (LIST, index), found)
            memo.put("shape", index, item, found)
        out.extend(found)


def _value(value: Any, kind: tuple[Any, ...], path: SchemaPath, out: list[Finding]) -> None:
    name = kind[0]
    if name == "string":
        ok = isinstance(value, str)
    elif name == "integer":
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif name == "boolean":
        ok = isinstance(value, bool)
    elif name == "structure":
        _structure(value, kind[1], path, out)
        return
    elif name == "list":
        if not isinstance(value, list):
            out.append(_type_finding("list", path, value))
            return
        for index, item in enumerate(value):
            _value(item, kind[1], (*path, index), out)
        return
    else:  # map of string -> string
        if not isinstance(value, dict):
            out.append(_type_finding("map", path, value))
            return
        for key, item in value.items():
            _value(item, kind[1], (*path, key), out)
        return
    if not ok:
        out.append(_type_finding(name, path, value))


def _unknown(key: str, shape: str, path: SchemaPath) -> Finding:
    return Finding(
        "schema-unknown-key",
        Severity.ERROR,
        pointer(*path),
        {"key": key, "shape": _shape_label(shape), "suggestion": _suggest(key, shape)},
    )


def _type_finding(kind: str, path: SchemaPath, value: Any) -> Finding:
    return Finding(
        "schema-type",
        Severity.ERROR,
        pointer(*path),
        {
            "key": str(path[-1]) if path else "",
            "expected": _EXPECTED[kind],
            "found": describe_json_type(value),
            "value": quote_value(value),
        },
    )


def _shape_label(shape: str) -> str:
    return "the task definition" if shape == ROOT else shape


def _suggest(key: str, shape: str) -> str:
    return suggest_member(key, list(SHAPES[shape]["members"]))


def suggest_member(key: str, names: list[str]) -> str:
    """ " (did you mean 'memory'?)" for a misspelt member, else ""."""
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    if not close:
        lowered = {n.lower(): n for n in names}
        if key.lower() in lowered:
            close = [lowered[key.lower()]]
    return f" (did you mean '{close[0]}'?)" if close else ""


def describe_json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null"


def quote_value(value: Any) -> str:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = repr(value) if isinstance(value, str) else str(value)
        return f" ({text[:40]})"
    return ""
