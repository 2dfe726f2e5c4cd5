"""Property tests: export/import round trips, and loading/rules never raise."""

from __future__ import annotations

import copy
import json

from botocore.session import get_session
from botocore.validate import ParamValidator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.rulekit import container, fargate_doc
from tests.strategies import json_values, task_definitions
from wizard.domain.formats.exporter import export_document, to_json
from wizard.domain.formats.importer import load_text, load_value
from wizard.domain.rules import run_rules

INPUT_SHAPE = (
    get_session().get_service_model("ecs").operation_model("RegisterTaskDefinition").input_shape
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(task_definitions)
def test_export_then_import_gives_back_the_same_document(doc):
    exported = export_document(doc)
    assert exported == doc
    again = load_text(to_json(exported))
    assert again.model is not None
    assert export_document(again.model) == doc


@SETTINGS
@given(task_definitions)
def test_every_export_passes_botocore_param_validation(doc):
    report = ParamValidator().validate(export_document(doc), INPUT_SHAPE)
    assert not report.has_errors(), report.generate_report()


@SETTINGS
@given(json_values)
def test_loading_and_rules_never_raise_on_any_json_value(value):
    result = load_value(value)
    if result.document is not None:
        run_rules(result.document)
    run_rules(value)
    load_text(json.dumps(value))


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


BASE = fargate_doc(
    container(
        "web",
        cpu=128,
        memory=256,
        portMappings=[{"containerPort": 80}],
        dependsOn=[{"containerName": "sidecar", "condition": "START"}],
        healthCheck={"command": ["CMD-SHELL", "true"]},
        mountPoints=[{"sourceVolume": "data", "containerPath": "/d"}],
    ),
    container(
        "sidecar",
        essential=False,
        memoryReservation=64,
        secrets=[{"name": "A", "valueFrom": "arn"}],
    ),
    volumes=[{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-12345678"}}],
    tags=[{"key": "team", "value": "blue"}],
    runtimePlatform={"operatingSystemFamily": "LINUX", "cpuArchitecture": "ARM64"},
)
ALL_PATHS = list(_paths(BASE))


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), json_values), min_size=1, max_size=4))
def test_rules_never_raise_when_any_part_of_a_real_document_is_junk(replacements):
    doc = copy.deepcopy(BASE)
    for path, junk in replacements:
        if not path:
            continue
        target = doc
        try:
            for part in path[:-1]:
                target = target[part]
            target[path[-1]] = junk
        except (KeyError, IndexError, TypeError):
            continue
    findings = run_rules(doc)
    assert all(f.rule != "internal-error" for f in findings), [f.params for f in findings]
