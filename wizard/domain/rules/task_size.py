"""Task size rules: task-level ``cpu`` / ``memory`` and ``ephemeralStorage``.

The Fargate size table, Windows on Fargate, platform versions, the EC2 and
EXTERNAL cpu range, Windows on EC2 and ephemeral storage. The size table itself lives in
``resources/fargate-task-sizes.json`` and is read through :mod:`wizard.domain.sizing.task_size`.
"""

from __future__ import annotations

from collections.abc import Iterator

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.context import RuleContext, as_dict, as_int, as_str
from wizard.domain.rules.registry import task_check
from wizard.domain.rules.sources import FARGATE_TASK_SIZE, MANAGED_INSTANCES, api, register
from wizard.domain.sizing import task_size as sizing
from wizard.domain.sizing.units import (
    cpu_choices_text,
    memory_choices_text,
    parse_task_cpu,
    parse_task_memory,
)

define(
    "task-size-cpu-required",
    Severity.ERROR,
    "A Fargate task definition must set the task-level cpu.",
    'Set cpu to a Fargate size, e.g. "256" (0.25 vCPU) or "1024" (1 vCPU).',
    register("cpu"),
)
define(
    "task-size-memory-required",
    Severity.ERROR,
    "A Fargate task definition must set the task-level memory.",
    'Set memory to a value valid for the task\'s cpu, e.g. "512" with cpu "256".',
    register("memory"),
)
define(
    "task-size-cpu-unreadable",
    Severity.ERROR,
    "Task cpu '{value}' is not a number of CPU units or a vCPU value.",
    'Write CPU units as an integer string, e.g. "1024" (or "1 vCPU").',
    register("cpu"),
)
define(
    "task-size-memory-unreadable",
    Severity.ERROR,
    "Task memory '{value}' is not a number of MiB or a GB value.",
    'Write memory in MiB as an integer string, e.g. "2048" (or "2 GB").',
    register("memory"),
)
define(
    "task-size-fargate-cpu-invalid",
    Severity.ERROR,
    "Task cpu {cpu} is not a Fargate size ({os}); valid values: {valid_cpu_text}.",
    "Pick one of {valid_cpu_text} CPU units (1024 units = 1 vCPU).",
    FARGATE_TASK_SIZE,
)
define(
    "task-size-windows-fargate-cpu",
    Severity.ERROR,
    "Windows containers on Fargate need at least 1 vCPU; task cpu {cpu} is a Linux-only size.",
    "Use cpu 1024, 2048 or 4096 for a Windows task on Fargate.",
    register("memory"),
)
define(
    "task-size-fargate-combination",
    Severity.ERROR,
    "No Fargate size ({os}) has cpu {cpu} with memory {memory} MiB. "
    "Valid memory for cpu {cpu}: {valid_memory_text}; "
    "valid cpu for {memory} MiB: {valid_cpu_text}.",
    "Pick memory from {valid_memory_text}, or a cpu that allows {memory} MiB.",
    FARGATE_TASK_SIZE,
)
define(
    "task-size-fargate-unconfirmed",
    Severity.WARNING,
    "Task size cpu {cpu} / memory {memory} MiB (32 vCPU) is not yet confirmed by AWS "
    "documentation.",
    "Registration decides whether it is accepted; if it is rejected, use cpu 16384 "
    "with up to 122880 MiB.",
    FARGATE_TASK_SIZE,
)
define(
    "task-size-fargate-platform-version",
    Severity.INFO,
    "Task cpu {cpu} needs Fargate platform version {version} or later.",
    "Run it on platform version LATEST or {version}+, not on an older pinned version.",
    register("memory"),
)
define(
    "task-size-ec2-cpu-range",
    Severity.ERROR,
    "Task cpu {cpu} is outside the supported range {min}–{max} CPU units.",
    "Set cpu between {min} and {max} units (0.125–192 vCPU), or leave it out.",
    register("cpu"),
)
define(
    "task-size-windows-ec2-ignored",
    Severity.WARNING,
    "Task-level {field} is ignored for Windows containers on EC2.",
    "Set cpu and memory on each container instead; the task-level value has no effect.",
    register("cpu"),
)
define(
    "ephemeral-storage-size-range",
    Severity.ERROR,
    "Ephemeral storage {size} GiB is outside {min}–{max} GiB.",
    "Set sizeInGiB between {min} and {max}, or remove ephemeralStorage to get the default 20 GiB.",
    api("EphemeralStorage", "sizeInGiB"),
)
define(
    "ephemeral-storage-not-fargate",
    Severity.WARNING,
    "ephemeralStorage only applies to Fargate; this task definition is for {launch_types}.",
    "Remove ephemeralStorage, or add FARGATE to requiresCompatibilities if the task runs "
    "on Fargate.",
    register("ephemeralStorage"),
)
define(
    "ephemeral-storage-managed-instances",
    Severity.ERROR,
    "ephemeralStorage is not supported for tasks on ECS Managed Instances.",
    "Remove ephemeralStorage, or remove MANAGED_INSTANCES from requiresCompatibilities.",
    MANAGED_INSTANCES,
)


def _launch_types(ctx: RuleContext) -> str:
    """The launch types for a message: declared (and forced) ones, else EC2 (the default)."""
    return ", ".join(sorted(ctx.compatibilities)) or "EC2"


def _os_label(ctx: RuleContext) -> str:
    return sizing.os_key(ctx.os_family)


# --- presence and readability -----------------------------------------------


@task_check
def check_task_size_strings(ctx: RuleContext) -> Iterator[Finding]:
    """Fargate needs cpu and memory; any string given must be understood."""
    parsers = {"cpu": parse_task_cpu, "memory": parse_task_memory}
    for key, parse in parsers.items():
        value = ctx.doc.get(key)
        if value is None:
            if ctx.is_fargate:
                yield ctx.finding(f"task-size-{key}-required", key)
            continue
        text = as_str(value)
        # Wrong JSON types are the schema check's job; placeholders the importer's.
        if text is None or ctx.placeholder(text):
            continue
        if parse(text) is None:
            yield ctx.finding(f"task-size-{key}-unreadable", key, value=text)


# --- Fargate table ------------------------------------------------------------


@task_check
def check_fargate_size(ctx: RuleContext) -> Iterator[Finding]:
    """The task cpu/memory pair must be in the Fargate table for the task's OS."""
    cpu, memory = ctx.task_cpu, ctx.task_memory
    if not ctx.is_fargate or cpu is None:
        return
    os_name = _os_label(ctx)
    if (
        os_name == "windows"
        and cpu not in sizing.fargate_cpu_values("windows")
        and (cpu in sizing.fargate_cpu_values("linux", include_unconfirmed=True))
    ):
        yield ctx.finding("task-size-windows-fargate-cpu", "cpu", cpu=cpu)
        return
    if cpu not in sizing.fargate_cpu_values(os_name, include_unconfirmed=True):
        valid = sizing.fargate_cpu_values(os_name)
        yield ctx.finding(
            "task-size-fargate-cpu-invalid",
            "cpu",
            cpu=cpu,
            os=os_name,
            valid_cpu=valid,
            valid_cpu_text=cpu_choices_text(valid),
        )
        return
    if memory is None:
        return  # missing or unreadable memory is reported above
    unconfirmed = sizing.is_unconfirmed_size(cpu, os_name)
    if not sizing.is_valid_fargate_size(cpu, memory, os_name, include_unconfirmed=True):
        valid_memory = sizing.valid_memory_for_cpu(cpu, os_name, include_unconfirmed=True)
        valid_cpu = sizing.valid_cpu_for_memory(memory, os_name, include_unconfirmed=unconfirmed)
        yield ctx.finding(
            "task-size-fargate-combination",
            "memory",
            cpu=cpu,
            memory=memory,
            os=os_name,
            valid_memory=valid_memory,
            valid_cpu=valid_cpu,
            # The lists as people say them ("8 to 30 GB in 1 GB steps") for the messages.
            valid_memory_text=memory_choices_text(valid_memory),
            valid_cpu_text=cpu_choices_text(valid_cpu),
        )
        return
    if unconfirmed:
        yield ctx.finding("task-size-fargate-unconfirmed", "cpu", cpu=cpu, memory=memory)
    version = sizing.min_platform_version(cpu, os_name)
    if version is not None:
        yield ctx.finding("task-size-fargate-platform-version", "cpu", cpu=cpu, version=version)


# --- EC2 / EXTERNAL ---------------------------------------------------------


@task_check
def check_ec2_task_size(ctx: RuleContext) -> Iterator[Finding]:
    """EC2/EXTERNAL: cpu within 128–196608 units; Windows ignores task-level values.

    Skipped when FARGATE is also declared: the Fargate table is stricter and
    reports the same field, and Fargate needs the values Windows EC2 ignores.
    """
    if ctx.is_fargate or not (ctx.is_ec2 or ctx.is_external):
        return
    low, high = sizing.EC2_CPU_RANGE
    cpu = ctx.task_cpu
    if cpu is not None and not low <= cpu <= high:
        yield ctx.finding("task-size-ec2-cpu-range", "cpu", cpu=cpu, min=low, max=high)
    if ctx.is_windows and ctx.is_ec2:
        for key in ("cpu", "memory"):
            if ctx.doc.get(key) is not None:
                yield ctx.finding("task-size-windows-ec2-ignored", key, field=key)


# --- ephemeral storage ------------------------------------------------------


@task_check
def check_ephemeral_storage(ctx: RuleContext) -> Iterator[Finding]:
    if "ephemeralStorage" not in ctx.doc or ctx.doc.get("ephemeralStorage") is None:
        return
    storage = as_dict(ctx.doc.get("ephemeralStorage"))
    size = as_int(storage.get("sizeInGiB"))
    low, high = sizing.EPHEMERAL_STORAGE_RANGE_GIB
    if size is not None and not low <= size <= high:
        yield ctx.finding(
            "ephemeral-storage-size-range",
            "ephemeralStorage",
            "sizeInGiB",
            size=size,
            min=low,
            max=high,
        )
    if ctx.is_managed_instances:
        yield ctx.finding("ephemeral-storage-managed-instances", "ephemeralStorage")
    elif not ctx.is_fargate:
        yield ctx.finding(
            "ephemeral-storage-not-fargate", "ephemeralStorage", launch_types=_launch_types(ctx)
        )
    # Windows on Fargate takes ephemeralStorage too: the API reference
    # (EphemeralStorage) asks for Windows platform version 1.0.0 or later.
