"""Task size rules: task-size-* and ephemeral-storage-*."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.rulekit import container, ec2_doc, fargate_doc, findings
from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import CATALOG
from wizard.domain.rules import run_rules

WINDOWS = {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"}
PREFIXES = ("task-size-", "ephemeral-storage-")


def one(doc: dict[str, Any], rule: str, launch_types: tuple[str, ...] = ()) -> Finding:
    found = findings(doc, rule, launch_types)
    assert len(found) == 1, found
    return found[0]


def none_of(doc: dict[str, Any], rule: str, launch_types: tuple[str, ...] = ()) -> None:
    assert findings(doc, rule, launch_types) == []


def windows_fargate(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"cpu": "1024", "memory": "2048", "runtimePlatform": WINDOWS}
    base.update(fields)
    return fargate_doc(**base)


def ours(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.rule.startswith(PREFIXES) or f.rule == "internal-error"]


# --- baselines and robustness --------------------------------------------------


def test_clean_baselines() -> None:
    assert ours(run_rules(fargate_doc())) == []
    assert ours(run_rules(ec2_doc())) == []
    assert ours(run_rules(windows_fargate())) == []


def test_book_example_is_clean() -> None:
    doc = fargate_doc(
        container("wordpress", memoryReservation=128, cpu=10),
        container("mysql", memoryReservation=128, cpu=10),
    )
    assert ours(run_rules(doc)) == []


@pytest.mark.parametrize("launch", [(), ("FARGATE",), ("EC2",), ("EXTERNAL",)])
def test_junk_never_raises(launch: tuple[str, ...]) -> None:
    doc = {
        "requiresCompatibilities": ["FARGATE", 5, None],
        "cpu": [],
        "memory": {},
        "runtimePlatform": "windows",
        "ephemeralStorage": {"sizeInGiB": True},
        "containerDefinitions": [1, "x", None, {"name": 5, "portMappings": "no"}],
    }
    found = run_rules(doc, launch)
    assert [f for f in found if f.rule == "internal-error"] == []
    # Wrong JSON types are reported by the schema check, not as unreadable strings.
    assert [f for f in found if f.rule.endswith("-unreadable")] == []
    # Junk in every other place.
    for junk in (None, 1, "x", [], {"ephemeralStorage": "big"}):
        doc2 = {"ephemeralStorage": junk, "runtimePlatform": junk, "cpu": junk}
        assert not any(f.rule == "internal-error" for f in run_rules(doc2, launch))


def test_rule_ids_use_module_prefixes() -> None:
    import wizard.domain.rules.task_size as module

    text = Path(module.__file__).read_text(encoding="utf-8")
    ids = [rid for rid in CATALOG if f'"{rid}"' in text]
    assert ids and all(rid.startswith(PREFIXES) for rid in ids)


# --- presence and readability ----------------------------------------------------


@pytest.mark.parametrize("key", ["cpu", "memory"])
def test_fargate_requires_cpu_and_memory(key: str) -> None:
    doc = fargate_doc()
    del doc[key]
    f = one(doc, f"task-size-{key}-required")
    assert (f.severity, f.path) == (Severity.ERROR, f"/{key}")
    none_of(fargate_doc(), f"task-size-{key}-required")
    # Not required on EC2.
    none_of(ec2_doc(), f"task-size-{key}-required")


def test_required_also_when_launch_type_is_forced() -> None:
    doc = ec2_doc()
    doc.pop("requiresCompatibilities")
    f = one(doc, "task-size-cpu-required", ("FARGATE",))
    assert f.path == "/cpu"


@pytest.mark.parametrize("value", ["lots", "", "0.3 vcpu", "1,024", "-256", "256 units"])
def test_cpu_unreadable(value: str) -> None:
    f = one(fargate_doc(cpu=value), "task-size-cpu-unreadable")
    assert (f.severity, f.path) == (Severity.ERROR, "/cpu")
    assert f.params["value"] == value
    # Unreadable is not also "required" or "invalid".
    none_of(fargate_doc(cpu=value), "task-size-cpu-required")
    none_of(fargate_doc(cpu=value), "task-size-fargate-cpu-invalid")
    f = one(ec2_doc(cpu=value), "task-size-cpu-unreadable")
    assert f.path == "/cpu"


@pytest.mark.parametrize("value", ["256", "1 vCPU", "1 vcpu", ".25 vcpu", " 512 "])
def test_cpu_readable(value: str) -> None:
    none_of(fargate_doc(cpu=value, memory="1024"), "task-size-cpu-unreadable")


@pytest.mark.parametrize("value", ["lots", "", "1.3 GB", "512 KB"])
def test_memory_unreadable(value: str) -> None:
    f = one(fargate_doc(memory=value), "task-size-memory-unreadable")
    assert (f.severity, f.path) == (Severity.ERROR, "/memory")
    none_of(fargate_doc(memory=value), "task-size-fargate-combination")


@pytest.mark.parametrize("value", ["512", "0.5 GB", "1GB", "1 GB"])
def test_memory_readable(value: str) -> None:
    none_of(fargate_doc(memory=value, cpu="256"), "task-size-memory-unreadable")


@pytest.mark.parametrize("value", ["${CPU}", "{{ cpu }}", "<TASK_CPU>"])
def test_placeholders_are_not_reported(value: str) -> None:
    doc = fargate_doc(cpu=value, memory=value)
    for rule in (
        "task-size-cpu-unreadable",
        "task-size-memory-unreadable",
        "task-size-cpu-required",
        "task-size-fargate-cpu-invalid",
        "task-size-fargate-combination",
    ):
        none_of(doc, rule)


# --- Fargate table -----------------------------------------------------------------


@pytest.mark.parametrize("cpu", ["128", "300", "3072", "0", "65536"])
def test_fargate_cpu_invalid(cpu: str) -> None:
    f = one(fargate_doc(cpu=cpu), "task-size-fargate-cpu-invalid")
    assert (f.severity, f.path) == (Severity.ERROR, "/cpu")
    assert f.params["valid_cpu"] == [256, 512, 1024, 2048, 4096, 8192, 16384]
    assert "256" in f.message
    none_of(fargate_doc(cpu=cpu), "task-size-fargate-combination")
    none_of(fargate_doc(cpu="256"), "task-size-fargate-cpu-invalid")


def test_fargate_combination_invalid_lists_both_directions() -> None:
    doc = fargate_doc(cpu="512", memory="512")
    f = one(doc, "task-size-fargate-combination")
    assert (f.severity, f.path) == (Severity.ERROR, "/memory")
    assert f.params["valid_memory"] == [1024, 2048, 3072, 4096]
    assert f.params["valid_cpu"] == [256]
    assert "1 to 4 GB in 1 GB steps" in f.message and "MiB: 256." in f.message
    none_of(fargate_doc(cpu="512", memory="1024"), "task-size-fargate-combination")


@pytest.mark.parametrize(
    ("cpu", "memory"),
    [("256", "4096"), ("4096", "31744"), ("8192", "18432"), ("16384", "36864"), ("1024", "1024")],
)
def test_fargate_combination_invalid_cases(cpu: str, memory: str) -> None:
    f = one(fargate_doc(cpu=cpu, memory=memory), "task-size-fargate-combination")
    assert f.path == "/memory"


def test_fargate_combination_checked_with_ec2_too() -> None:
    # The table applies whenever FARGATE is listed, even with EC2 (§2.1).
    doc = fargate_doc(cpu="512", memory="512", requiresCompatibilities=["EC2", "FARGATE"])
    assert one(doc, "task-size-fargate-combination").path == "/memory"
    none_of(ec2_doc(cpu="512", memory="512"), "task-size-fargate-combination")


def test_unit_strings_are_understood_for_the_table() -> None:
    none_of(fargate_doc(cpu="1 vCPU", memory="2 GB"), "task-size-fargate-combination")
    f = one(fargate_doc(cpu="1 vCPU", memory="1 GB"), "task-size-fargate-combination")
    assert (f.params["cpu"], f.params["memory"]) == (1024, 1024)


@pytest.mark.parametrize("cpu", ["256", "512", "8192", "16384", "32768"])
def test_windows_fargate_cpu(cpu: str) -> None:
    doc = windows_fargate(cpu=cpu, memory="16384")
    f = one(doc, "task-size-windows-fargate-cpu")
    assert (f.severity, f.path) == (Severity.ERROR, "/cpu")
    none_of(doc, "task-size-fargate-cpu-invalid")
    none_of(windows_fargate(cpu="4096", memory="16384"), "task-size-windows-fargate-cpu")


def test_windows_fargate_cpu_not_in_any_table() -> None:
    f = one(windows_fargate(cpu="300"), "task-size-fargate-cpu-invalid")
    assert f.params["valid_cpu"] == [1024, 2048, 4096]
    assert f.params["os"] == "windows"


def test_windows_fargate_needs_2_gb_with_1_vcpu() -> None:
    f = one(windows_fargate(cpu="1024", memory="1024"), "task-size-fargate-combination")
    assert (f.severity, f.path) == (Severity.ERROR, "/memory")
    assert f.params["valid_memory"][0] == 2048
    assert f.params["valid_cpu"] == []
    none_of(windows_fargate(cpu="1024", memory="2048"), "task-size-fargate-combination")


@pytest.mark.parametrize("memory", ["61440", "122880", "249856"])
def test_32_vcpu_is_a_warning(memory: str) -> None:
    doc = fargate_doc(cpu="32768", memory=memory)
    f = one(doc, "task-size-fargate-unconfirmed")
    assert (f.severity, f.path) == (Severity.WARNING, "/cpu")
    for rule in ("task-size-fargate-cpu-invalid", "task-size-fargate-combination"):
        none_of(doc, rule)
    none_of(fargate_doc(cpu="16384", memory="122880"), "task-size-fargate-unconfirmed")


def test_32_vcpu_with_other_memory_is_an_error() -> None:
    f = one(fargate_doc(cpu="32768", memory="65536"), "task-size-fargate-combination")
    assert f.params["valid_memory"] == [61440, 122880, 249856]
    assert f.params["valid_cpu"] == [16384]


def test_249856_with_16_vcpu_does_not_suggest_32_vcpu_as_confirmed() -> None:
    f = one(fargate_doc(cpu="16384", memory="249856"), "task-size-fargate-combination")
    assert f.params["valid_cpu"] == []


@pytest.mark.parametrize(("cpu", "memory"), [("8192", "16384"), ("16384", "32768")])
def test_platform_version_info(cpu: str, memory: str) -> None:
    f = one(fargate_doc(cpu=cpu, memory=memory), "task-size-fargate-platform-version")
    assert (f.severity, f.path) == (Severity.INFO, "/cpu")
    assert f.params["version"] == "1.4.0"
    none_of(fargate_doc(cpu="4096", memory="30720"), "task-size-fargate-platform-version")


# --- EC2 / EXTERNAL ----------------------------------------------------------------


@pytest.mark.parametrize("cpu", ["64", "127", "196609", "0"])
@pytest.mark.parametrize("launch", [["EC2"], ["EXTERNAL"], None])
def test_ec2_cpu_range(cpu: str, launch: list[str] | None) -> None:
    doc = ec2_doc(cpu=cpu)
    if launch is None:
        doc.pop("requiresCompatibilities")
    else:
        doc["requiresCompatibilities"] = launch
    f = one(doc, "task-size-ec2-cpu-range")
    assert (f.severity, f.path) == (Severity.ERROR, "/cpu")


@pytest.mark.parametrize("cpu", ["128", "300", "196608", "2 vCPU"])
def test_ec2_cpu_in_range(cpu: str) -> None:
    none_of(ec2_doc(cpu=cpu), "task-size-ec2-cpu-range")


def test_ec2_range_not_repeated_when_fargate_listed() -> None:
    doc = fargate_doc(cpu="64", requiresCompatibilities=["EC2", "FARGATE"])
    none_of(doc, "task-size-ec2-cpu-range")
    one(doc, "task-size-fargate-cpu-invalid")


def test_windows_ec2_task_size_ignored() -> None:
    doc = ec2_doc(cpu="1024", memory="2048", runtimePlatform=WINDOWS, networkMode="awsvpc")
    found = findings(doc, "task-size-windows-ec2-ignored")
    assert {(f.severity, f.path) for f in found} == {
        (Severity.WARNING, "/cpu"),
        (Severity.WARNING, "/memory"),
    }
    clean = ec2_doc(runtimePlatform=WINDOWS)
    none_of(clean, "task-size-windows-ec2-ignored")
    # Fargate needs the values, so no warning there.
    none_of(windows_fargate(), "task-size-windows-ec2-ignored")
    none_of(ec2_doc(cpu="1024", memory="2048"), "task-size-windows-ec2-ignored")


# --- ephemeral storage ---------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 20, 201, -1, 1000])
def test_ephemeral_storage_range(size: int) -> None:
    f = one(fargate_doc(ephemeralStorage={"sizeInGiB": size}), "ephemeral-storage-size-range")
    assert (f.severity, f.path) == (Severity.ERROR, "/ephemeralStorage/sizeInGiB")


@pytest.mark.parametrize("size", [21, 100, 200])
def test_ephemeral_storage_in_range(size: int) -> None:
    doc = fargate_doc(ephemeralStorage={"sizeInGiB": size})
    assert ours(run_rules(doc)) == []


@pytest.mark.parametrize("size", ["30", 30.5, True, None, "${SIZE}"])
def test_ephemeral_storage_non_int_left_to_schema(size: object) -> None:
    none_of(fargate_doc(ephemeralStorage={"sizeInGiB": size}), "ephemeral-storage-size-range")


@pytest.mark.parametrize("launch", [["EC2"], ["EXTERNAL"], None])
def test_ephemeral_storage_not_fargate(launch: list[str] | None) -> None:
    doc = ec2_doc(ephemeralStorage={"sizeInGiB": 30})
    if launch is None:
        doc.pop("requiresCompatibilities")
    else:
        doc["requiresCompatibilities"] = launch
    f = one(doc, "ephemeral-storage-not-fargate")
    assert (f.severity, f.path) == (Severity.WARNING, "/ephemeralStorage")
    none_of(ec2_doc(), "ephemeral-storage-not-fargate")
    both = fargate_doc(
        ephemeralStorage={"sizeInGiB": 30}, requiresCompatibilities=["EC2", "FARGATE"]
    )
    none_of(both, "ephemeral-storage-not-fargate")


def test_ephemeral_storage_managed_instances() -> None:
    doc = ec2_doc(
        ephemeralStorage={"sizeInGiB": 30},
        requiresCompatibilities=["MANAGED_INSTANCES"],
        networkMode="awsvpc",
    )
    f = one(doc, "ephemeral-storage-managed-instances")
    assert (f.severity, f.path) == (Severity.ERROR, "/ephemeralStorage")
    none_of(doc, "ephemeral-storage-not-fargate")
    del doc["ephemeralStorage"]
    none_of(doc, "ephemeral-storage-managed-instances")


def test_ephemeral_storage_on_windows_fargate_is_fine() -> None:
    # The API reference (EphemeralStorage): Windows platform version 1.0.0 or
    # later; the 2023 list of unsupported Windows features no longer applies.
    doc = windows_fargate(ephemeralStorage={"sizeInGiB": 30})
    assert [f for f in findings(doc, "ephemeral-storage-size-range")] == []
    assert not [f for f in run_rules(doc) if f.path == "/ephemeralStorage"]


# --- catalog ----------------------------------------------------------------------------


def test_every_message_renders_with_its_params() -> None:
    docs = [
        fargate_doc(cpu="512", memory="512"),
        fargate_doc(cpu="lots", memory="lots"),
        fargate_doc(cpu="300"),
        fargate_doc(cpu="32768", memory="61440"),
        fargate_doc(cpu="8192", memory="16384"),
        windows_fargate(cpu="512", ephemeralStorage={"sizeInGiB": 30}),
        ec2_doc(cpu="64", memory="512", runtimePlatform=WINDOWS, ephemeralStorage={"sizeInGiB": 9}),
    ]
    seen = set()
    for doc in docs:
        for f in ours(run_rules(doc)):
            seen.add(f.rule)
            assert "?" not in f.message, (f.rule, f.message)
            assert "?" not in f.hint, (f.rule, f.hint)
    assert len(seen) >= 10


def test_valid_sizes_are_listed_as_people_say_them_not_as_a_python_list():
    from wizard.domain.rules import run_rules

    doc = {
        "family": "x",
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": "4096",
        "memory": "1024",
        "containerDefinitions": [{"name": "a", "image": "b:1", "essential": True}],
    }
    (found,) = [f for f in run_rules(doc) if f.rule == "task-size-fargate-combination"]
    assert "8 to 30 GB in 1 GB steps" in found.message
    assert "valid cpu for 1024 MiB: 256 or 512" in found.message
    assert "[" not in found.message + found.hint
    assert found.params["valid_cpu"] == [256, 512]  # the data stays a list
    from wizard.domain.messages.catalog import render_hint, render_message

    chinese = render_message(found.rule, found.params, "zh_CN")
    assert "8 至 30 GB，步长 1 GB" in chinese and "256 或 512" in chinese
    assert "8 至 30 GB，步长 1 GB" in render_hint(found.rule, found.params, "zh_CN")
    doc["cpu"], doc["memory"] = "256", "4096"
    (found,) = [f for f in run_rules(doc) if f.rule == "task-size-fargate-combination"]
    assert "0.5, 1 or 2 GB" in found.message
    assert "0.5, 1 或 2 GB" in render_message(found.rule, found.params, "zh_CN")
    doc["cpu"] = "300"
    (found,) = [f for f in run_rules(doc) if f.rule == "task-size-fargate-cpu-invalid"]
    assert "256, 512, 1024, 2048, 4096, 8192 or 16384" in found.message
