"""The rule catalog as others read it: a source page for every rule, a one-line
summary, ``lint --list-rules`` and the generated docs/rules.md."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import re
from pathlib import Path

from wizard.cli import main
from wizard.domain.messages.catalog import (
    CATALOG,
    LINT_AREAS,
    listed_rules,
    placeholders,
    summary_of,
)
from wizard.domain.messages.definitions import load_every_definition

load_every_definition()
ROOT = Path(__file__).resolve().parents[3]
AWS_DOCS = re.compile(r"https://docs\.aws\.amazon\.com/[A-Za-z0-9_./-]+\.html(#[A-Za-z0-9_.-]+)?")
# The wizard's own checks: no AWS page states them (a bug report, a file that
# cannot be read, a limit of the wizard itself).
OWN_CHECKS = {
    "internal-error",
    "input-missing",
    "input-unreadable",
    "input-binary",
    "input-empty",
    "json-too-deep",
    "placeholder",
    "findings-condensed",
    "compose-too-large",
    "compose-too-complex",
    "compose-too-deep",
    "lint-internal-error",
}


def test_every_task_definition_rule_cites_an_aws_documentation_page():
    rules = listed_rules(("rules",))
    assert len(rules) > 150
    own = [spec.id for spec in rules if not spec.source]
    assert own == ["internal-error"]
    not_aws = [
        (spec.id, spec.source)
        for spec in rules
        if spec.source
        and not AWS_DOCS.fullmatch(spec.source)
        and spec.id not in {"image-repository-uppercase"}
    ]
    assert not_aws == []


def test_every_source_is_a_link_or_marks_an_own_check():
    for spec in CATALOG.values():
        if spec.id in OWN_CHECKS:
            assert spec.source == "", spec.id
            assert spec.help_uri is None
        else:
            assert spec.source.startswith("https://"), (spec.id, spec.source)
            assert " " not in spec.source and spec.help_uri == spec.source


def test_no_source_or_module_refers_to_documents_outside_the_repository():
    assert not [s.id for s in CATALOG.values() if "ecs-rules" in s.source or "§" in s.source]
    texts = [p for p in (ROOT / "wizard").rglob("*.py") if "ecs-rules" in p.read_text("utf-8")]
    assert texts == []
    sizes = (ROOT / "resources" / "fargate-task-sizes.json").read_text("utf-8")
    assert "ecs-rules" not in sizes


def test_summaries_are_one_line_first_sentences_with_named_parameters():
    assert summary_of("Container '{container}' has no image. Set one.") == (
        "Container '<container>' has no image."
    )
    assert summary_of("无效。第二句") == "无效。"
    assert summary_of("No sentence end {x}") == "No sentence end <x>"
    for spec in CATALOG.values():
        assert spec.summary and "\n" not in spec.summary, spec.id
        assert not [n for n in placeholders(spec.message) if "{" + n + "}" in spec.summary]


def test_each_rule_knows_who_reports_it():
    areas = {spec.id: spec.area for spec in CATALOG.values()}
    assert areas["fargate-network-mode"] == "rules"
    assert areas["schema-unknown-key"] == "input"
    assert areas["compose-gpu"] == "compose"
    assert areas["terraform-tag-without-key"] == "terraform"
    assert areas["cloudformation-unsupported-member"] == "cloudformation"
    # A module moved into a sub-package keeps its area.
    moved = dataclasses.replace(CATALOG["compose-gpu"], module="wizard.domain.formats.compose.x")
    assert moved.area == "compose"
    moved = dataclasses.replace(CATALOG["gpu-fargate"], module="wizard.domain.rules.gpu")
    assert moved.area == "rules"


def test_list_rules_json_lists_what_lint_reports(capsys):
    assert main(["lint", "--list-rules", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rules"]
    ids = [row["id"] for row in rows]
    assert ids == sorted(ids)
    assert set(ids) == {spec.id for spec in CATALOG.values() if spec.area in LINT_AREAS}
    assert "compose-gpu" not in ids
    by_id = {row["id"]: row for row in rows}
    assert set(by_id["gpu-fargate"]) == {"id", "severity", "summary", "source"}
    assert by_id["gpu-fargate"]["severity"] == "error"
    assert by_id["gpu-fargate"]["summary"] == (
        "Container '<container>' requests a GPU, which Fargate does not support."
    )
    assert by_id["gpu-fargate"]["source"].startswith(
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html"
    )


def test_list_rules_text_in_the_users_language(capsys, monkeypatch):
    assert main(["lint", "--list-rules"]) == 0
    out = capsys.readouterr().out.splitlines()
    line = next(i for i, text in enumerate(out) if text.startswith("family-missing "))
    assert out[line].split()[1] == "error"
    assert "The task definition has no family name." in out[line]
    assert out[line + 1].strip() == CATALOG["family-missing"].source
    internal = next(i for i, text in enumerate(out) if text.startswith("internal-error "))
    assert out[internal + 1].strip() == "(the wizard's own check)"
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert main(["lint", "--list-rules"]) == 0
    zh = capsys.readouterr().out
    assert "family-missing" in zh and re.search(r"[\u4e00-\u9fff]", zh)


def test_lint_without_files_or_list_rules_is_a_usage_error(capsys):
    try:
        main(["lint"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("lint without FILE must exit 2")
    assert "--list-rules" in capsys.readouterr().err


def _generator():
    spec = importlib.util.spec_from_file_location("gen_rules_doc", ROOT / "tools/gen_rules_doc.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_rules_md_is_generated_from_the_catalog_and_current():
    generator = _generator()
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == generator.render(), "run python tools/gen_rules_doc.py"
    for spec in CATALOG.values():
        assert f"| `{spec.id}` | {spec.severity.value} |" in committed
        if spec.source:
            assert f"]({spec.source})" in committed


def test_docs_check_mode_sees_a_stale_file(tmp_path, monkeypatch, capsys):
    generator = _generator()
    stale = tmp_path / "rules.md"
    stale.write_text("# Rules\n", encoding="utf-8")
    monkeypatch.setattr(generator, "DOC", stale)
    monkeypatch.setattr(generator, "ROOT", tmp_path)
    assert generator.main(["--check"]) == 1
    assert generator.main([]) == 0
    assert generator.main(["--check"]) == 0


def test_the_rule_kit_refuses_an_unknown_id_in_positive_and_negative_checks():
    import pytest

    from tests.rulekit import fargate_doc, findings, no, one

    doc = fargate_doc(networkMode="bridge")
    for check in (
        lambda: findings(doc, "fargate-network-mod"),
        lambda: one(doc, "fargate-network-mod", "/networkMode"),
        lambda: no(doc, "fargate-networkmode"),
    ):
        with pytest.raises(AssertionError, match="unknown rule id"):
            check()
    one(doc, "fargate-network-mode", "/networkMode")
    no(fargate_doc(), "fargate-network-mode")


def test_every_module_that_defines_catalog_entries_is_loaded_by_the_one_loader():
    from wizard.domain.messages.definitions import DEFINING_MODULES

    definers = set()
    for path in (ROOT / "wizard").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s*define\(", text, re.M) and path.name != "catalog.py":
            definers.add(".".join(path.relative_to(ROOT).with_suffix("").parts))
    rule_modules = {m for m in definers if m.startswith("wizard.domain.rules.")}
    assert definers - rule_modules <= set(DEFINING_MODULES)
    assert "wizard.domain.rules" in DEFINING_MODULES  # imports every rule module
