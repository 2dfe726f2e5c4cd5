"""The size map: every valid Fargate size as a cell, priced, with what fits.

The cells come from the size table in :mod:`wizard.domain.sizing.task_size` (no second
copy), the prices from :func:`wizard.domain.pricing.estimate.estimate`, and the needs
from the container sums as the size advisor reads them
(:class:`wizard.domain.sizing.advisor.Needs`): Σ container CPU units, Σ reserved
memory and the largest hard limit, which one container may use alone. A cell
is too small when any of the three does not fit; each shortfall is kept so the
map can say why.

The grid is laid out in *panels*: the CPU values whose memory goes in steps of
1 GB or less (0.25 to 4 vCPU) share one memory axis, the ones with 4 GB and
8 GB steps (8 and 16 vCPU) get their own, with a row per step. One shared axis
would need a row for every GB up to 120 GB and leave the large columns almost
empty; two panels keep the picture about 31 rows tall.

Pure Python: no Qt, no boto3.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from itertools import pairwise

from wizard.domain.pricing.data import PriceBook, PriceUnavailable, load_price_book
from wizard.domain.pricing.estimate import LINUX_X86, Estimate, Platform, estimate
from wizard.domain.sizing import task_size as sizing
from wizard.domain.sizing.advisor import Needs

Size = tuple[int, int]  # (cpu units, memory MiB)

# A CPU value whose memory steps are wider than this (MiB) goes to the second panel.
SMALL_STEP_MIB = 1024


class Need(Enum):
    """What a cell can be too small for (the container sums of the sizing report)."""

    CPU = "cpu"  # Σ container cpu units
    RESERVED = "reserved"  # Σ memoryReservation, else memory
    LARGEST_HARD = "largest-hard"  # the largest container memory (hard limit)


@dataclass(frozen=True)
class Shortfall:
    need: Need
    needed: int  # CPU units or MiB the containers need
    available: int  # what the cell has


@dataclass(frozen=True)
class Cell:
    cpu: int
    memory: int
    estimate: Estimate | None  # on-demand, one task; None when the data has no price
    shortfalls: tuple[Shortfall, ...] = ()

    @property
    def size(self) -> Size:
        return (self.cpu, self.memory)

    @property
    def fits(self) -> bool:
        return not self.shortfalls

    @property
    def per_hour(self) -> Decimal | None:
        return self.estimate.per_hour if self.estimate else None

    @property
    def per_month(self) -> Decimal | None:
        return self.estimate.per_month if self.estimate else None


@dataclass(frozen=True)
class Panel:
    """CPU values across, memory values down (ascending)."""

    cpus: tuple[int, ...]
    memories: tuple[int, ...]


@dataclass(frozen=True)
class SizeMap:
    os: str
    platform: Platform
    region: str
    needs: Needs
    panels: tuple[Panel, ...]
    cells: Mapping[Size, Cell]
    current: Size | None  # the task size, when it is a cell of the map
    cheapest: Size | None  # the cheapest cell that fits (None when nothing fits)
    unpriced: str = ""  # why there are no prices (PriceUnavailable), else ""
    cpus: tuple[int, ...] = field(default=())  # every column, ascending

    def cell(self, size: Size | None) -> Cell | None:
        return self.cells.get(size) if size is not None else None

    @property
    def too_small(self) -> tuple[Cell, ...]:
        return tuple(c for c in self.cells.values() if not c.fits)

    def month_range(self) -> tuple[Decimal, Decimal] | None:
        """The lowest and highest monthly price on the map (None without prices)."""
        prices = [c.per_month for c in self.cells.values() if c.per_month is not None]
        return (min(prices), max(prices)) if prices else None

    def price_basis(self) -> Estimate | None:
        """One cell's estimate: the region, origin, date and sources of every price shown."""
        return next((c.estimate for c in self.cells.values() if c.estimate), None)

    def memories_of(self, cpu: int) -> list[int]:
        return sorted(m for c, m in self.cells if c == cpu)

    def step(self, start: Size | None, key: str) -> Size | None:
        """The cell an arrow key leads to from ``start`` ("left", "right", "up",
        "down"), skipping pairs that are no Fargate size; None at the edge.

        Up and down move to the next smaller or larger memory of the same CPU
        value; left and right to the neighbouring CPU value, at the memory
        nearest the current one (the larger on a tie)."""
        if start is None or start not in self.cells:
            return self.current or self.cheapest or next(iter(self.cells), None)
        cpu, memory = start
        if key in ("up", "down"):
            column = self.memories_of(cpu)
            index = column.index(memory) + (1 if key == "down" else -1)
            return (cpu, column[index]) if 0 <= index < len(column) else None
        index = self.cpus.index(cpu) + (1 if key == "right" else -1)
        if not 0 <= index < len(self.cpus):
            return None
        other = self.cpus[index]
        nearest = min(self.memories_of(other), key=lambda m: (abs(m - memory), -m))
        return (other, nearest)


def _memory_step(memories: tuple[int, ...]) -> int:
    if len(memories) < 2:
        return memories[0] if memories else 0
    return min(b - a for a, b in pairwise(memories))


def panels_for(table: Mapping[int, list[int]]) -> tuple[Panel, ...]:
    """Split the columns by memory step (see the module docstring)."""
    small = [cpu for cpu, mem in table.items() if _memory_step(tuple(mem)) <= SMALL_STEP_MIB]
    large = [cpu for cpu in table if cpu not in small]
    panels = []
    for cpus in (small, large):
        if cpus:
            memories = sorted({m for cpu in cpus for m in table[cpu]})
            panels.append(Panel(tuple(sorted(cpus)), tuple(memories)))
    return tuple(panels)


def shortfalls(cpu: int, memory: int, needs: Needs) -> tuple[Shortfall, ...]:
    """Why a task of this size cannot hold the containers (empty when it can)."""
    found = []
    if needs.cpu > cpu:
        found.append(Shortfall(Need.CPU, needs.cpu, cpu))
    if needs.memory > memory:
        found.append(Shortfall(Need.RESERVED, needs.memory, memory))
    if needs.largest_hard > memory:
        found.append(Shortfall(Need.LARGEST_HARD, needs.largest_hard, memory))
    return tuple(found)


@dataclass(frozen=True)
class PriceTable:
    """The on-demand estimate of every size for one platform, region and book.

    Kept apart from the fits because it changes far less often: a view may keep
    one and rebuild the map for new needs without pricing 85 sizes again."""

    platform: Platform
    region: str
    estimates: Mapping[Size, Estimate | None]
    unpriced: str = ""  # why there are no prices (PriceUnavailable), else ""


def price_table(
    platform: Platform = LINUX_X86,
    region: str = "us-east-1",
    book: PriceBook | None = None,
    include_unconfirmed: bool = False,
) -> PriceTable:
    book = book or load_price_book()
    estimates: dict[Size, Estimate | None] = {}
    unpriced = ""
    for cpu, memories in sizing.size_table(platform.os, include_unconfirmed).items():
        for memory in memories:
            priced: Estimate | None = None
            if not unpriced:
                try:
                    priced = estimate(cpu, memory, platform, region, book=book)
                except PriceUnavailable as exc:  # the same for every size of the table
                    unpriced = str(exc)
            estimates[(cpu, memory)] = priced
    return PriceTable(platform, region, estimates, unpriced)


def build_size_map(
    needs: Needs,
    platform: Platform = LINUX_X86,
    region: str = "us-east-1",
    current: tuple[int | None, int | None] = (None, None),
    book: PriceBook | None = None,
    include_unconfirmed: bool = False,
    prices: PriceTable | None = None,
) -> SizeMap:
    """The map for ``platform`` in ``region``; ``current`` is the task (cpu, memory).
    ``prices``, when given, must be the price table of the same platform, region
    and book (it saves pricing every size again)."""
    if prices is None or (prices.platform, prices.region) != (platform, region):
        prices = price_table(platform, region, book, include_unconfirmed)
    table = sizing.size_table(platform.os, include_unconfirmed)
    cells = {
        (cpu, memory): Cell(
            cpu, memory, prices.estimates.get((cpu, memory)), shortfalls(cpu, memory, needs)
        )
        for cpu, memories in table.items()
        for memory in memories
    }
    cpu_now, memory_now = current
    at = (cpu_now, memory_now) if cpu_now is not None and memory_now is not None else None
    return SizeMap(
        os=platform.os,
        platform=platform,
        region=region,
        needs=needs,
        panels=panels_for(table),
        cells=cells,
        current=at if at in cells else None,
        cheapest=cheapest_fit(cells.values(), needs, platform.os, include_unconfirmed),
        unpriced=prices.unpriced,
        cpus=tuple(table),
    )


def cheapest_fit(
    cells: Iterable[Cell], needs: Needs, os_name: str = "linux", include_unconfirmed: bool = False
) -> Size | None:
    """The fitting cell with the lowest price, ties to the smaller CPU then memory
    (the size advisor's order). Without prices, the sizing engine's own ranking."""
    fitting = [c for c in cells if c.fits]
    priced = [(c.per_hour, c.cpu, c.memory) for c in fitting if c.per_hour is not None]
    if priced:
        _, cpu, memory = min(priced)
        return (cpu, memory)
    if not fitting:
        return None
    return sizing.smallest_fit(
        needs.cpu, needs.memory, os_name, needs.largest_hard, include_unconfirmed
    )
