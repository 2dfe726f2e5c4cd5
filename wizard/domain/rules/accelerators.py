"""Accelerator rules: GPUs, NeuronDevice (Inferentia / Trainium) and Elastic
Inference accelerators.

Each rule's source (its ``define``) is the AWS page that states it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.context import RuleContext, as_dict, as_list, as_str, container_label
from wizard.domain.rules.registry import check, reads
from wizard.domain.rules.sources import FARGATE_DIFFERENCES, GPU, api, guide, register

# --- GPU --------------------------------------------------------------------

define(
    "gpu-fargate",
    Severity.ERROR,
    "Container '{container}' requests a GPU, which Fargate does not support.",
    "Remove the GPU resource requirement, or run the task on EC2 GPU instances.",
    FARGATE_DIFFERENCES,
)
define(
    "gpu-windows",
    Severity.WARNING,
    "Container '{container}' requests a GPU, which is not supported for Windows containers.",
    "Remove the GPU resource requirement or use a Linux task.",
    guide("ecs-gpu"),
)
define(
    "gpu-value-missing",
    Severity.ERROR,
    "The GPU requirement of container '{container}' has neither a value nor a sharingStrategy.",
    "Set value to the number of GPUs (or ALL), or set sharingStrategy.nvidiaMps.",
    api("ResourceRequirement", "sharingStrategy"),
)
define(
    "gpu-value-and-sharing",
    Severity.ERROR,
    "The GPU requirement of container '{container}' sets both value and sharingStrategy.",
    "Keep either value (whole GPUs) or sharingStrategy (shared GPU), not both.",
    api("ResourceRequirement", "sharingStrategy"),
)
define(
    "gpu-value-invalid",
    Severity.ERROR,
    "The GPU value '{value}' of container '{container}' is not a number of GPUs or ALL.",
    'Set value to a positive number of GPUs: a whole number such as "1", a fraction of '
    'a GPU such as "0.25" (placed on a fractional GPU instance), or "ALL".',
    GPU,
)
define(
    "gpu-mixed-sharing",
    Severity.ERROR,
    "Container '{container}' uses {option} for its GPU while container '{first}' uses "
    "{first_option}; all GPU containers of a task must use the same option.",
    "Use {first_option} in every GPU container, or change them all.",
    api("ResourceRequirement", "sharingStrategy"),
)
define(
    "gpu-sharing-external",
    Severity.ERROR,
    "Container '{container}' uses GPU sharingStrategy, which EXTERNAL (ECS Anywhere) does "
    "not support.",
    "Request whole GPUs with value instead, or remove EXTERNAL from requiresCompatibilities.",
    api("ResourceRequirement", "sharingStrategy"),
)


# --- NeuronDevice and Elastic Inference -------------------------------------

define(
    "accelerator-neuron-value",
    Severity.ERROR,
    "The NeuronDevice value '{value}' of container '{container}' must be ALL.",
    'Set value to "ALL".',
    api("ResourceRequirement", "value"),
)
define(
    "accelerator-neuron-multiple-containers",
    Severity.ERROR,
    "Container '{container}' requests NeuronDevice, but container '{first}' already does; "
    "only one container per task may.",
    "Keep the NeuronDevice requirement in one container only.",
    api("ResourceRequirement", "value"),
)
define(
    "accelerator-neuron-launch-type",
    Severity.ERROR,
    "Container '{container}' requests NeuronDevice, which only ECS Managed Instances support; "
    "this task definition is for {launch_types}.",
    'Set requiresCompatibilities to ["MANAGED_INSTANCES"], or remove the NeuronDevice requirement.',
    api("ResourceRequirement", "value"),
)
define(
    "accelerator-inference-unknown-device",
    Severity.ERROR,
    "Container '{container}' requests inference accelerator '{value}', which is not a "
    "deviceName in the task's inferenceAccelerators.",
    "Use one of the task's inferenceAccelerators device names, or add a device named '{value}'.",
    api("ResourceRequirement", "value"),
)
define(
    "accelerator-inference-launch-type",
    Severity.ERROR,
    "inferenceAccelerators are not supported on {launch_types}.",
    "Remove inferenceAccelerators (and the containers' InferenceAccelerator requirements), "
    "or run the task on EC2.",
    register("inferenceAccelerators"),
)
define(
    "accelerator-inference-windows",
    Severity.WARNING,
    "inferenceAccelerators are not supported for Windows containers.",
    "Remove inferenceAccelerators or use a Linux task.",
    register("inferenceAccelerators"),
)
define(
    "accelerator-inference-retired",
    Severity.INFO,
    "Amazon Elastic Inference is closed to new customers since 2023-04-15.",
    "Unless your account already uses Elastic Inference, remove inferenceAccelerators and "
    "use GPU or Inferentia (NeuronDevice) instances instead.",
    guide("ecs-inference"),
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


# --- GPU checks ----------------------------------------------------------------


def _gpu_option(requirement: dict[str, Any]) -> str | None:
    """Which GPU option a requirement uses: "value", "sharingStrategy", or None if unclear."""
    has_value = _present(requirement.get("value"))
    has_sharing = _present(requirement.get("sharingStrategy"))
    if has_value == has_sharing:
        return None
    return "value" if has_value else "sharingStrategy"


# A whole or decimal number of GPUs: the GPU page documents decimal values such
# as 0.25 for fractional GPUs (ECS then places the task on a fractional GPU instance).
_GPU_COUNT = re.compile(r"[0-9]{1,6}(\.[0-9]{1,6})?")


def _valid_gpu_value(value: Any) -> bool:
    text = as_str(value)
    if text is None:
        return False
    text = text.strip()
    if text == "ALL":
        return True
    return bool(_GPU_COUNT.fullmatch(text)) and float(text) > 0


@check
@reads("name", "resourceRequirements")
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
@reads("name", "resourceRequirements")
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
@reads("name", "resourceRequirements")
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
