"""Import a docker-compose file as a Fargate task definition.

Each service becomes a container of one task (awsvpc, FARGATE), named after
the service; the task size is the smallest Fargate size that holds the
containers (a suggestion, reported as info). Everything that could not be
mapped is in the report: findings whose paths point into the compose file
(``/services/web/build``), with line and column through ``position``.

String ``command`` / ``entrypoint`` values are split into words with shell
rules but run without a shell, which is what docker compose itself does; write
``["sh", "-c", "..."]`` for shell features. Bad YAML gives one error finding
with line and column and no document. The service-level mapping lives in
``compose_service``, ``compose_options`` and ``compose_storage`` (ports and
volumes); value syntaxes in ``compose_values``; messages in ``compose_messages``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from wizard.domain.findings import Finding, Severity, pointer, split_pointer
from wizard.domain.formats.compose.links import linked_services, map_links
from wizard.domain.formats.compose.options import LINUX_KEYS, map_platform, report_key
from wizard.domain.formats.compose.service import (
    SERVICE_KEYS,
    ServiceContext,
    container_name,
)
from wizard.domain.formats.compose.storage import (
    TaskVolumes,
    map_ports,
    map_tmpfs,
    map_volumes,
    map_volumes_from,
)
from wizard.domain.formats.compose.values import interpolate
from wizard.domain.formats.text_input import MAX_INPUT_BYTES, decode_input
from wizard.domain.sizing.task_size import compute_sums, smallest_fit

# A YAML alias can repeat a subtree many times; past this many values the file
# is not a compose file someone wrote by hand.
MAX_VALUES = 100_000
# PyYAML builds nodes recursively, and so do the steps after it: a file nested
# a thousand levels deep would end in RecursionError. Compose files nest a few
# levels (services > web > deploy > resources > limits); this leaves room.
MAX_DEPTH = 64
TOP_LEVEL_IGNORED = ("networks", "secrets", "configs", "models")


@dataclass
class ComposeImport:
    """The task definition (None when the file cannot be read) and the report."""

    document: dict[str, Any] | None
    findings: list[Finding] = field(default_factory=list)
    _root: yaml.Node | None = None
    _keys: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = field(
        default_factory=dict, init=False, repr=False
    )
    _syntax: tuple[int, int] | None = field(default=None, init=False, repr=False)
    _syntax_known: bool = field(default=False, init=False, repr=False)

    def _syntax_position(self) -> tuple[int, int] | None:
        """Where the YAML syntax error is (it has no pointer: its place is in the
        parameters), looked for once: positions are asked after the import."""
        if not self._syntax_known:
            for finding in self.findings:
                if finding.rule == "compose-yaml-syntax":
                    self._syntax = int(finding.params["line"]), int(finding.params["column"])
                    break
            self._syntax_known = True
        return self._syntax

    def _pairs(self, node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        if id(node) not in self._keys:
            self._keys[id(node)] = _first_pairs(node)
        return self._keys[id(node)]

    @property
    def report(self) -> list[Finding]:
        return self.findings

    @property
    def fatal(self) -> bool:
        return self.document is None

    def position(self, ptr: str) -> tuple[int, int]:
        """Line and column in the compose file of a finding's pointer.

        Called once per finding: the syntax error and each mapping's keys are
        looked up through caches, so 20,000 findings about a 20,000-key mapping
        cost 20,000 look-ups rather than 400 million comparisons.
        """
        if not ptr and (syntax := self._syntax_position()) is not None:
            return syntax
        node, best = self._root, (1, 1)
        for segment in split_pointer(ptr):
            if isinstance(node, yaml.MappingNode):
                pair = self._pairs(node).get(segment)
                if pair is None:
                    break
                best, node = _mark(pair[0]), pair[1]
            elif isinstance(node, yaml.SequenceNode) and segment.isdigit():
                if int(segment) >= len(node.value):
                    break
                node = node.value[int(segment)]
                best = _mark(node)
            else:
                break
        return best


def _first_pairs(node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    pairs: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key, value in node.value:
        pairs.setdefault(key.value, (key, value))  # the first of duplicate keys, as before
    return pairs


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def import_compose(
    text: str, family: str | None = None, network_mode: str = "awsvpc"
) -> ComposeImport:
    """Map a compose file's services to a task definition and a report.

    ``network_mode`` "awsvpc" (the default) makes a Fargate task whose containers
    reach each other on localhost; "bridge" an EC2 task, where they reach each
    other by name only through ``links`` (see ``service_urls``)."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_INPUT_BYTES:
        return _fail("compose-too-large", size=size, limit=MAX_INPUT_BYTES)
    try:
        loader = yaml.SafeLoader(text)
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except RecursionError:
        return _fail("compose-too-deep", limit=MAX_DEPTH)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        detail = getattr(exc, "problem", None) or str(exc)
        context = getattr(exc, "context", None)
        if context and detail.startswith("but "):
            detail = f"{context}, {detail}"
        return _fail("compose-yaml-syntax", line=line, column=column, detail=detail)
    if _too_many_values(data):
        return _fail("compose-too-complex", limit=MAX_VALUES)
    if _deeper_than(data, MAX_DEPTH):
        return _fail("compose-too-deep", limit=MAX_DEPTH)
    if not isinstance(data, dict):
        return _fail("compose-not-mapping", found=_kind(data))
    findings: list[Finding] = []
    data = _interpolate(data, "", findings)
    services = data.get("services")
    if not isinstance(services, dict) or not services:
        result = _fail("compose-no-services")
        result._root = root
        return result
    document = _task(data, services, family, findings, network_mode)
    return ComposeImport(document, findings, root)


def _kind(data: Any) -> str:
    if data is None:
        return "nothing"
    if isinstance(data, list):
        return "a list"
    return "a single value"


def import_compose_bytes(
    data: bytes, family: str | None = None, network_mode: str = "awsvpc"
) -> ComposeImport:
    """Decode file contents (UTF-8, as the compose specification requires) and import."""
    decoded = decode_input(data, too_large_rule="compose-too-large")
    if isinstance(decoded, Finding):
        return ComposeImport(None, [decoded])
    return import_compose(decoded, family, network_mode)


def _fail(rule: str, **params: Any) -> ComposeImport:
    return ComposeImport(None, [Finding(rule, Severity.ERROR, "", params)])


def _too_many_values(data: Any) -> bool:
    count, stack = 0, [data]
    while stack:
        item = stack.pop()
        count += 1
        if count > MAX_VALUES:
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _deeper_than(data: Any, limit: int) -> bool:
    """Whether lists and mappings nest more than ``limit`` levels (without recursing)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return False


def _interpolate(value: Any, where: str, findings: list[Finding]) -> Any:
    if isinstance(value, dict):
        return {k: _interpolate(v, where + pointer(str(k)), findings) for k, v in value.items()}
    if isinstance(value, list):
        return [_interpolate(v, where + pointer(i), findings) for i, v in enumerate(value)]
    if not isinstance(value, str) or "$" not in value:
        return value
    result = interpolate(value)
    for name in result.defaults:
        findings.append(
            Finding("compose-interpolation-default", Severity.INFO, where, {"variable": name})
        )
    for name in result.unresolved:
        findings.append(
            Finding("compose-interpolation-unresolved", Severity.WARNING, where, {"variable": name})
        )
    return result.text


def _task(
    data: dict[str, Any],
    services: dict[str, Any],
    family: str | None,
    findings: list[Finding],
    network_mode: str = "awsvpc",
) -> dict[str, Any]:
    for key in data:
        if key in TOP_LEVEL_IGNORED:
            findings.append(
                Finding("compose-top-level-ignored", Severity.INFO, pointer(key), {"key": key})
            )
        elif key == "include":
            findings.append(Finding("compose-include", Severity.WARNING, pointer(key), {}))
    names = {str(s): container_name(str(s)) for s in services}
    volumes_key = data.get("volumes")
    declared: dict[str, Any] = volumes_key if isinstance(volumes_key, dict) else {}
    volumes = TaskVolumes(declared)
    platforms: dict[str, str] = {}
    containers = []
    for service, spec in services.items():
        where = pointer("services", str(service))
        ctx = ServiceContext(str(service), where, names, findings, network_mode=network_mode)
        if not isinstance(spec, dict):
            ctx.report("compose-service-invalid", Severity.WARNING)
            continue
        if names[ctx.service] != ctx.service:
            ctx.report("compose-name-changed", Severity.WARNING, container=names[ctx.service])
        _service(ctx, spec, volumes, platforms)
        containers.append(ctx.container)
    _mark_not_essential(containers, findings, names)
    doc: dict[str, Any] = {
        "family": container_name(family or str(data.get("name") or "compose")),
        "networkMode": network_mode,
        "containerDefinitions": containers,
    }
    if volumes.volumes:
        doc["volumes"] = volumes.volumes
    if network_mode == "awsvpc":
        doc["requiresCompatibilities"] = ["FARGATE"]
        _size(doc, findings)
    else:
        doc["requiresCompatibilities"] = ["EC2"]  # Fargate allows awsvpc only
    if platforms:
        # The first service's platform; conflicting ones were reported.
        os_family, arch = next(iter(platforms.values())).split("/")
        doc["runtimePlatform"] = {"cpuArchitecture": arch, "operatingSystemFamily": os_family}
    return doc


def _service(
    ctx: ServiceContext, spec: dict[str, Any], volumes: TaskVolumes, platforms: dict[str, str]
) -> None:
    ctx.container["name"] = ctx.names[ctx.service]
    image = spec.get("image")
    if isinstance(image, str) and image:
        ctx.container["image"] = image
        if "build" in spec:
            ctx.report("compose-build-ignored", Severity.INFO, "build", image=image)
    else:
        ctx.report("compose-image-missing", Severity.WARNING, "build" if "build" in spec else "")
    ctx.container["essential"] = True
    if ctx.network_mode == "bridge":
        ctx.linked = linked_services(spec.get("links"))
    for key, value in spec.items():
        key = str(key)
        if key in ("image", "build") or key.startswith("x-"):
            continue
        if key in SERVICE_KEYS:
            SERVICE_KEYS[key](ctx, key, value)
        elif key in LINUX_KEYS:
            LINUX_KEYS[key](ctx, key, value)
        elif key == "ports":
            map_ports(ctx, key, value)
        elif key == "links":
            map_links(ctx, key, value)
        elif key == "volumes":
            map_volumes(ctx, key, value, volumes)
        elif key == "volumes_from":
            map_volumes_from(ctx, key, value)
        elif key == "tmpfs":
            map_tmpfs(ctx, key, value)
        elif key == "platform":
            map_platform(ctx, value, platforms)
        else:
            report_key(ctx, key, value)


def _mark_not_essential(
    containers: list[dict[str, Any]], findings: list[Finding], names: dict[str, str]
) -> None:
    """Containers others wait to finish (SUCCESS) must not be essential (ECS rule)."""
    waited = {
        dep["containerName"]
        for c in containers
        for dep in c.get("dependsOn", [])
        if dep["condition"] in ("SUCCESS", "COMPLETE")
    }
    by_container = {v: k for k, v in names.items()}
    for container in containers:
        if container["name"] in waited:
            container["essential"] = False
            service = by_container.get(container["name"], container["name"])
            findings.append(
                Finding(
                    "compose-not-essential",
                    Severity.INFO,
                    pointer("services", service),
                    {"container": container["name"]},
                )
            )


def _size(doc: dict[str, Any], findings: list[Finding]) -> None:
    sums = compute_sums(doc)
    fit = smallest_fit(sums.cpu, sums.reserved, "linux", largest_hard=sums.largest_hard)
    params = {"sum_cpu": sums.cpu, "sum_memory": max(sums.reserved, sums.largest_hard)}
    if fit is None:
        findings.append(Finding("compose-task-too-large", Severity.WARNING, "/services", params))
        return
    doc["cpu"], doc["memory"] = str(fit[0]), str(fit[1])
    findings.append(
        Finding("compose-task-size", Severity.INFO, "", {"cpu": fit[0], "memory": fit[1], **params})
    )
