"""`lint` configuration found upward from each file: pyproject.toml or .ecs-taskdef-wizard.toml."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.rulekit import container
from wizard.cli import main

# An EC2 task definition that is clean as it stands, and has an error on Fargate
# (bridge network mode), with a note about its mutable image tag.
EC2_DOC = {
    "family": "web",
    "networkMode": "bridge",
    "containerDefinitions": [container("web", memory=128, image="nginx:latest")],
}


def _write(path: Path, content: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = content if isinstance(content, str) else json.dumps(content, indent=2)
    path.write_text(text, encoding="utf-8")
    return path


def _lint_json(capsys, *args: str) -> tuple[int, dict]:
    code = main(["lint", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def _rules(entry: dict) -> set[str]:
    return {f["rule"] for f in entry["findings"]}


def test_pyproject_table_ignores_globally_and_per_file(tmp_path, capsys):
    _write(
        tmp_path / "pyproject.toml",
        """
[project]
name = "infra"

[tool.ecs-taskdef-wizard]
ignore = ["image-mutable-tag"]

[tool.ecs-taskdef-wizard.per-file-ignores]
"deploy/legacy/*.json" = ["fargate-network-mode"]
""",
    )
    legacy = _write(tmp_path / "deploy" / "legacy" / "old-taskdef.json", EC2_DOC)
    current = _write(tmp_path / "deploy" / "taskdef.json", EC2_DOC)
    code, payload = _lint_json(capsys, str(legacy), str(current), "--launch-type", "FARGATE")
    assert code == 1  # the current file still has the Fargate error
    old, new = payload["files"]
    assert "image-mutable-tag" not in _rules(old) | _rules(new)
    assert "fargate-network-mode" not in _rules(old)
    assert "fargate-network-mode" in _rules(new)
    by = {(s["rule"], s["by"]) for s in old["suppressed"]}
    assert ("image-mutable-tag", "pyproject.toml: ignore") in by
    assert ("fargate-network-mode", "pyproject.toml: per-file-ignores 'deploy/legacy/*.json'") in by
    assert {s["rule"] for s in new["suppressed"]} == {"image-mutable-tag"}


def test_glob_without_a_slash_matches_the_file_name_anywhere(tmp_path, capsys):
    _write(
        tmp_path / ".ecs-taskdef-wizard.toml",
        '[per-file-ignores]\n"*-ec2.json" = ["image-mutable-tag"]\n',
    )
    matched = _write(tmp_path / "a" / "b" / "web-ec2.json", EC2_DOC)
    other = _write(tmp_path / "a" / "web.json", EC2_DOC)
    _, payload = _lint_json(capsys, str(matched), str(other))
    assert "image-mutable-tag" not in _rules(payload["files"][0])
    assert "image-mutable-tag" in _rules(payload["files"][1])


def test_default_launch_types_apply_unless_given_on_the_command_line(tmp_path, capsys):
    _write(tmp_path / ".ecs-taskdef-wizard.toml", 'launch-types = ["fargate"]\n')
    path = _write(tmp_path / "taskdef.json", EC2_DOC)
    code, payload = _lint_json(capsys, str(path))
    assert code == 1
    assert "fargate-network-mode" in _rules(payload["files"][0])
    code, payload = _lint_json(capsys, str(path), "--launch-type", "EC2")
    assert code == 0
    assert "fargate-network-mode" not in _rules(payload["files"][0])


def test_nearest_configuration_wins_and_own_file_beats_pyproject(tmp_path, capsys):
    _write(tmp_path / "pyproject.toml", '[tool.ecs-taskdef-wizard]\nlaunch-types = ["FARGATE"]\n')
    inner = tmp_path / "service"
    # In the same folder the dedicated file wins over pyproject.toml.
    _write(inner / "pyproject.toml", '[tool.ecs-taskdef-wizard]\nlaunch-types = ["FARGATE"]\n')
    _write(inner / ".ecs-taskdef-wizard.toml", "[tool.ecs-taskdef-wizard]\nignore = []\n")
    path = _write(inner / "taskdef.json", EC2_DOC)
    code, _ = _lint_json(capsys, str(path))
    assert code == 0  # neither FARGATE default applied
    outer = _write(tmp_path / "taskdef.json", EC2_DOC)
    code, _ = _lint_json(capsys, str(outer))
    assert code == 1


def test_pyproject_without_the_table_is_passed_over(tmp_path, capsys):
    _write(tmp_path / ".ecs-taskdef-wizard.toml", 'ignore = ["image-mutable-tag"]\n')
    _write(tmp_path / "app" / "pyproject.toml", '[project]\nname = "app"\n')
    path = _write(tmp_path / "app" / "taskdef.json", EC2_DOC)
    _, payload = _lint_json(capsys, str(path))
    assert [s["by"] for s in payload["files"][0]["suppressed"]] == [
        ".ecs-taskdef-wizard.toml: ignore"
    ]


def test_stdin_uses_the_configuration_of_the_current_folder(tmp_path, capsys, monkeypatch):
    import io

    _write(tmp_path / ".ecs-taskdef-wizard.toml", 'ignore = ["image-mutable-tag"]\n')
    monkeypatch.chdir(tmp_path)
    stdin = io.TextIOWrapper(io.BytesIO(json.dumps(EC2_DOC).encode()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    _, payload = _lint_json(capsys, "-")
    assert {s["rule"] for s in payload["files"][0]["suppressed"]} == {"image-mutable-tag"}


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("ignore = [", "not valid TOML"),
        ('ignore = "image-mutable-tag"', "must be a list of strings"),
        ('launch-types = ["ECS_ANYWHERE"]', "ECS_ANYWHERE"),
        ('colour = "red"', "unknown key"),
        ("per-file-ignores = 3", "per-file-ignores"),
    ],
)
def test_unusable_configuration_is_a_usage_error(tmp_path, capsys, content, said):
    config = _write(tmp_path / ".ecs-taskdef-wizard.toml", content + "\n")
    path = _write(tmp_path / "taskdef.json", EC2_DOC)
    assert main(["lint", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(config) in err and said in err


def test_unknown_rule_in_configuration_is_named(tmp_path, capsys):
    _write(tmp_path / ".ecs-taskdef-wizard.toml", 'ignore = ["image-mutable-tags"]\n')
    path = _write(tmp_path / "taskdef.json", EC2_DOC)
    assert main(["lint", str(path)]) == 0
    assert "image-mutable-tags" in capsys.readouterr().err
