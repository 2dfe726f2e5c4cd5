"""``diff A B`` through the real CLI: files, stdin and revisions in a moto account."""

from __future__ import annotations

import copy
import io
import json

import boto3

from tests.aws_fixtures import BOOK, REGION, write_json
from wizard.cli import main


def _changed_book() -> dict:
    doc = copy.deepcopy(BOOK)
    doc["containerDefinitions"].reverse()  # order of containers does not count
    doc["cpu"] = "0.25 vCPU"  # nor the unit spelling
    wordpress = doc["containerDefinitions"][1]
    wordpress["image"] = "wordpress:6.5"
    wordpress["environment"] = [{"name": "LOG_LEVEL", "value": "debug"}]
    return doc


def test_files_text_output_names_containers_and_fields(tmp_path, capsys):
    before = copy.deepcopy(BOOK)
    before["containerDefinitions"][0]["environment"] = [{"name": "LOG_LEVEL", "value": "info"}]
    a = write_json(tmp_path, "a.json", before)
    b = write_json(tmp_path, "b.json", _changed_book())
    assert main(["diff", a, b]) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"--- {a}",
        f"+++ {b}",
        "container wordpress:",
        '  ~ containers.wordpress.image: "wordpress:6" → "wordpress:6.5"',
        '  ~ containers.wordpress.environment.LOG_LEVEL: "info" → "debug"',
    ]


def test_json_output_has_pointers_into_b(tmp_path, capsys):
    a = write_json(tmp_path, "a.json", BOOK)
    b = write_json(tmp_path, "b.json", _changed_book())
    assert main(["diff", a, b, "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    paths = {c["path"]: (c["before"], c["after"]) for c in report["changes"]}
    assert paths == {
        "/containerDefinitions/1/image": ("wordpress:6", "wordpress:6.5"),
        "/containerDefinitions/1/environment": (None, [{"name": "LOG_LEVEL", "value": "debug"}]),
    }


def _stdin(document: dict) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(json.dumps(document).encode()), encoding="utf-8")


def test_same_definition_exits_0_and_stdin_works(tmp_path, capsys, monkeypatch):
    a = write_json(tmp_path, "a.json", BOOK)
    monkeypatch.setattr("sys.stdin", _stdin(_changed_book()))
    assert main(["diff", a, "-"]) == 1
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", _stdin(BOOK))
    assert main(["diff", a, "-"]) == 0
    assert "no changes" in capsys.readouterr().out


def test_errors_exit_2(tmp_path, capsys):
    a = write_json(tmp_path, "a.json", BOOK)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["diff", a, str(bad)]) == 2
    assert "bad.json:1:" in capsys.readouterr().err
    assert main(["diff", a, "no such:thing"]) == 2
    assert "not FAMILY or FAMILY:REVISION" in capsys.readouterr().err
    assert main(["diff", a]) == 2


def test_revisions_from_the_account(tmp_path, moto_url, capsys):
    ecs = boto3.client("ecs", region_name=REGION, endpoint_url=moto_url)
    ecs.register_task_definition(**BOOK)
    ecs.register_task_definition(**_changed_book())
    account = ["--endpoint-url", moto_url, "--region", REGION]
    assert main(["diff", "book:1", "book:2", *account]) == 1
    out = capsys.readouterr().out
    assert "task-definition/book:1" in out.splitlines()[0]
    assert 'containers.wordpress.image: "wordpress:6" → "wordpress:6.5"' in out
    # FAMILY is the latest ACTIVE revision; a file compares with it alike.
    b = write_json(tmp_path, "b.json", _changed_book())
    assert main(["diff", "book", b, *account]) == 0
    assert main(["diff", "book:9", b, *account]) == 2
    assert "There is no task definition 'book:9'" in capsys.readouterr().err
