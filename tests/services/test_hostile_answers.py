"""What a server sends back is printed escaped: AWS error messages and ARNs with
control characters, and revisions holding a lone surrogate (a real moto server and
a local fault server on 127.0.0.1)."""

from __future__ import annotations

import json

from tests.aws_fixtures import BOOK, write_json
from tests.services.conftest import REGION
from wizard.cli import main
from wizard.services.session import connect

ECS = "AmazonEC2ContainerServiceV20141113."
FORGED = "\x1b]0;pwned\x07\x1b[2J\nbook.json:1:1: error [x] forged"
MISSING = (400, {"__type": "ClientException", "message": "Unable to describe task definition."})


def cli(argv, url, capsys):
    code = main([*argv, "--endpoint-url", url, "--region", REGION])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_no_control_characters(text: str) -> None:
    assert not [c for c in text if ord(c) < 32 and c != "\n"], repr(text)


def test_an_aws_error_message_cannot_write_to_the_terminal(tmp_path, fault_server, capsys):
    def respond(target):
        if target.endswith("RegisterTaskDefinition"):
            return 400, {"__type": "ClientException", "message": "Refused " + FORGED}
        return MISSING

    server = fault_server(respond)
    code, out, err = cli(
        ["register", "--no-verify", write_json(tmp_path, "book.json", BOOK)], server.url, capsys
    )
    assert code == 3 and out == ""
    assert_no_control_characters(err)
    assert "Refused \\x1b]0;pwned\\x07\\x1b[2J\\nbook.json:1:1: error [x] forged" in err
    assert not [line for line in err.splitlines() if line.startswith("book.json:")]


def test_a_server_supplied_arn_is_printed_escaped(tmp_path, fault_server, capsys):
    arn = "arn:aws:ecs:eu-west-1:123456789012:task-definition/book:1" + FORGED

    def respond(target):
        if target.endswith("RegisterTaskDefinition"):
            task = {"taskDefinitionArn": arn, "family": "book", "revision": 1}
            return 200, {"taskDefinition": task}
        return MISSING

    server = fault_server(respond)
    code, out, err = cli(
        ["register", "--no-verify", write_json(tmp_path, "book.json", BOOK)], server.url, capsys
    )
    assert code == 0, err
    assert_no_control_characters(out)
    assert out == arn.replace("\x1b", "\\x1b").replace("\x07", "\\x07").replace("\n", "\\n") + "\n"


def test_pull_of_a_revision_with_a_lone_surrogate(tmp_path, moto_url, capsys):
    ecs = connect(None, REGION, moto_url, services=("ecs",)).client("ecs")
    definition = json.loads(json.dumps(BOOK))
    definition["containerDefinitions"][0]["environment"] = [
        {"name": "GREETING", "value": "hi\ud800"}
    ]
    ecs.register_task_definition(**definition)  # botocore sends it escaped; moto keeps it
    code, out, err = cli(["pull", "book"], moto_url, capsys)
    assert code == 0, err
    out.encode("utf-8")  # strict: it can be written anywhere
    pulled = json.loads(out)
    assert pulled["containerDefinitions"][0]["environment"] == [
        {"name": "GREETING", "value": "hi\ud800"}  # the escape reads back as it was
    ]
    target = tmp_path / "pulled.json"
    code, _, err = cli(["pull", "book", "-o", str(target)], moto_url, capsys)
    assert code == 0, err
    assert '"hi\\ud800"' in target.read_text(encoding="utf-8")
    assert main(["lint", str(target)]) == 1
    assert "[text-lone-surrogate]" in capsys.readouterr().out
