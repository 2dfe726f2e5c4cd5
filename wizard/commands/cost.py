"""``ecs-taskdef-wizard cost``: what a task definition's Fargate size costs.

Prints the on-demand and Fargate Spot price of the file's task size (platform
from runtimePlatform, Linux/X86_64 when unset) in a region, itemised, then the
cheaper sizes that would still hold the containers, and the prices' source and
date. Errors the rules find in the definition are named on stderr. Exit 0 with
an estimate of a definition without errors; 1 when it has errors (the estimate
is still printed) or there is nothing to price (no Fargate task size, or no
price for the region); 2 for unreadable input, like lint.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from wizard.commands.loading import load_or_report
from wizard.domain import regions
from wizard.domain.findings import Severity
from wizard.domain.formats.importer import LoadResult
from wizard.domain.pricing import data as price_data
from wizard.domain.pricing import estimate as pricing
from wizard.domain.pricing.data import PriceUnavailable
from wizard.domain.pricing.estimate import Estimate
from wizard.domain.rules import run_rules
from wizard.domain.sizing.advisor import Candidate, Needs, advise
from wizard.domain.sizing.task_size import sizing_report
from wizard.domain.sizing.units import memory_label, vcpu_label
from wizard.domain.text.plural import counted
from wizard.domain.text.terminal import printable


def default_region() -> str:
    return regions.default_region(os.environ)


def run_cost(ns: argparse.Namespace) -> int:
    result = load_or_report(ns.file)
    if result is None:
        return 2
    doc = result.document
    errors = _report_errors(ns.file, result)
    region = ns.region or default_region()
    report = sizing_report(doc)
    if report.task_cpu is None or report.task_memory is None:
        print(
            f"{printable(ns.file)}: no Fargate task size: the task definition sets no task-level "
            "cpu and memory, so there is nothing to price.",
            file=sys.stderr,
        )
        return 1
    platform = pricing.platform_of(doc)
    gib = pricing.ephemeral_gib_of(doc)
    args = (report.task_cpu, report.task_memory, platform, region, ns.tasks, gib)
    try:
        on_demand = pricing.estimate(*args)
    except PriceUnavailable as exc:
        print(printable(f"{ns.file}: {exc}"), file=sys.stderr)
        return 1
    try:
        spot: Estimate | None = pricing.estimate(*args, spot=True)
        spot_note = ""
    except PriceUnavailable as exc:
        spot, spot_note = None, str(exc)
    needs = Needs.from_sums(report.sums)
    advice = advise(needs, region, report.os, ns.tasks, gib)
    cheaper = advice.cheaper_than(on_demand.per_hour) if needs.declared else ()
    notes = [*advice.unpriced]
    if report.task_memory not in report.valid_memory_for_cpu:
        notes.insert(0, "this is not a valid Fargate size; priced as given")
    if not needs.declared:
        notes.append("no container declares CPU or memory, so no smaller size is suggested")
    if any(c.platform != platform for c in cheaper):
        notes.append("a size on another CPU architecture needs images built for it")
    if ns.format == "json":
        payload = _payload(ns.file, on_demand, spot, spot_note, needs, cheaper, notes)
        json.dump(payload, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        # printable: the file name and the region come from the command line.
        name = printable(ns.file)
        spot_note = printable(spot_note)
        sys.stdout.write(_text(name, on_demand, spot, spot_note, needs, cheaper, notes))
    return 1 if errors else 0


def _report_errors(name: str, result: LoadResult) -> int:
    """Name on stderr the errors the definition has (an estimate of a task
    definition AWS would refuse is still useful, but must not pass as fine);
    returns how many."""
    findings = [*result.findings]
    if result.document is not None:
        findings.extend(run_rules(result.document))
    errors = [f for f in findings if f.severity is Severity.ERROR]
    for f in errors:
        line, column = result.position(f.path)
        where = f" (at {f.path})" if f.path else ""
        message, where = printable(f.message), printable(where)
        print(f"{name}:{line}:{column}: error [{f.rule}] {message}{where}", file=sys.stderr)
    if errors:
        print(
            f"{name}: {counted(len(errors), 'error')}: AWS will refuse to register "
            "this task definition as it stands; the estimate is of the size it asks for.",
            file=sys.stderr,
        )
    return len(errors)


# --- text -------------------------------------------------------------------------


def _size(cpu: int, memory: int) -> str:
    return f"{vcpu_label(cpu)} / {memory_label(memory)}"


def _price_lines(label: str, est: Estimate) -> list[str]:
    extra = ", approximate" if est.approximate else ""
    lines = [
        f"  {label:<10} {pricing.hourly_usd(est.per_hour)}/hour  "
        f"{pricing.usd(est.per_month)}/month{extra}"
    ]
    for part in est.parts:
        qty = f"{part.quantity.normalize():f} {part.unit}"
        lines.append(
            f"    {part.name:<16} {qty:>10} x ${part.unit_price.normalize():f}"
            f" x {est.tasks} = {pricing.hourly_usd(part.per_hour)}/hour"
        )
    lines.extend(f"    unpriced: {m}" for m in est.missing)
    return lines


def _text(
    name: str,
    on_demand: Estimate,
    spot: Estimate | None,
    spot_note: str,
    needs: Needs,
    cheaper: tuple[Candidate, ...],
    notes: list[str],
) -> str:
    tasks = counted(on_demand.tasks, "task")
    out = [
        f"{name}: {_size(on_demand.cpu_units, on_demand.memory_mib)}, "
        f"{on_demand.platform.label}, {on_demand.region} ({on_demand.region_name}), {tasks}",
        *_price_lines("On-demand", on_demand),
    ]
    out.extend(_price_lines("Spot", spot) if spot else [f"  Spot       not priced: {spot_note}"])
    out.append(
        f"Containers need: CPU {needs.cpu} units, reserved memory {needs.memory} MiB, "
        f"largest hard limit {needs.largest_hard} MiB."
    )
    if cheaper:
        out.append("Cheaper sizes that still fit the containers (cheapest first):")
        for cand in cheaper:
            assert cand.per_month is not None  # cheaper_than keeps priced ones only
            saving = on_demand.per_month - cand.per_month
            out.append(
                f"  {_size(cand.cpu, cand.memory):<20} {cand.platform.label:<13} "
                f"{pricing.hourly_usd(cand.per_hour or price_data.ZERO)}/hour  "
                f"{pricing.usd(cand.per_month)}/month  (saves {pricing.usd(saving)}/month)"
            )
    elif needs.declared:
        out.append("No cheaper Fargate size holds the containers.")
    out.extend(f"Note: {n}." for n in notes)
    for est in (on_demand, spot):
        if est is None:
            continue
        kind = "Spot" if est.spot else "On-demand"
        approx = " (Spot prices move; this is an approximate snapshot)" if est.approximate else ""
        out.append(f"{kind} prices: {est.origin}, dated {est.rate_date}{approx}.")
        out.extend(f"  source: {s}" for s in est.sources)
    return "\n".join(out) + "\n"


# --- json -------------------------------------------------------------------------


def _estimate_json(est: Estimate) -> dict[str, Any]:
    return {
        "per_hour": str(est.per_hour),
        "per_month": str(est.per_month),
        "approximate": est.approximate,
        "parts": [
            {
                "name": p.name,
                "quantity": str(p.quantity),
                "unit": p.unit,
                "unit_price": str(p.unit_price),
                "per_hour": str(p.per_hour),
            }
            for p in est.parts
        ],
        "missing": list(est.missing),
        "origin": est.origin,
        "date": est.date,
        "rate_date": est.rate_date,
        "sources": list(est.sources),
    }


def _payload(
    name: str,
    on_demand: Estimate,
    spot: Estimate | None,
    spot_note: str,
    needs: Needs,
    cheaper: tuple[Candidate, ...],
    notes: list[str],
) -> dict[str, Any]:
    return {
        "file": name,
        "region": on_demand.region,
        "platform": on_demand.platform.label,
        "cpu": on_demand.cpu_units,
        "memory": on_demand.memory_mib,
        "tasks": on_demand.tasks,
        "ephemeral_gib": on_demand.ephemeral_gib,
        "hours_per_month": str(on_demand.hours_per_month),
        "on_demand": _estimate_json(on_demand),
        "spot": _estimate_json(spot) if spot else None,
        "spot_unavailable": spot_note or None,
        "needs": {"cpu": needs.cpu, "memory": needs.memory, "largest_hard": needs.largest_hard},
        "cheaper": [
            {
                "cpu": c.cpu,
                "memory": c.memory,
                "platform": c.platform.label,
                "per_hour": str(c.per_hour),
                "per_month": str(c.per_month),
                "spot_per_month": str(c.spot.per_month) if c.spot else None,
            }
            for c in cheaper
        ],
        "notes": notes,
    }
