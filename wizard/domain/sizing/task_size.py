"""The Fargate sizing engine: valid task sizes, container sums and headroom.

The Fargate size table is data (``resources/fargate-task-sizes.json``, with its
sources and the date it was checked) because AWS adds sizes from time to time
and hard-coded tables go stale. This module only reads it. The 32 vCPU row is
marked ``unconfirmed`` in the data and is left out unless
a caller asks for it with ``include_unconfirmed=True``.

Pure Python: no Qt, no boto3. Everything here accepts any JSON value in the
document and never raises on it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from wizard.domain.sizing.units import parse_task_cpu, parse_task_memory
from wizard.resource_files import read_resource_text

SIZE_TABLE_FILE = "fargate-task-sizes.json"

# EC2 / EXTERNAL task cpu, when given (the API reference: RegisterTaskDefinition
# cpu). Inclusive bounds, CPU units.
EC2_CPU_RANGE = (128, 196608)
# ephemeralStorage.sizeInGiB (the API reference: EphemeralStorage).
EPHEMERAL_STORAGE_RANGE_GIB = (21, 200)
DEFAULT_EPHEMERAL_STORAGE_GIB = 20
# Smallest container memory / memoryReservation the wizard accepts without a
# warning: Docker 20.10+ refuses less than 6 MiB (the API reference:
# ContainerDefinition memory).
MIN_CONTAINER_MEMORY_MIB = 6

# Approximate AWS Fargate on-demand prices, us-east-1, Linux/x86_64, USD per
# hour (https://aws.amazon.com/fargate/pricing/): 0.04048 per vCPU-hour and
# 0.004445 per GB-hour. Only used to rank sizes in smallest_fit(), so the exact
# figures matter less than their ratio (1 vCPU costs about as much as 9 GB).
FARGATE_USD_PER_VCPU_HOUR = 0.04048
FARGATE_USD_PER_GB_HOUR = 0.004445
# The same prices in micro-dollars per 1024 units / per 1024 MiB: integer
# arithmetic keeps the ranking exact, so ties are real ties.
_VCPU_PRICE_MICRO = 40480
_GB_PRICE_MICRO = 4445

OS_KEYS = ("linux", "windows")


# --- the size table ----------------------------------------------------------


# NamedTuples, not frozen dataclasses (here and for Headroom and SizingReport):
# this module is imported before the window's first paint, where creating a
# frozen dataclass costs about 0.5 ms.
class SizeRow(NamedTuple):
    """One task cpu value and the memory values Fargate allows with it."""

    cpu: int
    memory: tuple[int, ...]
    min_platform_version: str | None = None
    unconfirmed: bool = False


class SizeTable(NamedTuple):
    checked: str
    source: tuple[str, ...]
    rows: Mapping[str, tuple[SizeRow, ...]]


def _memory_values(spec: Any) -> tuple[int, ...]:
    """Expand a row's memory: an explicit list or an inclusive min/max/step range."""
    if isinstance(spec, list):
        values = spec
    elif isinstance(spec, dict):
        values = list(range(int(spec["min"]), int(spec["max"]) + 1, int(spec["step"])))
    else:
        raise ValueError(f"bad memory spec in {SIZE_TABLE_FILE}: {spec!r}")
    if not values or not all(isinstance(v, int) and v > 0 for v in values):
        raise ValueError(f"bad memory values in {SIZE_TABLE_FILE}: {spec!r}")
    return tuple(sorted(values))


def parse_size_table(text: str) -> SizeTable:
    """Read the table file's JSON. A malformed file is a packaging bug: raise."""
    data = json.loads(text)
    rows: dict[str, tuple[SizeRow, ...]] = {}
    for os_name in OS_KEYS:
        parsed = [
            SizeRow(
                cpu=int(row["cpu"]),
                memory=_memory_values(row["memory"]),
                min_platform_version=row.get("min_platform_version"),
                unconfirmed=bool(row.get("unconfirmed", False)),
            )
            for row in data["os"][os_name]
        ]
        rows[os_name] = tuple(sorted(parsed, key=lambda r: r.cpu))
    return SizeTable(str(data["checked"]), tuple(data["source"]), rows)


@lru_cache(maxsize=1)
def load_size_table() -> SizeTable:
    """The shipped table, read once."""
    return parse_size_table(read_resource_text(SIZE_TABLE_FILE))


def os_key(os_family: str | None) -> str:
    """ "windows" when a runtimePlatform operatingSystemFamily is a Windows one, else "linux"."""
    if isinstance(os_family, str) and os_family.strip().upper().startswith("WINDOWS"):
        return "windows"
    return "linux"


def _table_os(os: str) -> str:
    """Accept "linux"/"windows" in any case, or an operatingSystemFamily value."""
    text = os.strip().lower() if isinstance(os, str) else ""
    if text.startswith("windows"):
        return "windows"
    if text == "linux":
        return "linux"
    raise ValueError(f"unknown operating system {os!r}; expected 'linux' or 'windows'")


def _rows(os: str, include_unconfirmed: bool) -> tuple[SizeRow, ...]:
    rows = load_size_table().rows[_table_os(os)]
    return tuple(r for r in rows if include_unconfirmed or not r.unconfirmed)


def _row(cpu: int, os: str, include_unconfirmed: bool) -> SizeRow | None:
    for row in _rows(os, include_unconfirmed):
        if row.cpu == cpu:
            return row
    return None


def size_table(os: str = "linux", include_unconfirmed: bool = False) -> dict[int, list[int]]:
    """cpu -> valid memory values, in ascending cpu order."""
    return {r.cpu: list(r.memory) for r in _rows(os, include_unconfirmed)}


def fargate_cpu_values(os: str = "linux", include_unconfirmed: bool = False) -> list[int]:
    return [r.cpu for r in _rows(os, include_unconfirmed)]


def fargate_memory_values(os: str = "linux", include_unconfirmed: bool = False) -> list[int]:
    """Every memory value valid with at least one cpu value, ascending."""
    return sorted({m for r in _rows(os, include_unconfirmed) for m in r.memory})


def valid_memory_for_cpu(
    cpu: int, os: str = "linux", include_unconfirmed: bool = False
) -> list[int]:
    """The memory values allowed with ``cpu``; empty when ``cpu`` is not a Fargate value."""
    row = _row(cpu, os, include_unconfirmed)
    return list(row.memory) if row else []


def valid_cpu_for_memory(
    memory: int, os: str = "linux", include_unconfirmed: bool = False
) -> list[int]:
    """The cpu values allowed with ``memory`` (the Fargate table read the other way)."""
    return [r.cpu for r in _rows(os, include_unconfirmed) if memory in r.memory]


def is_valid_fargate_size(
    cpu: int, memory: int, os: str = "linux", include_unconfirmed: bool = False
) -> bool:
    return memory in valid_memory_for_cpu(cpu, os, include_unconfirmed)


def is_unconfirmed_size(cpu: int, os: str = "linux") -> bool:
    """True for a cpu value that exists only in the unconfirmed rows (32 vCPU)."""
    row = _row(cpu, os, include_unconfirmed=True)
    return bool(row and row.unconfirmed)


def min_platform_version(cpu: int, os: str = "linux") -> str | None:
    """The Fargate platform version a cpu value needs (e.g. "1.4.0" for 8/16 vCPU)."""
    row = _row(cpu, os, include_unconfirmed=True)
    return row.min_platform_version if row else None


def hourly_price_usd(cpu: int, memory: int) -> float:
    """Approximate on-demand price of one Fargate task per hour (see the constants)."""
    return cpu / 1024 * FARGATE_USD_PER_VCPU_HOUR + memory / 1024 * FARGATE_USD_PER_GB_HOUR


def smallest_fit(
    cpu_needed: int,
    memory_needed: int,
    os: str = "linux",
    largest_hard: int = 0,
    include_unconfirmed: bool = False,
) -> tuple[int, int] | None:
    """The cheapest valid Fargate (cpu, memory) that holds the given needs.

    cpu >= ``cpu_needed`` and memory >= max(``memory_needed``, ``largest_hard``)
    (one container's hard limit must fit in the task on its own). "Cheapest" uses
    the approximate price above, which is what "round up to the nearest Fargate
    size" means to a user paying for it; ties go to the smaller cpu. None when
    no size is big enough.
    """
    need_cpu = max(cpu_needed, 0)
    need_mem = max(memory_needed, largest_hard, 0)
    best: tuple[int, int, int] | None = None  # (price, cpu, memory)
    for row in _rows(os, include_unconfirmed):
        if row.cpu < need_cpu:
            continue
        memory = next((m for m in row.memory if m >= need_mem), None)
        if memory is None:
            continue
        candidate = (row.cpu * _VCPU_PRICE_MICRO + memory * _GB_PRICE_MICRO, row.cpu, memory)
        if best is None or candidate < best:
            best = candidate
    return (best[1], best[2]) if best else None


# --- container sums ----------------------------------------------------------


def _int(value: Any) -> int | None:
    """An int (bools are not), else None."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


def _positive(value: Any) -> int | None:
    """A positive int, else None: zero or negative limits are errors (R8) that
    would only distort the sums."""
    number = _int(value)
    return number if number is not None and number > 0 else None


def _label(index: int, container: Mapping[str, Any]) -> str:
    # Same convention as rules.context.container_label (not imported: the rules
    # package imports this module).
    name = container.get("name")
    return name if isinstance(name, str) and name else f"#{index + 1}"


@dataclass
class ContainerSums:
    """Sums over the containers of a task definition (what the sizing panel shows)."""

    cpu: int = 0  # Σ container cpu; missing counts as 0
    soft: int = 0  # Σ memoryReservation
    hard: int = 0  # Σ memory
    reserved: int = 0  # Σ (memoryReservation, else memory, else 0)
    largest_hard: int = 0
    largest_hard_container: str | None = None
    containers_without_memory: list[str] = field(default_factory=list)


def compute_sums(doc: Any) -> ContainerSums:
    """Sum container cpu and memory; non-int values (and bools) are ignored."""
    sums = ContainerSums()
    definitions = doc.get("containerDefinitions") if isinstance(doc, dict) else None
    if not isinstance(definitions, list):
        return sums
    for index, container in enumerate(definitions):
        if not isinstance(container, dict):
            continue
        cpu = _int(container.get("cpu"))
        sums.cpu += cpu if cpu is not None and cpu > 0 else 0
        hard = _positive(container.get("memory"))
        soft = _positive(container.get("memoryReservation"))
        sums.hard += hard or 0
        sums.soft += soft or 0
        sums.reserved += soft or hard or 0
        if hard is not None and hard > sums.largest_hard:
            sums.largest_hard = hard
            sums.largest_hard_container = _label(index, container)
        if hard is None and soft is None:
            sums.containers_without_memory.append(_label(index, container))
    return sums


# --- the sizing report (what the sizing panel shows) -----------------------------


class Headroom(NamedTuple):
    """An amount used against a limit (None when the task sets no limit)."""

    used: int
    limit: int | None

    @property
    def free(self) -> int | None:
        return None if self.limit is None else self.limit - self.used

    @property
    def ratio(self) -> float | None:
        if self.limit is None or self.limit <= 0:
            return None
        return self.used / self.limit

    @property
    def over(self) -> bool:
        return self.limit is not None and self.used > self.limit


class SizingReport(NamedTuple):
    task_cpu: int | None
    task_memory: int | None
    os: str
    sums: ContainerSums
    cpu: Headroom  # Σ container cpu vs task cpu
    soft: Headroom  # Σ memoryReservation vs task memory
    hard: Headroom  # Σ memory vs task memory
    reserved: Headroom  # Σ reserved vs task memory
    largest_hard: Headroom  # the largest container memory vs task memory
    valid_cpu_for_memory: list[int]  # Fargate cpu values for the chosen memory
    valid_memory_for_cpu: list[int]  # Fargate memory values for the chosen cpu
    fit: tuple[int, int] | None  # smallest Fargate size holding the containers


def _task_value(doc: Mapping[str, Any], key: str) -> int | None:
    text = doc.get(key)
    if not isinstance(text, str):
        return None
    parsed = parse_task_cpu(text) if key == "cpu" else parse_task_memory(text)
    return parsed.value if parsed else None


def sizing_report(doc: Any, include_unconfirmed: bool = False) -> SizingReport:
    """Everything the sizing panel shows, for any JSON value."""
    mapping: Mapping[str, Any] = doc if isinstance(doc, dict) else {}
    platform = mapping.get("runtimePlatform")
    family = platform.get("operatingSystemFamily") if isinstance(platform, dict) else None
    os_name = os_key(family)
    task_cpu = _task_value(mapping, "cpu")
    task_memory = _task_value(mapping, "memory")
    sums = compute_sums(mapping)
    return SizingReport(
        task_cpu=task_cpu,
        task_memory=task_memory,
        os=os_name,
        sums=sums,
        cpu=Headroom(sums.cpu, task_cpu),
        soft=Headroom(sums.soft, task_memory),
        hard=Headroom(sums.hard, task_memory),
        reserved=Headroom(sums.reserved, task_memory),
        largest_hard=Headroom(sums.largest_hard, task_memory),
        valid_cpu_for_memory=(
            valid_cpu_for_memory(task_memory, os_name, include_unconfirmed)
            if task_memory is not None
            else []
        ),
        valid_memory_for_cpu=(
            valid_memory_for_cpu(task_cpu, os_name, include_unconfirmed)
            if task_cpu is not None
            else []
        ),
        fit=smallest_fit(
            sums.cpu,
            sums.reserved,
            os_name,
            largest_hard=sums.largest_hard,
            include_unconfirmed=include_unconfirmed,
        ),
    )


# What sizing_report() reads: a change anywhere else leaves the report as it was.
SIZING_TASK_MEMBERS = frozenset({"cpu", "memory", "runtimePlatform"})
SIZING_CONTAINER_MEMBERS = frozenset({"cpu", "memory", "memoryReservation", "name"})


def changes_sizing(ptr: str) -> bool:
    """Whether a change at the JSON Pointer ``ptr`` may change the sizing report
    ("" is the whole document; a whole container or the list may change the sums)."""
    parts = ptr.split("/")[1:] if ptr else []
    if not parts:
        return True
    if parts[0] == "containerDefinitions":
        return len(parts) < 3 or parts[2] in SIZING_CONTAINER_MEMBERS
    return parts[0] in SIZING_TASK_MEMBERS
