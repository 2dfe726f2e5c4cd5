"""Rule ids the broader tests only reach indirectly, each with a case that
reports it and one that does not."""

from __future__ import annotations

import json

from tests.rulekit import fargate_doc, findings
from wizard.domain.formats.compose.importer import import_compose
from wizard.domain.formats.importer import load_text
from wizard.domain.formats.terraform import to_terraform


def _compose_rules(text: str) -> set[str]:
    return {f.rule for f in import_compose(text).findings}


def test_schema_missing_names_the_required_member():
    doc = {"family": "a", "containerDefinitions": [{"name": "x", "image": "i", "healthCheck": {}}]}
    found = [f for f in load_text(json.dumps(doc)).findings if f.rule == "schema-missing"]
    assert [f.path for f in found] == ["/containerDefinitions/0/healthCheck/command"]
    doc["containerDefinitions"][0]["healthCheck"] = {"command": ["CMD", "true"]}
    assert not [f for f in load_text(json.dumps(doc)).findings if f.rule == "schema-missing"]


def test_describe_response_members_outside_the_task_definition_are_reported():
    wrapped = {
        "taskDefinition": {"family": "a", "containerDefinitions": []},
        "ResponseMetadata": {},
    }
    found = [
        f for f in load_text(json.dumps(wrapped)).findings if f.rule == "describe-extra-removed"
    ]
    assert [f.params["key"] for f in found] == ["ResponseMetadata"]
    del wrapped["ResponseMetadata"]
    rules = {f.rule for f in load_text(json.dumps(wrapped)).findings}
    assert "describe-extra-removed" not in rules


def test_fargate_task_memory_required():
    doc = fargate_doc()
    del doc["memory"]
    (finding,) = findings(doc, "task-size-memory-required")
    assert finding.path == "/memory" and finding.severity.value == "error"
    assert findings(fargate_doc(), "task-size-memory-required") == []


def test_compose_include_and_invalid_service():
    rules = _compose_rules("include: [other.yml]\nservices:\n  web: nginx\n  app:\n    image: x\n")
    assert {"compose-include", "compose-service-invalid"} <= rules
    assert not {"compose-include", "compose-service-invalid"} & _compose_rules(
        "services:\n  app:\n    image: x\n"
    )


def test_compose_memory_rounded_up_to_whole_mib():
    assert "compose-size-rounded" in _compose_rules(
        "services:\n  app:\n    image: x\n    mem_limit: 1500k\n"
    )
    assert "compose-size-rounded" not in _compose_rules(
        "services:\n  app:\n    image: x\n    mem_limit: 512m\n"
    )


def test_compose_device_request_other_than_a_gpu_count():
    base = (
        "services:\n  app:\n    image: x\n    deploy:\n      resources:\n"
        "        reservations:\n          devices:\n"
    )
    assert "compose-gpu" in _compose_rules(base + "            - capabilities: [tpu]\n")
    assert "compose-gpu" not in _compose_rules(
        base + "            - capabilities: [gpu]\n              count: 1\n"
    )


def test_terraform_leaves_out_a_tag_without_a_key():
    doc = fargate_doc(tags=[{"value": "orphan"}, {"key": "team", "value": "blue"}])
    warnings = to_terraform(doc).warnings
    assert [w.rule for w in warnings if w.rule == "terraform-tag-without-key"] == [
        "terraform-tag-without-key"
    ]
    clean = fargate_doc(tags=[{"key": "team", "value": "blue"}])
    assert not [w for w in to_terraform(clean).warnings if w.rule == "terraform-tag-without-key"]
