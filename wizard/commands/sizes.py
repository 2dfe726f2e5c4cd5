"""``ecs-taskdef-wizard sizes``: the Fargate task-size table, forwards and backwards."""

from __future__ import annotations

import argparse
import json
import sys

from wizard.domain.sizing import task_size as sizing
from wizard.domain.sizing.units import memory_label, vcpu_label


def run_sizes(ns: argparse.Namespace) -> int:
    if ns.memory is not None:
        cpus = sizing.valid_cpu_for_memory(ns.memory, ns.os)
        payload: dict[str, object] = {"os": ns.os, "memory": ns.memory, "cpu": cpus}
        text = _for_memory_text(ns.os, ns.memory, cpus)
    elif ns.cpu is not None:
        memories = sizing.valid_memory_for_cpu(ns.cpu, ns.os)
        payload = {"os": ns.os, "cpu": ns.cpu, "memory": memories}
        text = _for_cpu_text(ns.os, ns.cpu, memories)
    else:
        table = sizing.size_table(ns.os)
        payload = {
            "os": ns.os,
            "sizes": [{"cpu": cpu, "memory": mems} for cpu, mems in table.items()],
        }
        text = _table_text(ns.os, table)
    if ns.format == "json":
        json.dump(payload, sys.stdout)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text)
    # An empty answer is a valid answer ("no Fargate size has this memory"), not an error.
    return 0


def _for_memory_text(os_name: str, memory: int, cpus: list[int]) -> str:
    if not cpus:
        return (
            f"No Fargate size ({os_name}) has {memory} MiB of memory. "
            f"Valid memory values: run 'ecs-taskdef-wizard sizes --os {os_name}'.\n"
        )
    listed = ", ".join(f"{c} ({vcpu_label(c)})" for c in cpus)
    return f"Fargate ({os_name}), memory {memory} MiB ({memory_label(memory)}): cpu {listed}\n"


def _for_cpu_text(os_name: str, cpu: int, memories: list[int]) -> str:
    if not memories:
        valid = ", ".join(str(c) for c in sizing.fargate_cpu_values(os_name))
        return f"{cpu} CPU units is not a Fargate size ({os_name}). Valid cpu values: {valid}.\n"
    listed = ", ".join(str(m) for m in memories)
    return (
        f"Fargate ({os_name}), cpu {cpu} ({vcpu_label(cpu)}): memory {listed} MiB "
        f"({memory_label(memories[0])} to {memory_label(memories[-1])})\n"
    )


def _table_text(os_name: str, table: dict[int, list[int]]) -> str:
    lines = [f"Fargate task sizes ({os_name}): cpu units (vCPU) -> memory MiB"]
    for cpu, memories in table.items():
        lines.append(f"  {cpu:>6} ({vcpu_label(cpu)}): {', '.join(str(m) for m in memories)}")
    return "\n".join(lines) + "\n"
