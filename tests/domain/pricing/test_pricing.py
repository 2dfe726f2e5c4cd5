"""The price data and the estimate, checked against figures worked out by hand.

Every expected figure below is the shipped price times the size, written out
in the comment next to it, so a change to the data file or the arithmetic
shows up here.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from wizard.domain.pricing import estimate as pricing
from wizard.domain.pricing.data import (
    PriceError,
    PriceUnavailable,
    load_price_book,
    parse_price_book,
    price_book_to_dict,
)
from wizard.domain.pricing.estimate import LINUX_ARM, LINUX_X86, WINDOWS_X86, estimate, platform_of
from wizard.resource_files import read_resource_text

REQUIRED_REGIONS = (
    "us-east-1",
    "us-west-2",
    "eu-west-1",
    "eu-central-1",
    "ap-northeast-1",
    "ap-southeast-1",
)


# --- the shipped data -------------------------------------------------------------


def test_shipped_data_has_the_six_regions_with_source_and_date() -> None:
    book = load_price_book()
    assert set(REQUIRED_REGIONS) <= set(book.regions)
    for code, region in book.regions.items():
        assert region.sources and region.date, code
        assert pricing.parse_date(region.date) is not None, code
        # Every region can price a Linux x86_64 task, on-demand or (where no public
        # on-demand source is left, until a Price List refresh) on Spot.
        assert {"linux_x86_64", "spot_linux_x86_64"} & set(region.groups), code
        for key, rate in region.groups.items():
            assert rate.source and pricing.parse_date(rate.date), (code, key)
            assert rate.approximate == key.startswith("spot_"), (code, key)


def test_shipped_prices_are_strings_so_they_stay_exact() -> None:
    data = json.loads(read_resource_text("fargate-prices.json"))
    for region in data["regions"].values():
        for group in region["prices"].values():
            for field in ("vcpu_hour", "gb_hour", "licence_vcpu_hour"):
                if field in group:
                    assert isinstance(group[field], str)
                    assert Decimal(group[field]) > 0


# --- hand-computed estimates --------------------------------------------------------

CASES = [
    # us-east-1 x86, 0.5 vCPU / 1 GB: 0.5 x 0.04048 + 1 x 0.004445 = 0.024685; x 730 = 18.02005
    ("us-east-1", LINUX_X86, 512, 1024, 1, 20, False, "0.024685", "18.02005"),
    # us-east-1 ARM64, 1 vCPU / 2 GB, 3 tasks: (0.03238 + 2 x 0.00356) x 3 = 0.1185; x 730 = 86.505
    ("us-east-1", LINUX_ARM, 1024, 2048, 3, 20, False, "0.1185", "86.505"),
    # ap-northeast-1 x86 Spot (2026-09-29 snapshot), 2 vCPU / 4 GB:
    # 2 x 0.01563522 + 4 x 0.0017101 = 0.03127044 + 0.0068404 = 0.03811084; x 730 = 27.8209132
    ("ap-northeast-1", LINUX_X86, 2048, 4096, 1, 20, True, "0.03811084", "27.8209132"),
    # eu-west-1 ARM64 Spot, 0.25 vCPU / 0.5 GB: 0.25 x 0.00979124 + 0.5 x 0.00107649 = 0.002986055
    ("eu-west-1", LINUX_ARM, 256, 512, 1, 20, True, "0.002986055", "2.17982015"),
    # us-east-1 Windows, 1 vCPU / 2 GB, 50 GiB storage:
    # 0.046552 + 2 x 0.00511175 + licence 0.046 + 30 x 0.000111 = 0.1061055; x 730 = 77.457015
    ("us-east-1", WINDOWS_X86, 1024, 2048, 1, 50, False, "0.1061055", "77.457015"),
    # ap-southeast-1 x86, 4 vCPU / 8 GB, 2 tasks: (4 x 0.05056 + 8 x 0.00553) x 2 = 0.49296
    ("ap-southeast-1", LINUX_X86, 4096, 8192, 2, 20, False, "0.49296", "359.8608"),
    # eu-central-1 x86 Spot (2026-09-29 snapshot), 4 vCPU / 30 GB:
    # 4 x 0.01441236 + 30 x 0.00158177 = 0.05764944 + 0.0474531 = 0.10510254; x 730 = 76.7248542
    ("eu-central-1", LINUX_X86, 4096, 30720, 1, 20, True, "0.10510254", "76.7248542"),
    # us-west-2 x86 Spot (2026-09-29 snapshot), 0.5 vCPU / 1 GB:
    # 0.5 x 0.01258905 + 0.00138237 = 0.006294525 + 0.00138237 = 0.007676895; x 730 = 5.60413335
    ("us-west-2", LINUX_X86, 512, 1024, 1, 20, True, "0.007676895", "5.60413335"),
]


@pytest.mark.parametrize(
    ("region", "platform", "cpu", "memory", "tasks", "gib", "spot", "hour", "month"), CASES
)
def test_estimate_matches_hand_computed_figures(
    region, platform, cpu, memory, tasks, gib, spot, hour, month
) -> None:
    est = estimate(cpu, memory, platform, region, tasks=tasks, ephemeral_gib=gib, spot=spot)
    assert isinstance(est.per_hour, Decimal)
    assert est.per_hour == Decimal(hour)
    assert est.per_month == Decimal(month)
    assert est.per_task_hour * tasks == est.per_hour
    assert est.approximate is spot
    assert est.missing == ()


def test_parts_are_itemised() -> None:
    est = estimate(1024, 2048, "windows/x86_64", "us-east-1", tasks=2, ephemeral_gib=50)
    parts = {p.name: p for p in est.parts}
    assert list(parts) == ["vcpu", "memory", "windows_licence", "storage"]
    assert parts["vcpu"].per_hour == Decimal("0.093104")  # 1 x 0.046552 x 2
    assert parts["memory"].quantity == 2 and parts["memory"].unit_price == Decimal("0.00511175")
    assert parts["windows_licence"].per_hour == Decimal("0.092")  # 1 x 0.046 x 2
    assert parts["storage"].quantity == 30 and parts["storage"].per_hour == Decimal("0.00666")
    assert sum(p.per_hour for p in est.parts) == est.per_hour
    assert est.date == "2026-09-11" and len(est.sources) == 2


def test_storage_within_the_free_20_gib_costs_nothing() -> None:
    est = estimate(256, 512, region="us-east-1", ephemeral_gib=20)
    assert [p.name for p in est.parts] == ["vcpu", "memory"]


@pytest.mark.parametrize(
    ("region", "spot"), [("us-west-2", True), ("eu-central-1", True), ("ap-southeast-1", False)]
)
def test_a_missing_storage_price_is_listed_not_guessed(region, spot) -> None:
    # No public ephemeral-storage price is left for these regions (see the file's notes).
    est = estimate(256, 512, region=region, ephemeral_gib=30, spot=spot)
    assert [p.name for p in est.parts] == ["vcpu", "memory"]
    assert est.missing and "10 GiB" in est.missing[0] and region in est.missing[0]


@pytest.mark.parametrize("platform", [LINUX_X86, LINUX_ARM, WINDOWS_X86])
def test_eu_west_1_on_demand_is_named_as_missing_not_guessed(platform) -> None:
    # Its on-demand figures had no public source left (only a copy of 2022 Price List
    # rows in someone's test fixture, and notes quoting the Price List without usage
    # types): they went, and the estimate says so. Its Spot snapshot stays.
    with pytest.raises(PriceUnavailable, match=r"no Fargate .* price for eu-west-1"):
        estimate(1024, 2048, platform, "eu-west-1")
    notes = " ".join(json.loads(read_resource_text("fargate-prices.json"))["notes"])
    assert "Windows and ephemeral storage in eu-west-1" in notes


def test_every_spot_snapshot_is_from_2026() -> None:
    # The 2021-01-09 x86 Spot snapshots were replaced by the 2026-09-29 ones.
    for code, region in load_price_book().regions.items():
        for key, rate in region.groups.items():
            if key.startswith("spot_"):
                assert rate.date.startswith("2026-"), (code, key, rate.date)


def test_the_notes_name_what_is_still_absent() -> None:
    data = json.loads(read_resource_text("fargate-prices.json"))
    absent = next(n for n in data["notes"] if n.startswith("Not in the data at all"))
    assert "Windows outside us-east-1" in absent
    assert "Linux ARM64 outside us-east-1" in absent
    book = load_price_book()
    for code in REQUIRED_REGIONS:
        groups = book.regions[code].groups
        if code != "us-east-1":
            assert "windows_x86_64" not in groups and "linux_arm64" not in groups, code
        if code not in ("us-east-1", "eu-west-1"):
            assert "spot_linux_arm64" not in groups, code


@pytest.mark.parametrize(
    ("kwargs", "text"),
    [
        ({"region": "sa-east-1"}, "No Fargate prices for region 'sa-east-1'"),
        ({"region": "us-west-2", "platform": LINUX_ARM}, "no Fargate Linux/ARM64 price"),
        ({"region": "us-east-1", "platform": WINDOWS_X86, "spot": True}, "Spot does not run"),
        ({"region": "eu-central-1", "platform": WINDOWS_X86}, "no Fargate Windows/X86_64 price"),
        ({"region": "ap-southeast-1", "platform": WINDOWS_X86}, "no Fargate Windows/X86_64 price"),
        (
            {"region": "ap-northeast-1", "platform": LINUX_ARM, "spot": True},
            "no Fargate Spot Linux/ARM64 price",
        ),
    ],
)
def test_unavailable_prices_say_why(kwargs, text) -> None:
    with pytest.raises(PriceUnavailable, match=text):
        estimate(1024, 2048, **kwargs)


# --- display ----------------------------------------------------------------------------


def test_rounding_happens_only_for_display_half_up() -> None:
    assert pricing.usd(Decimal("18.005")) == "$18.01"
    assert pricing.usd(Decimal("1234.5")) == "$1,234.50"
    assert pricing.hourly_usd(Decimal("0.024685")) == "$0.0247"
    assert pricing.hourly_usd(Decimal("0.002986055")) == "$0.00299"


def test_dates_and_ages() -> None:
    today = date(2026, 11, 26)
    assert pricing.age_days("2026-09-11", today) == 76
    assert pricing.parse_date("2026-06") == date(2026, 6, 1)
    assert pricing.age_text("2026-11-20", today) == "6 days old"
    assert pricing.age_text("2021-01-09", today) == "about 6 years old"  # 5.9 years
    assert pricing.age_text("not a date", today) == ""


def test_months_and_years_are_the_nearest_whole_number() -> None:
    # Price data from 11 September read on 6 December is 86 days old: nearer 3
    # months than 2 (the panel said "about 2 months" by cutting the rest off).
    assert pricing.age_text("2026-09-11", date(2026, 12, 6)) == "about 3 months old"
    assert pricing.age_in_units(61) == ("days", 61)
    assert pricing.age_in_units(62) == ("months", 2)
    assert pricing.age_in_units(76) == ("months", 2)
    assert pricing.age_in_units(729) == ("months", 24)
    assert pricing.age_in_units(730) == ("years", 2)
    assert pricing.age_in_units(1000) == ("years", 3)
    assert pricing.age_in_units(0) == ("today", 0)
    assert pricing.age_text("2026-12-05", date(2026, 12, 6)) == "1 day old"


# --- platforms ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("runtime", "expected"),
    [
        (None, LINUX_X86),
        ({"cpuArchitecture": "ARM64"}, LINUX_ARM),
        ({"operatingSystemFamily": "LINUX", "cpuArchitecture": "X86_64"}, LINUX_X86),
        ({"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"}, WINDOWS_X86),
        ("junk", LINUX_X86),
    ],
)
def test_platform_of_a_task_definition(runtime, expected) -> None:
    doc = {"family": "x"} if runtime is None else {"runtimePlatform": runtime}
    assert platform_of(doc) == expected


def test_parse_platform_accepts_loose_text() -> None:
    assert pricing.parse_platform("Linux/ARM64") == LINUX_ARM
    assert pricing.parse_platform("windows") == WINDOWS_X86
    assert LINUX_ARM.label == "Linux/ARM64" and LINUX_ARM.cpu_architecture == "ARM64"


# --- reading, writing and merging price data ---------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"regions": {"x": {}}},
        {"regions": {"x": {"prices": {"linux_x86_64": {"vcpu_hour": "-1", "gb_hour": "1"}}}}},
        {"regions": {"x": {"prices": {"linux_x86_64": {"vcpu_hour": "cheap"}}}}},
        {"regions": {"x": {"prices": {"linux_x86_64": {"vcpu_hour": True}}}}},
    ],
)
def test_bad_price_data_is_refused(data) -> None:
    with pytest.raises(PriceError):
        parse_price_book(data)


def test_round_trip_through_the_file_structure() -> None:
    book = load_price_book()
    again = parse_price_book(json.loads(json.dumps(price_book_to_dict(book))))
    for code, region in book.regions.items():
        assert again.regions[code].groups == region.groups


def test_a_refresh_replaces_on_demand_and_keeps_the_spot_snapshot() -> None:
    update = parse_price_book(
        {
            "origin": "AWS Price List API",
            "fetched": "2026-11-26",
            "regions": {
                "eu-west-1": {
                    "date": "2026-11-20",
                    "source": ["Price List"],
                    "prices": {
                        "linux_x86_64": {
                            "vcpu_hour": "0.05",
                            "gb_hour": "0.005",
                            "date": "2026-11-20",
                        }
                    },
                }
            },
        }
    )
    merged = load_price_book().merged(update)
    est = estimate(1024, 2048, region="eu-west-1", book=merged)
    assert est.per_hour == Decimal("0.06")  # 0.05 + 2 x 0.005
    assert est.origin == "AWS Price List API, refreshed 2026-11-26"
    spot = estimate(1024, 2048, region="eu-west-1", spot=True, book=merged)
    assert spot.rates[0].date == "2026-09-28"  # the Price List has no Spot rows
    assert estimate(1024, 2048, region="us-east-1", book=merged).origin == "shipped price data"
