"""The Fargate price data: what ``resources/fargate-prices.json`` holds, read and written.

Prices are data, not code, because they change by region and over time and
every figure must say where it came from. A region holds price *groups*
(Linux x86_64, Linux ARM64, Windows, ephemeral storage, and the Spot
snapshots), each with its own source and date. A refresh from the AWS Price
List API (``wizard.services.price_list``) produces the same structure;
:meth:`PriceBook.merged` lays it over the shipped book region by region, so the
Spot snapshots (which the Price List does not carry) survive a refresh.

Figures are read as exact :class:`~decimal.Decimal` values. Pure Python.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from wizard.resource_files import read_resource_text

PRICE_FILE = "fargate-prices.json"
ZERO = Decimal(0)

PLATFORM_KEYS = ("linux_x86_64", "linux_arm64", "windows_x86_64")
STORAGE_KEY = "ephemeral_storage"
# Fargate Spot runs Linux tasks only (x86_64 and ARM64); Windows has no Spot group.
SPOT_KEYS = {"linux_x86_64": "spot_linux_x86_64", "linux_arm64": "spot_linux_arm64"}
GROUP_KEYS = (*PLATFORM_KEYS, STORAGE_KEY, *SPOT_KEYS.values())
_PRICE_FIELDS = ("vcpu_hour", "gb_hour", "licence_vcpu_hour")


class PriceError(ValueError):
    """Price data that cannot be read (a packaging bug, or a bad refresh)."""


class PriceUnavailable(LookupError):
    """No price for this region, platform or Spot choice in the data at hand."""


@dataclass(frozen=True)
class Rate:
    """One price group: hourly rates with their source and date."""

    vcpu_hour: Decimal = ZERO
    gb_hour: Decimal = ZERO
    licence_vcpu_hour: Decimal = ZERO
    date: str = ""
    source: str = ""
    approximate: bool = False


@dataclass(frozen=True)
class RegionPrices:
    region: str
    name: str
    date: str
    sources: tuple[str, ...]
    groups: Mapping[str, Rate]
    origin: str = "shipped price data"
    fetched: str | None = None  # when a refresh read these from the Price List API


@dataclass(frozen=True)
class PriceBook:
    """Prices of several regions, and where the book as a whole came from."""

    regions: Mapping[str, RegionPrices]
    hours_per_month: Decimal = Decimal(730)
    free_ephemeral_gib: int = 20
    origin: str = "shipped price data"
    fetched: str | None = None  # when a refresh read the Price List API

    def region(self, code: str) -> RegionPrices:
        try:
            return self.regions[code]
        except KeyError:
            known = ", ".join(sorted(self.regions))
            raise PriceUnavailable(
                f"No Fargate prices for region {code!r} in the {self.origin}; "
                f"it has {known}. Refresh the prices from the AWS Price List API."
            ) from None

    def merged(self, update: PriceBook) -> PriceBook:
        """This book with ``update``'s groups laid over it, region by region."""
        regions = dict(self.regions)
        for code, new in update.regions.items():
            old = regions.get(code)
            if old is None:
                regions[code] = new
                continue
            groups = {**old.groups, **new.groups}
            sources = tuple(dict.fromkeys((*new.sources, *old.sources)))
            regions[code] = replace(new, groups=groups, sources=sources)
        return replace(self, regions=regions, fetched=update.fetched or self.fetched)


# --- reading the data -----------------------------------------------------------


def _decimal(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise PriceError(f"{where}: a price must be a number or a string, not {value!r}")
    try:
        number = Decimal(str(value))  # str(): a float's shortest repr, not its binary value
    except InvalidOperation:
        raise PriceError(f"{where}: {value!r} is not a number") from None
    if not number.is_finite() or number < 0:
        raise PriceError(f"{where}: {value!r} is not a price")
    return number


def _rate(data: Any, where: str) -> Rate:
    if not isinstance(data, dict):
        raise PriceError(f"{where}: expected an object")
    prices = {k: _decimal(data[k], f"{where}.{k}") for k in _PRICE_FIELDS if k in data}
    return Rate(
        **prices,
        date=str(data.get("date", "")),
        source=str(data.get("source", "")),
        approximate=bool(data.get("approximate", False)),
    )


def parse_price_book(
    data: Mapping[str, Any] | str, origin: str = "shipped price data"
) -> PriceBook:
    """A :class:`PriceBook` from the file's JSON (text or already parsed)."""
    doc = json.loads(data) if isinstance(data, str) else data
    if not isinstance(doc, Mapping) or not isinstance(doc.get("regions"), Mapping):
        raise PriceError("price data needs a 'regions' object")
    regions: dict[str, RegionPrices] = {}
    for code, region in doc["regions"].items():
        if not isinstance(region, Mapping) or not isinstance(region.get("prices"), Mapping):
            raise PriceError(f"regions.{code}: needs a 'prices' object")
        groups = {
            key: _rate(value, f"regions.{code}.prices.{key}")
            for key, value in region["prices"].items()
            if key in GROUP_KEYS  # unknown groups (a newer file) are not an error
        }
        sources = region.get("source", [])
        fetched = region.get("fetched", doc.get("fetched"))
        regions[code] = RegionPrices(
            region=code,
            name=str(region.get("name", code)),
            date=str(region.get("date", "")),
            sources=tuple(str(s) for s in (sources if isinstance(sources, list) else [sources])),
            groups=groups,
            origin=str(region.get("origin", doc.get("origin", origin))),
            fetched=fetched if isinstance(fetched, str) else None,
        )
    return PriceBook(
        regions=regions,
        hours_per_month=_decimal(doc.get("hours_per_month", 730), "hours_per_month"),
        free_ephemeral_gib=int(doc.get("free_ephemeral_gib", 20)),
        origin=str(doc.get("origin", origin)),
        fetched=doc.get("fetched") if isinstance(doc.get("fetched"), str) else None,
    )


@lru_cache(maxsize=1)
def load_price_book() -> PriceBook:
    """The shipped prices, read once."""
    return parse_price_book(read_resource_text(PRICE_FILE))


def price_book_to_dict(book: PriceBook) -> dict[str, Any]:
    """The file structure again (prices as strings), e.g. to keep a refresh on disk."""

    def group(rate: Rate) -> dict[str, Any]:
        out: dict[str, Any] = {
            k: str(getattr(rate, k)) for k in _PRICE_FIELDS if getattr(rate, k) != ZERO
        }
        out.update(date=rate.date, source=rate.source)
        if rate.approximate:
            out["approximate"] = True
        return out

    return {
        "currency": "USD",
        "hours_per_month": int(book.hours_per_month),
        "free_ephemeral_gib": book.free_ephemeral_gib,
        "origin": book.origin,
        **({"fetched": book.fetched} if book.fetched else {}),
        "regions": {
            code: {
                "name": r.name,
                "date": r.date,
                "source": list(r.sources),
                "origin": r.origin,
                **({"fetched": r.fetched} if r.fetched else {}),
                "prices": {key: group(rate) for key, rate in r.groups.items()},
            }
            for code, r in book.regions.items()
        },
    }
