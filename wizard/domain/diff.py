"""What a draft changes compared with a registered revision.

Both sides go through the importer and the exporter first, so describe output
and register input compare alike. Then what ECS fills in by itself is removed:
a container ``cpu`` of 0, ``essential: true``, port ``protocol: "tcp"``, a
``hostPort`` equal to ``containerPort`` where the network mode forces that, a
``hostPort`` of 0 (dynamic) under bridge, ``readOnly: false`` of mount points and
volumes-from, ``networkMode: "bridge"`` on Linux (the documented default), and empty
lists and maps. Unit spellings ("1 vCPU") are exported as the API's numbers first.

Key order never matters, and neither does the order of lists that are really keyed
sets: containers (ECS starts them by ``dependsOn``, not by list order), environment
variables, secrets, tags, port mappings, mount points, volumes and the like. What
is left is compared member by member and reported with JSON Pointers into the new
document and a readable label (``containers.web.environment.LOG_LEVEL``).

Sources: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html
(defaults of ``essential``, ``networkMode``, ``readOnly``, ``protocol``) and
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_dependson
(start order follows ``dependsOn``).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from wizard.domain.findings import pointer
from wizard.domain.formats.exporter import ExportError, export_document
from wizard.domain.formats.importer import load_value


def _member(name: str) -> Callable[[dict[str, Any]], Hashable | None]:
    def key(item: dict[str, Any]) -> Hashable | None:
        value = item.get(name)
        return value if isinstance(value, str) else None

    return key


def _port_key(item: dict[str, Any]) -> Hashable | None:
    # canonical() has removed protocol "tcp", so absent means tcp here.
    protocol = item.get("protocol", "tcp")
    port = item.get("containerPort")
    if isinstance(port, int) and not isinstance(port, bool):
        return f"{port}/{protocol}"
    ports = item.get("containerPortRange")
    return f"{ports}/{protocol}" if isinstance(ports, str) else None


def _constraint_key(item: dict[str, Any]) -> Hashable | None:
    return f"{item.get('type')} {item.get('expression', '')}".strip()


# Lists whose items are identified by one member (or a small key); their order carries
# no meaning, so items are matched by key. Checked per list name.
_KEYED_LISTS: dict[str, Callable[[dict[str, Any]], Hashable | None]] = {
    "containerDefinitions": _member("name"),
    "environment": _member("name"),
    "secrets": _member("name"),
    "secretOptions": _member("name"),
    "tags": _member("key"),
    "ulimits": _member("name"),
    "systemControls": _member("namespace"),
    "volumes": _member("name"),
    "mountPoints": _member("containerPath"),
    "volumesFrom": _member("sourceContainer"),
    "dependsOn": _member("containerName"),
    "extraHosts": _member("hostname"),
    "resourceRequirements": _member("type"),
    "inferenceAccelerators": _member("deviceName"),
    "environmentFiles": _member("value"),
    "devices": _member("hostPath"),
    "tmpfs": _member("containerPath"),
    "portMappings": _port_key,
    "placementConstraints": _constraint_key,
}
# Name/value pairs: a change of the value reads as a change of the name.
_VALUE_MEMBERS = {"environment": "value", "secrets": "valueFrom", "tags": "value"}
# Lists of plain values whose order carries no meaning.
_SET_LISTS = frozenset({"requiresCompatibilities", "add", "drop"})
# Readable names of top-level members in labels.
_LABELS = {"containerDefinitions": "containers"}
_SAME_PORT_MODES = frozenset({"awsvpc", "host"})
_MAX_SHOWN = 80


@dataclass(frozen=True)
class Change:
    """One difference: ``kind`` is ``added``, ``removed`` or ``changed``."""

    kind: str
    pointer: str
    old: Any = None
    new: Any = None
    # The path in the user's words: containers and keyed items by name.
    label: str = field(default="", compare=False)

    @property
    def container(self) -> str | None:
        """The name of the container the change is in, or None for task-level members."""
        parts = self.label.split(".", 2)
        if len(parts) >= 2 and parts[0] == "containers":
            return parts[1]
        return None

    @property
    def section(self) -> str:
        """The member of the task or of the container the change is in."""
        parts = self.label.split(".")
        if self.container is not None:
            return parts[2] if len(parts) > 2 else ""
        return parts[0] if parts else ""

    def readable(self) -> str:
        """``containers.web.environment.LOG_LEVEL: "info" → "debug"``."""
        where = self.label or self.pointer or "/"
        if self.kind == "added":
            return f"+ {where}: {_show(self.new)}"
        if self.kind == "removed":
            return f"- {where}: {_show(self.old)}"
        return f"~ {where}: {_show(self.old)} → {_show(self.new)}"

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.pointer,
            "label": self.label,
            "kind": self.kind,
            "before": self.old,
            "after": self.new,
        }

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
    if network_mode == "bridge" and not _windows(doc):
        doc.pop("networkMode", None)  # the default on Linux, however it was spelled
    for container in doc.get("containerDefinitions", []) or []:
        if isinstance(container, dict):
            _drop_container_defaults(container, network_mode)
    cleaned: dict[str, Any] = drop_empty(doc)
    return cleaned


def _windows(doc: dict[str, Any]) -> bool:
    platform = doc.get("runtimePlatform")
    family = platform.get("operatingSystemFamily") if isinstance(platform, dict) else None
    return isinstance(family, str) and family.upper().startswith("WINDOWS")


def _drop_container_defaults(container: dict[str, Any], network_mode: str) -> None:
    if container.get("cpu") == 0:
        del container["cpu"]
    if container.get("essential") is True:
        del container["essential"]
    for key in ("mountPoints", "volumesFrom"):
        for item in container.get(key, []) or []:
            if isinstance(item, dict) and item.get("readOnly") is False:
                del item["readOnly"]
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
    _diff(canonical(old), canonical(new), "", "", None, changes)
    return changes


def _join(label: str, part: object) -> str:
    text = _LABELS.get(str(part), str(part)) if not label else str(part)
    return f"{label}.{text}" if label else text


def _diff(old: Any, new: Any, ptr: str, label: str, key: str | None, out: list[Change]) -> None:
    if isinstance(old, dict) and isinstance(new, dict):
        for name, value in new.items():
            where, readable = ptr + pointer(name), _join(label, name)
            if name in old:
                _diff(old[name], value, where, readable, name, out)
            else:
                out.append(Change("added", where, new=value, label=readable))
        out.extend(
            Change("removed", ptr + pointer(name), old=value, label=_join(label, name))
            for name, value in old.items()
            if name not in new
        )
        return
    if isinstance(old, list) and isinstance(new, list):
        key_of = _KEYED_LISTS.get(key or "")
        if key_of is not None and _is_keyed(old, new, key_of):
            _diff_keyed(old, new, ptr, label, key or "", key_of, out)
        elif key in _SET_LISTS:
            if sorted(map(str, old)) != sorted(map(str, new)):
                out.append(Change("changed", ptr, old, new, label=label))
        else:
            _diff_list(old, new, ptr, label, out)
        return
    # type() as well: JSON true and 1 are different values, Python's == says equal.
    if old != new or type(old) is not type(new):
        out.append(Change("changed", ptr, old, new, label=label))


def _diff_list(old: list[Any], new: list[Any], ptr: str, label: str, out: list[Change]) -> None:
    for index, item in enumerate(new):
        where, readable = ptr + pointer(index), _join(label, index)
        if index < len(old):
            _diff(old[index], item, where, readable, None, out)
        else:
            out.append(Change("added", where, new=item, label=readable))
    out.extend(
        Change("removed", ptr + pointer(index), old=old[index], label=_join(label, index))
        for index in range(len(new), len(old))
    )


def _is_keyed(
    old: list[Any], new: list[Any], key_of: Callable[[dict[str, Any]], Hashable | None]
) -> bool:
    for side in (old, new):
        if not all(isinstance(i, dict) for i in side):
            return False
        keys = [key_of(i) for i in side]
        # Missing or duplicated keys would make matching ambiguous; use positions then.
        if any(k is None for k in keys) or len(set(keys)) != len(keys):
            return False
    return True


def _diff_keyed(
    old: list[dict[str, Any]],
    new: list[dict[str, Any]],
    ptr: str,
    label: str,
    list_name: str,
    key_of: Callable[[dict[str, Any]], Hashable | None],
    out: list[Change],
) -> None:
    old_by_key = {key_of(item): item for item in old}
    new_keys = {key_of(item) for item in new}
    value_member = _VALUE_MEMBERS.get(list_name)
    for index, item in enumerate(new):
        item_key = key_of(item)
        where, readable = ptr + pointer(index), _join(label, item_key)
        before = old_by_key.get(item_key)
        if before is None:
            out.append(Change("added", where, new=item, label=readable))
            continue
        found: list[Change] = []
        _diff(before, item, where, readable, None, found)
        for change in found:
            if value_member and change.label == f"{readable}.{value_member}":
                change = Change(change.kind, change.pointer, change.old, change.new, readable)
            out.append(change)
    # A removed item has no place in the new document: the pointer names the list.
    out.extend(
        Change("removed", ptr, old=item, label=_join(label, key_of(item)))
        for item in old
        if key_of(item) not in new_keys
    )
