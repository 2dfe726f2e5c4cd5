"""Container resource rules: cpu, memory limits and accelerators.

Implements ecs-rules.md §3.2 (R1–R8, R11; R10 is in ``task_size``) and §3.4
(GPU, NeuronDevice, InferenceAccelerator). Sums come from
:func:`wizard.domain.sizing.compute_sums`, the same numbers the sizing panel
shows, so the panel and the findings never disagree.

R9 ("on Fargate, container cpu/memory are optional") is advice that is true of
every Fargate task definition; emitting it would be noise on clean documents,
and the situations where it matters are already covered by R3–R6. It is not
emitted.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from wizard.domain import sizing
from wizard.domain.catalog import define
from wizard.domain.findings import Finding, Severity
from wizard.domain.rules.context import (
    RuleContext,
    as_dict,
    as_int,
    as_list,
    as_str,
    container_label,
)
from wizard.domain.rules.registry import check

MEMORY_FIELDS = ("memory", "memoryReservation")

# --- memory and cpu (§3.2) ---------------------------------------------------

define(
    "memory-container-limit-required",
    Severity.ERROR,
    "Container '{container}' sets neither memory nor memoryReservation, and the task sets "
    "no memory.",
    "Give container '{container}' a memory (hard limit) or memoryReservation (soft limit) "
    "in MiB, or set the task-level memory.",
    "ecs-rules.md §3.2 R1; botocore ContainerDefinition.memoryReservation; API: Invalid "
    "setting for container '<c>'. At least one of 'memory' or 'memoryReservation' must be "
    "specified.",
)
define(
    "memory-below-reservation",
    Severity.ERROR,
    "Container '{container}' has memory {memory} MiB below its memoryReservation "
    "{reservation} MiB.",
    "Raise memory to at least {reservation} MiB or lower memoryReservation to at most "
    "{memory} MiB (equal values are fine).",
    "ecs-rules.md §3.2 R2 and U5; botocore ContainerDefinition.memory; CDK: MemoryLimitMiB "
    "should not be less than MemoryReservationMiB.",
)
define(
    "memory-reservation-sum-above-task",
    Severity.ERROR,
    "The containers' memoryReservation values add up to {sum} MiB, above the task's "
    "{task_memory} MiB.",
    "Raise the task memory to at least {sum} MiB or lower the containers' memoryReservation "
    "values.",
    "ecs-rules.md §3.2 R3; API: The sum of all container 'memoryReservation' values cannot be "
    "greater than the value of the task 'memory'.",
)
define(
    "memory-above-task",
    Severity.ERROR,
    "Container '{container}' sets memory {memory} MiB, above the task's {task_memory} MiB.",
    "Lower the memory of '{container}' to at most {task_memory} MiB, or raise the task memory.",
    "ecs-rules.md §3.2 R4; API: The 'memory' setting for container '<c>' is greater than for "
    "the task.",
)
define(
    "memory-reserved-sum-above-task",
    Severity.ERROR,
    "The memory reserved by the containers (memoryReservation, else memory) adds up to "
    "{sum} MiB, above the task's {task_memory} MiB.",
    "Raise the task memory to at least {sum} MiB, or lower the containers' memoryReservation "
    "(or memory) values.",
    "ecs-rules.md §3.2 R5 and U4; botocore ContainerDefinition.memory ('total amount of memory "
    "reserved for all containers … must be lower than the task memory value')",
)
define(
    "memory-hard-sum-above-task",
    Severity.WARNING,
    "The containers' memory hard limits add up to {sum} MiB, above the task's {task_memory} "
    "MiB; the task runs out of memory if they all peak at once.",
    "Accept it if the containers do not peak together; otherwise raise the task memory to "
    "{sum} MiB or lower the hard limits.",
    "ecs-rules.md §3.2 R5 and §3.3 (Σ hard limits: warning only)",
)
define(
    "cpu-sum-above-task",
    Severity.ERROR,
    "The containers' cpu values add up to {sum} units, above the task's {task_cpu} units.",
    "Raise the task cpu to at least {sum} units or lower the containers' cpu values.",
    "ecs-rules.md §3.2 R6 and U6; API: The sum of all container 'cpu' values cannot be greater "
    "than the value of the task 'cpu'.",
)
define(
    "memory-below-minimum",
    Severity.WARNING,
    "Container '{container}' sets {field} to {value} MiB; Docker refuses less than {min} MiB.",
    "Set {field} to at least {min} MiB.",
    "ecs-rules.md §3.2 R7; botocore ContainerDefinition.memory (6 MiB on Docker 20.10+, 4 MiB "
    "before)",
)
define(
    "memory-not-positive",
    Severity.ERROR,
    "Container '{container}' sets {field} to {value}; it must be a positive number of MiB.",
    "Set {field} to a positive number of MiB, or remove it.",
    "ecs-rules.md §3.2 R8; aws/amazon-ecs-agent#876 (value must be > 0)",
)
define(
    "memory-reservation-windows",
    Severity.WARNING,
    "Container '{container}' sets memoryReservation, which Windows containers do not support.",
    "Use memory (the hard limit) for Windows containers and remove memoryReservation.",
    "ecs-rules.md §3.2 R11 and §5.2; archived task_definition_parameters.md (memoryReservation)",
)
define(
    "cpu-windows-container-unset",
    Severity.WARNING,
    "Windows container '{container}' sets no cpu; Windows then gives it 1% of one CPU.",
    "Set the cpu units of '{container}' (1024 = 1 vCPU); on Windows they are an absolute limit.",
    "ecs-rules.md §3.1; botocore ContainerDefinition.cpu (Windows: null or zero is passed to "
    "Docker as 0, which Windows interprets as 1% of one CPU)",
)

# --- GPU (§3.4) --------------------------------------------------------------

define(
    "gpu-fargate",
    Severity.ERROR,
    "Container '{container}' requests a GPU, which Fargate does not support.",
    "Remove the GPU resource requirement, or run the task on EC2 GPU instances.",
    "ecs-rules.md §3.4 and §4.1; AWS fargate-tasks-services page (gpu not valid)",
)
define(
    "gpu-windows",
    Severity.WARNING,
    "Container '{container}' requests a GPU, which is not supported for Windows containers.",
    "Remove the GPU resource requirement or use a Linux task.",
    "ecs-rules.md §3.4 and §5.2; archived ecs-gpu.md",
)
define(
    "gpu-value-missing",
    Severity.ERROR,
    "The GPU requirement of container '{container}' has neither a value nor a sharingStrategy.",
    "Set value to the number of GPUs (or ALL), or set sharingStrategy.nvidiaMps.",
    "ecs-rules.md §3.4 (exactly one of value / sharingStrategy); botocore ResourceRequirement",
)
define(
    "gpu-value-and-sharing",
    Severity.ERROR,
    "The GPU requirement of container '{container}' sets both value and sharingStrategy.",
    "Keep either value (whole GPUs) or sharingStrategy (shared GPU), not both.",
    "ecs-rules.md §3.4 (exactly one of value / sharingStrategy); botocore ResourceRequirement",
)
define(
    "gpu-value-invalid",
    Severity.ERROR,
    "The GPU value '{value}' of container '{container}' is not a number of GPUs or ALL.",
    'Set value to a positive whole number of GPUs, e.g. "1", or to "ALL".',
    "ecs-rules.md §3.4; botocore ResourceRequirement.value (number of physical GPUs)",
)
define(
    "gpu-mixed-sharing",
    Severity.ERROR,
    "Container '{container}' uses {option} for its GPU while container '{first}' uses "
    "{first_option}; all GPU containers of a task must use the same option.",
    "Use {first_option} in every GPU container, or change them all.",
    "ecs-rules.md §3.4; botocore ResourceRequirement.sharingStrategy",
)
define(
    "gpu-sharing-external",
    Severity.ERROR,
    "Container '{container}' uses GPU sharingStrategy, which EXTERNAL (ECS Anywhere) does "
    "not support.",
    "Request whole GPUs with value instead, or remove EXTERNAL from requiresCompatibilities.",
    "ecs-rules.md §3.4 and §5.3; botocore ResourceRequirement.sharingStrategy",
)

# --- NeuronDevice and Elastic Inference (§3.4) -------------------------------

define(
    "accelerator-neuron-value",
    Severity.ERROR,
    "The NeuronDevice value '{value}' of container '{container}' must be ALL.",
    'Set value to "ALL".',
    "ecs-rules.md §3.4; botocore ResourceRequirement.value (NeuronDevice)",
)
define(
    "accelerator-neuron-multiple-containers",
    Severity.ERROR,
    "Container '{container}' requests NeuronDevice, but container '{first}' already does; "
    "only one container per task may.",
    "Keep the NeuronDevice requirement in one container only.",
    "ecs-rules.md §3.4; botocore ResourceRequirement (NeuronDevice: one container per task)",
)
define(
    "accelerator-neuron-launch-type",
    Severity.ERROR,
    "Container '{container}' requests NeuronDevice, which only ECS Managed Instances support; "
    "this task definition is for {launch_types}.",
    'Set requiresCompatibilities to ["MANAGED_INSTANCES"], or remove the NeuronDevice requirement.',
    "ecs-rules.md §3.4 and §5.4; botocore ResourceRequirement (NeuronDevice: Managed "
    "Instances only)",
)
define(
    "accelerator-inference-unknown-device",
    Severity.ERROR,
    "Container '{container}' requests inference accelerator '{value}', which is not a "
    "deviceName in the task's inferenceAccelerators.",
    "Use one of the task's inferenceAccelerators device names, or add a device named '{value}'.",
    "ecs-rules.md §3.4 and §8.1 (references); botocore InferenceAccelerator.deviceName; CDK: "
    "Resource value … doesn't match any inference accelerator device name",
)
define(
    "accelerator-inference-launch-type",
    Severity.ERROR,
    "inferenceAccelerators are not supported on {launch_types}.",
    "Remove inferenceAccelerators (and the containers' InferenceAccelerator requirements), "
    "or run the task on EC2.",
    "ecs-rules.md §3.4, §4.3, §5.3, §5.4; botocore RegisterTaskDefinitionRequest."
    "inferenceAccelerators; CDK: Cannot use inference accelerators on tasks that run on "
    "Fargate / External",
)
define(
    "accelerator-inference-windows",
    Severity.WARNING,
    "inferenceAccelerators are not supported for Windows containers.",
    "Remove inferenceAccelerators or use a Linux task.",
    "ecs-rules.md §3.4 (not on Windows); botocore; archived docs",
)
define(
    "accelerator-inference-retired",
    Severity.INFO,
    "Amazon Elastic Inference is closed to new customers since 2023-04-15.",
    "Unless your account already uses Elastic Inference, remove inferenceAccelerators and "
    "use GPU or Inferentia (NeuronDevice) instances instead.",
    "ecs-rules.md §3.4 and §6.1 (inferenceAccelerators)",
)


# --- helpers -----------------------------------------------------------------


def _launch_types(ctx: RuleContext) -> str:
    return ", ".join(sorted(ctx.compatibilities)) or "EC2"


def _requirements(
    ctx: RuleContext, kind: str
) -> Iterator[tuple[int, dict[str, Any], int, dict[str, Any]]]:
    """(container index, container, requirement index, requirement) of one type."""
    for i, container in ctx.containers:
        for j, requirement in enumerate(as_list(container.get("resourceRequirements"))):
            if isinstance(requirement, dict) and requirement.get("type") == kind:
                yield i, container, j, requirement


def _present(value: Any) -> bool:
    return value is not None


# --- memory and cpu checks -----------------------------------------------------


@check
def check_container_memory_values(ctx: RuleContext) -> Iterator[Finding]:
    """Per container: R1 (a limit when the task has none), R8, R7, R2, R4, R11."""
    task_memory = ctx.task_memory
    # R1 applies only when the task sets no memory at all (an unreadable or
    # placeholder task memory is reported elsewhere). On Fargate the missing task
    # memory is already an error whose fix also satisfies R1.
    needs_container_limit = ctx.doc.get("memory") is None and not ctx.is_fargate
    for i, container in ctx.containers:
        label = container_label(i, container)
        values = {key: container.get(key) for key in MEMORY_FIELDS}
        if needs_container_limit and not any(_present(v) for v in values.values()):
            yield ctx.finding(
                "memory-container-limit-required",
                "containerDefinitions",
                i,
                "memory",
                container=label,
            )
        for key, value in values.items():
            number = as_int(value)
            if number is None:
                continue
            if number <= 0:
                yield ctx.finding(
                    "memory-not-positive",
                    "containerDefinitions",
                    i,
                    key,
                    container=label,
                    field=key,
                    value=number,
                )
            elif number < sizing.MIN_CONTAINER_MEMORY_MIB:
                yield ctx.finding(
                    "memory-below-minimum",
                    "containerDefinitions",
                    i,
                    key,
                    container=label,
                    field=key,
                    value=number,
                    min=sizing.MIN_CONTAINER_MEMORY_MIB,
                )
        hard = as_int(values["memory"])
        soft = as_int(values["memoryReservation"])
        if hard is not None and soft is not None and 0 < hard < soft:
            yield ctx.finding(
                "memory-below-reservation",
                "containerDefinitions",
                i,
                "memoryReservation",
                container=label,
                memory=hard,
                reservation=soft,
            )
        if hard is not None and task_memory is not None and hard > task_memory:
            yield ctx.finding(
                "memory-above-task",
                "containerDefinitions",
                i,
                "memory",
                container=label,
                memory=hard,
                task_memory=task_memory,
            )
        if ctx.is_windows and _present(values["memoryReservation"]):
            yield ctx.finding(
                "memory-reservation-windows",
                "containerDefinitions",
                i,
                "memoryReservation",
                container=label,
            )


@check
def check_memory_sums(ctx: RuleContext) -> Iterator[Finding]:
    """R3, R5 and the hard-limit warning: sums against the task memory."""
    task_memory = ctx.task_memory
    if task_memory is None:
        return
    sums = sizing.compute_sums(ctx.doc)
    soft_over = sums.soft > task_memory
    if soft_over:
        yield ctx.finding(
            "memory-reservation-sum-above-task", "memory", sum=sums.soft, task_memory=task_memory
        )
    # When every reserved amount is a memoryReservation, R5 is R3 again: say it once.
    reserved_over = sums.reserved > task_memory and not (soft_over and sums.reserved == sums.soft)
    if reserved_over:
        yield ctx.finding(
            "memory-reserved-sum-above-task", "memory", sum=sums.reserved, task_memory=task_memory
        )
    # The hard-limit sum is only a risk note; once a reservation sum is already an
    # error, the same fix (more task memory) covers it.
    if sums.hard > task_memory and not (soft_over or reserved_over):
        yield ctx.finding(
            "memory-hard-sum-above-task", "memory", sum=sums.hard, task_memory=task_memory
        )


@check
def check_cpu_sum(ctx: RuleContext) -> Iterator[Finding]:
    """R6: Σ container cpu must not exceed the task cpu (equal is accepted)."""
    task_cpu = ctx.task_cpu
    if task_cpu is None:
        return
    total = sizing.compute_sums(ctx.doc).cpu
    if total > task_cpu:
        yield ctx.finding("cpu-sum-above-task", "cpu", sum=total, task_cpu=task_cpu)


@check
def check_windows_container_cpu(ctx: RuleContext) -> Iterator[Finding]:
    """Windows on EC2/EXTERNAL: a container without cpu is capped at 1% of a CPU.

    Not on Fargate, where the task-level cpu is the task's allocation.
    """
    if not ctx.is_windows or ctx.is_fargate or not (ctx.is_ec2 or ctx.is_external):
        return
    for i, container in ctx.containers:
        cpu = container.get("cpu")
        if cpu is None or as_int(cpu) == 0:
            yield ctx.finding(
                "cpu-windows-container-unset",
                "containerDefinitions",
                i,
                "cpu",
                container=container_label(i, container),
            )


# --- GPU checks ----------------------------------------------------------------


def _gpu_option(requirement: dict[str, Any]) -> str | None:
    """Which GPU option a requirement uses: "value", "sharingStrategy", or None if unclear."""
    has_value = _present(requirement.get("value"))
    has_sharing = _present(requirement.get("sharingStrategy"))
    if has_value == has_sharing:
        return None
    return "value" if has_value else "sharingStrategy"


def _valid_gpu_value(value: Any) -> bool:
    text = as_str(value)
    if text is None:
        return False
    text = text.strip()
    return text == "ALL" or (text.isdigit() and int(text) > 0)


@check
def check_gpu(ctx: RuleContext) -> Iterator[Finding]:
    first: tuple[str, str] | None = None  # (container label, option) of the first GPU
    for i, container, j, requirement in _requirements(ctx, "GPU"):
        label = container_label(i, container)
        base = ("containerDefinitions", i, "resourceRequirements", j)
        if ctx.is_fargate:
            yield ctx.finding("gpu-fargate", *base, "type", container=label)
        elif ctx.is_windows:
            yield ctx.finding("gpu-windows", *base, "type", container=label)
        value, sharing = requirement.get("value"), requirement.get("sharingStrategy")
        if not _present(value) and not _present(sharing):
            yield ctx.finding("gpu-value-missing", *base, "value", container=label)
        elif _present(value) and _present(sharing):
            yield ctx.finding("gpu-value-and-sharing", *base, "sharingStrategy", container=label)
        elif (
            as_str(value) is not None and not ctx.placeholder(value) and not _valid_gpu_value(value)
        ):
            yield ctx.finding("gpu-value-invalid", *base, "value", container=label, value=value)
        if _present(sharing) and ctx.is_external:
            yield ctx.finding("gpu-sharing-external", *base, "sharingStrategy", container=label)
        option = _gpu_option(requirement)
        if option is None:
            continue
        if first is None:
            first = (label, option)
        elif option != first[1]:
            yield ctx.finding(
                "gpu-mixed-sharing",
                *base,
                option,
                container=label,
                option=option,
                first=first[0],
                first_option=first[1],
            )


# --- NeuronDevice and Elastic Inference checks ---------------------------------


@check
def check_neuron_devices(ctx: RuleContext) -> Iterator[Finding]:
    first: tuple[int, str] | None = None  # (index, label) of the first Neuron container
    other_launch_types = ctx.is_fargate or ctx.is_ec2 or ctx.is_external
    for i, container, j, requirement in _requirements(ctx, "NeuronDevice"):
        label = container_label(i, container)
        base = ("containerDefinitions", i, "resourceRequirements", j)
        value = requirement.get("value")
        if not ctx.placeholder(value) and (as_str(value) or "").strip() != "ALL":
            yield ctx.finding(
                "accelerator-neuron-value", *base, "value", container=label, value=value
            )
        if first is None:
            first = (i, label)
        elif i != first[0]:
            yield ctx.finding(
                "accelerator-neuron-multiple-containers",
                *base,
                "type",
                container=label,
                first=first[1],
            )
        if other_launch_types:
            yield ctx.finding(
                "accelerator-neuron-launch-type",
                *base,
                "type",
                container=label,
                launch_types=_launch_types(ctx),
            )


@check
def check_inference_accelerators(ctx: RuleContext) -> Iterator[Finding]:
    accelerators = as_list(ctx.doc.get("inferenceAccelerators"))
    device_names = {
        name
        for device in accelerators
        if isinstance(name := as_dict(device).get("deviceName"), str)
    }
    for i, container, j, requirement in _requirements(ctx, "InferenceAccelerator"):
        value = requirement.get("value")
        # Only strings can name a device (a wrong type is the schema check's job).
        if ctx.placeholder(value) or as_str(value) in device_names:
            continue
        yield ctx.finding(
            "accelerator-inference-unknown-device",
            "containerDefinitions",
            i,
            "resourceRequirements",
            j,
            "value",
            container=container_label(i, container),
            value=value,
        )
    if not accelerators:
        return
    unsupported = [
        name
        for name, applies in (
            ("FARGATE", ctx.is_fargate),
            ("MANAGED_INSTANCES", ctx.is_managed_instances),
            ("EXTERNAL", ctx.is_external),
        )
        if applies
    ]
    if unsupported:
        yield ctx.finding(
            "accelerator-inference-launch-type",
            "inferenceAccelerators",
            launch_types=", ".join(unsupported),
        )
    if ctx.is_windows:
        yield ctx.finding("accelerator-inference-windows", "inferenceAccelerators")
    if not unsupported and not ctx.is_windows:
        yield ctx.finding("accelerator-inference-retired", "inferenceAccelerators")
