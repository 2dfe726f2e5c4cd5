"""Task-level CPU and memory strings.

The API takes task ``cpu`` and ``memory`` as strings: integer units / MiB
("1024"), or the documented unit forms "1 vCPU" / "1 vcpu" and "1GB" / "1 GB",
which ECS converts at registration (botocore ECS model, RegisterTaskDefinition
``cpu``/``memory`` docs). Fractions such as ".25 vcpu" and ".5 gb" are seen in
AWS's own samples. We always export integer strings.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

_VCPU = re.compile(r"^\s*(\d+(?:\.\d*)?|\.\d+)\s*vcpus?\s*$", re.IGNORECASE)
_GB = re.compile(r"^\s*(\d+(?:\.\d*)?|\.\d+)\s*(gb|gib)\s*$", re.IGNORECASE)
_MB = re.compile(r"^\s*(\d+)\s*(mb|mib)\s*$", re.IGNORECASE)
_INT = re.compile(r"^\s*(\d+)\s*$")

CPU_UNITS_PER_VCPU = 1024
MIB_PER_GB = 1024
# No task size has more digits; longer numbers are not sizes (and Python refuses
# to convert integers of over 4,300 digits at all).
MAX_DIGITS = 18


# A NamedTuple, not a frozen dataclass: this module is imported before the
# window's first paint, and creating a frozen dataclass costs about 0.5 ms.
class ParsedSize(NamedTuple):
    value: int
    normalised: str
    was_unit_string: bool


def _integer(digits: str) -> int | None:
    return int(digits) if len(digits) <= MAX_DIGITS else None


def parse_task_cpu(text: str) -> ParsedSize | None:
    """CPU units from "256", "1 vCPU", ".25 vcpu"; None when not understood."""
    if (m := _INT.match(text)) and (value := _integer(m.group(1))) is not None:
        return ParsedSize(value, str(value), text != str(value))
    if m := _VCPU.match(text):
        units = float(m.group(1)) * CPU_UNITS_PER_VCPU
        if units.is_integer():
            return ParsedSize(int(units), str(int(units)), True)
    return None


def parse_task_memory(text: str) -> ParsedSize | None:
    """MiB from "512", "2 GB", ".5 gb", "512 MiB"; None when not understood."""
    if (m := _INT.match(text)) and (value := _integer(m.group(1))) is not None:
        return ParsedSize(value, str(value), text != str(value))
    if m := _GB.match(text):
        mib = float(m.group(1)) * MIB_PER_GB
        if mib.is_integer():
            return ParsedSize(int(mib), str(int(mib)), True)
    if (m := _MB.match(text)) and (value := _integer(m.group(1))) is not None:
        return ParsedSize(value, str(value), True)
    return None


def vcpu_label(units: int) -> str:
    """Console-style label: 256 -> "0.25 vCPU", 1024 -> "1 vCPU"."""
    vcpu = units / CPU_UNITS_PER_VCPU
    if units % 128 == 0:  # every task size and common share is a multiple of 1/8 vCPU
        return f"{vcpu:g} vCPU"
    return f"≈ {vcpu:.2f} vCPU"


def memory_label(mib: int) -> str:
    """Console-style label: 512 -> "0.5 GB", 3072 -> "3 GB", 100 -> "100 MiB"."""
    if mib % 512 == 0:
        return f"{mib / MIB_PER_GB:g} GB"
    return f"{mib} MiB"


def _or_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def memory_choices_text(values: list[int]) -> str:
    """Memory sizes as people say them: "8 to 30 GB in 1 GB steps" for an even run,
    else "0.5, 1 or 2 GB"; never a Python list. (The catalog translates the words.)"""
    if not values:
        return "-"
    values = sorted(values)
    labels = [memory_label(v) for v in values]
    unit = " GB" if all(label.endswith(" GB") for label in labels) else ""
    numbers = [label.removesuffix(unit) if unit else label for label in labels]
    steps = {b - a for a, b in pairwise(values)}
    if len(values) >= 3 and len(steps) == 1:
        return f"{numbers[0]} to {numbers[-1]}{unit} in {memory_label(steps.pop())} steps"
    return _or_list(numbers) + unit


def cpu_choices_text(values: list[int]) -> str:
    """CPU unit values as a sentence: "256, 512 or 1024"."""
    return _or_list([str(v) for v in sorted(values)]) if values else "-"
