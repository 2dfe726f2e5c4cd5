"""What a draft changes compared with a registered revision.

Both sides go through the importer and the exporter first, so describe output
and register input compare alike. Then what ECS fills in by itself is removed:
a container ``cpu`` of 0, ``essential: true``, port ``protocol: "tcp"``, a
``hostPort`` equal to ``containerPort`` where the network mode forces that, a
``hostPort`` of 0 (dynamic) under bridge, and empty lists and maps. Key order never
matters, and neither does the order of lists that are really keyed sets
(environment variables, secrets, tags, ulimits). What is left is compared
member by member and reported with JSON Pointers into the new document.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

from wizard.domain.formats.exporter import ExportError, export_document
from wizard.domain.findings import pointer
from wizard.domain.formats.importer import load_value

# Lists whose items are identified by one member; their order carries no meaning.
_KEYED_LISTS = {
    "environment": "name",
    "secrets": "name",
    "secretOptions": "name",
    "tags": "key",
    "ulimits": "name",
    "systemControls": "namespace",
}
# Lists of plain values whose order carries no meaning.
_SET_LISTS = frozenset({"requiresCompatibilities"})
_SAME_PORT_MODES = frozenset({"awsvpc", "host"})
_MAX_SHOWN = 80


@dataclass(frozen=True)
class Change:
    """One difference: ``kind`` is ``added``, ``removed`` or ``changed``."""

    kind: str
    pointer: str
    old: Any = None
    new: Any = None

    def describe(self) -> str:
        where = self.pointer or "/"
        if self.kind == "added":
            return f"+ {where}: {_show(self.new)}"
        if self.kind == "removed":
            return f"- {where}: {_show(self.old)}"
        return f"~ {where}: {_show(self.old)} -> {_show(self.new)}"


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "), sort_keys=True)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "..."


def drop_empty(value: Any) -> Any:
    """``value`` without empty lists and maps at any depth (ECS reports absent lists as [])."""
    if isinstance(value, dict):
        out = {k: drop_empty(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v != [] and v != {}}
    if isinstance(value, list):
        return [drop_empty(v) for v in value]
    return value


def canonical(document: dict[str, Any]) -> dict[str, Any]:
    """The comparable form of any accepted input (register input or describe output)."""
    loaded = load_value(copy.deepcopy(document))
    doc = loaded.document or {}
    try:
        doc = export_document(doc)
    except ExportError:
        pass  # not a valid shape: compare what there is rather than refuse
    doc = copy.deepcopy(doc)
    network_mode = doc.get("networkMode", "bridge")
    for container in doc.get("containerDefinitions", []) or []:
        if isinstance(container, dict):
            _drop_container_defaults(container, network_mode)
    return drop_empty(doc)


def _drop_container_defaults(container: dict[str, Any], network_mode: str) -> None:
    if container.get("cpu") == 0:
        del container["cpu"]
    if container.get("essential") is True:
        del container["essential"]
    for mapping in container.get("portMappings", []) or []:
        if not isinstance(mapping, dict):
            continue
        if mapping.get("protocol") == "tcp":
            del mapping["protocol"]
        host = mapping.get("hostPort")
        if host is None:
            continue
        if network_mode in _SAME_PORT_MODES and host == mapping.get("containerPort"):
            del mapping["hostPort"]
        elif network_mode == "bridge" and host == 0:
            del mapping["hostPort"]


def semantic_diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Changes from ``old`` (e.g. the latest revision) to ``new`` (the draft)."""
    changes: list[Change] = []
    _diff(canonical(old), canonical(new), "", None, changes)
    return changes


def _diff(old: Any, new: Any, ptr: str, key: str | None, out: list[Change]) -> None:
    if isinstance(old, dict) and isinstance(new, dict):
        for name, value in new.items():
            if name in old:
                _diff(old[name], value, ptr + pointer(name), name, out)
            else:
                out.append(Change("added", ptr + pointer(name), new=value))
        out.extend(
            Change("removed", ptr + pointer(name), old=value)
            for name, value in old.items()
            if name not in new
        )
        return
    if isinstance(old, list) and isinstance(new, list):
        member = _KEYED_LISTS.get(key or "")
        if member and _is_keyed(old, new, member):
            _diff_keyed(old, new, ptr, member, out)
        elif key in _SET_LISTS:
            if sorted(map(str, old)) != sorted(map(str, new)):
                out.append(Change("changed", ptr, old, new))
        else:
            _diff_list(old, new, ptr, out)
        return
    # type() as well: JSON true and 1 are different values, Python's == says equal.
    if old != new or type(old) is not type(new):
        out.append(Change("changed", ptr, old, new))


def _diff_list(old: list[Any], new: list[Any], ptr: str, out: list[Change]) -> None:
    for index, item in enumerate(new):
        if index < len(old):
            _diff(old[index], item, ptr + pointer(index), None, out)
        else:
            out.append(Change("added", ptr + pointer(index), new=item))
    out.extend(
        Change("removed", ptr + pointer(index), old=old[index])
        for index in range(len(new), len(old))
    )


def _is_keyed(old: list[Any], new: list[Any], member: str) -> bool:
    items = old + new
    if not all(isinstance(i, dict) and isinstance(i.get(member), str) for i in items):
        return False
    # Duplicated keys would make matching ambiguous; fall back to positions then.
    return all(len({i[member] for i in side}) == len(side) for side in (old, new))


def _diff_keyed(
    old: list[dict[str, Any]], new: list[dict[str, Any]], ptr: str, member: str, out: list[Change]
) -> None:
    old_by_key = {item[member]: item for item in old}
    new_keys = {item[member] for item in new}
    for index, item in enumerate(new):
        before = old_by_key.get(item[member])
        if before is None:
            out.append(Change("added", ptr + pointer(index), new=item))
        else:
            _diff(before, item, ptr + pointer(index), None, out)
    # A removed item has no place in the new document: the pointer names the list.
    out.extend(Change("removed", ptr, old=item) for item in old if item[member] not in new_keys)
