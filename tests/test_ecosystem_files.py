"""The pre-commit hook definition and the GitHub Action, run as their hosts run them.

pre-commit matches a hook's ``files`` regular expression (``re.search``) against
each staged path and runs ``entry`` with the matching paths appended; the Action's
lint step is a bash script fed its inputs through the environment. Both are run
here on sample files with the installed ``ecs-taskdef-wizard`` command.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from sarif_pydantic import Sarif

from tests.rulekit import fargate_doc

ROOT = Path(__file__).resolve().parents[1]
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
BIN = str(Path(sys.executable).parent)


def _command(name: str) -> str:
    found = shutil.which(name, path=BIN + os.pathsep + os.environ.get("PATH", ""))
    if found is None:
        pytest.skip(f"{name} is not installed (pip install -e .)")
    return found


def _samples(root: Path) -> dict[str, Path]:
    good = fargate_doc()
    bad = fargate_doc(networkMode="bridge")
    files = {
        "deploy/web-taskdef.json": good,
        "taskdef.json": good,
        "services/api/task-definition.json": bad,
        "task-definition-worker.json": good,
        "package.json": {"name": "not a task definition"},
        "deploy/taskdef.yaml": "family: web\n",
        "docs/my-task-definition-notes.json": {"not": "matched"},
    }
    out = {}
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = content if isinstance(content, str) else json.dumps(content, indent=2)
        path.write_text(text, encoding="utf-8")
        out[name] = path
    return out


def test_hook_definition_is_what_pre_commit_reads():
    (hook,) = HOOKS
    assert hook["id"] == "ecs-taskdef-wizard-lint"
    assert {"id", "name", "entry", "language"} <= set(hook)
    assert hook["language"] == "python"
    assert shlex.split(hook["entry"])[0] == "ecs-taskdef-wizard"


def test_hook_files_pattern_picks_task_definitions_only(tmp_path):
    (hook,) = HOOKS
    pattern = re.compile(hook["files"])
    matched = sorted(name for name in _samples(tmp_path) if pattern.search(name))
    assert matched == [
        "deploy/web-taskdef.json",
        "services/api/task-definition.json",
        "task-definition-worker.json",
        "taskdef.json",
    ]


def test_hook_entry_runs_on_the_matched_files(tmp_path):
    (hook,) = HOOKS
    samples = _samples(tmp_path)
    pattern = re.compile(hook["files"])
    entry = shlex.split(hook["entry"])
    entry[0] = _command(entry[0])
    good = [n for n in samples if pattern.search(n) and "services/" not in n]
    run = subprocess.run([*entry, *good], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    matched = [n for n in samples if pattern.search(n)]
    run = subprocess.run(
        [*entry, *matched], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "services/api/task-definition.json:" in run.stdout
    assert "[fargate-network-mode]" in run.stdout


def _lint_step() -> dict:
    return next(s for s in ACTION["runs"]["steps"] if s.get("id") == "lint")


def test_action_is_composite_installs_lints_and_uploads_sarif():
    assert ACTION["runs"]["using"] == "composite"
    steps = ACTION["runs"]["steps"]
    assert any("pip install" in s.get("run", "") for s in steps)
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert "steps.lint.outputs.sarif-file" in upload["with"]["sarif_file"]
    # Inputs are passed through the environment, never expanded inside the script.
    for step in steps:
        assert "${{" not in step.get("run", ""), step["name"]


def _run_lint_step(tmp_path: Path, files: str, args: str = "") -> tuple[int, dict[str, str], str]:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    _command("ecs-taskdef-wizard")
    output = tmp_path / "github_output"
    output.write_text("", encoding="utf-8")
    runner_temp = tmp_path / "runner_temp"
    runner_temp.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "PATH": BIN + os.pathsep + os.environ.get("PATH", ""),
        "FILES": files,
        "ARGS": args,
        "GITHUB_OUTPUT": str(output),
        "RUNNER_TEMP": str(runner_temp),
    }
    run = subprocess.run(
        [bash, "-e", "-c", _lint_step()["run"]],
        cwd=tmp_path / "repo",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    outputs = dict(
        line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines() if line
    )
    return run.returncode, outputs, run.stdout + run.stderr


def test_action_lint_step_writes_sarif_and_annotations(tmp_path):
    _samples(tmp_path / "repo")
    code, outputs, log = _run_lint_step(tmp_path, ACTION["inputs"]["files"]["default"])
    assert code == 0, log
    assert outputs["exit-code"] == "1"
    sarif = Sarif.model_validate_json(Path(outputs["sarif-file"]).read_text(encoding="utf-8"))
    uris = {
        r.locations[0].physical_location.artifact_location.uri for r in sarif.runs[0].results or []
    }
    assert "services/api/task-definition.json" in uris
    assert "::error file=services/api/task-definition.json," in log
    # Extra options reach lint: ignoring the one error makes the run pass.
    code, outputs, log = _run_lint_step(
        tmp_path, "**/task-definition*.json", "--ignore fargate-network-mode"
    )
    assert (code, outputs["exit-code"]) == (0, "0"), log


def test_action_lint_step_with_no_matching_file(tmp_path):
    (tmp_path / "repo").mkdir()
    code, outputs, log = _run_lint_step(tmp_path, "**/*taskdef*.json")
    assert code == 0, log
    assert outputs == {"sarif-file": "", "exit-code": "0"}
    assert "no file matches" in log
