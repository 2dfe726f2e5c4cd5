"""Container resource rules (wizard.domain.rules.resources and
accelerators): memory-*, cpu-*, gpu-*, accelerator-*."""

from __future__ import annotations

from typing import Any

import pytest

from tests.rulekit import awslogs, container, ec2_doc, fargate_doc, findings
from wizard.domain.findings import Finding, Severity
from wizard.domain.rules import run_rules

WINDOWS = {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64"}
PREFIXES = ("memory-", "cpu-", "gpu-", "accelerator-")


def one(doc: dict[str, Any], rule: str, launch_types: tuple[str, ...] = ()) -> Finding:
    found = findings(doc, rule, launch_types)
    assert len(found) == 1, found
    return found[0]


def none_of(doc: dict[str, Any], rule: str, launch_types: tuple[str, ...] = ()) -> None:
    assert findings(doc, rule, launch_types) == []


def ours(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.rule.startswith(PREFIXES) or f.rule == "internal-error"]


def fg(*containers: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A Fargate document whose containers log with awslogs (so other modules stay quiet)."""
    for c in containers:
        c.setdefault("logConfiguration", awslogs())
    return fargate_doc(*containers, **fields)


def gpu(value: Any = "1", **extra: Any) -> dict[str, Any]:
    requirement = {"type": "GPU", **extra}
    if value is not None:
        requirement["value"] = value
    return requirement


MPS = {"nvidiaMps": {"memory": 1024}}


# --- baselines and robustness ----------------------------------------------------------


def test_clean_baselines() -> None:
    assert ours(run_rules(fargate_doc())) == []
    assert ours(run_rules(ec2_doc())) == []


def test_book_example_is_clean() -> None:
    doc = fg(
        container("wordpress", memoryReservation=128, cpu=10),
        container("mysql", memoryReservation=128, cpu=10),
    )
    assert ours(run_rules(doc)) == []


@pytest.mark.parametrize(
    "launch", [(), ("FARGATE",), ("EC2",), ("EXTERNAL",), ("MANAGED_INSTANCES",)]
)
def test_junk_never_raises(launch: tuple[str, ...]) -> None:
    junk_docs: list[dict[str, Any]] = [
        {
            "cpu": [],
            "memory": {},
            "inferenceAccelerators": "x",
            "runtimePlatform": [],
            "containerDefinitions": [1, "x", None, {"name": 5, "portMappings": "no"}],
        },
        {
            "memory": "512",
            "cpu": "256",
            "inferenceAccelerators": [1, None, {"deviceName": []}],
            "containerDefinitions": [
                {
                    "name": ["x"],
                    "cpu": "10",
                    "memory": True,
                    "memoryReservation": 1.5,
                    "resourceRequirements": [
                        None,
                        "GPU",
                        {"type": "GPU", "value": [], "sharingStrategy": "x"},
                        {"type": "InferenceAccelerator", "value": {"a": 1}},
                        {"type": "InferenceAccelerator", "value": ["a"]},
                        {"type": "NeuronDevice", "value": 5},
                        {"type": 7},
                    ],
                },
                {"resourceRequirements": {"type": "GPU"}},
            ],
        },
    ]
    for doc in junk_docs:
        found = run_rules(doc, launch)
        assert [f for f in found if f.rule == "internal-error"] == []


def test_non_int_memory_is_left_to_the_schema_check() -> None:
    doc = ec2_doc(container(memory="512"), container("b", memoryReservation=True))
    for rule in ("memory-not-positive", "memory-below-minimum", "memory-container-limit-required"):
        none_of(doc, rule)


# --- R1 -------------------------------------------------------------------------------


def test_r1_container_needs_a_limit_without_task_memory() -> None:
    doc = ec2_doc(container("a", memory=256), container("b"))
    f = one(doc, "memory-container-limit-required")
    assert (f.severity, f.path) == (Severity.ERROR, "/containerDefinitions/1/memory")
    assert f.params["container"] == "b"
    none_of(
        ec2_doc(container("a", memory=256), container("b", memoryReservation=64)),
        "memory-container-limit-required",
    )
    # Task-level memory removes the need.
    none_of(ec2_doc(container("a"), memory="512"), "memory-container-limit-required")


def test_r1_applies_without_launch_type_and_on_external() -> None:
    doc = ec2_doc(container("a"))
    doc.pop("requiresCompatibilities")
    assert one(doc, "memory-container-limit-required").path == "/containerDefinitions/0/memory"
    doc["requiresCompatibilities"] = ["EXTERNAL"]
    one(doc, "memory-container-limit-required")


def test_r1_not_repeated_on_fargate() -> None:
    # Fargate without task memory already fails task-size-memory-required.
    doc = fargate_doc()
    del doc["memory"]
    none_of(doc, "memory-container-limit-required")


# --- R2 -------------------------------------------------------------------------------


def test_r2_memory_below_reservation() -> None:
    doc = ec2_doc(container(memory=128, memoryReservation=256))
    f = one(doc, "memory-below-reservation")
    assert (f.severity, f.path) == (Severity.ERROR, "/containerDefinitions/0/memoryReservation")
    none_of(ec2_doc(container(memory=256, memoryReservation=256)), "memory-below-reservation")
    none_of(ec2_doc(container(memory=512, memoryReservation=256)), "memory-below-reservation")


# --- R3 / R5 / hard-sum warning ----------------------------------------------------------


def test_r3_reservation_sum_above_task() -> None:
    doc = fg(container("a", memoryReservation=300), container("b", memoryReservation=300))
    f = one(doc, "memory-reservation-sum-above-task")
    assert (f.severity, f.path) == (Severity.ERROR, "/memory")
    assert (f.params["sum"], f.params["task_memory"]) == (600, 512)
    # Every container has a reservation: R5 would say the same thing, so only R3.
    none_of(doc, "memory-reserved-sum-above-task")
    fixed = fg(container("a", memoryReservation=256), container("b", memoryReservation=256))
    none_of(fixed, "memory-reservation-sum-above-task")


def test_r5_reserved_sum_counts_hard_limits_of_unreserved_containers() -> None:
    doc = fg(container("a", memoryReservation=256), container("b", memory=300))
    f = one(doc, "memory-reserved-sum-above-task")
    assert (f.severity, f.path) == (Severity.ERROR, "/memory")
    assert f.params["sum"] == 556
    none_of(doc, "memory-reservation-sum-above-task")
    none_of(doc, "memory-hard-sum-above-task")  # already covered by the error
    fixed = fg(container("a", memoryReservation=200), container("b", memory=300))
    none_of(fixed, "memory-reserved-sum-above-task")


def test_r3_and_r5_both_when_they_differ() -> None:
    doc = fg(
        container("a", memoryReservation=400),
        container("b", memoryReservation=200),
        container("c", memory=100),
    )
    assert one(doc, "memory-reservation-sum-above-task").params["sum"] == 600
    assert one(doc, "memory-reserved-sum-above-task").params["sum"] == 700


def test_hard_sum_warning() -> None:
    doc = fg(
        container("a", memory=400, memoryReservation=200),
        container("b", memory=400, memoryReservation=200),
    )
    f = one(doc, "memory-hard-sum-above-task")
    assert (f.severity, f.path) == (Severity.WARNING, "/memory")
    assert f.params["sum"] == 800
    for rule in ("memory-reservation-sum-above-task", "memory-reserved-sum-above-task"):
        none_of(doc, rule)
    fixed = fg(
        container("a", memory=256, memoryReservation=200),
        container("b", memory=256, memoryReservation=200),
    )
    none_of(fixed, "memory-hard-sum-above-task")


def test_sums_equal_to_task_are_fine() -> None:
    doc = fg(container("a", memoryReservation=256, cpu=128), container("b", memory=256, cpu=128))
    assert ours(run_rules(doc)) == []


# --- R4 -------------------------------------------------------------------------------


def test_r4_container_memory_above_task() -> None:
    doc = fg(container("a", memoryReservation=64), container("web", memory=1024))
    f = one(doc, "memory-above-task")
    assert (f.severity, f.path) == (Severity.ERROR, "/containerDefinitions/1/memory")
    assert f.params == {"container": "web", "memory": 1024, "task_memory": 512}
    assert "web" in f.message and "1024" in f.message
    none_of(
        fg(container("a", memoryReservation=64), container("web", memory=448)), "memory-above-task"
    )


def test_r4_uses_unit_strings() -> None:
    doc = ec2_doc(container(memory=1500), memory="1 GB")
    assert one(doc, "memory-above-task").params["task_memory"] == 1024
    none_of(ec2_doc(container(memory=1500), memory="2GB"), "memory-above-task")


# --- R6 -------------------------------------------------------------------------------


def test_r6_cpu_sum_above_task() -> None:
    doc = fg(container("a", cpu=200), container("b", cpu=100))
    f = one(doc, "cpu-sum-above-task")
    assert (f.severity, f.path) == (Severity.ERROR, "/cpu")
    assert (f.params["sum"], f.params["task_cpu"]) == (300, 256)
    none_of(fg(container("a", cpu=156), container("b", cpu=100)), "cpu-sum-above-task")
    # No task cpu: nothing to compare with.
    none_of(ec2_doc(container(memory=256, cpu=4096)), "cpu-sum-above-task")


# --- R7 / R8 --------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["memory", "memoryReservation"])
@pytest.mark.parametrize("value", [1, 5])
def test_r7_below_minimum(field: str, value: int) -> None:
    doc = ec2_doc(container(**{field: value}))
    f = one(doc, "memory-below-minimum")
    assert (f.severity, f.path) == (Severity.WARNING, f"/containerDefinitions/0/{field}")
    none_of(ec2_doc(container(**{field: 6})), "memory-below-minimum")


@pytest.mark.parametrize("field", ["memory", "memoryReservation"])
@pytest.mark.parametrize("value", [0, -1])
def test_r8_not_positive(field: str, value: int) -> None:
    doc = ec2_doc(container(**{field: value}))
    f = one(doc, "memory-not-positive")
    assert (f.severity, f.path) == (Severity.ERROR, f"/containerDefinitions/0/{field}")
    none_of(doc, "memory-below-minimum")
    none_of(doc, "memory-container-limit-required")
    none_of(ec2_doc(container(**{field: 128})), "memory-not-positive")


def test_r9_is_not_emitted() -> None:
    # Advice true of every Fargate definition; deliberately not a finding.
    doc = fg(container("a", memory=512, cpu=256))
    assert [
        f for f in run_rules(doc) if f.severity is Severity.INFO and f.rule.startswith(PREFIXES)
    ] == []


# --- R11 and Windows cpu ------------------------------------------------------------


def test_r11_windows_memory_reservation() -> None:
    doc = ec2_doc(container(memory=512, memoryReservation=256, cpu=512), runtimePlatform=WINDOWS)
    f = one(doc, "memory-reservation-windows")
    assert (f.severity, f.path) == (Severity.WARNING, "/containerDefinitions/0/memoryReservation")
    none_of(
        ec2_doc(container(memory=512, cpu=512), runtimePlatform=WINDOWS),
        "memory-reservation-windows",
    )
    # Linux is fine.
    none_of(ec2_doc(container(memory=512, memoryReservation=256)), "memory-reservation-windows")


@pytest.mark.parametrize("cpu", [None, 0])
def test_windows_ec2_container_without_cpu(cpu: int | None) -> None:
    c = container(memory=512) if cpu is None else container(memory=512, cpu=cpu)
    doc = ec2_doc(c, runtimePlatform=WINDOWS)
    f = one(doc, "cpu-windows-container-unset")
    assert (f.severity, f.path) == (Severity.WARNING, "/containerDefinitions/0/cpu")
    none_of(
        ec2_doc(container(memory=512, cpu=1024), runtimePlatform=WINDOWS),
        "cpu-windows-container-unset",
    )
    none_of(ec2_doc(container(memory=512)), "cpu-windows-container-unset")
    windows_fargate = fg(container(), cpu="1024", memory="2048", runtimePlatform=WINDOWS)
    none_of(windows_fargate, "cpu-windows-container-unset")


# --- GPU ------------------------------------------------------------------------------


def test_gpu_on_fargate() -> None:
    doc = fg(container(resourceRequirements=[gpu()]))
    f = one(doc, "gpu-fargate")
    assert (f.severity, f.path) == (
        Severity.ERROR,
        "/containerDefinitions/0/resourceRequirements/0/type",
    )
    none_of(ec2_doc(container(memory=256, resourceRequirements=[gpu()])), "gpu-fargate")


def test_gpu_on_windows() -> None:
    c = container(memory=256, cpu=256, resourceRequirements=[gpu()])
    doc = ec2_doc(c, runtimePlatform=WINDOWS)
    f = one(doc, "gpu-windows")
    assert (f.severity, f.path) == (
        Severity.WARNING,
        "/containerDefinitions/0/resourceRequirements/0/type",
    )
    none_of(ec2_doc(container(memory=256, cpu=256), runtimePlatform=WINDOWS), "gpu-windows")


def test_gpu_value_missing() -> None:
    doc = ec2_doc(container(memory=256, resourceRequirements=[gpu(None)]))
    f = one(doc, "gpu-value-missing")
    assert (f.severity, f.path) == (
        Severity.ERROR,
        "/containerDefinitions/0/resourceRequirements/0/value",
    )
    none_of(ec2_doc(container(memory=256, resourceRequirements=[gpu("2")])), "gpu-value-missing")
    mps = ec2_doc(container(memory=256, resourceRequirements=[gpu(None, sharingStrategy=MPS)]))
    none_of(mps, "gpu-value-missing")


def test_gpu_value_and_sharing() -> None:
    doc = ec2_doc(container(memory=256, resourceRequirements=[gpu("1", sharingStrategy=MPS)]))
    f = one(doc, "gpu-value-and-sharing")
    assert (f.severity, f.path) == (
        Severity.ERROR,
        "/containerDefinitions/0/resourceRequirements/0/sharingStrategy",
    )
    none_of(
        ec2_doc(container(memory=256, resourceRequirements=[gpu("1")])), "gpu-value-and-sharing"
    )


@pytest.mark.parametrize("value", ["two", "0", "0.0", "-1", "-0.25", "1/4", ".25", "1.", "all", ""])
def test_gpu_value_invalid(value: str) -> None:
    doc = ec2_doc(container(memory=256, resourceRequirements=[gpu(value)]))
    f = one(doc, "gpu-value-invalid")
    assert (f.severity, f.path) == (
        Severity.ERROR,
        "/containerDefinitions/0/resourceRequirements/0/value",
    )


# Fractional GPUs: the GPU page documents decimal values such as "0.25".
@pytest.mark.parametrize("value", ["1", "4", "ALL", "${GPUS}", "0.25", "0.5", "1.5", " 0.125 "])
def test_gpu_value_valid(value: str) -> None:
    none_of(ec2_doc(container(memory=256, resourceRequirements=[gpu(value)])), "gpu-value-invalid")


def test_gpu_mixed_sharing() -> None:
    doc = ec2_doc(
        container("a", memory=256, resourceRequirements=[gpu("1")]),
        container("b", memory=256, resourceRequirements=[gpu(None, sharingStrategy=MPS)]),
    )
    f = one(doc, "gpu-mixed-sharing")
    assert (f.severity, f.path) == (
        Severity.ERROR,
        "/containerDefinitions/1/resourceRequirements/0/sharingStrategy",
    )
    assert f.params["first"] == "a"
    same = ec2_doc(
        container("a", memory=256, resourceRequirements=[gpu(None, sharingStrategy=MPS)]),
        container("b", memory=256, resourceRequirements=[gpu(None, sharingStrategy=MPS)]),
    )
    none_of(same, "gpu-mixed-sharing")


def test_gpu_sharing_external() -> None:
    c = container(memory=256, resourceRequirements=[gpu(None, sharingStrategy=MPS)])
    doc = ec2_doc(c, requiresCompatibilities=["EXTERNAL"])
    f = one(doc, "gpu-sharing-external")
    assert (f.severity, f.path) == (
        Severity.ERROR,
        "/containerDefinitions/0/resourceRequirements/0/sharingStrategy",
    )
    none_of(ec2_doc(c), "gpu-sharing-external")
    whole = container(memory=256, resourceRequirements=[gpu("1")])
    none_of(ec2_doc(whole, requiresCompatibilities=["EXTERNAL"]), "gpu-sharing-external")


# --- NeuronDevice -----------------------------------------------------------------------


def managed(*containers: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return ec2_doc(
        *containers, requiresCompatibilities=["MANAGED_INSTANCES"], networkMode="awsvpc", **fields
    )


NEURON = {"type": "NeuronDevice", "value": "ALL"}


def test_neuron_value() -> None:
    doc = managed(
        container(memory=256, resourceRequirements=[{"type": "NeuronDevice", "value": "1"}])
    )
    f = one(doc, "accelerator-neuron-value")
    assert (f.severity, f.path) == (
        Severity.ERROR,
        "/containerDefinitions/0/resourceRequirements/0/value",
    )
    assert ours(run_rules(managed(container(memory=256, resourceRequirements=[NEURON])))) == []


def test_neuron_one_container() -> None:
    doc = managed(
        container("a", memory=256, resourceRequirements=[NEURON]),
        container("b", memory=256, resourceRequirements=[NEURON]),
    )
    f = one(doc, "accelerator-neuron-multiple-containers")
    assert (f.severity, f.path) == (
        Severity.ERROR,
        "/containerDefinitions/1/resourceRequirements/0/type",
    )
    fixed = managed(
        container("a", memory=256, resourceRequirements=[NEURON]), container("b", memory=256)
    )
    none_of(fixed, "accelerator-neuron-multiple-containers")


@pytest.mark.parametrize(
    "launch", [["EC2"], ["FARGATE"], ["EXTERNAL"], ["MANAGED_INSTANCES", "EC2"], None]
)
def test_neuron_managed_instances_only(launch: list[str] | None) -> None:
    doc = ec2_doc(container(memory=256, resourceRequirements=[NEURON]))
    if launch is None:
        doc.pop("requiresCompatibilities")
    else:
        doc["requiresCompatibilities"] = launch
    f = one(doc, "accelerator-neuron-launch-type")
    assert (f.severity, f.path) == (
        Severity.ERROR,
        "/containerDefinitions/0/resourceRequirements/0/type",
    )
    none_of(
        managed(container(memory=256, resourceRequirements=[NEURON])),
        "accelerator-neuron-launch-type",
    )


# --- Elastic Inference ----------------------------------------------------------------------

EIA = [{"deviceName": "device1", "deviceType": "eia2.medium"}]


def _eia_container(value: Any = "device1") -> dict[str, Any]:
    return container(
        memory=256, resourceRequirements=[{"type": "InferenceAccelerator", "value": value}]
    )


def test_inference_unknown_device() -> None:
    doc = ec2_doc(_eia_container("device2"), inferenceAccelerators=EIA)
    f = one(doc, "accelerator-inference-unknown-device")
    assert (f.severity, f.path) == (
        Severity.ERROR,
        "/containerDefinitions/0/resourceRequirements/0/value",
    )
    none_of(
        ec2_doc(_eia_container(), inferenceAccelerators=EIA), "accelerator-inference-unknown-device"
    )
    # No task-level devices at all.
    one(ec2_doc(_eia_container()), "accelerator-inference-unknown-device")
    none_of(ec2_doc(_eia_container("${DEVICE}")), "accelerator-inference-unknown-device")


@pytest.mark.parametrize(
    ("launch", "named"),
    [
        (["FARGATE"], "FARGATE"),
        (["MANAGED_INSTANCES"], "MANAGED_INSTANCES"),
        (["EXTERNAL"], "EXTERNAL"),
        (["EC2", "FARGATE"], "FARGATE"),
    ],
)
def test_inference_launch_type(launch: list[str], named: str) -> None:
    doc = ec2_doc(_eia_container(), inferenceAccelerators=EIA, requiresCompatibilities=launch)
    f = one(doc, "accelerator-inference-launch-type")
    assert (f.severity, f.path) == (Severity.ERROR, "/inferenceAccelerators")
    assert f.params["launch_types"] == named
    none_of(
        ec2_doc(_eia_container(), inferenceAccelerators=EIA), "accelerator-inference-launch-type"
    )


def test_inference_windows() -> None:
    doc = ec2_doc(
        container(memory=256, cpu=256), inferenceAccelerators=EIA, runtimePlatform=WINDOWS
    )
    f = one(doc, "accelerator-inference-windows")
    assert (f.severity, f.path) == (Severity.WARNING, "/inferenceAccelerators")
    none_of(
        ec2_doc(container(memory=256, cpu=256), runtimePlatform=WINDOWS),
        "accelerator-inference-windows",
    )


def test_inference_retired_note() -> None:
    doc = ec2_doc(_eia_container(), inferenceAccelerators=EIA)
    f = one(doc, "accelerator-inference-retired")
    assert (f.severity, f.path) == (Severity.INFO, "/inferenceAccelerators")
    none_of(ec2_doc(), "accelerator-inference-retired")
    # Not repeated when a launch-type error already says to remove it.
    fargate = ec2_doc(
        _eia_container(), inferenceAccelerators=EIA, requiresCompatibilities=["FARGATE"]
    )
    none_of(fargate, "accelerator-inference-retired")


# --- messages ------------------------------------------------------------------------------


def test_every_message_renders_with_its_params() -> None:
    docs = [
        ec2_doc(container("a"), container("b", memory=3, memoryReservation=0)),
        ec2_doc(
            container(memory=128, memoryReservation=256, cpu=0),
            runtimePlatform=WINDOWS,
            memory="100",
            cpu="100",
        ),
        fg(container("a", memoryReservation=300, cpu=300), container("b", memory=600)),
        fg(container("a", memory=400, memoryReservation=200), container("b", memory=400)),
        ec2_doc(
            container("a", memory=256, resourceRequirements=[gpu("x"), gpu(None)]),
            container(
                "b", memory=256, resourceRequirements=[gpu(None, sharingStrategy=MPS), NEURON]
            ),
            container(
                "c", memory=256, resourceRequirements=[NEURON, gpu("1", sharingStrategy=MPS)]
            ),
            requiresCompatibilities=["EXTERNAL", "FARGATE"],
        ),
        ec2_doc(
            _eia_container("x"),
            inferenceAccelerators=EIA,
            runtimePlatform=WINDOWS,
            requiresCompatibilities=["FARGATE"],
        ),
        ec2_doc(_eia_container(), inferenceAccelerators=EIA),
    ]
    seen = set()
    for doc in docs:
        for f in ours(run_rules(doc)):
            seen.add(f.rule)
            assert "?" not in f.message, (f.rule, f.message)
            assert "?" not in f.hint, (f.rule, f.hint)
    assert len(seen) >= 20, sorted(seen)
