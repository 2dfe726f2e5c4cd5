"""`lint --format sarif|github`, `--ignore`, `--severity` and exit codes as CI sees them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sarif_pydantic import Sarif
from sarif_pydantic.sarif import Suppression

from tests.rulekit import container, fargate_doc
from wizard.cli import main
from wizard.commands.lint_github import escape_data, escape_property
from wizard.commands.lint_sarif import help_uri
from wizard.domain.findings import Severity
from wizard.domain.messages.catalog import RuleSpec

# A Fargate task with one error (bridge network mode), one warning (a password in
# plain text) and one note (a mutable image tag), each on its own line.
MIXED = """{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "bridge",
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "app",
      "image": "nginx:latest",
      "essential": true,
      "environment": [{"name": "DB_PASSWORD", "value": "hunter2hunter2"}]
    }
  ]
}
"""


def _line_col(text: str, needle: str) -> tuple[int, int]:
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number, line.index(needle) + 1
    raise AssertionError(needle)


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    path = tmp_path / "taskdef.json"
    path.write_text(MIXED, encoding="utf-8")
    return path


def _rules(payload: dict) -> dict[str, str]:
    return {f["rule"]: f["severity"] for f in payload["files"][0]["findings"]}


def test_sarif_validates_against_the_2_1_0_model(mixed, capsys, monkeypatch):
    monkeypatch.chdir(mixed.parent)
    assert main(["lint", mixed.name, "--format", "sarif"]) == 1
    out = capsys.readouterr().out
    log = Sarif.model_validate_json(out)
    assert log.version == "2.1.0"
    assert len(log.runs) == 1
    run = log.runs[0]
    assert run.tool.driver.name == "ecs-taskdef-wizard"
    rules = {rule.id: rule for rule in run.tool.driver.rules or []}
    results = {r.rule_id: r for r in run.results or []}
    assert {"fargate-network-mode", "environment-secret-value", "image-mutable-tag"} <= set(
        results
    ), sorted(results)
    for result in results.values():
        # Every result refers to a rule of the run by id and index, with help text.
        rule = run.tool.driver.rules[result.rule_index]
        assert rule.id == result.rule_id
        assert rule.help and rule.help.text
        assert rule.short_description and "{" not in rule.short_description.text
    network = results["fargate-network-mode"]
    assert network.level.value == "error"
    region = network.locations[0].physical_location.region
    assert (region.start_line, region.start_column) == _line_col(MIXED, '"networkMode"')
    assert network.locations[0].physical_location.artifact_location.uri == "taskdef.json"
    assert results["environment-secret-value"].level.value == "warning"
    assert results["image-mutable-tag"].level.value == "note"
    assert rules["fargate-network-mode"].default_configuration.level == "error"
    # The secret itself never reaches the log.
    assert "hunter2" not in out


def test_sarif_lists_suppressed_findings(mixed, capsys):
    assert main(["lint", str(mixed), "--format", "sarif", "--ignore", "fargate-network-mode"]) == 0
    raw = json.loads(capsys.readouterr().out)
    log = Sarif.model_validate(raw)
    by_rule = {r["ruleId"]: r for r in raw["runs"][0]["results"]}
    suppressed = by_rule["fargate-network-mode"]["suppressions"]
    # sarif-pydantic 0.6 models a single "suppression"; SARIF 2.1.0 §3.27.23 has an
    # array "suppressions": check each entry against the library's Suppression model.
    assert [Suppression.model_validate(s).kind for s in suppressed] == ["external"]
    assert suppressed[0]["justification"] == "--ignore"
    assert "suppressions" not in by_rule["environment-secret-value"]
    assert len(log.runs[0].results) == len(by_rule)


def test_sarif_absolute_path_is_a_file_uri(mixed, capsys):
    main(["lint", str(mixed), "--format", "sarif"])
    log = Sarif.model_validate_json(capsys.readouterr().out)
    uri = log.runs[0].results[0].locations[0].physical_location.artifact_location.uri
    assert uri == mixed.as_uri()


def test_help_uri_is_the_first_page_a_source_cites():
    spec = RuleSpec(
        "x",
        Severity.ERROR,
        "m",
        "h",
        "AWS: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/"
        "task-cpu-memory-error.html; https://example.org/second",
    )
    assert help_uri(spec) == (
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html"
    )
    assert help_uri(RuleSpec("y", Severity.ERROR, "m", "h", "botocore model")) is None


def test_github_format_sample(mixed, capsys, monkeypatch):
    monkeypatch.chdir(mixed.parent)
    assert main(["lint", mixed.name, "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    line, col = _line_col(MIXED, '"networkMode"')
    network = next(ln for ln in lines if "title=fargate-network-mode" in ln)
    assert network.startswith(
        f"::error file=taskdef.json,line={line},col={col},title=fargate-network-mode::"
    )
    # The hint follows the message on a second line, escaped as the runner wants.
    assert "(at /networkMode)%0A" in network
    line, col = _line_col(MIXED, '"value"')
    warning = f"::warning file=taskdef.json,line={line},col={col},title=environment-secret-value::"
    assert any(ln.startswith(warning) for ln in lines), lines
    assert any(ln.startswith("::notice ") and "title=image-mutable-tag" in ln for ln in lines)
    summary = "ecs-taskdef-wizard lint: 1 error, 1 warning, 0 suppressed in 1 file"
    assert lines[-1] == summary


def test_github_escaping():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_ignore_moves_findings_to_suppressed_and_changes_the_exit(mixed, capsys):
    assert main(["lint", str(mixed), "--format", "json"]) == 1
    before = _rules(json.loads(capsys.readouterr().out))
    assert before["fargate-network-mode"] == "error"
    assert main(["lint", str(mixed), "--format", "json", "--ignore", "fargate-network-mode"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert "fargate-network-mode" not in _rules(payload)
    suppressed = payload["files"][0]["suppressed"]
    assert [(s["rule"], s["by"]) for s in suppressed] == [("fargate-network-mode", "--ignore")]
    assert payload["summary"]["errors"] == 0


def test_ignore_in_text_output_is_counted(mixed, capsys):
    assert main(["lint", str(mixed), "--ignore", "fargate-network-mode"]) == 0
    out = capsys.readouterr().out
    assert "[fargate-network-mode]" not in out
    assert out.rstrip().endswith("0 errors, 1 warning, 1 suppressed in 1 file")


def test_unknown_ignored_rule_is_named_on_stderr(mixed, capsys):
    main(["lint", str(mixed), "--ignore", "no-such-rule"])
    assert "no-such-rule" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lowest", "shown"),
    [
        ("info", {"error", "warning", "info"}),
        ("warning", {"error", "warning"}),
        ("error", {"error"}),
    ],
)
def test_severity_is_the_lowest_shown(mixed, capsys, lowest, shown):
    assert main(["lint", str(mixed), "--format", "json", "--severity", lowest]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert set(_rules(payload).values()) == shown


def test_severity_rejects_other_words(mixed):
    with pytest.raises(SystemExit) as info:
        main(["lint", str(mixed), "--severity", "fatal"])
    assert info.value.code == 2


@pytest.mark.parametrize(
    ("content", "rule"),
    [
        (
            '{"family": "a", "containerDefinitions": [{"name": "x", "memory": "lots"}]}',
            "schema-type",
        ),
        ('{"family": "a", "containerDefinitions": [], "colour": "red"}', "schema-unknown-key"),
    ],
)
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_schema_errors_exit_1_in_every_format(tmp_path, capsys, content, rule, fmt):
    path = tmp_path / "in.json"
    path.write_text(content, encoding="utf-8")
    assert main(["lint", str(path), "--format", fmt]) == 1
    assert rule in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_unparsable_file_exits_2_in_every_format_even_when_ignored(tmp_path, capsys, fmt):
    broken = tmp_path / "broken.json"
    broken.write_text('{"family": ', encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_text(json.dumps(fargate_doc(container(essential=True))), encoding="utf-8")
    args = ["lint", str(good), str(broken), "--format", fmt, "--ignore", "json-syntax"]
    assert main(args) == 2
    assert "json-syntax" in capsys.readouterr().out
