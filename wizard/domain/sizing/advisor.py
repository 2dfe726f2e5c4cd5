"""The size advisor: every valid Fargate size that holds the containers, cheapest first.

The needs are the sizing engine's sums: Σ container CPU,
Σ reserved memory (memoryReservation, else the hard limit) and the largest hard
limit, which one container may use alone. An optional headroom percentage is
added to the two sums; the largest hard limit is a fixed ceiling of one
container, so it only has to fit.

Sizes come from the size table in :mod:`wizard.domain.sizing.task_size`; prices from
:mod:`wizard.domain.pricing.estimate`. Linux tasks are offered on x86_64 and ARM64,
Windows tasks on x86_64 (Fargate runs Windows on nothing else). A platform
without a price in the data is still listed, after the priced ones, so the
user sees the size fits even when its price is unknown.

Pure Python: no Qt, no boto3.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypedDict, Unpack

from wizard.domain.pricing.data import PriceBook, PriceUnavailable, load_price_book
from wizard.domain.pricing.estimate import (
    LINUX_ARM,
    LINUX_X86,
    WINDOWS_X86,
    Estimate,
    Platform,
    estimate,
)
from wizard.domain.sizing import task_size as sizing

_PLATFORM_ORDER = {LINUX_X86: 0, LINUX_ARM: 1, WINDOWS_X86: 2}


def _with_headroom(amount: int, percent: int) -> int:
    """``amount`` plus ``percent`` %, rounded up in whole units (integer arithmetic)."""
    return -(-amount * (100 + percent) // 100)


@dataclass(frozen=True)
class Needs:
    cpu: int  # Σ container cpu units
    memory: int  # Σ reserved MiB (memoryReservation, else memory)
    largest_hard: int = 0  # the largest container memory (hard limit), MiB
    headroom_pct: int = 0

    @classmethod
    def from_sums(cls, sums: sizing.ContainerSums, headroom_pct: int = 0) -> Needs:
        return cls(sums.cpu, sums.reserved, sums.largest_hard, headroom_pct)

    @property
    def declared(self) -> bool:
        """False when no container states CPU or memory: then every size "fits"."""
        return bool(self.cpu or self.memory or self.largest_hard)

    @property
    def min_cpu(self) -> int:
        return _with_headroom(max(self.cpu, 0), max(self.headroom_pct, 0))

    @property
    def min_memory(self) -> int:
        reserved = _with_headroom(max(self.memory, 0), max(self.headroom_pct, 0))
        return max(reserved, self.largest_hard, 0)


@dataclass(frozen=True)
class Candidate:
    cpu: int
    memory: int
    platform: Platform
    on_demand: Estimate | None
    spot: Estimate | None
    cpu_free: int  # task cpu minus Σ container cpu
    memory_free: int  # task memory minus max(Σ reserved, largest hard limit)

    @property
    def per_hour(self) -> Decimal | None:
        return self.on_demand.per_hour if self.on_demand else None

    @property
    def per_month(self) -> Decimal | None:
        return self.on_demand.per_month if self.on_demand else None

    @property
    def cpu_headroom_pct(self) -> float:
        return 100.0 * self.cpu_free / self.cpu

    @property
    def memory_headroom_pct(self) -> float:
        return 100.0 * self.memory_free / self.memory

    def sort_key(self) -> tuple[bool, Decimal, int, int, int]:
        price = self.per_hour
        return (
            price is None,
            price if price is not None else Decimal(0),
            self.cpu,
            self.memory,
            _PLATFORM_ORDER.get(self.platform, 9),
        )


@dataclass(frozen=True)
class Advice:
    needs: Needs
    region: str
    tasks: int
    candidates: tuple[Candidate, ...]
    unpriced: tuple[str, ...] = field(default=())  # why some platforms have no price

    def cheaper_than(self, per_hour: Decimal) -> tuple[Candidate, ...]:
        """The priced candidates that cost less per hour than ``per_hour``."""
        return tuple(c for c in self.candidates if c.per_hour is not None and c.per_hour < per_hour)


def platforms_for(os_name: str) -> tuple[Platform, ...]:
    return (WINDOWS_X86,) if os_name == "windows" else (LINUX_X86, LINUX_ARM)


class _PriceArgs(TypedDict):
    """What advise() passes on to every estimate."""

    region: str
    tasks: int
    ephemeral_gib: int
    book: PriceBook


def _price(
    cpu: int, memory: int, platform: Platform, spot: bool, **kw: Unpack[_PriceArgs]
) -> Estimate | None:
    try:
        return estimate(cpu, memory, platform, spot=spot, **kw)
    except PriceUnavailable:
        return None


def advise(
    needs: Needs,
    region: str,
    os_name: str = "linux",
    tasks: int = 1,
    ephemeral_gib: int = 20,
    book: PriceBook | None = None,
    include_unconfirmed: bool = False,
) -> Advice:
    """Every valid Fargate size holding ``needs``, on each platform, cheapest first."""
    book = book or load_price_book()
    need_cpu, need_mem = needs.min_cpu, needs.min_memory
    used_mem = max(needs.memory, needs.largest_hard, 0)
    kw: _PriceArgs = {
        "region": region,
        "tasks": tasks,
        "ephemeral_gib": ephemeral_gib,
        "book": book,
    }
    unpriced: list[str] = []
    candidates: list[Candidate] = []
    for platform in platforms_for(os_name):
        try:
            estimate(1024, 2048, platform, **kw)
        except PriceUnavailable as exc:
            unpriced.append(str(exc))
        table = sizing.size_table(os_name, include_unconfirmed)
        for cpu, memories in table.items():
            if cpu < need_cpu:
                continue
            for memory in memories:
                if memory < need_mem:
                    continue
                candidates.append(
                    Candidate(
                        cpu=cpu,
                        memory=memory,
                        platform=platform,
                        on_demand=_price(cpu, memory, platform, False, **kw),
                        spot=_price(cpu, memory, platform, True, **kw),
                        cpu_free=cpu - max(needs.cpu, 0),
                        memory_free=memory - used_mem,
                    )
                )
    candidates.sort(key=Candidate.sort_key)
    return Advice(needs, region, max(int(tasks), 1), tuple(candidates), tuple(unpriced))
