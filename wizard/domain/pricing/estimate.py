"""What a Fargate task costs: the estimate, itemised.

The prices come from :mod:`wizard.domain.pricing.data` (the shipped file, or a
refresh from the AWS Price List API laid over it). All arithmetic is
:class:`~decimal.Decimal` on the exact figures; nothing is rounded until
:func:`usd` formats a number for display. A price that is not in the data is
never guessed: :func:`estimate` raises :class:`PriceUnavailable` for a missing
main rate and lists a missing storage rate in ``Estimate.missing``.

Pure Python: no Qt, no boto3.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from wizard.domain.pricing.data import (
    SPOT_KEYS,
    STORAGE_KEY,
    ZERO,
    PriceBook,
    PriceUnavailable,
    Rate,
    load_price_book,
)
from wizard.domain.regions import DEFAULT_REGION
from wizard.domain.text.plural import counted

UNITS_PER_VCPU = Decimal(1024)
MIB_PER_GB = Decimal(1024)

# --- platforms --------------------------------------------------------------------


@dataclass(frozen=True)
class Platform:
    os: str = "linux"  # "linux" or "windows"
    arch: str = "x86_64"  # "x86_64" or "arm64"

    @property
    def key(self) -> str:
        return f"{self.os}_{self.arch}"

    @property
    def label(self) -> str:
        return f"{self.os.capitalize()}/{self.arch.upper()}"

    @property
    def cpu_architecture(self) -> str:
        """The runtimePlatform.cpuArchitecture value."""
        return self.arch.upper()


LINUX_X86 = Platform("linux", "x86_64")
LINUX_ARM = Platform("linux", "arm64")
WINDOWS_X86 = Platform("windows", "x86_64")


def parse_platform(text: str | Platform) -> Platform:
    """ "linux/arm64", "Linux/ARM64", "windows", or a Platform."""
    if isinstance(text, Platform):
        return text
    os_part, _, arch_part = text.strip().lower().replace("_", "-").partition("/")
    os_name = "windows" if os_part.startswith("windows") else "linux"
    arch = "arm64" if arch_part in ("arm64", "arm", "aarch64") else "x86_64"
    return Platform(os_name, arch)


def platform_of(doc: Any) -> Platform:
    """The platform a task definition asks for; Linux/X86_64 when it does not say."""
    platform = doc.get("runtimePlatform") if isinstance(doc, dict) else None
    platform = platform if isinstance(platform, dict) else {}
    family = platform.get("operatingSystemFamily")
    arch = platform.get("cpuArchitecture")
    os_name = (
        "windows" if isinstance(family, str) and family.upper().startswith("WINDOWS") else "linux"
    )
    arm = isinstance(arch, str) and arch.upper() == "ARM64"
    return Platform(os_name, "arm64" if arm else "x86_64")


def ephemeral_gib_of(doc: Any) -> int:
    """ephemeralStorage.sizeInGiB, or the 20 GiB every Fargate task gets without it."""
    storage = doc.get("ephemeralStorage") if isinstance(doc, dict) else None
    gib = storage.get("sizeInGiB") if isinstance(storage, dict) else None
    return gib if isinstance(gib, int) and not isinstance(gib, bool) and gib > 0 else 20


# --- the estimate -------------------------------------------------------------------


@dataclass(frozen=True)
class CostPart:
    """One itemised line: ``quantity`` per task × ``unit_price`` × tasks = ``per_hour``."""

    name: str  # "vcpu", "memory", "windows_licence", "storage"
    quantity: Decimal
    unit: str
    unit_price: Decimal
    per_hour: Decimal


@dataclass(frozen=True)
class Estimate:
    region: str
    region_name: str
    platform: Platform
    spot: bool
    tasks: int
    cpu_units: int
    memory_mib: int
    ephemeral_gib: int
    hours_per_month: Decimal
    origin: str
    parts: tuple[CostPart, ...]
    rates: tuple[Rate, ...]
    missing: tuple[str, ...] = field(default=())

    @property
    def per_hour(self) -> Decimal:
        return sum((p.per_hour for p in self.parts), ZERO)

    @property
    def per_month(self) -> Decimal:
        return self.per_hour * self.hours_per_month

    @property
    def per_task_hour(self) -> Decimal:
        return self.per_hour / self.tasks

    @property
    def date(self) -> str:
        """The oldest date among the prices used: how stale the estimate may be."""
        dates = sorted(r.date for r in self.rates if r.date)
        return dates[0] if dates else ""

    @property
    def rate_date(self) -> str:
        """The date of the vCPU and memory prices (for Spot: of the snapshot)."""
        return self.rates[0].date

    @property
    def approximate(self) -> bool:
        return any(r.approximate for r in self.rates)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.source for r in self.rates if r.source))


def estimate(
    cpu_units: int,
    memory_mib: int,
    platform: str | Platform = LINUX_X86,
    region: str = DEFAULT_REGION,
    tasks: int = 1,
    ephemeral_gib: int = 20,
    spot: bool = False,
    book: PriceBook | None = None,
) -> Estimate:
    """The hourly and monthly price of ``tasks`` Fargate tasks of this size."""
    book = book or load_price_book()
    plat = parse_platform(platform)
    prices = book.region(region)
    key = SPOT_KEYS.get(plat.key) if spot else plat.key
    if key is None:
        raise PriceUnavailable(f"Fargate Spot does not run {plat.label} tasks.")
    rate = prices.groups.get(key)
    if rate is None:
        kind = "Fargate Spot" if spot else "Fargate"
        raise PriceUnavailable(
            f"The {prices.origin} has no {kind} {plat.label} price for {region}."
        )
    n = Decimal(max(int(tasks), 1))
    vcpu = Decimal(cpu_units) / UNITS_PER_VCPU
    gb = Decimal(memory_mib) / MIB_PER_GB
    parts = [
        CostPart("vcpu", vcpu, "vCPU", rate.vcpu_hour, vcpu * rate.vcpu_hour * n),
        CostPart("memory", gb, "GB", rate.gb_hour, gb * rate.gb_hour * n),
    ]
    if plat.os == "windows":
        fee = rate.licence_vcpu_hour
        parts.append(CostPart("windows_licence", vcpu, "vCPU", fee, vcpu * fee * n))
    rates, missing = [rate], []
    extra = Decimal(max(ephemeral_gib - book.free_ephemeral_gib, 0))
    if extra:
        # Spot discounts vCPU and memory only; storage is billed at its one rate.
        storage = prices.groups.get(STORAGE_KEY)
        if storage is None:
            missing.append(
                f"ephemeral storage above {book.free_ephemeral_gib} GiB "
                f"({extra} GiB): no price for {region}"
            )
        else:
            rates.append(storage)
            parts.append(
                CostPart("storage", extra, "GiB", storage.gb_hour, extra * storage.gb_hour * n)
            )
    return Estimate(
        region=region,
        region_name=prices.name,
        platform=plat,
        spot=spot,
        tasks=int(n),
        cpu_units=cpu_units,
        memory_mib=memory_mib,
        ephemeral_gib=ephemeral_gib,
        hours_per_month=book.hours_per_month,
        origin=prices.origin + (f", refreshed {prices.fetched}" if prices.fetched else ""),
        parts=tuple(parts),
        rates=tuple(rates),
        missing=tuple(missing),
    )


# --- display ------------------------------------------------------------------------


def usd(value: Decimal, places: int = 2) -> str:
    """ "$18.02": the one place where figures are rounded (half up, like a bill)."""
    quantum = Decimal(1).scaleb(-places)
    return f"${value.quantize(quantum, rounding=ROUND_HALF_UP):,}"


def hourly_usd(value: Decimal) -> str:
    """An hourly figure with enough digits to tell small sizes apart."""
    return usd(value, 4 if value >= Decimal("0.01") else 5)


def parse_date(text: str) -> date | None:
    """ "2026-09-11" or a month, "2026-06" (read as its first day); None if neither."""
    parts = text.strip().split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
    except ValueError:
        return None
    return None


def age_days(text: str, today: date | None = None) -> int | None:
    day = parse_date(text)
    return None if day is None else ((today or date.today()) - day).days


# The mean lengths of a month and a year in days (365.25 / 12): "about N
# months" is the nearest whole number, so 86 days read "about 3 months", not 2.
_DAYS_PER_MONTH = 30.4375
_DAYS_PER_YEAR = 365.25


def age_in_units(days: int) -> tuple[str, int]:
    """How old, in the unit a person would say: ("today", 0), ("days", 12),
    ("months", 3) from 62 days (two months) on, ("years", 5) from two years on;
    months and years rounded to the nearest."""
    if days < 1:
        return ("today", 0)
    if days < 62:
        return ("days", days)
    if days < 730:
        return ("months", round(days / _DAYS_PER_MONTH))
    return ("years", round(days / _DAYS_PER_YEAR))


def age_text(text: str, today: date | None = None) -> str:
    """ "12 days old", "about 3 months old"; "" for an unreadable date."""
    days = age_days(text, today)
    if days is None:
        return ""
    unit, count = age_in_units(days)
    if unit == "today":
        return "from today"
    if unit == "days":
        return f"{counted(count, 'day')} old"
    return f"about {count} {unit} old"
