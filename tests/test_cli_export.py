"""``ecs-taskdef-wizard export --to cloudformation|terraform`` as users call it."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.domain.formats.test_cloudformation import BOOK, lint
from tests.domain.formats.test_terraform import parse
from wizard.cli import main


def write(tmp_path: Path, name: str, content: object) -> str:
    path = tmp_path / name
    text = content if isinstance(content, str) else json.dumps(content, indent=2)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_cloudformation_yaml_to_file(tmp_path, capsys):
    src = write(tmp_path, "book.json", BOOK)
    out = tmp_path / "template.yaml"
    assert main(["export", src, "--to", "cloudformation", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
    text = out.read_text(encoding="utf-8")
    template = yaml.safe_load(text)
    props = template["Resources"]["WordpressTaskDefinition"]["Properties"]
    assert props["ContainerDefinitions"][0]["Name"] == "wordpress"
    assert lint(text) == []
    # Nothing but the output file is left behind (no temporary files).
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.json", "template.yaml"]


def test_cloudformation_json_to_stdout(tmp_path, capsys):
    src = write(tmp_path, "book.json", BOOK)
    assert main(["export", src, "--to", "cloudformation", "--format", "json"]) == 0
    template = json.loads(capsys.readouterr().out)
    assert template["Resources"]["WordpressTaskDefinition"]["Properties"]["Cpu"] == "256"


def test_terraform_to_stdout(tmp_path, capsys):
    src = write(tmp_path, "book.json", BOOK)
    assert main(["export", src, "--to", "terraform"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    name, body, containers = parse(captured.out)
    assert name == "wordpress"
    assert containers == BOOK["containerDefinitions"]
    assert body["memory"] == "512"


@pytest.mark.parametrize("target", ["cloudformation", "terraform"])
def test_unsupported_members_are_warned_on_stderr(tmp_path, capsys, target):
    doc = copy.deepcopy(BOOK)
    doc["trustedExecutionConfiguration"] = {"isolationMode": "SHARED"}
    src = write(tmp_path, "td.json", doc)
    assert main(["export", src, "--to", target]) == 0
    captured = capsys.readouterr()
    assert f"{src}: warning [{target}-unsupported-member]" in captured.err
    assert "(at /trustedExecutionConfiguration)" in captured.err
    assert "trustedExecution" not in captured.out


def test_describe_output_is_normalised_first(tmp_path, capsys):
    described = {
        "taskDefinition": {**BOOK, "revision": 3, "status": "ACTIVE"},
        "tags": [{"key": "team", "value": "web"}],
    }
    src = write(tmp_path, "described.json", described)
    assert main(["export", src, "--to", "terraform"]) == 0
    out = capsys.readouterr().out
    assert "revision" not in out and "status" not in out
    assert parse(out)[1]["tags"] == {"team": "web"}


@pytest.mark.parametrize("target", ["cloudformation", "terraform"])
def test_unreadable_input_exits_2_and_writes_nothing(tmp_path, capsys, target):
    src = write(tmp_path, "bad.json", '{"family": ')
    out = tmp_path / "out.txt"
    assert main(["export", src, "--to", target, "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert "[json-syntax]" in captured.err and captured.out == ""
    assert "Traceback" not in captured.err
    assert not out.exists()


def test_format_only_with_cloudformation(tmp_path, capsys):
    src = write(tmp_path, "book.json", BOOK)
    assert main(["export", src, "--to", "terraform", "--format", "json"]) == 2
    assert "--format" in capsys.readouterr().err


def test_draft_with_errors_still_exports_with_a_note(tmp_path, capsys):
    doc = copy.deepcopy(BOOK)
    doc["cpu"] = "300"
    src = write(tmp_path, "bad-size.json", doc)
    assert main(["export", src, "--to", "cloudformation"]) == 0
    captured = capsys.readouterr()
    assert "1 error remains" in captured.err
    assert "Cpu: '300'" in captured.out


def test_failed_write_keeps_the_previous_file(tmp_path, capsys, monkeypatch):
    src = write(tmp_path, "book.json", BOOK)
    out = tmp_path / "template.yaml"
    out.write_text("previous\n", encoding="utf-8")

    def fail(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    assert main(["export", src, "--to", "cloudformation", "-o", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"export: error: cannot write {out}: No space left on device\n"
    )
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.json", "template.yaml"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_written_file_has_the_usual_mode(tmp_path, capsys):
    src = write(tmp_path, "book.json", BOOK)
    new = tmp_path / "new.yaml"
    umask = os.umask(0o022)
    os.umask(umask)
    assert main(["export", src, "--to", "cloudformation", "-o", str(new)]) == 0
    assert new.stat().st_mode & 0o777 == 0o666 & ~umask
    existing = tmp_path / "main.tf"
    existing.write_text("old\n", encoding="utf-8")
    existing.chmod(0o640)
    assert main(["export", src, "--to", "terraform", "-o", str(existing)]) == 0
    assert existing.stat().st_mode & 0o777 == 0o640
    assert existing.read_text(encoding="utf-8").startswith("resource ")


def test_real_process(tmp_path):
    src = write(tmp_path, "book.json", BOOK)
    out = tmp_path / "main.tf"
    proc = subprocess.run(
        [sys.executable, "-m", "wizard", "export", src, "--to", "terraform", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert parse(out.read_text(encoding="utf-8"))[2] == BOOK["containerDefinitions"]
