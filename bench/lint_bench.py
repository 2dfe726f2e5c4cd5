"""Lint speed and coverage against cfn-lint, in the same run.

Each corpus definition (../shared/corpus/real, or $ECS_WIZARD_CORPUS) is
linted by the whole ``ecs-taskdef-wizard lint`` process, and the same
definition wrapped as an AWS::ECS::TaskDefinition CloudFormation template by
the whole ``cfn-lint`` process. Prints per-file timings (one file, repeated),
the time for all files in one process each, the ratio, and which problems each
tool caught that the other did not (compared by the field they point at).

Needs cfn-lint installed (the project's test extra has it).
Usage: python bench/lint_bench.py [REPEATS]
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _stats import summary  # noqa: E402

from wizard.domain.formats.cloudformation import cloudformation_template, property_name  # noqa: E402
from wizard.domain.formats.importer import load_path  # noqa: E402
from wizard.domain.schema.model import TaskDefinition  # noqa: E402

CORPUS = Path(os.environ.get("ECS_WIZARD_CORPUS") or ROOT.parent / "shared" / "corpus" / "real")
WIZARD = [sys.executable, "-m", "wizard", "lint", "--format", "json"]
CFN_LINT = [shutil.which("cfn-lint") or "cfn-lint", "--format", "json"]


def timed(cmd: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    return (time.perf_counter() - start) * 1000, proc.stdout


def templates(out: Path) -> dict[str, Path]:
    """CloudFormation templates for every corpus file our model can represent."""
    made = {}
    for path in sorted(CORPUS.glob("*.json")):
        result = load_path(str(path))
        if result.model is None:
            continue  # not JSON or not the API's shape: cfn-lint cannot be fed it either
        export = cloudformation_template(result.model)
        target = out / f"{path.stem}.json"
        target.write_text(json.dumps(export.template, indent=2), encoding="utf-8")
        made[path.name] = target
    return made


def _camel(model, segments: list) -> str:
    """Our JSON Pointer for a cfn-lint property path (PascalCase -> API names)."""
    parts: list[str] = []
    current = model
    for segment in segments:
        if isinstance(segment, int) or (isinstance(segment, str) and segment.isdigit()):
            parts.append(str(segment))
            continue
        match = None
        if current is not None:
            for name, field in current.model_fields.items():
                alias = field.alias or name
                if property_name(current, alias) == segment:
                    match = alias
                    current = _inner(field.annotation)
                    break
        parts.append(match or segment)
        if match is None:
            current = None
    return "/" + "/".join(parts) if parts else ""


def _inner(annotation):
    import types
    import typing

    from pydantic import BaseModel

    for _ in range(3):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return annotation
        if not args:
            return None
        annotation = args[0]
        if isinstance(annotation, types.UnionType):
            continue
    return (
        annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None
    )


def cfn_findings(stdout: str) -> dict[str, list[tuple[str, str]]]:
    """cfn-lint's errors per template stem as (rule, pointer)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for item in json.loads(stdout or "[]"):
        if item["Level"] != "Error":
            continue
        stem = Path(item["Filename"]).stem
        path = item["Location"]["Path"]
        pointer = _camel(TaskDefinition, path[3:]) if path[:1] == ["Resources"] else ""
        found.setdefault(stem, []).append((item["Rule"]["Id"], pointer))
    return found


def our_findings(stdout: str) -> dict[str, list[tuple[str, str, str]]]:
    """Our findings per file as (rule, pointer, severity)."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for entry in json.loads(stdout)["files"]:
        stem = Path(entry["file"]).stem
        found[stem] = [(f["rule"], f["path"], f["severity"]) for f in entry["findings"]]
    return found


# Where the wizard reports a cfn-lint error only as information, and why
# (checked by hand).
INFO_ONLY = {
    ("E3048", "/placementConstraints"): (
        "an empty placementConstraints list on Fargate: describe-task-definition returns "
        "[] for Fargate definitions and ECS registers them again; only a non-empty list "
        "is an error (fargate-placement-constraints), the empty one is mentioned "
        "(fargate-empty-placement-constraints)"
    ),
    ("E1156", "/taskRoleArn"): (
        "the task role given as a role name: the ECS API takes 'the short name or full "
        "ARN' (botocore RegisterTaskDefinition.taskRoleArn); CloudFormation's schema wants "
        "an ARN, which the wizard mentions (role-task-name-not-arn)"
    ),
}


def _related(a: str, b: str) -> bool:
    return a == b or a.startswith(b + "/") or b.startswith(a + "/") or not a or not b


def compare(ours: dict, theirs: dict) -> None:
    """Which cfn-lint errors the wizard reports at the same field (as an error, or
    as a warning: e.g. an unrendered {{placeholder}}), and which it does not."""
    as_error, as_warning, as_info, missed = 0, 0, [], []
    for stem, errors in sorted(theirs.items()):
        mine = ours.get(stem, [])
        for rule, ptr in errors:
            related = [sev for _, p, sev in mine if _related(ptr, p)]
            if "error" in related:
                as_error += 1
            elif "warning" in related:
                as_warning += 1
            elif related:
                as_info.append((stem, rule, ptr))
            else:
                missed.append((stem, rule, ptr))
    our_errors = {s: [f for f in v if f[2] == "error"] for s, v in ours.items()}
    only_ours = sorted(s for s, v in our_errors.items() if v and not theirs.get(s))
    total = sum(len(v) for v in theirs.values())
    print(f"cfn-lint errors: {total} in {len(theirs)} files")
    print(
        f"wizard errors: {sum(len(v) for v in our_errors.values())} in "
        f"{sum(1 for v in our_errors.values() if v)} files"
    )
    print(
        f"cfn-lint errors the wizard reports at the same field: {as_error} as errors, "
        f"{as_warning} as warnings (placeholders, role names)"
    )
    print(f"cfn-lint errors the wizard reports as information: {len(as_info)}")
    for (rule, ptr), why in INFO_ONLY.items():
        count = sum(1 for _, r, p in as_info if (r, p) == (rule, ptr))
        if count:
            print(f"  {rule} at {ptr} ({count} files): {why}")
    unexplained = [item for item in as_info if item[1:] not in INFO_ONLY]
    for stem, rule, ptr in unexplained:
        print(f"  {stem}: {rule} at {ptr or '/'} (not explained above)")
    print(f"cfn-lint errors the wizard misses: {len(missed)}")
    for stem, rule, ptr in missed:
        print(f"  {stem}: {rule} at {ptr or '/'}")
    print(f"files where only the wizard finds errors: {len(only_ours)}: {', '.join(only_ours)}")


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    if not CORPUS.is_dir():
        raise SystemExit(f"corpus not found at {CORPUS}")
    with tempfile.TemporaryDirectory() as tmp:
        made = templates(Path(tmp))
        sample_name = "046-docs-fargate-webserver.json"
        sample, sample_template = CORPUS / sample_name, made[sample_name]
        ours_one, theirs_one = [], []
        for _ in range(repeats):
            ours_one.append(timed([*WIZARD, str(sample)])[0])
            theirs_one.append(timed([*CFN_LINT, str(sample_template)])[0])
        print(f"one file ({sample_name}), whole process, {repeats} runs each:")
        print(f"  wizard lint: {summary(ours_one)}")
        print(f"  cfn-lint:    {summary(theirs_one)}")
        ratio = statistics.median(theirs_one) / statistics.median(ours_one)
        print(f"  wizard is {ratio:.1f}x faster (budget: at least 5x)")
        files = [str(CORPUS / name) for name in made]
        ours_all, ours_out = timed([*WIZARD, *files])
        theirs_all, theirs_out = timed([*CFN_LINT, *(str(p) for p in made.values())])
        print(
            f"{len(files)} files in one process each: wizard {ours_all:.0f} ms, "
            f"cfn-lint {theirs_all:.0f} ms ({theirs_all / ours_all:.1f}x)"
        )
        compare(our_findings(ours_out), cfn_findings(theirs_out))


if __name__ == "__main__":
    main()
