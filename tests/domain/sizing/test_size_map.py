"""The size map's computations: cells from the size table, fits and reasons, prices,
the cheapest fit, the panels and where the arrow keys lead. No Qt."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wizard.domain.pricing.estimate import LINUX_ARM, LINUX_X86, WINDOWS_X86, estimate
from wizard.domain.sizing import task_size as sizing
from wizard.domain.sizing.advisor import Needs, advise
from wizard.domain.sizing.size_map import Need, Shortfall, build_size_map, panels_for, price_table

GB = 1024
BOOK_NEEDS = Needs(cpu=20, memory=256)  # WordPress + MySQL: 2 x 10 units, 2 x 128 MiB soft


def test_one_cell_per_valid_pair_of_the_size_table() -> None:
    for platform in (LINUX_X86, WINDOWS_X86):
        table = sizing.size_table(platform.os)
        model = build_size_map(BOOK_NEEDS, platform)
        assert set(model.cells) == {(c, m) for c, ms in table.items() for m in ms}
        assert model.cpus == tuple(table)
    windows = build_size_map(BOOK_NEEDS, WINDOWS_X86)
    assert windows.cpus == (1024, 2048, 4096)


def test_linux_panels_keep_the_4_and_8_gb_steps_apart() -> None:
    first, second = panels_for(sizing.size_table("linux"))
    assert first.cpus == (256, 512, 1024, 2048, 4096)
    assert first.memories == (512, *range(GB, 31 * GB, GB))  # 0.5, 1 .. 30 GB: 31 rows
    assert second.cpus == (8192, 16384)
    # 16-60 GB in 4 GB steps (8 vCPU), then 64-120 GB in 8 GB steps (16 vCPU).
    assert second.memories == (*range(16 * GB, 61 * GB, 4 * GB), *range(64 * GB, 121 * GB, 8 * GB))
    assert len(panels_for(sizing.size_table("windows"))) == 1


def test_book_example_fits_everywhere_on_fargate() -> None:
    # Too small would be the cells below 256 MiB reserved: Fargate has none.
    model = build_size_map(BOOK_NEEDS, LINUX_X86, current=(256, 512))
    below = {size for size in model.cells if size[1] < 256}
    assert {c.size for c in model.too_small} == below == set()
    assert model.current == (256, 512)
    assert model.cheapest == (256, 512)


def test_a_4096_mib_hard_limit_hatches_the_cells_under_4_gb() -> None:
    model = build_size_map(Needs(cpu=20, memory=256, largest_hard=4096), LINUX_X86)
    assert {c.size for c in model.too_small} == {s for s in model.cells if s[1] < 4 * GB}
    assert model.cells[(1024, 3072)].shortfalls == (Shortfall(Need.LARGEST_HARD, 4096, 3072),)
    assert model.cells[(1024, 4096)].fits
    assert model.cheapest == (512, 4096)


def test_every_shortfall_is_named() -> None:
    model = build_size_map(Needs(cpu=1100, memory=2500, largest_hard=2100), LINUX_X86)
    assert model.cells[(1024, 2048)].shortfalls == (
        Shortfall(Need.CPU, 1100, 1024),
        Shortfall(Need.RESERVED, 2500, 2048),
        Shortfall(Need.LARGEST_HARD, 2100, 2048),
    )
    assert model.cells[(2048, 4 * GB)].fits
    too_small = {c.size for c in model.too_small}
    assert too_small == {s for s in model.cells if s[0] < 1100 or s[1] < 2500}


def test_cells_are_priced_with_the_estimate_of_the_region_and_platform() -> None:
    model = build_size_map(BOOK_NEEDS, LINUX_ARM, "us-east-1")
    cell = model.cells[(1024, 3072)]
    expected = estimate(1024, 3072, LINUX_ARM, "us-east-1")
    assert cell.per_hour == expected.per_hour
    assert cell.per_month == expected.per_hour * 730
    basis = model.price_basis()
    assert basis is not None and basis.region == "us-east-1" and basis.platform == LINUX_ARM
    low, high = model.month_range() or (Decimal(0), Decimal(0))
    assert low == model.cells[(256, 512)].per_month
    assert high == model.cells[(16384, 122880)].per_month


@pytest.mark.parametrize(
    ("needs", "platform", "region"),
    [
        (BOOK_NEEDS, LINUX_X86, "us-east-1"),
        (Needs(1000, 1800), LINUX_ARM, "eu-central-1"),
        (Needs(3000, 9000, 12000), LINUX_X86, "ap-northeast-1"),
        (Needs(1500, 5000), WINDOWS_X86, "eu-west-1"),
    ],
)
def test_the_cheapest_fit_is_the_advisors_first_on_that_platform(needs, platform, region) -> None:
    model = build_size_map(needs, platform, region)
    advice = advise(needs, region, platform.os)
    first = next(c for c in advice.candidates if c.platform == platform)
    assert model.cheapest == (first.cpu, first.memory)
    assert model.cells[model.cheapest].fits


def test_nothing_fits_no_cheapest() -> None:
    model = build_size_map(Needs(cpu=20000, memory=1024), LINUX_X86)
    assert model.cheapest is None
    assert len(model.too_small) == len(model.cells)


def test_without_prices_the_map_says_why_and_ranks_like_the_sizing_engine() -> None:
    # The shipped data has no Windows price for us-west-2.
    model = build_size_map(Needs(1500, 5000), WINDOWS_X86, "us-west-2")
    assert "us-west-2" in model.unpriced
    assert all(c.estimate is None for c in model.cells.values())
    assert model.month_range() is None and model.price_basis() is None
    assert model.cheapest == sizing.smallest_fit(1500, 5000, "windows") == (2048, 5120)


def test_a_size_off_the_table_is_not_current() -> None:
    assert build_size_map(BOOK_NEEDS, current=(2048, 1024)).current is None
    assert build_size_map(BOOK_NEEDS, current=(None, 1024)).current is None


def test_arrow_keys_skip_pairs_that_are_no_fargate_size() -> None:
    model = build_size_map(BOOK_NEEDS, LINUX_X86, current=(256, 2048))
    # Down in the 16 vCPU column goes 32 -> 40 GB: 36 GB is 8 vCPU only.
    assert model.step((16384, 32 * GB), "down") == (16384, 40 * GB)
    assert model.step((16384, 40 * GB), "up") == (16384, 32 * GB)
    # Sideways lands on the nearest valid memory of the next CPU value.
    assert model.step((256, 2048), "right") == (512, 2048)
    assert model.step((512, 1024), "right") == (1024, 2048)
    assert model.step((2048, 16 * GB), "left") == (1024, 8 * GB)
    assert model.step((4096, 30 * GB), "right") == (8192, 32 * GB)  # a tie: the larger
    # Edges stop.
    assert model.step((256, 512), "up") is None
    assert model.step((256, 512), "left") is None
    assert model.step((16384, 120 * GB), "right") is None
    assert model.step((16384, 120 * GB), "down") is None
    # From nowhere: the current size.
    assert model.step(None, "down") == (256, 2048)


def test_a_kept_price_table_gives_the_same_map_and_one_of_elsewhere_is_not_used() -> None:
    needs = Needs(1000, 3000, 2500)
    fresh = build_size_map(needs, LINUX_ARM, "eu-central-1")
    kept = price_table(LINUX_ARM, "eu-central-1")
    assert build_size_map(needs, LINUX_ARM, "eu-central-1", prices=kept) == fresh
    other = price_table(LINUX_X86, "us-east-1")
    assert build_size_map(needs, LINUX_ARM, "eu-central-1", prices=other) == fresh
