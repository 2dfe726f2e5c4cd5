"""What every rule needs to know about the document, computed once.

Rules read the *normalised* document (the register-input dict after import:
wrapper removed, read-only fields and nulls stripped, unit strings converted).
The document may still hold any JSON value anywhere (wrong types are reported
by the schema check), so every accessor here is defensive: rules never raise.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from wizard.domain.findings import Finding, Severity, pointer
from wizard.domain.launch_types import LaunchTypes, launch_types_of
from wizard.domain.messages.catalog import CATALOG
from wizard.domain.placeholders import is_placeholder
from wizard.domain.sizing.units import parse_task_cpu, parse_task_memory

LAUNCH_TYPES = ("EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES")


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_int(value: Any) -> int | None:
    """An integer value, or None (bools are not integers here)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


def as_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


@dataclass
class RuleContext:
    doc: dict[str, Any]
    # Extra launch types to check against (the lint --launch-type option).
    forced_launch_types: tuple[str, ...] = ()
    # The document's compact size when the caller measured it already.
    known_size: int | None = None
    launch_types: LaunchTypes = field(init=False)
    compatibilities: frozenset[str] = field(init=False)
    task_cpu: int | None = field(init=False)
    task_memory: int | None = field(init=False)
    # What several checks derive from the document, computed once per run by
    # the first that needs it (e.g. the port mappings); read-only after that.
    shared: dict[str, Any] = field(init=False, default_factory=dict, repr=False, compare=False)
    # False in the view of one container (see view()): a check that also reports
    # task-level members says them only where this is true, so once per run.
    task_level: bool = field(init=False, default=True)

    def __post_init__(self) -> None:
        self.launch_types = launch_types_of(self.doc, self.forced_launch_types)
        self.compatibilities = self.launch_types.checked
        cpu = as_str(self.doc.get("cpu"))
        mem = as_str(self.doc.get("memory"))
        parsed_cpu = parse_task_cpu(cpu) if cpu is not None else None
        parsed_mem = parse_task_memory(mem) if mem is not None else None
        self.task_cpu = parsed_cpu.value if parsed_cpu else None
        self.task_memory = parsed_mem.value if parsed_mem else None

    # --- launch types ---------------------------------------------------
    @property
    def is_fargate(self) -> bool:
        return self.launch_types.fargate

    @property
    def is_ec2(self) -> bool:
        """EC2 explicitly, or no launch type at all (ECS's default at run time)."""
        return self.launch_types.ec2

    @property
    def is_external(self) -> bool:
        return self.launch_types.external

    @property
    def is_managed_instances(self) -> bool:
        return self.launch_types.managed_instances

    # --- platform -------------------------------------------------------
    @property
    def runtime_platform(self) -> dict[str, Any]:
        return as_dict(self.doc.get("runtimePlatform"))

    @property
    def os_family(self) -> str | None:
        return as_str(self.runtime_platform.get("operatingSystemFamily"))

    @property
    def is_windows(self) -> bool:
        os_family = self.os_family
        return os_family is not None and os_family.upper().startswith("WINDOWS")

    @property
    def cpu_architecture(self) -> str | None:
        return as_str(self.runtime_platform.get("cpuArchitecture"))

    @property
    def network_mode(self) -> str | None:
        """The declared network mode, or None when omitted."""
        return as_str(self.doc.get("networkMode"))

    @property
    def effective_network_mode(self) -> str:
        """What ECS uses: the declared mode, else ``awsvpc`` for a task only for
        Managed Instances (that page's default), ``bridge`` on Linux EC2 and
        ``default`` (Docker nat) for Windows."""
        mode = self.network_mode
        if mode:
            return mode
        if self.compatibilities == {"MANAGED_INSTANCES"}:
            return "awsvpc"
        return "default" if self.is_windows else "bridge"

    # --- containers -----------------------------------------------------
    @cached_property
    def containers(self) -> list[tuple[int, dict[str, Any]]]:
        """(position, container) of each container object. Computed once per run:
        some forty checks walk it (rules only read it, never change it)."""
        return [
            (i, c)
            for i, c in enumerate(as_list(self.doc.get("containerDefinitions")))
            if isinstance(c, dict)
        ]

    def view(
        self, containers: list[tuple[int, dict[str, Any]]], *, task_level: bool
    ) -> RuleContext:
        """The same task with only ``containers`` in :attr:`containers`: the engine
        runs the per-container checks on one container at a time (``registry``'s
        scopes). What was worked out about the task is shared, not recomputed."""
        view = copy.copy(self)
        # Without the container list, so that a check reading it from the
        # document rather than from ``containers`` is caught by the scope tests.
        view.doc = {k: v for k, v in self.doc.items() if k != "containerDefinitions"}
        view.__dict__["containers"] = containers
        view.shared = {}
        view.task_level = task_level
        return view

    def container_names(self) -> set[str]:
        return {n for _, c in self.containers if isinstance(n := c.get("name"), str)}

    def volumes(self) -> Iterator[tuple[int, dict[str, Any]]]:
        for i, v in enumerate(as_list(self.doc.get("volumes"))):
            if isinstance(v, dict):
                yield i, v

    # --- findings -------------------------------------------------------
    def finding(
        self,
        rule_id: str,
        *path: str | int,
        severity: Severity | None = None,
        **params: Any,
    ) -> Finding:
        """A finding for ``rule_id`` at the pointer built from ``path``."""
        spec = CATALOG[rule_id]
        return Finding(rule_id, severity or spec.severity, pointer(*path), dict(params))

    @staticmethod
    def placeholder(value: Any) -> bool:
        return is_placeholder(value)


def _name_or_position(index: int, item: Mapping[str, Any]) -> str:
    name = item.get("name")
    return name if isinstance(name, str) and name else f"#{index + 1}"


def container_label(index: int, container: Mapping[str, Any]) -> str:
    """How messages name a container: its name, else its position."""
    return _name_or_position(index, container)


def volume_label(index: int, volume: Mapping[str, Any]) -> str:
    """How messages name a volume: its name, else its position."""
    return _name_or_position(index, volume)
