"""Shared number formatting for the benchmarks: median, p95, min, max."""

from __future__ import annotations

import statistics


def summary(samples_ms: list[float]) -> str:
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"n={len(ordered)} median={statistics.median(ordered):.2f} ms "
        f"p95={p95:.2f} ms min={ordered[0]:.2f} ms max={ordered[-1]:.2f} ms"
    )


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]
