"""Container resource rules: cpu and memory limits.

Container memory and CPU against each other and the task size (the task CPU
range on EC2 is ``task_size``'s). Sums come
from :func:`wizard.domain.sizing.task_size.compute_sums`, the same numbers the sizing
panel shows, so the panel and the findings never disagree. GPUs and other
accelerators are accelerators.py's.

R9 ("on Fargate, container cpu/memory are optional") is advice that is true of
every Fargate task definition; emitting it would be noise on clean documents,
and the situations where it matters are already covered by R3–R6. It is not
emitted.
"""

from __future__ import annotations

from collections.abc import Iterator

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.context import RuleContext, as_int, container_label
from wizard.domain.rules.registry import check, container_check, reads
from wizard.domain.rules.sources import api
from wizard.domain.sizing import task_size as sizing

MEMORY_FIELDS = ("memory", "memoryReservation")


define(
    "memory-container-limit-required",
    Severity.ERROR,
    "Container '{container}' sets neither memory nor memoryReservation, and the task sets "
    "no memory.",
    "Give container '{container}' a memory (hard limit) or memoryReservation (soft limit) "
    "in MiB, or set the task-level memory.",
    api("ContainerDefinition", "memoryReservation"),
)
define(
    "memory-below-reservation",
    Severity.ERROR,
    "Container '{container}' has memory {memory} MiB below its memoryReservation "
    "{reservation} MiB.",
    "Raise memory to at least {reservation} MiB or lower memoryReservation to at most "
    "{memory} MiB (equal values are fine).",
    api("ContainerDefinition", "memoryReservation"),
)
define(
    "memory-reservation-sum-above-task",
    Severity.ERROR,
    "The containers' memoryReservation values add up to {sum} MiB, above the task's "
    "{task_memory} MiB.",
    "Raise the task memory to at least {sum} MiB or lower the containers' memoryReservation "
    "values.",
    api("ContainerDefinition", "memoryReservation"),
)
define(
    "memory-above-task",
    Severity.ERROR,
    "Container '{container}' sets memory {memory} MiB, above the task's {task_memory} MiB.",
    "Lower the memory of '{container}' to at most {task_memory} MiB, or raise the task memory.",
    api("ContainerDefinition", "memory"),
)
define(
    "memory-reserved-sum-above-task",
    Severity.ERROR,
    "The memory reserved by the containers (memoryReservation, else memory) adds up to "
    "{sum} MiB, above the task's {task_memory} MiB.",
    "Raise the task memory to at least {sum} MiB, or lower the containers' memoryReservation "
    "(or memory) values.",
    api("ContainerDefinition", "memory"),
)
define(
    "memory-hard-sum-above-task",
    Severity.WARNING,
    "The containers' memory hard limits add up to {sum} MiB, above the task's {task_memory} "
    "MiB; the task runs out of memory if they all peak at once.",
    "Accept it if the containers do not peak together; otherwise raise the task memory to "
    "{sum} MiB or lower the hard limits.",
    api("ContainerDefinition", "memory"),
)
define(
    "cpu-sum-above-task",
    Severity.ERROR,
    "The containers' cpu values add up to {sum} units, above the task's {task_cpu} units.",
    "Raise the task cpu to at least {sum} units or lower the containers' cpu values.",
    api("ContainerDefinition", "cpu"),
)
define(
    "memory-below-minimum",
    Severity.WARNING,
    "Container '{container}' sets {field} to {value} MiB; Docker refuses less than {min} MiB.",
    "Set {field} to at least {min} MiB.",
    api("ContainerDefinition", "memory"),
)
define(
    "memory-not-positive",
    Severity.ERROR,
    "Container '{container}' sets {field} to {value}; it must be a positive number of MiB.",
    "Set {field} to a positive number of MiB, or remove it.",
    api("ContainerDefinition", "memory"),
)
define(
    "memory-reservation-windows",
    Severity.WARNING,
    "Container '{container}' sets memoryReservation, which Windows containers do not support.",
    "Use memory (the hard limit) for Windows containers and remove memoryReservation.",
    api("ContainerDefinition", "memoryReservation"),
)
define(
    "cpu-windows-container-unset",
    Severity.WARNING,
    "Windows container '{container}' sets no cpu; Windows then gives it 1% of one CPU.",
    "Set the cpu units of '{container}' (1024 = 1 vCPU); on Windows they are an absolute limit.",
    api("ContainerDefinition", "cpu"),
)


@container_check
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
        if needs_container_limit and all(v is None for v in values.values()):
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
        if ctx.is_windows and values["memoryReservation"] is not None:
            yield ctx.finding(
                "memory-reservation-windows",
                "containerDefinitions",
                i,
                "memoryReservation",
                container=label,
            )


def _sums(ctx: RuleContext) -> sizing.ContainerSums:
    """The containers' sums, computed once per run for the memory and CPU checks."""
    sums: sizing.ContainerSums | None = ctx.shared.get("sums")
    if sums is None:
        sums = ctx.shared["sums"] = sizing.compute_sums(ctx.doc)
    return sums


@check
@reads("name", "cpu", "memory", "memoryReservation")
def check_memory_sums(ctx: RuleContext) -> Iterator[Finding]:
    """R3, R5 and the hard-limit warning: sums against the task memory."""
    task_memory = ctx.task_memory
    if task_memory is None:
        return
    sums = _sums(ctx)
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
@reads("name", "cpu", "memory", "memoryReservation")
def check_cpu_sum(ctx: RuleContext) -> Iterator[Finding]:
    """R6: Σ container cpu must not exceed the task cpu (equal is accepted)."""
    task_cpu = ctx.task_cpu
    if task_cpu is None:
        return
    total = _sums(ctx).cpu
    if total > task_cpu:
        yield ctx.finding("cpu-sum-above-task", "cpu", sum=total, task_cpu=task_cpu)


@container_check
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
