"""The size advisor: every fitting size, cheapest first, on each platform."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wizard.domain.sizing import task_size as sizing
from wizard.domain.pricing.estimate import LINUX_ARM, LINUX_X86, WINDOWS_X86
from wizard.domain.sizing.advisor import Needs, advise, platforms_for


def fits(candidate, needs: Needs) -> bool:
    return candidate.cpu >= needs.min_cpu and candidate.memory >= needs.min_memory


def test_book_example_order_in_us_east_1() -> None:
    # WordPress + MySQL: 20 CPU units, 256 MiB reserved. Per hour in us-east-1:
    # ARM 256/512 = 0.25 x 0.03238 + 0.5 x 0.00356 = 0.009875
    # ARM 256/1024 = 0.008095 + 0.00356 = 0.011655
    # x86 256/512 = 0.25 x 0.04048 + 0.5 x 0.004445 = 0.0123425
    # x86 256/1024 = 0.01012 + 0.004445 = 0.014565
    advice = advise(Needs(20, 256), "us-east-1")
    first = [(c.cpu, c.memory, c.platform, c.per_hour) for c in advice.candidates[:4]]
    assert first == [
        (256, 512, LINUX_ARM, Decimal("0.009875")),
        (256, 1024, LINUX_ARM, Decimal("0.011655")),
        (256, 512, LINUX_X86, Decimal("0.0123425")),
        (256, 1024, LINUX_X86, Decimal("0.014565")),
    ]
    prices = [c.per_hour for c in advice.candidates]
    assert prices == sorted(prices)
    # Every valid Linux size fits these small needs, once per architecture.
    table = sizing.size_table("linux")
    assert len(advice.candidates) == 2 * sum(len(m) for m in table.values())
    assert advice.unpriced == ()


def test_ties_go_to_the_smaller_size_then_x86() -> None:
    advice = advise(Needs(0, 0), "us-east-1")
    keys = [c.sort_key() for c in advice.candidates]
    assert keys == sorted(keys)


@pytest.mark.parametrize("region", ["us-east-1", "eu-central-1", "ap-southeast-1"])
def test_only_fitting_sizes_and_order_holds_in_other_regions(region) -> None:
    needs = Needs(cpu=1000, memory=1800, largest_hard=0, headroom_pct=10)
    assert (needs.min_cpu, needs.min_memory) == (1100, 1980)
    advice = advise(needs, region)
    assert advice.candidates and all(fits(c, needs) for c in advice.candidates)
    assert min(c.cpu for c in advice.candidates) == 2048
    priced = [c.per_hour for c in advice.candidates if c.per_hour is not None]
    assert priced == sorted(priced)
    # 2 vCPU / 4 GB on ARM64 is the cheapest fit wherever ARM64 is priced.
    best = advice.candidates[0]
    assert (best.cpu, best.memory, best.platform) == (2048, 4096, LINUX_ARM)
    assert best.cpu_free == 1048 and best.memory_free == 4096 - 1800
    assert best.cpu_headroom_pct == pytest.approx(100 * 1048 / 2048)


def test_the_largest_hard_limit_must_fit_on_its_own() -> None:
    needs = Needs(cpu=0, memory=100, largest_hard=3000)
    advice = advise(needs, "us-east-1")
    assert min(c.memory for c in advice.candidates) == 3072
    assert advice.candidates[0].memory_free == 72


def test_windows_tasks_get_windows_sizes_only() -> None:
    assert platforms_for("windows") == (WINDOWS_X86,)
    advice = advise(Needs(512, 1024), "us-east-1", os_name="windows")
    assert {c.platform for c in advice.candidates} == {WINDOWS_X86}
    assert min(c.cpu for c in advice.candidates) == 1024  # Windows starts at 1 vCPU
    assert all(c.spot is None for c in advice.candidates)  # no Fargate Spot for Windows
    # 1 vCPU / 2 GB: 0.046552 + 2 x 0.00511175 + 0.046 = 0.1027755
    assert advice.candidates[0].per_hour == Decimal("0.1027755")


def test_an_unpriced_platform_is_listed_last_and_said() -> None:
    advice = advise(Needs(20, 256), "us-west-2")  # no ARM64 price in the shipped data
    assert advice.unpriced and "Linux/ARM64" in advice.unpriced[0]
    first_unpriced = next(i for i, c in enumerate(advice.candidates) if c.per_hour is None)
    assert all(c.per_hour is None for c in advice.candidates[first_unpriced:])
    assert all(c.platform == LINUX_ARM for c in advice.candidates[first_unpriced:])


def test_cheaper_than_keeps_priced_sizes_below_the_price() -> None:
    advice = advise(Needs(20, 256), "us-east-1", tasks=2)
    # 1 vCPU / 2 GB x86 for 2 tasks: (0.04048 + 2 x 0.004445) x 2 = 0.09874
    cheaper = advice.cheaper_than(Decimal("0.09874"))
    assert cheaper and all(c.per_hour < Decimal("0.09874") for c in cheaper)
    assert (1024, 2048, LINUX_X86) not in [(c.cpu, c.memory, c.platform) for c in cheaper]
    assert advice.cheaper_than(Decimal(0)) == ()


def test_needs_from_the_sizing_sums() -> None:
    doc = {
        "containerDefinitions": [
            {"name": "a", "cpu": 100, "memoryReservation": 200, "memory": 900},
            {"name": "b", "cpu": 50, "memory": 300},
        ]
    }
    needs = Needs.from_sums(sizing.compute_sums(doc), headroom_pct=20)
    assert (needs.cpu, needs.memory, needs.largest_hard) == (150, 500, 900)
    assert (needs.min_cpu, needs.min_memory) == (180, 900)  # 500 x 1.2 = 600 < 900
    assert needs.declared and not Needs(0, 0).declared
