"""The real-world corpus: 100 task definitions written by others.

Read from ../shared/corpus/real (beside the repository) or $ECS_WIZARD_CORPUS;
never copied into the project. Skips, saying why, where it is absent.

- Every file botocore accepts (after the corpus's own preparation: unwrap
  describe output, drop read-only members) imports and exports back to the same
  document, and the export passes botocore's ParamValidator.
- Files SOURCES.md lists as invalid get the error it explains.
- Files rejected by botocore only for explicit nulls export to a document
  botocore accepts.
- The set of files with errors is pinned, so a new false positive fails here.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from botocore.session import get_session
from botocore.validate import ParamValidator

from wizard.domain.formats.exporter import export_document
from wizard.domain.findings import Severity
from wizard.domain.formats.importer import load_path
from wizard.domain.rules import run_rules
from wizard.domain.sizing.units import parse_task_cpu, parse_task_memory

CORPUS = Path(
    os.environ.get("ECS_WIZARD_CORPUS")
    or Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"
)
FILES = sorted(CORPUS.glob("*.json")) if CORPUS.is_dir() else []
pytestmark = pytest.mark.skipif(
    not FILES, reason=f"real corpus not found at {CORPUS} (set ECS_WIZARD_CORPUS)"
)

SHAPE = get_session().get_service_model("ecs").operation_model("RegisterTaskDefinition").input_shape
READ_ONLY = {
    "taskDefinitionArn",
    "revision",
    "status",
    "requiresAttributes",
    "compatibilities",
    "registeredAt",
    "registeredBy",
    "deregisteredAt",
}


def _botocore_input(raw: dict) -> dict:
    """The corpus's own preparation (SOURCES.md, 'botocore check')."""
    wrapped = raw.get("taskDefinition")
    params = dict(wrapped) if isinstance(wrapped, dict) else dict(raw)
    if isinstance(wrapped, dict) and "tags" in raw:
        params.setdefault("tags", raw["tags"])
    return {k: v for k, v in params.items() if k not in READ_ONLY}


def _parsed(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return None


def _accepted(path: Path) -> bool:
    raw = _parsed(path)
    if raw is None:
        return False
    return not ParamValidator().validate(_botocore_input(raw), SHAPE).has_errors()


def _normalised_size(doc: dict) -> dict:
    """What import does to task cpu/memory unit strings ("1 vcpu" -> "1024")."""
    out = dict(doc)
    for key, parse in (("cpu", parse_task_cpu), ("memory", parse_task_memory)):
        if isinstance(out.get(key), str) and (parsed := parse(out[key])):
            out[key] = parsed.normalised
    return out


ACCEPTED = [p for p in FILES if _accepted(p)]


def test_corpus_is_complete():
    assert len(FILES) == 100
    assert len(ACCEPTED) == 85, "SOURCES.md: 85 accepted by botocore"


@pytest.mark.parametrize("path", ACCEPTED, ids=lambda p: p.name[:3])
def test_import_then_export_gives_back_the_same_document(path):
    expected = _normalised_size(_botocore_input(_parsed(path)))
    result = load_path(str(path))
    assert not result.fatal, [f.message for f in result.findings]
    exported = export_document(result.model)
    assert exported == expected
    report = ParamValidator().validate(exported, SHAPE)
    assert not report.has_errors(), report.generate_report()


# file prefix -> (rule id, JSON Pointer) pairs that must be reported as errors
# (or, for placeholders, warnings). Reasons are SOURCES.md's "Known or likely
# AWS-invalid documents".
EXPECTED_INVALID = {
    "006": [("json-syntax", "")],
    "023": [("port-host-mismatch", "/containerDefinitions/0/portMappings/0/hostPort")],
    "026": [
        ("schema-type", "/containerDefinitions/0/cpu"),
        ("schema-type", "/containerDefinitions/0/memory"),
    ],
    "028": [("enum-invalid", "/networkMode")],
    "029": [("json-syntax", "")],
    "033": [("schema-unknown-key", "/containerDefinitions/0/inferenceDevices")],
    "044": [("json-syntax", "")],
    "048": [
        ("memory-container-limit-required", "/containerDefinitions/0/memory"),
        ("memory-container-limit-required", "/containerDefinitions/1/memory"),
    ],
    "053": [
        ("family-missing", "/family"),
        ("task-size-cpu-unreadable", "/cpu"),
        ("task-size-memory-unreadable", "/memory"),
        ("tag-key-length", "/tags/0/key"),
    ],
    "062": [("task-size-fargate-cpu-invalid", "/cpu")],
    "064": [
        ("port-shared-namespace-conflict", "/containerDefinitions/1/portMappings/0/containerPort"),
        ("memory-reservation-sum-above-task", "/memory"),
    ],
    "071": [("schema-type", "/containerDefinitions/0/portMappings/0/containerPort")],
    "075": [("port-host-mismatch", "/containerDefinitions/0/portMappings/0/hostPort")],
    "099": [("port-host-mismatch", "/containerDefinitions/0/portMappings/0/hostPort")],
    "100": [
        ("fargate-network-mode", "/networkMode"),
        ("image-missing", "/containerDefinitions/0/image"),
        ("port-host-mismatch", "/containerDefinitions/0/portMappings/0/hostPort"),
    ],
    "018": [("placeholder", "/networkMode"), ("placeholder", "/requiresCompatibilities/0")],
    "045": [("placeholder", "/networkMode")],
}

# Files with errors beyond SOURCES.md's list, each checked by hand: real problems
# that AWS would refuse or that stop the task.
ALSO_INVALID = {
    **{
        prefix: "role ARN with a stand-in account id (XXXXXXXXXXXX, ACCOUNT_ID, 11 digits...)"
        for prefix in ("001", "002", "004", "005", "007", "008", "009", "010", "012", "016", "093")
    },
    "014": "image is prose ('<image of any app that sends logs to stdout')",
    "024": "Fargate + awslogs without executionRoleArn",
    "025": "Fargate + awslogs without executionRoleArn",
    "027": "healthCheck command ['/healthcheck'] does not start with CMD / CMD-SHELL",
    "054": "mount point names volume fsx-windows-dir; the volume is fsx-windows-vol",
    "065": "proxyConfiguration names container 'envoy', which does not exist",
    "067": "ipcMode '' / pidMode '' / appProtocol '' are not enum values",
    "077": "links to 'app-container', which does not exist",
    "084": "healthCheck command does not start with CMD; Fargate startTimeout above 120",
    "085": "image '' and awslogs without group/region/prefix, no execution role",
}


def _findings(path: Path):
    result = load_path(str(path))
    findings = list(result.findings)
    if result.document is not None:
        findings.extend(run_rules(result.document))
    return result, findings


@pytest.mark.parametrize("prefix", sorted(EXPECTED_INVALID))
def test_documents_listed_as_invalid_get_the_explained_finding(prefix):
    (path,) = [p for p in FILES if p.name.startswith(prefix)]
    _, findings = _findings(path)
    got = {(f.rule, f.path) for f in findings if f.severity is not Severity.INFO}
    for expected in EXPECTED_INVALID[prefix]:
        assert expected in got, f"{path.name}: missing {expected}; got {sorted(got)}"


def test_the_set_of_files_with_errors_is_exactly_the_known_invalid_ones():
    with_errors = set()
    for path in FILES:
        _, findings = _findings(path)
        if any(f.severity is Severity.ERROR for f in findings):
            with_errors.add(path.name[:3])
    placeholder_only = {"018", "045"}
    expected = (set(EXPECTED_INVALID) - placeholder_only) | set(ALSO_INVALID)
    assert with_errors == expected


NULLS_ONLY = ["016", "025", "068", "070", "077", "082", "095", "096"]


@pytest.mark.parametrize("prefix", NULLS_ONLY)
def test_null_only_rejections_export_to_botocore_valid_json(prefix):
    (path,) = [p for p in FILES if p.name.startswith(prefix)]
    result = load_path(str(path))
    assert any(f.rule == "null-removed" for f in result.findings)
    assert result.model is not None
    report = ParamValidator().validate(export_document(result.model), SHAPE)
    assert not report.has_errors(), report.generate_report()


def test_describe_output_tags_are_carried_over():
    (path,) = [p for p in FILES if p.name.startswith("076")]
    result = load_path(str(path))
    assert "tags" in result.document
    assert any(f.rule == "read-only-removed" for f in result.findings)
