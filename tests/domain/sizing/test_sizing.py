"""The Fargate size table and the sizing computations (ecs-rules.md §2.1–§2.3, §3.3)."""

from __future__ import annotations

import json

import pytest

from wizard.domain.sizing import task_size as sizing
from wizard.domain.sizing.task_size import (
    EC2_CPU_RANGE,
    ContainerSums,
    Headroom,
    compute_sums,
    fargate_cpu_values,
    fargate_memory_values,
    is_valid_fargate_size,
    os_key,
    size_table,
    sizing_report,
    smallest_fit,
    valid_cpu_for_memory,
    valid_memory_for_cpu,
)
from wizard.resource_files import read_resource_text

GB = 1024


def _steps(start: int, stop: int, step: int) -> list[int]:
    return list(range(start, stop + 1, step))


# --- the data file -------------------------------------------------------------


def test_data_file_has_source_and_checked_date() -> None:
    data = json.loads(read_resource_text("fargate-task-sizes.json"))
    assert data["checked"] == "2026-11-26"
    sources = " ".join(data["source"])
    assert "task-cpu-memory-error" in sources
    assert "botocore" in sources
    table = sizing.load_size_table()
    assert table.checked == "2026-11-26"
    assert set(table.rows) == {"linux", "windows"}


def test_only_the_32_vcpu_row_is_unconfirmed() -> None:
    rows = sizing.load_size_table().rows
    unconfirmed = [(os, r.cpu) for os, rs in rows.items() for r in rs if r.unconfirmed]
    assert unconfirmed == [("linux", 32768)]


# --- forward table -------------------------------------------------------------


def test_linux_cpu_values() -> None:
    assert fargate_cpu_values() == [256, 512, 1024, 2048, 4096, 8192, 16384]
    assert fargate_cpu_values("linux", include_unconfirmed=True)[-1] == 32768


def test_linux_table_rows() -> None:
    assert size_table() == {
        256: [512, 1024, 2048],
        512: _steps(1024, 4096, 1024),
        1024: _steps(2048, 8192, 1024),
        2048: _steps(4096, 16384, 1024),
        4096: _steps(8192, 30720, 1024),
        8192: _steps(16384, 61440, 4096),
        16384: _steps(32768, 122880, 8192),
    }


def test_linux_pair_counts() -> None:
    # 3 + 4 + 7 + 13 + 23 + 12 + 12 (ecs-rules.md §2.1 "# values" column).
    counts = {cpu: len(mem) for cpu, mem in size_table().items()}
    assert counts == {256: 3, 512: 4, 1024: 7, 2048: 13, 4096: 23, 8192: 12, 16384: 12}
    assert sum(counts.values()) == 74
    assert sum(len(m) for m in size_table(include_unconfirmed=True).values()) == 77


def test_32_vcpu_row_only_on_request() -> None:
    assert valid_memory_for_cpu(32768) == []
    assert valid_memory_for_cpu(32768, include_unconfirmed=True) == [61440, 122880, 249856]
    assert not is_valid_fargate_size(32768, 61440)
    assert is_valid_fargate_size(32768, 249856, include_unconfirmed=True)
    assert not is_valid_fargate_size(32768, 65536, include_unconfirmed=True)
    assert sizing.is_unconfirmed_size(32768)
    assert not sizing.is_unconfirmed_size(16384)


def test_windows_table() -> None:
    assert fargate_cpu_values("windows") == [1024, 2048, 4096]
    assert fargate_cpu_values("windows", include_unconfirmed=True) == [1024, 2048, 4096]
    # AWS's table: 2 GB minimum with 1 vCPU (CDK's 1 GB is not followed, §2.3 / U9).
    assert valid_memory_for_cpu(1024, "windows") == _steps(2048, 8192, 1024)
    assert valid_memory_for_cpu(2048, "windows") == _steps(4096, 16384, 1024)
    assert valid_memory_for_cpu(4096, "windows") == _steps(8192, 30720, 1024)
    assert valid_memory_for_cpu(512, "windows") == []
    assert valid_memory_for_cpu(8192, "windows") == []
    assert valid_cpu_for_memory(2048, "windows") == [1024]
    assert valid_cpu_for_memory(1024, "windows") == []
    assert valid_cpu_for_memory(8192, "WINDOWS_SERVER_2022_CORE") == [1024, 2048, 4096]
    assert fargate_memory_values("windows") == _steps(2048, 30720, 1024)


def test_unknown_os_is_rejected() -> None:
    with pytest.raises(ValueError):
        fargate_cpu_values("macos")


def test_unknown_cpu_has_no_memory() -> None:
    assert valid_memory_for_cpu(300) == []
    assert valid_memory_for_cpu(128) == []
    assert not is_valid_fargate_size(512, 512)
    assert is_valid_fargate_size(256, 512)


def test_platform_versions() -> None:
    assert sizing.min_platform_version(8192) == "1.4.0"
    assert sizing.min_platform_version(16384) == "1.4.0"
    assert sizing.min_platform_version(4096) is None
    assert sizing.min_platform_version(300) is None


def test_memory_values_are_sorted_union() -> None:
    values = fargate_memory_values()
    assert values == sorted(set(values))
    assert values[0] == 512 and values[-1] == 122880
    assert 249856 in fargate_memory_values(include_unconfirmed=True)
    assert 249856 not in values


# --- reverse table (ecs-rules.md §2.1) -------------------------------------------

REVERSE = [
    (512, [256]),
    (1024, [256, 512]),
    (2048, [256, 512, 1024]),
    (3072, [512, 1024]),
    (4096, [512, 1024, 2048]),
    (5120, [1024, 2048]),
    (6144, [1024, 2048]),
    (7168, [1024, 2048]),
    (8192, [1024, 2048, 4096]),
    *[(m, [2048, 4096]) for m in _steps(9216, 15360, 1024)],
    (16384, [2048, 4096, 8192]),
    *[(m, [4096, 8192] if m % 4096 == 0 else [4096]) for m in _steps(17408, 30720, 1024)],
    (32768, [8192, 16384]),
    (36864, [8192]),
    (45056, [8192]),
    (53248, [8192]),
    (61440, [8192]),
    (40960, [8192, 16384]),
    (49152, [8192, 16384]),
    (57344, [8192, 16384]),
    *[(m, [16384]) for m in _steps(65536, 122880, 8192)],
    (249856, []),
    (768, []),
    (31744, []),
    (0, []),
]


@pytest.mark.parametrize(("memory", "cpus"), REVERSE)
def test_reverse_lookup_linux(memory: int, cpus: list[int]) -> None:
    assert valid_cpu_for_memory(memory) == cpus


def test_reverse_lookup_17408_to_30720_adds_8192_on_multiples_of_4096() -> None:
    with_8192 = [m for m in _steps(17408, 30720, 1024) if 8192 in valid_cpu_for_memory(m)]
    assert with_8192 == [20480, 24576, 28672]


@pytest.mark.parametrize(
    ("memory", "cpus"),
    [(61440, [8192, 32768]), (122880, [16384, 32768]), (249856, [32768])],
)
def test_reverse_lookup_with_32_vcpu(memory: int, cpus: list[int]) -> None:
    assert valid_cpu_for_memory(memory, include_unconfirmed=True) == cpus


def test_book_example_reverse() -> None:
    # "for 1 GB of memory the valid CPU range is 0.25 to 0.5 vCPU" (design.md).
    assert valid_cpu_for_memory(1024) == [256, 512]


# --- os_key and constants --------------------------------------------------------


@pytest.mark.parametrize(
    ("family", "key"),
    [
        ("WINDOWS_SERVER_2019_FULL", "windows"),
        ("windows_server_2022_core", "windows"),
        ("LINUX", "linux"),
        (None, "linux"),
        ("", "linux"),
        (5, "linux"),
    ],
)
def test_os_key(family: object, key: str) -> None:
    assert os_key(family) == key  # type: ignore[arg-type]


def test_ec2_cpu_range() -> None:
    assert EC2_CPU_RANGE == (128, 196608)


# --- smallest_fit ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("cpu", "memory", "largest_hard", "os", "expected"),
    [
        (0, 0, 0, "linux", (256, 512)),
        (20, 256, 0, "linux", (256, 512)),  # the book example
        (256, 512, 0, "linux", (256, 512)),  # exact fit
        (257, 0, 0, "linux", (512, 1024)),
        (0, 1500, 0, "linux", (256, 2048)),
        (0, 3000, 0, "linux", (512, 3072)),  # cheaper than 1 vCPU with 4 GB
        (600, 0, 0, "linux", (1024, 2048)),
        (0, 17000, 0, "linux", (4096, 17408)),
        (0, 30721, 0, "linux", (8192, 32768)),
        (8193, 0, 0, "linux", (16384, 32768)),
        (0, 0, 0, "windows", (1024, 2048)),
        (0, 9000, 0, "windows", (2048, 9216)),
        # One container's hard limit must fit on its own: 300 MiB reserved, but a
        # 1500 MiB hard limit forces 2 GB.
        (0, 300, 1500, "linux", (256, 2048)),
        (0, 300, 5000, "linux", (1024, 5120)),
    ],
)
def test_smallest_fit(
    cpu: int, memory: int, largest_hard: int, os: str, expected: tuple[int, int]
) -> None:
    assert smallest_fit(cpu, memory, os, largest_hard=largest_hard) == expected
    fit = smallest_fit(cpu, memory, os, largest_hard=largest_hard)
    assert fit is not None and is_valid_fargate_size(*fit, os=os)


def test_smallest_fit_is_the_cheapest_candidate() -> None:
    # Brute force over the table: no valid size that fits is cheaper.
    for cpu_needed in (0, 300, 1500, 5000, 9000):
        for mem_needed in (0, 700, 3000, 9000, 20000, 40000, 70000):
            fit = smallest_fit(cpu_needed, mem_needed)
            candidates = [
                (c, m)
                for c, ms in size_table().items()
                for m in ms
                if c >= cpu_needed and m >= mem_needed
            ]
            if not candidates:
                assert fit is None
                continue
            assert fit is not None
            cheapest = min(sizing.hourly_price_usd(c, m) for c, m in candidates)
            assert sizing.hourly_price_usd(*fit) == pytest.approx(cheapest)


def test_smallest_fit_none_when_nothing_fits() -> None:
    assert smallest_fit(0, 122881) is None
    assert smallest_fit(16385, 0) is None
    assert smallest_fit(0, 30721, "windows") is None
    assert smallest_fit(0, 200000, include_unconfirmed=True) == (32768, 249856)
    assert smallest_fit(20000, 0, include_unconfirmed=True) == (32768, 61440)


def test_hourly_price() -> None:
    assert sizing.hourly_price_usd(1024, 1024) == pytest.approx(0.04048 + 0.004445)


# --- container sums and the report ----------------------------------------------


def _book_doc() -> dict:
    return {
        "requiresCompatibilities": ["FARGATE"],
        "cpu": "256",
        "memory": "512",
        "containerDefinitions": [
            {"name": "wordpress", "memoryReservation": 128, "cpu": 10},
            {"name": "mysql", "memoryReservation": 128, "cpu": 10},
        ],
    }


def test_book_example_sums() -> None:
    report = sizing_report(_book_doc())
    assert report.task_cpu == 256 and report.task_memory == 512
    assert report.os == "linux"
    assert report.sums.cpu == 20
    assert report.sums.soft == 256
    assert report.sums.hard == 0
    assert report.sums.reserved == 256
    assert report.sums.containers_without_memory == []
    assert report.cpu == Headroom(20, 256)
    assert report.soft.free == 256 and report.soft.ratio == 0.5 and not report.soft.over
    assert not any(h.over for h in (report.cpu, report.hard, report.reserved, report.largest_hard))
    assert report.valid_cpu_for_memory == [256]
    assert report.valid_memory_for_cpu == [512, 1024, 2048]
    assert report.fit == (256, 512)


def test_sums_mixed_limits() -> None:
    doc = {
        "containerDefinitions": [
            {"name": "a", "memory": 300, "memoryReservation": 100, "cpu": 128},
            {"name": "b", "memory": 700},
            {"name": "c", "cpu": 64},
            {"memory": 700},
        ]
    }
    sums = compute_sums(doc)
    assert sums == ContainerSums(
        cpu=192,
        soft=100,
        hard=1700,
        reserved=100 + 700 + 700,
        largest_hard=700,
        largest_hard_container="b",  # the first container with the largest limit
        containers_without_memory=["c"],
    )


def test_report_windows_and_headroom() -> None:
    doc = {
        "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"},
        "cpu": "1 vCPU",
        "memory": "2 GB",
        "containerDefinitions": [{"name": "iis", "memory": 3000, "cpu": 2048}],
    }
    report = sizing_report(doc)
    assert report.os == "windows"
    assert (report.task_cpu, report.task_memory) == (1024, 2048)
    assert report.valid_cpu_for_memory == [1024]
    assert report.cpu.over and report.cpu.free == -1024
    assert report.largest_hard.over
    assert report.fit == (2048, 4096)


def test_report_without_task_size() -> None:
    report = sizing_report({"containerDefinitions": [{"name": "a", "memory": 256}]})
    assert report.task_cpu is None and report.task_memory is None
    assert report.reserved == Headroom(256, None)
    assert report.reserved.free is None and report.reserved.ratio is None
    assert not report.reserved.over
    assert report.valid_cpu_for_memory == [] and report.valid_memory_for_cpu == []
    assert report.fit == (256, 512)


def test_headroom_zero_limit() -> None:
    assert Headroom(10, 0).ratio is None
    assert Headroom(10, 0).over


@pytest.mark.parametrize(
    "doc",
    [
        None,
        5,
        "x",
        [],
        {},
        {"containerDefinitions": "no"},
        {"containerDefinitions": [1, "x", None, [], {"name": 5, "portMappings": "no"}]},
        {
            "cpu": [],
            "memory": {},
            "runtimePlatform": "linux",
            "containerDefinitions": [
                {"cpu": True, "memory": "512", "memoryReservation": 1.5},
                {"cpu": -5, "memory": 0, "memoryReservation": -1},
                {"cpu": None, "memory": None, "memoryReservation": False},
            ],
        },
    ],
)
def test_junk_never_raises(doc: object) -> None:
    sums = compute_sums(doc)
    assert (sums.cpu, sums.soft, sums.hard, sums.reserved, sums.largest_hard) == (0, 0, 0, 0, 0)
    report = sizing_report(doc)
    assert report.task_cpu is None and report.task_memory is None
    assert report.fit == (256, 512)


def test_junk_containers_are_labelled_by_position() -> None:
    doc = {"containerDefinitions": [{"name": 5, "memory": True}, {"name": ""}]}
    assert compute_sums(doc).containers_without_memory == ["#1", "#2"]
