"""A place in the task definition as the screen names it: "web › Memory hard limit".

The findings table shows where each finding is. A JSON Pointer
(``/containerDefinitions/0/memory``) says it to the API; a user knows the
container by its name and the field by its label. :func:`field_name` walks the
pointer through the input shape (``wizard/domain/schema/shapes.py``): a
container becomes its name, a list item "Port mapping 2" (or, for items that
have a name, "Environment variable 'DB_HOST'"), a member its label
(``field_labels`` for labels that depend on the place, ``member_labels`` for the
rest). A member the API does not know is shown as written, in quotes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from wizard.domain.findings import split_pointer
from wizard.domain.schema.shapes import SHAPES
from wizard.ui.draft.field_labels import container_name, field_label
from wizard.ui.draft.member_labels import BY_NAME, member

SEPARATOR = " › "
#: The member of a list item that names it, for lists whose items have one.
NAMED_BY = {
    "volumes": "name",
    "environment": "name",
    "secrets": "name",
    "tags": "key",
    "ulimits": "name",
    "systemControls": "namespace",
    "dependsOn": "containerName",
    "properties": "name",
}
_LONGEST_NAME = 40

Shape = tuple[Any, ...]


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def _short(text: str) -> str:
    return text if len(text) <= _LONGEST_NAME else text[: _LONGEST_NAME - 1] + "…"


def field_name(document: Mapping[str, Any], ptr: str) -> str:
    """``ptr`` in the screen's words, for the findings table's Field column."""
    parts = field_parts(document, ptr)
    if not parts:
        return QCoreApplication.translate("FieldLabels", "Whole task definition")
    return SEPARATOR.join(parts)


def field_name_below(document: Mapping[str, Any], ptr: str, base: str) -> str:
    """``ptr`` named from ``base`` on, for a view that already shows ``base`` (a
    container's JSON view: "Linux parameters › Capabilities"); "" at ``base``."""
    shown = len(field_parts(document, base))
    return SEPARATOR.join(field_parts(document, ptr)[shown:])


def field_parts(document: Mapping[str, Any], ptr: str) -> list[str]:
    """The names along ``ptr``: the container, list items and the field."""
    segments = split_pointer(ptr)
    parts: list[str] = []
    shape: Shape | None = ("structure", "TaskDefinition")
    node: Any = document
    prefix = ""  # the part of ptr walked so far
    # The member last passed (a list or map names its items after it), its
    # label, and whether that label was added (an item's name replaces it).
    owner, owner_label, owner_shown = "", "", False
    for position, segment in enumerate(segments):
        last = position == len(segments) - 1
        kind = shape[0] if shape else ""
        prefix += "/" + _escape(segment)
        if kind == "list" and segment.isdigit():
            index = int(segment)
            item = node[index] if isinstance(node, list) and index < len(node) else None
            if owner_shown:
                parts.pop()
            parts.append(_item_name(document, owner, index, item))
            shape, node, owner_shown = (shape[1] if shape else None), item, False
            continue
        next_node = node.get(segment) if isinstance(node, dict) else None
        if kind == "map":
            found = field_label(prefix)
            if found is None and not owner_shown:
                parts.append(owner_label)  # "Log options", when the key has no label
            parts.append(found.text() if found is not None else segment)
            shape, node, owner_shown = (shape[1] if shape else None), next_node, False
            continue
        members: Mapping[str, Shape] = (
            SHAPES[shape[1]]["members"] if kind == "structure" and shape else {}  # type: ignore[assignment]
        )
        child = members.get(segment)
        if child is None and not (position == 0 and segment in BY_NAME):
            # Not a member the API knows here: the user's own key, as written.
            parts.append(QCoreApplication.translate("FieldLabels", "'{0}'").format(_short(segment)))
            parts.extend(_short(s) for s in segments[position + 1 :])
            break
        known = member(segment)
        found = field_label(prefix)
        label = found.text() if found is not None else known.text() if known else segment
        shown = last or known is None or not known.quiet
        if shown:
            parts.append(label)
        owner, owner_label, owner_shown = segment, label, shown
        shape, node = child, next_node
    return parts


def _item_name(document: Mapping[str, Any], list_member: str, index: int, item: Any) -> str:
    if list_member == "containerDefinitions":
        prefix = "/containerDefinitions/" + str(index)
        return container_name(document, prefix) or str(index + 1)
    known = member(list_member)
    noun = known.item_text() if known is not None else list_member
    key = NAMED_BY.get(list_member)
    name = item.get(key) if key and isinstance(item, dict) else None
    if isinstance(name, str) and name.strip():
        return QCoreApplication.translate("FieldLabels", "{0} '{1}'").format(noun, _short(name))
    return QCoreApplication.translate("FieldLabels", "{0} {1}").format(noun, index + 1)
