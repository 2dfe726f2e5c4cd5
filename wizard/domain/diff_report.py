"""The semantic diff as people read it: grouped by container and section, as text or JSON.

The command line prints :func:`diff_text` or :func:`diff_json`; the GUI's compare
view lays out :func:`group_changes` side by side. Task-level members come first,
then each container by name, in the new document's order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wizard.domain.diff import Change

TASK = ""  # the group of task-level members


@dataclass
class ChangeGroup:
    """The changes of the task (``container`` is ``TASK``) or of one container.

    ``state`` is ``added`` or ``removed`` when the whole container is, else ``changed``.
    """

    container: str
    state: str = "changed"
    sections: dict[str, list[Change]] = field(default_factory=dict)

    @property
    def changes(self) -> list[Change]:
        return [c for section in self.sections.values() for c in section]


def group_changes(changes: list[Change]) -> list[ChangeGroup]:
    """Changes by container (task-level first) and by section, in the order given."""
    groups: dict[str, ChangeGroup] = {TASK: ChangeGroup(TASK)}
    for change in changes:
        name = change.container
        if name is None and change.label.startswith("containers."):
            name = change.label.split(".", 1)[1]
        if name is not None and change.label == f"containers.{name}":
            # The whole container was added or removed.
            group = groups.setdefault(name, ChangeGroup(name))
            group.state = change.kind
            group.sections.setdefault("", []).append(change)
            continue
        key = TASK if name is None else name
        group = groups.setdefault(key, ChangeGroup(key))
        group.sections.setdefault(change.section, []).append(change)
    return [g for g in groups.values() if g.sections]


def diff_text(changes: list[Change], before: str, after: str) -> str:
    """A unified view: a header naming both sides, then one block per container."""
    lines = [f"--- {before}", f"+++ {after}"]
    if not changes:
        lines.append("no changes")
    for group in group_changes(changes):
        if group.container == TASK:
            lines.append("task:")
        elif group.state == "added":
            lines.append(f"container {group.container} (added):")
        elif group.state == "removed":
            lines.append(f"container {group.container} (removed):")
        else:
            lines.append(f"container {group.container}:")
        lines.extend(f"  {change.readable()}" for change in group.changes)
    return "\n".join(lines) + "\n"


def diff_json(changes: list[Change], before: str, after: str) -> dict[str, Any]:
    """``{"before", "after", "changes": [{"path", "label", "kind", "before", "after"}]}``;
    ``path`` is a JSON Pointer into the new document (B)."""
    return {
        "before": before,
        "after": after,
        "changes": [change.as_json() for change in changes],
    }
