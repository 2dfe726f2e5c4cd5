"""ECS ``ClientException`` texts mapped back to the field they concern.

ECS reports most validation failures as free text (the texts below are those
seen in real use). Matching them lets the GUI jump to the field and the
CLI name it as a JSON Pointer. Texts not listed here get no field: guessing a
wrong one would send the user to the wrong place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from wizard.domain.findings import pointer
from wizard.services.messages import message

Doc = dict[str, Any] | None
Resolver = Callable[[re.Match[str], Doc], tuple[str, str]]


def _containers(doc: Doc) -> list[dict[str, Any]]:
    items = (doc or {}).get("containerDefinitions")
    return [c for c in items if isinstance(c, dict)] if isinstance(items, list) else []


def _container_field(name: str, doc: Doc, *fields: str) -> str:
    for index, container in enumerate(_containers(doc)):
        if container.get("name") == name:
            return pointer("containerDefinitions", index, *fields)
    return "/containerDefinitions"


def _first(doc: Doc, test: Callable[[dict[str, Any]], bool], *fields: str) -> str:
    for index, container in enumerate(_containers(doc)):
        if test(container):
            return pointer("containerDefinitions", index, *fields)
    return "/containerDefinitions"


def _fargate_size(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    memory = (doc or {}).get("memory")
    see = f"ecs-taskdef-wizard sizes --memory {memory}" if memory else "ecs-taskdef-wizard sizes"
    return "/memory", message("field.fargate-size", command=see)


def _task_cpu(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    return "/cpu", message("field.task-cpu")


def _task_memory(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    return "/memory", message("field.task-memory")


def _container_memory_missing(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    return _container_field(m["c"], doc, "memory"), message(
        "field.container-memory-missing", container=m["c"]
    )


def _container_memory_too_big(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    return _container_field(m["c"], doc, "memory"), message(
        "field.container-memory-too-big", container=m["c"]
    )


def _sum_reservation(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    return "/memory", message("field.sum-reservation")


def _sum_cpu(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    return "/cpu", message("field.sum-cpu")


def _awsvpc_ports(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    for index, container in enumerate(_containers(doc)):
        mappings = container.get("portMappings")
        for j, mapping in enumerate(mappings if isinstance(mappings, list) else []):
            if not isinstance(mapping, dict) or "hostPort" not in mapping:
                continue
            if mapping.get("hostPort") != mapping.get("containerPort"):
                where = pointer("containerDefinitions", index, "portMappings", j, "hostPort")
                return where, message("field.awsvpc-ports")
    return "/containerDefinitions", message("field.awsvpc-ports")


def _container_port(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    return _container_field(m["c"], doc, "portMappings"), message("field.container-port")


def _execution_role(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    return "/executionRoleArn", message("field.execution-role")


def _duplicate_names(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    seen: set[Any] = set()
    for index, container in enumerate(_containers(doc)):
        name = container.get("name")
        if name in seen:
            return pointer("containerDefinitions", index, "name"), message("field.duplicate-name")
        seen.add(name)
    return "/containerDefinitions", message("field.distinct-names")


_NAME = re.compile(r"^[A-Za-z0-9_-]{1,255}$")


def _bad_name(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    where = _first(doc, lambda c: not _NAME.match(str(c.get("name") or "")), "name")
    return where, message("field.container-name")


def _no_image(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    return _first(doc, lambda c: not c.get("image"), "image"), message("field.no-image")


def _family(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    return "/family", message("field.family")


def _too_many(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    return "/containerDefinitions", message("field.too-many")


def _too_long(m: re.Match[str], doc: Doc) -> tuple[str, str]:
    return "", message("field.too-long", size=m["n"])


_PATTERNS: tuple[tuple[re.Pattern[str], Resolver], ...] = tuple(
    (re.compile(text, re.IGNORECASE), resolver)
    for text, resolver in (
        (r"No Fargate configuration exists for given values", _fargate_size),
        (r"Invalid 'cpu' setting for task", _task_cpu),
        (r"Invalid 'memory' setting for task", _task_memory),
        (
            r"Invalid setting for container '(?P<c>[^']*)'\. At least one of 'memory' or "
            r"'memoryReservation'",
            _container_memory_missing,
        ),
        (
            r"The 'memory' setting for container '(?P<c>[^']*)' is greater",
            _container_memory_too_big,
        ),
        (r"sum of all container 'memoryReservation' values", _sum_reservation),
        (r"sum of all container 'cpu' values", _sum_cpu),
        (r"networkMode=awsvpc, the host ports and container ports", _awsvpc_ports),
        (r"Invalid 'containerPort' setting for container '(?P<c>[^']*)'", _container_port),
        (r"requires task definition to have execution role ARN", _execution_role),
        (r"Container names must be unique", _duplicate_names),
        (r"Container\.name (?:should not be null or empty|contains invalid characters)", _bad_name),
        (r"container\.image should not be null or empty", _no_image),
        (r"Family contains invalid characters", _family),
        (r"Too many containers", _too_many),
        (r"Actual length: '(?P<n>\d+)'\. Max allowed length is '65536'", _too_long),
    )
)


def field_for_client_message(text: str, document: Doc) -> tuple[str | None, str]:
    """The JSON Pointer a ClientException text concerns ("" = whole document) and a hint.

    ``(None, "")`` when the text is not one we know.
    """
    for pattern, resolve in _PATTERNS:
        if m := pattern.search(text):
            return resolve(m, document)
    return None, ""
