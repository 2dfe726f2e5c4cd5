"""Small helpers shared by several rule modules.

Value predicates say whether a value actually asks for a feature (``true``, a
non-empty list, ...), so that ``"privileged": false`` or ``"dnsServers": []``
count as not set. :func:`containers_with` / :func:`volumes_with` walk the
members of one key, and the log helpers read a container's ``logConfiguration``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Any

from wizard.domain.rules.context import (
    RuleContext,
    as_dict,
    as_list,
    as_str,
    container_label,
    volume_label,
)


# --- value predicates: does this value actually ask for the feature? ------
def is_true(value: Any) -> bool:
    return value is True


def is_non_empty_list(value: Any) -> bool:
    return bool(as_list(value))


def is_non_empty_dict(value: Any) -> bool:
    return bool(as_dict(value))


def is_non_empty_str(value: Any) -> bool:
    text = as_str(value)
    return bool(text and text.strip())


def is_blank(value: Any) -> bool:
    """Missing, or an empty / whitespace-only string."""
    return value is None or (isinstance(value, str) and not value.strip())


# --- enum values -------------------------------------------------------------
def enum_value(value: Any, allowed: Collection[str]) -> str | None:
    """``value`` if it is one of ``allowed``, else None.

    Anything else (a typo, a placeholder, a list or dict) is left to the
    generic enum rule (enums.py); checking ``as_str`` first also keeps
    unhashable JSON values away from the lookup.
    """
    text = as_str(value)
    return text if text is not None and text in allowed else None


# --- members of containers and volumes -------------------------------------------
Path = tuple[str | int, ...]


def _members(
    items: Iterable[tuple[int, dict[str, Any]]],
    where: str,
    label: Callable[[int, Mapping[str, Any]], str],
    key: str,
    kind: type,
) -> Iterator[tuple[str, Path, Any]]:
    for index, item in items:
        value = item.get(key)
        if isinstance(value, kind):
            yield label(index, item), (where, index, key), value


def containers_with(ctx: RuleContext, key: str, kind: type) -> Iterator[tuple[str, Path, Any]]:
    """(container label, path of ``key``, value) for each container whose
    ``key`` holds a ``kind`` (dict or list); other types are the schema
    check's business."""
    return _members(ctx.containers, "containerDefinitions", container_label, key, kind)


def volumes_with(ctx: RuleContext, key: str, kind: type) -> Iterator[tuple[str, Path, Any]]:
    """(volume label, path of ``key``, value) for each volume whose ``key``
    holds a ``kind``, like :func:`containers_with`."""
    return _members(ctx.volumes(), "volumes", volume_label, key, kind)


# --- log configuration ---------------------------------------------------------
def log_configuration(container: dict[str, Any]) -> dict[str, Any]:
    return as_dict(container.get("logConfiguration"))


def log_driver(container: dict[str, Any]) -> str | None:
    return as_str(log_configuration(container).get("logDriver"))


def is_log_router(container: dict[str, Any]) -> bool:
    """A FireLens log router is the container carrying firelensConfiguration."""
    return isinstance(container.get("firelensConfiguration"), dict)
