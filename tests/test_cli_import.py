"""``ecs-taskdef-wizard import FILE [--from compose|json] [-o OUT]`` as users call it."""

from __future__ import annotations

import io
import json
import re
import stat

import pytest
from botocore.session import get_session
from botocore.validate import ParamValidator

from wizard.cli import main

SHAPE = get_session().get_service_model("ecs").operation_model("RegisterTaskDefinition").input_shape
REPORT_LINE = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) "
    r"\[(?P<rule>[a-z0-9-]+)\] .+$"
)

COMPOSE = """name: shop
services:
  web:
    image: nginx:1.27
    build: .
    ports: ["8080:80"]
    mem_limit: 256m
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: shop
"""


def _valid_for_register(doc: dict) -> None:
    report = ParamValidator().validate(doc, SHAPE)
    assert not report.has_errors(), report.generate_report()


def test_compose_to_stdout_with_the_report_on_stderr(tmp_path, capsys):
    src = tmp_path / "docker-compose.yml"
    src.write_text(COMPOSE, encoding="utf-8")
    assert main(["import", str(src)]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    _valid_for_register(doc)
    assert doc["family"] == "shop"
    assert [c["name"] for c in doc["containerDefinitions"]] == ["web", "db"]
    assert doc["requiresCompatibilities"] == ["FARGATE"]
    report = {m["rule"]: m for m in map(REPORT_LINE.match, captured.err.splitlines()) if m}
    # The report points into the compose file: 'build' is on line 5, column 5.
    build = report["compose-build-ignored"]
    assert (build["file"], build["line"], build["col"]) == (str(src), "5", "5")
    assert build["sev"] == "info"
    assert report["compose-host-port"]["sev"] == "warning"
    assert "(at /services/web/build)" in captured.err


def test_output_file_is_written_whole(tmp_path, capsys):
    src = tmp_path / "compose.yaml"
    src.write_text(COMPOSE, encoding="utf-8")
    out = tmp_path / "taskdef.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    assert main(["import", str(src), "--from", "compose", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    _valid_for_register(json.loads(out.read_text(encoding="utf-8")))
    # The existing file keeps its mode and no temporary file is left behind.
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["compose.yaml", "taskdef.json"]


def test_dash_output_is_stdout(tmp_path, capsys):
    src = tmp_path / "compose.yaml"
    src.write_text(COMPOSE, encoding="utf-8")
    assert main(["import", str(src), "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["family"] == "shop"
    assert not (tmp_path / "-").exists()


def test_json_source_is_normalised(tmp_path, capsys):
    describe = {
        "taskDefinition": {
            "family": "web",
            "revision": 3,
            "cpu": "0.25 vCPU",
            "memory": "0.5 GB",
            "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 128}],
        }
    }
    src = tmp_path / "describe.json"
    src.write_text(json.dumps(describe), encoding="utf-8")
    assert main(["import", str(src)]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert (doc["cpu"], doc["memory"]) == ("256", "512")
    assert "revision" not in doc
    assert "[read-only-removed]" in captured.err
    _valid_for_register(doc)


def test_compose_from_stdin_is_recognised(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(COMPOSE.encode())))
    assert main(["import", "-"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["family"] == "shop"
    assert captured.err.startswith("<stdin>:")


def test_forced_source_overrides_the_guess(tmp_path, capsys):
    src = tmp_path / "services.txt"
    src.write_text(COMPOSE, encoding="utf-8")
    assert main(["import", str(src), "--from", "json"]) == 2
    assert "[json-syntax]" in capsys.readouterr().err
    assert main(["import", str(src), "--from", "compose"]) == 0


@pytest.mark.parametrize(
    ("name", "content", "rule"),
    [
        ("compose.yml", "services: [", "compose-yaml-syntax"),
        ("compose.yml", "version: '3'\n", "compose-no-services"),
        ("compose.yml", "- a\n- b\n", "compose-not-mapping"),
        ("missing.yml", None, "input-missing"),
        ("binary.yml", b"\x00\x01", "input-binary"),
    ],
)
def test_nothing_to_import_exits_2(tmp_path, capsys, name, content, rule):
    src = tmp_path / name
    if isinstance(content, bytes):
        src.write_bytes(content)
    elif content is not None:
        src.write_text(content, encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["import", str(src), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert f"[{rule}]" in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""
    assert not out.exists()


def test_usage_errors_exit_2(tmp_path):
    with pytest.raises(SystemExit) as info:
        main(["import"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["import", str(tmp_path / "x.yml"), "--from", "helm"])
    assert info.value.code == 2


def test_remaining_rule_errors_are_named(tmp_path, capsys):
    compose = "services:\n  web:\n    image: nginx:1.27\n    mem_limit: 512g\n"
    src = tmp_path / "compose.yml"
    src.write_text(compose, encoding="utf-8")
    code = main(["import", str(src)])
    captured = capsys.readouterr()
    assert code == 0
    assert json.loads(captured.out)["containerDefinitions"][0]["name"] == "web"
    # Named against the output, not the compose file (lint reads JSON).
    assert "2 errors remain; run 'ecs-taskdef-wizard lint' on the output" in captured.err
    out = tmp_path / "taskdef.json"
    assert main(["import", str(src), "-o", str(out)]) == 0
    assert f"run 'ecs-taskdef-wizard lint {out}'" in capsys.readouterr().err
