"""Fuzzing campaign: mutated corpus files and generated documents into every importer.

Inputs come from tests/robustness/mutations.py with a fixed seed: byte-level and
document-level mutations of the real corpus (../shared/corpus/real, or
$ECS_WIZARD_CORPUS), hypothesis-generated documents, and compose files built
from the corpus then mutated. Each goes through load -> rules / analyse ->
export -> CloudFormation / Terraform (or the compose importer). Prints the
number of inputs, the outcomes, every distinct failure with one example input,
and the time. Exit 1 when any failure was found.

Usage: python bench/fuzz.py [N] [--seed S] [--save DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.robustness.mutations import corpus_files, generate, run_input  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--save", metavar="DIR", help="write one failing input per failure here")
    ns = parser.parse_args()
    if not corpus_files():
        print("real corpus not found (set ECS_WIZARD_CORPUS); generated inputs only")
    outcomes: Counter[tuple[str, str]] = Counter()
    failures: dict[tuple[str, str], list] = {}
    slowest: list[tuple[float, str]] = []
    start = time.perf_counter()
    for index, item in enumerate(generate(ns.seed, ns.n)):
        t0 = time.perf_counter()
        outcome = run_input(item)
        slowest.append((time.perf_counter() - t0, item.origin))
        if outcome.failure:
            outcomes[(item.kind, "exception")] += 1
            key = (outcome.failure.split(":")[0], outcome.where)
            failures.setdefault(key, [0, index, item, outcome])[0] += 1
        else:
            outcomes[(item.kind, outcome.status)] += 1
    elapsed = time.perf_counter() - start
    slowest.sort(reverse=True)
    print(f"inputs: {ns.n} (seed {ns.seed})")
    for kind in ("task", "compose"):
        row = {
            s: outcomes[(kind, s)] for s in ("fatal", "loaded-with-errors", "clean", "exception")
        }
        print(f"  {kind:8} {sum(row.values()):6}  " + "  ".join(f"{k}={v}" for k, v in row.items()))
    total_failures = sum(v[0] for v in failures.values())
    print(f"exceptions found: {total_failures} ({len(failures)} distinct)")
    for (name, where), (count, index, item, outcome) in failures.items():
        print(f"  {count:5} x {name} at {where}")
        print(f"        first: input #{index} {item.origin}: {outcome.failure[:200]}")
        if ns.save:
            folder = Path(ns.save)
            folder.mkdir(parents=True, exist_ok=True)
            suffix = "yaml" if item.kind == "compose" else "json"
            (folder / f"failing-{index}.{suffix}").write_bytes(item.data)
    print("slowest inputs: " + ", ".join(f"{t * 1000:.0f} ms ({o})" for t, o in slowest[:3]))
    print(f"time: {elapsed:.1f} s ({elapsed / max(ns.n, 1) * 1000:.1f} ms per input)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
