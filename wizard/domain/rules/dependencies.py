"""Essential containers and the start order between containers (dependsOn).

Source: the API reference (ContainerDefinition ``essential``,
ContainerDependency).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.context import RuleContext, as_dict, as_list, container_label
from wizard.domain.rules.registry import check, reads
from wizard.domain.rules.sources import api

define(
    "essential-none",
    Severity.ERROR,
    "No container of the task definition is essential.",
    "Mark at least one container as essential (omit 'essential' or set it to true); "
    "the task stops when an essential container stops.",
    api("ContainerDefinition", "essential"),
)
define(
    "depends-on-unknown",
    Severity.ERROR,
    "Container '{container}' depends on '{target}', which is not a container of this "
    "task definition.",
    "Use the name of one of the task's containers ({known}), or remove this dependency.",
    api("ContainerDependency", "containerName"),
)
define(
    "depends-on-self",
    Severity.ERROR,
    "Container '{container}' depends on itself.",
    "Remove this dependsOn entry; a container can only wait for other containers.",
    api("ContainerDependency", "containerName"),
)
define(
    "depends-on-essential-target",
    Severity.ERROR,
    "Container '{container}' waits for '{target}' to {condition}, but '{target}' is essential.",
    "Set 'essential': false on '{target}' (a container that is expected to exit must not "
    "be essential), or use the START or HEALTHY condition.",
    api("ContainerDependency", "condition"),
)
define(
    "depends-on-healthy-no-health-check",
    Severity.ERROR,
    "Container '{container}' waits for '{target}' to be HEALTHY, but '{target}' has no "
    "health check.",
    "Add a healthCheck to '{target}', or use the START condition.",
    api("ContainerDependency", "condition"),
)
define(
    "depends-on-cycle",
    Severity.ERROR,
    "The container dependencies form a cycle: {cycle}.",
    "Remove one of the dependsOn entries in the cycle; otherwise none of these containers "
    "can start.",
    api("ContainerDefinition", "dependsOn"),
)


def _is_essential(c: dict[str, Any]) -> bool:
    # Omitted means essential; only an explicit false opts out.
    return c.get("essential") is not False


@check
@reads("essential")
def check_essential(ctx: RuleContext) -> Iterator[Finding]:
    containers = ctx.containers
    if containers and not any(_is_essential(c) for _, c in containers):
        yield ctx.finding("essential-none", "containerDefinitions")


def _containers_by_name(ctx: RuleContext) -> dict[str, tuple[int, dict[str, Any]]]:
    """The first container of each name (duplicates are reported elsewhere)."""
    by_name: dict[str, tuple[int, dict[str, Any]]] = {}
    for index, c in ctx.containers:
        name = c.get("name")
        if isinstance(name, str) and name and name not in by_name:
            by_name[name] = (index, c)
    return by_name


def _dependencies(c: dict[str, Any]) -> Iterator[tuple[int, str, Any]]:
    """``(entry index, target name, condition)`` of each dependsOn entry with a string target."""
    for j, entry in enumerate(as_list(c.get("dependsOn"))):
        entry = as_dict(entry)
        target = entry.get("containerName")
        if isinstance(target, str):
            yield j, target, entry.get("condition")


@check
@reads("name", "dependsOn", "essential", "healthCheck")
def check_depends_on(ctx: RuleContext) -> Iterator[Finding]:
    by_name = _containers_by_name(ctx)
    known = ", ".join(sorted(by_name)) or "none"
    for index, c in ctx.containers:
        label = container_label(index, c)
        own_name = c.get("name")
        for j, target, condition in _dependencies(c):
            entry_path = ("containerDefinitions", index, "dependsOn", j)
            if ctx.placeholder(target):
                continue
            if target and target == own_name:
                yield ctx.finding("depends-on-self", *entry_path, "containerName", container=label)
                continue
            if target not in by_name:
                yield ctx.finding(
                    "depends-on-unknown",
                    *entry_path,
                    "containerName",
                    container=label,
                    target=target,
                    known=known,
                )
                continue
            target_container = by_name[target][1]
            if condition in ("COMPLETE", "SUCCESS") and _is_essential(target_container):
                yield ctx.finding(
                    "depends-on-essential-target",
                    *entry_path,
                    "condition",
                    container=label,
                    target=target,
                    condition=condition,
                )
            if condition == "HEALTHY" and target_container.get("healthCheck") is None:
                yield ctx.finding(
                    "depends-on-healthy-no-health-check",
                    *entry_path,
                    "condition",
                    container=label,
                    target=target,
                )


def _dependency_graph(ctx: RuleContext) -> dict[str, list[tuple[int, str]]]:
    """name -> [(dependsOn entry index, target)] over known targets, self-loops excluded."""
    by_name = _containers_by_name(ctx)
    graph: dict[str, list[tuple[int, str]]] = {}
    for name, (_, c) in by_name.items():
        graph[name] = [
            (j, target) for j, target, _ in _dependencies(c) if target in by_name and target != name
        ]
    return graph


def _strongly_connected(graph: dict[str, list[tuple[int, str]]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative so deep chains cannot hit the recursion limit."""
    index_of: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[set[str]] = []
    counter = 0
    for root in graph:
        if root in index_of:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, edge = work.pop()
            if edge == 0:
                index_of[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            edges = graph[node]
            if edge < len(edges):
                work.append((node, edge + 1))
                target = edges[edge][1]
                if target not in index_of:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index_of[target])
                continue
            if low[node] == index_of[node]:
                component: set[str] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                components.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return components


def _cycle_from(
    start: str, members: set[str], graph: dict[str, list[tuple[int, str]]]
) -> list[tuple[str, int]]:
    """A shortest cycle through ``start`` inside ``members``: [(node, entry index), ...]."""
    previous: dict[str, tuple[str, int]] = {}
    frontier = [start]
    while frontier:
        next_frontier: list[str] = []
        for node in frontier:
            for j, target in graph[node]:
                if target not in members:
                    continue
                if target == start:
                    path = [(node, j)]
                    while node != start:
                        node, j = previous[node]
                        path.append((node, j))
                    return list(reversed(path))
                if target not in previous:
                    previous[target] = (node, j)
                    next_frontier.append(target)
        frontier = next_frontier
    return []


@check
@reads("name", "dependsOn")
def check_dependency_cycles(ctx: RuleContext) -> Iterator[Finding]:
    graph = _dependency_graph(ctx)
    by_name = _containers_by_name(ctx)
    for members in _strongly_connected(graph):
        if len(members) < 2:
            continue
        # Report once per cycle, at the earliest container in the document.
        start = min(members, key=lambda name: by_name[name][0])
        cycle = _cycle_from(start, members, graph)
        if not cycle:
            continue
        names = [node for node, _ in cycle] + [start]
        first_entry = cycle[0][1]
        yield ctx.finding(
            "depends-on-cycle",
            "containerDefinitions",
            by_name[start][0],
            "dependsOn",
            first_entry,
            "containerName",
            container=start,
            cycle=" → ".join(names),
        )
