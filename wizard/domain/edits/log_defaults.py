"""The log collection a new container gets, as the console's "Use log collection":
the awslogs driver, group ``/ecs/FAMILY``, the Region the user works in and
stream prefix ``ecs``.

The group follows the family while the user types it: a container whose group
is still ``/ecs/<old family>`` gets ``/ecs/<new family>``; a group the user
changed no longer matches, so it is left alone. That needs no extra state, and
undo, files and autosave keep working on the plain document.
"""

from __future__ import annotations

from typing import Any

STREAM_PREFIX = "ecs"


def log_group_for(family: str) -> str:
    return f"/ecs/{family}"


def awslogs_configuration(family: str, region: str = "") -> dict[str, Any]:
    """The console's default awslogs configuration; without a known Region the
    region option is left out, so its field asks for it."""
    options = {"awslogs-group": log_group_for(family)}
    if region:
        options["awslogs-region"] = region
    options["awslogs-stream-prefix"] = STREAM_PREFIX
    return {"logDriver": "awslogs", "options": options}


def follow_family(document: dict[str, Any], old: str, new: str) -> list[int]:
    """Rename the default log group of every container from ``/ecs/old`` to
    ``/ecs/new`` in place; returns the indexes of the containers changed."""
    containers = document.get("containerDefinitions")
    if old == new or not isinstance(containers, list):
        return []
    changed = []
    for index, container in enumerate(containers):
        config = container.get("logConfiguration") if isinstance(container, dict) else None
        if not isinstance(config, dict) or config.get("logDriver") != "awslogs":
            continue
        options = config.get("options")
        if isinstance(options, dict) and options.get("awslogs-group") == log_group_for(old):
            options["awslogs-group"] = log_group_for(new)
            changed.append(index)
    return changed
