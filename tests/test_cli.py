"""The command line as users and CI call it: output format and exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.rulekit import book_example, container, fargate_doc
from wizard.cli import main

# The book example, with the MySQL password from Secrets Manager.
BOOK = book_example()
BOOK["containerDefinitions"][1]["secrets"] = [
    {
        "name": "MYSQL_ROOT_PASSWORD",
        "valueFrom": "arn:aws:secretsmanager:eu-west-1:210987654321:secret:db-AbCdEf",
    }
]
LINE = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): "
    r"(?P<sev>error|warning|info) \[(?P<rule>[a-z0-9-]+)\] .+$"
)


def write(tmp_path: Path, name: str, content: object) -> str:
    path = tmp_path / name
    path.write_text(
        content if isinstance(content, str) else json.dumps(content, indent=2), encoding="utf-8"
    )
    return str(path)


def test_book_example_lints_clean(tmp_path, capsys):
    path = write(tmp_path, "book.json", BOOK)
    assert main(["lint", path]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith("0 errors, 0 warnings in 1 file"), out


def test_error_exit_1_with_compiler_style_lines(tmp_path, capsys):
    doc = fargate_doc(networkMode="bridge")
    path = write(tmp_path, "bad.json", doc)
    assert main(["lint", path]) == 1
    lines = [ln for ln in capsys.readouterr().out.splitlines() if LINE.match(ln)]
    assert lines, "expected at least one finding line"
    first = LINE.match(lines[0])
    assert first["file"] == path and first["sev"] == "error"
    assert "(at /networkMode)" in lines[0]
    text_lines = Path(path).read_text(encoding="utf-8").splitlines()
    expected_line = next(i for i, t in enumerate(text_lines, 1) if '"networkMode"' in t)
    assert int(first["line"]) == expected_line
    assert int(first["col"]) == text_lines[expected_line - 1].index('"networkMode"') + 1


def test_json_format(tmp_path, capsys):
    good = write(tmp_path, "good.json", BOOK)
    bad = write(tmp_path, "bad.json", fargate_doc(networkMode="bridge"))
    assert main(["lint", good, bad, "--format", "json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert [f["file"] for f in payload["files"]] == [good, bad]
    assert payload["files"][0]["findings"] == []
    finding = payload["files"][1]["findings"][0]
    assert set(finding) == {"rule", "severity", "path", "message", "hint"}
    assert payload["summary"]["errors"] >= 1


@pytest.mark.parametrize(
    ("content", "rule", "code"),
    [
        ('{"family": ', "json-syntax", 2),
        ("", "input-empty", 2),
        ("[]", "input-not-object", 2),
        # A readable file with an unknown key or a wrong type is a wrong file, not one
        # the linter could not run on: exit 1, so CI can tell the two apart.
        (
            '{"family": "a", "containerDefinitions": [{"name": "x", "memory": "lots"}]}',
            "schema-type",
            1,
        ),
        ('{"family": "a", "containerDefinitions": [], "colour": "red"}', "schema-unknown-key", 1),
    ],
)
def test_bad_input_one_clear_line_no_traceback(tmp_path, capsys, content, rule, code):
    path = write(tmp_path, "in.json", content)
    assert main(["lint", path]) == code
    captured = capsys.readouterr()
    assert f"[{rule}]" in captured.out
    assert "Traceback" not in captured.out + captured.err


def test_missing_file_and_binary_and_large(tmp_path, capsys):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    large = tmp_path / "large.json"
    large.write_bytes(b'{"family": "' + b"a" * (10 * 1024 * 1024) + b'"}')
    for path, rule in (
        (str(tmp_path / "none.json"), "input-missing"),
        (str(binary), "input-binary"),
        (str(large), "input-too-large"),
    ):
        assert main(["lint", path]) == 2
        assert f"[{rule}]" in capsys.readouterr().out


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["lint"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["lint", "x.json", "--format", "xml"])
    assert info.value.code == 2


def test_launch_type_option_applies_fargate_rules(tmp_path, capsys):
    doc = {
        "family": "a",
        "networkMode": "bridge",
        "containerDefinitions": [container("web", memory=128)],
    }
    path = write(tmp_path, "ec2.json", doc)
    assert main(["lint", path]) == 0
    capsys.readouterr()
    assert main(["lint", path, "--launch-type", "fargate"]) == 1


def test_sizes_for_memory_and_cpu(capsys):
    assert main(["sizes", "--memory", "1024", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"os": "linux", "memory": 1024, "cpu": [256, 512]}
    assert main(["sizes", "--cpu", "1024", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "os": "linux",
        "cpu": 1024,
        "memory": [2048, 3072, 4096, 5120, 6144, 7168, 8192],
    }
    assert main(["sizes", "--memory", "2048", "--os", "windows", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["cpu"] == [1024]
    assert main(["sizes", "--memory", "1024"]) == 0
    assert "0.25 vCPU" in capsys.readouterr().out


def test_sizes_whole_table(capsys):
    assert main(["sizes", "--format", "json"]) == 0
    table = json.loads(capsys.readouterr().out)
    assert table["os"] == "linux"
    assert sum(len(row["memory"]) for row in table["sizes"]) == 74


def test_export_json_normalises_describe_output(tmp_path, capsys):
    wrapped = {"taskDefinition": {**BOOK, "revision": 4, "cpu": ".25 vcpu", "memory": ".5 gb"}}
    src = write(tmp_path, "describe.json", wrapped)
    out = tmp_path / "out.json"
    assert main(["export", src, "--to", "json", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    exported = json.loads(text)
    assert exported == BOOK
    assert text.startswith('{\n  "family": "web",')
    assert list(exported) == [
        "family",
        "executionRoleArn",
        "networkMode",
        "containerDefinitions",
        "requiresCompatibilities",
        "cpu",
        "memory",
    ]


def test_export_refuses_unreadable_input(tmp_path, capsys):
    src = write(tmp_path, "bad.json", "{")
    assert main(["export", src]) == 2
    assert "json-syntax" in capsys.readouterr().err


def test_installed_entry_point_runs_as_a_process(tmp_path):
    path = write(tmp_path, "book.json", BOOK)
    proc = subprocess.run(
        [sys.executable, "-m", "wizard", "lint", path, "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["summary"] == {"errors": 0, "warnings": 0}
