"""Templates: each one lints with no finding at all and exports cleanly."""

from __future__ import annotations

import pytest
from botocore.session import get_session
from botocore.validate import ParamValidator

from wizard.domain.formats.exporter import export_document
from wizard.domain.formats.importer import load_value
from wizard.domain.rules import run_rules
from wizard.domain.sizing.task_size import sizing_report
from wizard.domain.formats.templates import TEMPLATES, load_template, template_ids
from wizard.resource_files import resource_path

IDS = template_ids()
SHAPE = get_session().get_service_model("ecs").operation_model("RegisterTaskDefinition").input_shape


def test_every_template_has_a_file_and_every_file_a_template():
    files = {p.stem for p in resource_path("templates").glob("*.json")}
    assert files == set(IDS)
    assert len(IDS) == len(set(IDS)) >= 4
    assert all(t.title and t.description for t in TEMPLATES)


@pytest.mark.parametrize("template_id", IDS)
def test_template_has_no_finding(template_id):
    result = load_value(load_template(template_id))
    assert result.findings == [], [f.as_dict() for f in result.findings]
    assert result.model is not None
    assert run_rules(result.document) == [], [f.as_dict() for f in run_rules(result.document)]


@pytest.mark.parametrize("template_id", IDS)
def test_template_is_what_the_api_accepts(template_id):
    doc = export_document(load_template(template_id))
    report = ParamValidator().validate(doc, SHAPE)
    assert not report.has_errors(), report.generate_report()
    # Export writes the file's own content back: the file is already register input.
    assert doc == load_template(template_id)


def test_book_example():
    doc = load_template("wordpress-mysql")
    assert (doc["cpu"], doc["memory"]) == ("256", "512")
    wordpress, mysql = doc["containerDefinitions"]
    assert (wordpress["name"], mysql["name"]) == ("wordpress", "mysql")
    for container in (wordpress, mysql):
        assert container["memoryReservation"] == 128 and container["cpu"] == 10
    assert wordpress["portMappings"][0]["containerPort"] == 80
    assert wordpress["dependsOn"] == [{"containerName": "mysql", "condition": "START"}]
    (secret,) = mysql["secrets"]
    assert secret["valueFrom"].startswith("arn:aws:secretsmanager:")
    assert ":123456789012:" in secret["valueFrom"]
    assert doc["executionRoleArn"] == "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
    report = sizing_report(doc)
    assert (report.soft.used, report.soft.limit) == (256, 512)
    assert (report.cpu.used, report.cpu.limit) == (20, 256)


def test_firelens_and_otel_templates_have_their_sidecars():
    worker = load_template("worker-firelens")
    router = next(c for c in worker["containerDefinitions"] if "firelensConfiguration" in c)
    assert "aws-for-fluent-bit" in router["image"]
    app = next(c for c in worker["containerDefinitions"] if c["name"] == "worker")
    assert app["logConfiguration"]["logDriver"] == "awsfirelens"
    otel = load_template("app-otel")
    assert any("aws-otel-collector" in c["image"] for c in otel["containerDefinitions"])
    web = load_template("web-service")
    (container,) = web["containerDefinitions"]
    assert container["portMappings"][0]["containerPort"] == 80
    assert container["logConfiguration"]["logDriver"] == "awslogs"


def test_each_load_is_a_fresh_copy():
    first = load_template("web-service")
    first["family"] = "changed"
    assert load_template("web-service")["family"] == "web"


def test_unknown_template():
    with pytest.raises(KeyError, match="unknown template"):
        load_template("nope")


@pytest.mark.parametrize("template_id", IDS)
def test_templates_export_to_cloudformation_and_terraform(template_id):
    from tests.domain.formats.test_cloudformation import lint
    from tests.domain.formats.test_terraform import parse
    from wizard.domain.formats.cloudformation import to_cloudformation
    from wizard.domain.formats.terraform import to_terraform

    doc = load_template(template_id)
    text, warnings = to_cloudformation(doc)
    assert warnings == [] and lint(text) == []
    export = to_terraform(doc)
    assert export.warnings == []
    assert parse(export.text)[2] == doc["containerDefinitions"]
