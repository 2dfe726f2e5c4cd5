"""CloudFormation's own forms: role names as !Sub ARNs, no empty Fargate placementConstraints.

Checked with cfn-lint on the exported text, and on the whole real corpus: every
file that lints clean exports to a template cfn-lint finds no error in.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from cfnlint import api as cfnlint_api

from tests.domain.formats.test_cloudformation import BOOK, lint
from tests.domain.test_corpus import FILES
from wizard.commands.lint import lint_file
from wizard.domain.formats.cloudformation import cloudformation_template, to_cloudformation

SUB = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/"


class _CfnLoader(yaml.SafeLoader):
    """Reads the short-form tags CloudFormation templates use."""


_CfnLoader.add_constructor("!Sub", lambda loader, node: {"Fn::Sub": loader.construct_scalar(node)})


def _properties(text: str) -> dict[str, Any]:
    template = yaml.load(text, Loader=_CfnLoader)  # a SafeLoader subclass
    (resource,) = template["Resources"].values()
    return resource["Properties"]


def _with(**fields: Any) -> dict[str, Any]:
    return {**json.loads(json.dumps(BOOK)), **fields}


def test_role_names_become_sub_arns_and_pass_cfn_lint():
    doc = _with(taskRoleArn="app-task", executionRoleArn="ecsTaskExecutionRole")
    text, report = to_cloudformation(doc)
    assert "TaskRoleArn: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/app-task'" in text
    props = _properties(text)
    assert props["ExecutionRoleArn"] == {"Fn::Sub": SUB + "ecsTaskExecutionRole"}
    notes = {(f.rule, f.path, f.severity.value) for f in report}
    assert notes == {
        ("cloudformation-role-name-as-arn", "/taskRoleArn", "info"),
        ("cloudformation-role-name-as-arn", "/executionRoleArn", "info"),
    }
    assert lint(text) == []
    # Before this change cfn-lint said E1156 / E3511 about the bare names.
    bare = to_cloudformation(BOOK)[0].replace(
        "arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "ecsTaskExecutionRole"
    )
    assert {m.split()[0] for m in lint(bare)} & {"E1156", "E3511"}


def test_json_template_uses_fn_sub():
    text, _ = to_cloudformation(_with(taskRoleArn="app-task"), "json")
    props = json.loads(text)["Resources"]["WordpressTaskDefinition"]["Properties"]
    assert props["TaskRoleArn"] == {"Fn::Sub": SUB + "app-task"}
    assert lint(text) == []


def test_role_arns_and_odd_values_are_kept_as_written():
    export = cloudformation_template(BOOK)
    (resource,) = export.template["Resources"].values()
    assert resource["Properties"]["ExecutionRoleArn"] == BOOK["executionRoleArn"]
    assert export.notes == []


def test_empty_fargate_placement_constraints_are_left_out_with_a_note():
    text, report = to_cloudformation(_with(placementConstraints=[]))
    assert "PlacementConstraints" not in _properties(text)
    assert [(f.rule, f.path, f.severity.value) for f in report] == [
        ("cloudformation-empty-placement-constraints", "/placementConstraints", "info")
    ]
    assert lint(text) == []


def test_placement_constraints_elsewhere_are_kept():
    ec2 = _with(
        requiresCompatibilities=["EC2"],
        placementConstraints=[],
    )
    assert _properties(to_cloudformation(ec2)[0])["PlacementConstraints"] == []
    constraint = [{"type": "memberOf", "expression": "attribute:ecs.os-type == linux"}]
    text, report = to_cloudformation(_with(placementConstraints=constraint))
    assert _properties(text)["PlacementConstraints"] == [
        {"Type": "memberOf", "Expression": "attribute:ecs.os-type == linux"}
    ]
    assert report == []


def _lint_clean(report) -> bool:
    """Lint exits 0 and nothing is a template placeholder: a template is rendered
    before it is deployed, and cfn-lint rightly rejects '${ROLE}' as an ARN."""
    return (
        not report.result.unreadable
        and report.errors == 0
        and not any(f.rule == "placeholder" for f in report.findings)
    )


@pytest.mark.skipif(not FILES, reason="real corpus not found")
def test_every_lint_clean_corpus_file_exports_to_a_cfn_lint_clean_template():
    # One template holding every resource: one cfn-lint run instead of one per file.
    resources: dict[str, Any] = {}
    owner: dict[str, str] = {}
    for index, path in enumerate(FILES):
        report = lint_file(str(path))
        if not _lint_clean(report):
            continue
        export = cloudformation_template(report.result.document)
        (resource,) = export.template["Resources"].values()
        logical = f"File{index:03d}{export.logical_id}"[:255]
        resources[logical] = resource
        owner[logical] = path.name
    assert len(resources) >= 40, "the corpus has at least 40 lint-clean files"
    template = {"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources}
    for fmt in ("yaml", "json"):
        text = (
            json.dumps(template, indent=2)
            if fmt == "json"
            else yaml.dump(template, Dumper=_dumper(), sort_keys=False, width=1 << 16)
        )
        errors = [
            f"{owner.get(str(m.path[1]) if len(m.path) > 1 else '', '?')}: {m.rule.id} {m.message}"
            for m in cfnlint_api.lint(text)
            if m.rule.id.startswith("E")
        ]
        assert errors == [], "\n".join(errors[:40])


def _dumper() -> type[yaml.SafeDumper]:
    # The exporter's own YAML writer, so the !Sub short form is what cfn-lint reads.
    from wizard.domain.formats import cloudformation

    return cloudformation._Dumper
