"""Tests of wizard.domain.rules.limits: one failing and one passing case per rule id."""

from __future__ import annotations

from typing import Any

import pytest

from tests.rulekit import container, ec2_doc, fargate_doc, one
from tests.rulekit import no as none
from wizard.domain.findings import Finding, Severity
from wizard.domain.rules import run_rules
from wizard.domain.rules.limits import (
    MAX_TASK_DEFINITION_BYTES,
    document_size,
    invalid_tag_characters,
    tag_char_allowed,
)

PREFIXES = ("limit-", "tag-", "size-")


def ours(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.rule.startswith(PREFIXES)]


def tags(*pairs: tuple[str, str]) -> dict[str, Any]:
    return fargate_doc(tags=[{"key": k, "value": v} for k, v in pairs])


@pytest.mark.parametrize("doc", [fargate_doc(), ec2_doc()], ids=["fargate", "ec2"])
def test_baselines_are_clean(doc: dict[str, Any]) -> None:
    assert ours(run_rules(doc)) == []


@pytest.mark.parametrize(
    "doc",
    [
        {"tags": {"a": 1}},
        {"tags": [None, {"key": 3}, "x", {"key": "k", "value": 4}, {}]},
        {"containerDefinitions": "x", "placementConstraints": {"a": 1}},
        {"containerDefinitions": [1, "x", None, {"name": 5, "dependsOn": "no", "healthCheck": []}]},
    ],
)
def test_junk_never_raises(doc: dict[str, Any]) -> None:
    assert [f for f in run_rules(doc) if f.rule == "internal-error"] == []


# --- counts ----------------------------------------------------------------


def _containers(n: int) -> list[dict[str, Any]]:
    return [container(f"c{i}", memory=64) for i in range(n)]


def test_too_many_containers() -> None:
    found = one(ec2_doc(*_containers(11)), "limit-too-many-containers", "/containerDefinitions")
    assert found.params == {"count": 11, "limit": 10}
    none(ec2_doc(*_containers(10)), "limit-too-many-containers")


def test_too_many_placement_constraints() -> None:
    constraint = {"type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*"}
    rule = "limit-too-many-placement-constraints"
    one(ec2_doc(placementConstraints=[constraint] * 11), rule, "/placementConstraints")
    none(ec2_doc(placementConstraints=[constraint] * 10), rule)


# --- document size -----------------------------------------------------------


def _sized(target: int) -> dict[str, Any]:
    """An EC2 doc whose compact JSON is exactly ``target`` bytes."""
    doc = ec2_doc(container(memory=256, dockerLabels={"pad": ""}))
    missing = target - document_size(doc)
    assert missing >= 0
    doc["containerDefinitions"][0]["dockerLabels"]["pad"] = "x" * missing
    assert document_size(doc) == target
    return doc


def test_document_size_counts_utf8_bytes() -> None:
    assert document_size({"a": "é"}) == len('{"a":"é"}'.encode())
    assert document_size({"a": [1, 2]}) == len('{"a":[1,2]}')


def test_task_definition_too_large() -> None:
    found = one(_sized(MAX_TASK_DEFINITION_BYTES + 1), "size-task-definition-too-large", "")
    assert found.params["size"] == 65537
    none(_sized(MAX_TASK_DEFINITION_BYTES), "size-task-definition-too-large")


def test_task_definition_near_limit() -> None:
    rule = "size-task-definition-near-limit"
    # 90 % of 65536 is 58982.4 bytes.
    found = one(_sized(58983), rule, "", Severity.WARNING)
    assert found.params["percent"] == 90
    none(_sized(58982), rule)
    none(_sized(MAX_TASK_DEFINITION_BYTES + 1), rule)  # the error replaces the warning


# --- tags ------------------------------------------------------------------


def test_too_many_tags() -> None:
    many = [(f"k{i}", "v") for i in range(51)]
    one(tags(*many), "tag-too-many", "/tags")
    none(tags(*many[:50]), "tag-too-many")
    # Reserved aws: keys do not count towards the 50.
    none(tags(*many[:50], ("aws:cloudformation:stack-name", "x")), "tag-too-many")


@pytest.mark.parametrize("key", ["", "k" * 129])
def test_tag_key_length(key: str) -> None:
    one(tags((key, "v")), "tag-key-length", "/tags/0/key")
    none(tags(("k" * 128, "v")), "tag-key-length")


def test_tag_without_key() -> None:
    one(fargate_doc(tags=[{"value": "v"}]), "tag-key-length", "/tags/0/key")


def test_tag_value_too_long() -> None:
    one(tags(("k", "v" * 257)), "tag-value-too-long", "/tags/0/value")
    none(tags(("k", "v" * 256)), "tag-value-too-long")
    none(tags(("k", "")), "tag-value-too-long")


@pytest.mark.parametrize(
    ("pair", "path"),
    [
        (("team#1", "web"), "/tags/0/key"),
        (("team", "a;b"), "/tags/0/value"),
        (("team", "a*b"), "/tags/0/value"),
        (("team", "line\nbreak"), "/tags/0/value"),
    ],
)
def test_tag_invalid_characters(pair: tuple[str, str], path: str) -> None:
    one(tags(pair), "tag-invalid-characters", path)


@pytest.mark.parametrize(
    "pair",
    [
        ("Équipe", "東京 ٣ café"),
        ("a+b-c=d.e_f:g/h@i", "x y"),
        ("cost-center", ""),
        ("owner", "${OWNER}"),
    ],
)
def test_tag_valid_characters(pair: tuple[str, str]) -> None:
    none(tags(pair), "tag-invalid-characters")


def test_tag_char_allowed() -> None:
    assert all(tag_char_allowed(ch) for ch in "aZ9 _.:/=+-@éß東٣\u00a0")
    assert invalid_tag_characters("a#b$c\t") == ["\t", "#", "$"]


def test_tag_duplicate_key() -> None:
    one(tags(("env", "a"), ("env", "b")), "tag-duplicate-key", "/tags/1/key")
    none(tags(("env", "a"), ("Env", "b")), "tag-duplicate-key")  # keys are case-sensitive


@pytest.mark.parametrize("key", ["aws:owner", "AWS:owner", "Aws:cloudformation:stack-id"])
def test_tag_reserved_prefix(key: str) -> None:
    one(tags((key, "x")), "tag-reserved-prefix", "/tags/0/key")


@pytest.mark.parametrize("key", ["awsx:owner", "my-aws:owner", "aws"])
def test_tag_not_reserved(key: str) -> None:
    none(tags((key, "x")), "tag-reserved-prefix")
