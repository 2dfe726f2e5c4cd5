"""Fresh Fargate prices from the AWS Price List API.

The Price List is served from a few endpoints only; us-east-1 answers for
every region. ``GetProducts`` with ``ServiceCode=AmazonECS`` and the filters
``regionCode`` and ``productFamily=Compute`` returns one JSON document per
product (a string in botocore's answer). The Fargate products are told apart by
their ``usagetype``, which carries a region prefix that varies ("USE1-",
"EU-", "APN1-") and a suffix that does not:

    Fargate-vCPU-Hours:perCPU          Linux x86_64 vCPU
    Fargate-GB-Hours                   Linux x86_64 memory
    Fargate-ARM-vCPU-Hours:perCPU      Linux ARM64 vCPU
    Fargate-ARM-GB-Hours               Linux ARM64 memory
    Fargate-Windows-vCPU-Hours:perCPU  Windows vCPU
    Fargate-Windows-GB-Hours           Windows memory
    Fargate-Windows-OS-Hours:perCPU    Windows licence fee per vCPU
    Fargate-EphemeralStorage-GB-Hours  storage above the free 20 GiB

Anything else (ECS Anywhere, EC2 metering, rows a later Price List adds) is
skipped, and a malformed product is skipped rather than failing the refresh.
The Price List has no Fargate Spot rows; the shipped Spot snapshots stay.

The result is the structure of ``resources/fargate-prices.json`` so that
:func:`wizard.domain.pricing.estimate.parse_price_book` reads both. No Qt here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from wizard.services.errors import AwsError, map_error
from wizard.services.messages import message

PRICING_REGION = "us-east-1"
SERVICE_CODE = "AmazonECS"
ACTION = "pricing:GetProducts"
ORIGIN = "AWS Price List API"
# A region has about a dozen Compute products; the cap only guards against a loop.
MAX_PAGES = 20

# usagetype suffix -> (price group, field)
USAGE_TYPES: dict[str, tuple[str, str]] = {
    "Fargate-vCPU-Hours:perCPU": ("linux_x86_64", "vcpu_hour"),
    "Fargate-GB-Hours": ("linux_x86_64", "gb_hour"),
    "Fargate-ARM-vCPU-Hours:perCPU": ("linux_arm64", "vcpu_hour"),
    "Fargate-ARM-GB-Hours": ("linux_arm64", "gb_hour"),
    "Fargate-Windows-vCPU-Hours:perCPU": ("windows_x86_64", "vcpu_hour"),
    "Fargate-Windows-GB-Hours": ("windows_x86_64", "gb_hour"),
    "Fargate-Windows-OS-Hours:perCPU": ("windows_x86_64", "licence_vcpu_hour"),
    "Fargate-EphemeralStorage-GB-Hours": ("ephemeral_storage", "gb_hour"),
}
# A group is usable only with all its fields; a half-read group is dropped.
REQUIRED = {
    "linux_x86_64": ("vcpu_hour", "gb_hour"),
    "linux_arm64": ("vcpu_hour", "gb_hour"),
    "windows_x86_64": ("vcpu_hour", "gb_hour", "licence_vcpu_hour"),
    "ephemeral_storage": ("gb_hour",),
}

ClientFactory = Callable[[], Any]


def make_pricing_client(session: Any = None, profile: str | None = None) -> Any:
    """A ``pricing`` client on the us-east-1 endpoint (the Price List is not regional).

    Call it on the thread that owns ``session`` (boto3 sessions are not
    thread-safe; the client it returns is).
    """
    # boto3 is imported here, not at module level: the GUI's sizing panel imports
    # this module while painting its first page.
    import boto3
    from botocore import exceptions as bex

    from wizard.services.session import client_config

    try:
        session = session or boto3.Session(profile_name=profile or None)
        return session.client("pricing", region_name=PRICING_REGION, config=client_config())
    except bex.BotoCoreError as exc:
        raise map_error(exc, action=ACTION, profile=profile) from None


def _filters(region: str) -> list[dict[str, str]]:
    return [
        {"Type": "TERM_MATCH", "Field": "regionCode", "Value": region},
        {"Type": "TERM_MATCH", "Field": "productFamily", "Value": "Compute"},
    ]


def _products(client: Any, region: str) -> Iterator[Any]:
    token: str | None = None
    for _ in range(MAX_PAGES):
        request: dict[str, Any] = {
            "ServiceCode": SERVICE_CODE,
            "Filters": _filters(region),
            "FormatVersion": "aws_v1",
            "MaxResults": 100,
        }
        if token:
            request["NextToken"] = token
        try:
            page = client.get_products(**request)
        except Exception as exc:  # noqa: BLE001 - every failure becomes one AwsError
            raise map_error(exc, action=ACTION) from None
        yield from page.get("PriceList", []) or []
        token = page.get("NextToken")
        if not token:
            return


def _as_dict(item: Any) -> dict[str, Any] | None:
    if isinstance(item, dict):
        return item
    if isinstance(item, str | bytes):
        try:
            value = json.loads(item)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None
    return None


def _usage_suffix(usage_type: str) -> str | None:
    """ "APN1-Fargate-ARM-GB-Hours" -> "Fargate-ARM-GB-Hours" (prefixes differ by region)."""
    at = usage_type.find("Fargate-")
    return usage_type[at:] if at >= 0 else None


def _on_demand_price(product: dict[str, Any]) -> tuple[Decimal, str] | None:
    """The USD price of the first dimension (the one starting at 0), and its effective date."""
    terms = product.get("terms", {})
    on_demand = terms.get("OnDemand", {}) if isinstance(terms, dict) else {}
    for term in on_demand.values() if isinstance(on_demand, dict) else []:
        dims = term.get("priceDimensions", {}) if isinstance(term, dict) else {}
        ordered = sorted(
            (d for d in dims.values() if isinstance(d, dict)),
            key=lambda d: str(d.get("beginRange", "0")) != "0",
        )
        for dim in ordered:
            text = (dim.get("pricePerUnit") or {}).get("USD")
            try:
                price = Decimal(str(text))
            except (InvalidOperation, ValueError):
                continue
            if price.is_finite() and price >= 0:
                return price.normalize(), str(term.get("effectiveDate", ""))[:10]
    return None


def parse_products(items: list[Any], region: str, today: date | None = None) -> dict[str, Any]:
    """Price List products -> one region of the price file, or {} when none is Fargate."""
    groups: dict[str, dict[str, Any]] = {}
    published: list[str] = []
    name = region
    for item in items:
        product = _as_dict(item)
        if product is None:
            continue
        attrs = (product.get("product") or {}).get("attributes") or {}
        if attrs.get("regionCode", region) != region:
            continue
        suffix = _usage_suffix(str(attrs.get("usagetype", "")))
        target = USAGE_TYPES.get(suffix or "")
        price = _on_demand_price(product)
        if target is None or price is None:
            continue
        group, field = target
        groups.setdefault(group, {})[field] = format(price[0], "f")
        name = str(attrs.get("location") or name)
        day = str(product.get("publicationDate", ""))[:10] or price[1]
        if day:
            published.append(day)
    date_text = max(published) if published else (today or date.today()).isoformat()
    source = (
        f"{ORIGIN}, GetProducts ServiceCode={SERVICE_CODE} regionCode={region} "
        f"(price list published {date_text})"
    )
    prices = {
        key: {**fields, "date": date_text, "source": source}
        for key, fields in groups.items()
        if all(f in fields for f in REQUIRED[key])
    }
    if not prices:
        return {}
    return {"name": name, "date": date_text, "source": [source], "prices": prices}


def fetch_region_prices(client: Any, region: str, today: date | None = None) -> dict[str, Any]:
    """Read ``region``'s Fargate prices; the price-file structure with one region.

    Raises :class:`AwsError` for a failed call, and (kind ``not-found``) when the
    Price List has no Fargate price for the region.
    """
    day = today or date.today()
    region_data = parse_products(list(_products(client, region)), region, day)
    if not region_data:
        raise AwsError(
            "not-found",
            message("no-prices.message", region=region),
            message("no-prices.hint"),
            action=ACTION,
        )
    return {
        "currency": "USD",
        "hours_per_month": 730,
        "free_ephemeral_gib": 20,
        "origin": ORIGIN,
        "fetched": day.isoformat(),
        "regions": {region: region_data},
    }
