"""``register`` and ``pull`` through the real CLI against a local moto server."""

from __future__ import annotations

import copy
import json
import re

import pytest

from tests.services.conftest import BOOK, REGION, write_json
from wizard.cli import main
from wizard.domain.diff import semantic_diff
from wizard.domain.formats.exporter import export_document
from wizard.services.gateway import gateway_for
from wizard.services.session import connect

ARN = re.compile(r"^arn:aws:ecs:eu-west-1:\d{12}:task-definition/book:(\d+)$")


def account(url: str, *more: str) -> list[str]:
    return ["--endpoint-url", url, "--region", REGION, *more]


def register(path: str, url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["register", path, "--no-verify", *account(url)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def revisions(url: str, family: str = "book") -> list[int]:
    gateway = gateway_for(connect(None, REGION, url))
    return [r.revision for r in gateway.list_task_definitions(family)]


def test_register_then_pull_gives_back_the_same_document(tmp_path, moto_url, capsys):
    code, out, err = register(write_json(tmp_path, "book.json", BOOK), moto_url, capsys)
    assert code == 0, err
    # Only the ARN on stdout, so `ARN=$(ecs-taskdef-wizard register ...)` works.
    assert ARN.match(out.strip()) and out.count("\n") == 1, out
    assert "has no ACTIVE revision; this is its first" in err
    assert "registered book, revision 1" in err

    out_file = tmp_path / "pulled.json"
    assert main(["pull", "book", "-o", str(out_file), *account(moto_url)]) == 0
    pulled_err = capsys.readouterr().err
    pulled = json.loads(out_file.read_text(encoding="utf-8"))
    assert pulled == export_document(copy.deepcopy(BOOK))
    assert semantic_diff(BOOK, pulled) == []
    assert "taskDefinitionArn, revision, status" in pulled_err
    assert "Carried over 1 tag," in pulled_err


def test_revisions_increment_and_the_diff_names_changes(tmp_path, moto_url, capsys):
    path = write_json(tmp_path, "book.json", BOOK)
    assert register(path, moto_url, capsys)[0] == 0
    code, out, err = register(path, moto_url, capsys)
    assert code == 0 and out.strip().endswith(":2")
    assert "no changes from revision 1; registering anyway" in err

    changed = copy.deepcopy(BOOK)
    changed["containerDefinitions"][0]["image"] = "wordpress:6.5"
    changed["containerDefinitions"][1]["environment"] = [{"name": "TZ", "value": "UTC"}]
    code, out, err = register(write_json(tmp_path, "v3.json", changed), moto_url, capsys)
    assert code == 0 and out.strip().endswith(":3")
    assert "2 changes from revision 2:" in err
    assert '~ /containerDefinitions/0/image: "wordpress:6" -> "wordpress:6.5"' in err
    assert "+ /containerDefinitions/1/environment:" in err
    assert revisions(moto_url) == [3, 2, 1]


def test_pull_a_given_revision_to_stdout(tmp_path, moto_url, capsys):
    path = write_json(tmp_path, "book.json", BOOK)
    changed = copy.deepcopy(BOOK)
    changed["memory"] = "1024"
    register(path, moto_url, capsys)
    register(write_json(tmp_path, "v2.json", changed), moto_url, capsys)
    assert main(["pull", "book:1", *account(moto_url)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["memory"] == "512"
    assert "task-definition/book:1" in captured.err
    assert main(["pull", "book", *account(moto_url)]) == 0
    assert json.loads(capsys.readouterr().out)["memory"] == "1024"


def test_pull_of_a_missing_revision_says_so(moto_url, capsys):
    assert main(["pull", "book:7", *account(moto_url)]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "There is no task definition 'book:7'" in captured.err


def test_dry_run_prints_the_request_and_sends_nothing(tmp_path, moto_url, capsys):
    path = write_json(tmp_path, "book.json", BOOK)
    assert main(["register", path, "--dry-run", *account(moto_url)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == export_document(copy.deepcopy(BOOK))
    assert "nothing was sent" in captured.err
    assert revisions(moto_url) == []


def test_dry_run_needs_no_account_at_all(tmp_path, fault_server, capsys, monkeypatch):
    server = fault_server(lambda target: (500, {}))
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    path = write_json(tmp_path, "book.json", BOOK)
    assert main(["register", path, "--dry-run", "--endpoint-url", server.url]) == 0
    assert server.requests == []


def test_rule_errors_are_refused_before_sending(tmp_path, fault_server, capsys):
    server = fault_server(lambda target: (500, {}))
    bad = copy.deepcopy(BOOK)
    bad["networkMode"] = "bridge"
    code, out, err = register(write_json(tmp_path, "bad.json", bad), server.url, capsys)
    assert code == 1 and out == ""
    assert re.search(
        r"bad\.json:\d+:\d+: error \[fargate-network-mode\] .*\(at /networkMode\)", err
    )
    assert "refused: 1 error" in err and "nothing was sent" in err
    assert server.requests == []


def test_placeholders_are_refused(tmp_path, fault_server, capsys):
    server = fault_server(lambda target: (500, {}))
    templated = copy.deepcopy(BOOK)
    templated["containerDefinitions"][0]["image"] = "${IMAGE}"
    code, out, err = register(write_json(tmp_path, "tpl.json", templated), server.url, capsys)
    assert code == 1 and out == ""
    assert "unrendered template placeholders (${IMAGE})" in err
    assert "(at /containerDefinitions/0/image)" in err
    assert server.requests == []


def test_warnings_are_printed_and_accepted(tmp_path, moto_url, capsys):
    risky = copy.deepcopy(BOOK)
    risky["containerDefinitions"][1]["environment"] = [
        {"name": "MYSQL_PASSWORD", "value": "correct-horse-battery"}
    ]
    code, out, err = register(write_json(tmp_path, "risky.json", risky), moto_url, capsys)
    assert code == 0, err
    assert "warning [environment-secret-value]" in err
    assert "1 warning accepted" in err
    assert ARN.match(out.strip())


def test_register_accepts_describe_output(tmp_path, moto_url, capsys):
    register(write_json(tmp_path, "book.json", BOOK), moto_url, capsys)
    gateway = gateway_for(connect(None, REGION, moto_url))
    described = gateway.describe_task_definition("book")
    described["taskDefinition"].pop("registeredAt", None)
    code, _, err = register(write_json(tmp_path, "described.json", described), moto_url, capsys)
    assert code == 0, err
    assert "no changes from revision 1" in err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["register"], "the following arguments are required: FILE"),
        (["register", "missing.json"], "nothing was sent"),
        (["pull", "book:x"], "is not FAMILY or FAMILY:REVISION"),
        (["pull", "book", "--bogus"], "unrecognized arguments: --bogus"),
        # A trailing newline is not part of a family name ("$" alone would allow it).
        (["pull", "web\n"], "is not FAMILY or FAMILY:REVISION"),
        (["pull", "book:1\n"], "is not FAMILY or FAMILY:REVISION"),
    ],
)
def test_bad_usage_and_unreadable_input_exit_2(argv, expected, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert expected in captured.err and captured.out == ""


def test_help_names_the_exit_codes(capsys):
    for command in ("register", "pull"):
        assert main([command, "--help"]) == 0
        text = " ".join(capsys.readouterr().out.split())
        assert "3: AWS error" in text and "2: bad usage" in text


def test_missing_region_is_explained(tmp_path, moto_url, capsys, monkeypatch):
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    path = write_json(tmp_path, "book.json", BOOK)
    assert main(["register", path, "--endpoint-url", moto_url]) == 3
    err = capsys.readouterr().err
    assert "No AWS region is set" in err and "--region" in err


def test_unknown_profile_is_explained(tmp_path, capsys):
    path = write_json(tmp_path, "book.json", BOOK)
    assert main(["register", path, "--profile", "nosuch"]) == 3
    err = capsys.readouterr().err
    assert "The AWS profile 'nosuch' does not exist" in err
    assert "aws configure list-profiles" in err


def test_pull_to_an_unwritable_place_exits_2(tmp_path, moto_url, capsys):
    register(write_json(tmp_path, "book.json", BOOK), moto_url, capsys)
    target = tmp_path / "no" / "such" / "dir" / "out.json"
    assert main(["pull", "book", "-o", str(target), *account(moto_url)]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_pull_dash_is_stdout_and_refusals_are_one_line(tmp_path, moto_url, capsys):
    register(write_json(tmp_path, "book.json", BOOK), moto_url, capsys)
    assert main(["pull", "book", "-o", "-", *account(moto_url)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["family"] == "book"
    assert not (tmp_path / "-").exists()
    locked = tmp_path / "locked.json"
    locked.write_text("keep\n", encoding="utf-8")
    locked.chmod(0o444)
    assert main(["pull", "book", "-o", str(locked), *account(moto_url)]) == 2
    err = capsys.readouterr().err
    assert f"pull: error: cannot write {locked}: it is read-only\n" in err
    assert "Traceback" not in err and locked.read_text(encoding="utf-8") == "keep\n"


def test_a_lost_answer_to_register_does_not_claim_nothing_changed(
    tmp_path, fault_server, capsys, monkeypatch
):
    from tests.aws_fixtures import Drop
    from wizard.services import session

    monkeypatch.setenv(session.ENV_READ_TIMEOUT, "0.3")

    def respond(target: str):
        if target.endswith("RegisterTaskDefinition"):
            return Drop()  # the request arrived; its answer never comes back
        missing = "Unable to describe task definition."
        return (400, {"__type": "ClientException", "message": missing})

    server = fault_server(respond, threaded=True)
    code, out, err = register(write_json(tmp_path, "book.json", BOOK), server.url, capsys)
    assert code == 3 and out == ""  # 3: AWS refused or failed (the exit codes in README)
    assert "nothing was changed" not in err
    assert "may have been registered all the same" in err
    assert "aws ecs list-task-definitions --family-prefix book --sort DESC --max-items 1" in err
    assert server.requests.count("AmazonEC2ContainerServiceV20141113.RegisterTaskDefinition") == 1
