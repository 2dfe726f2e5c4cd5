"""Registering a task definition: the checks before sending, and the sending.

The CLI and the GUI's review page share these steps:
:func:`prepare` (what blocks, what only warns), :func:`validate_request`
(botocore's own client-side validation, for ``--dry-run``),
:func:`compare_with_latest` (the semantic diff against the family's latest
ACTIVE revision) and the gateway's ``register_task_definition``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

import botocore.session
from botocore.model import Shape
from botocore.validate import ParamValidator

from wizard.domain.diff import Change, semantic_diff
from wizard.domain.formats.exporter import ExportError, export_document
from wizard.domain.findings import Finding, Severity, sort_findings
from wizard.domain.formats.importer import LoadResult
from wizard.domain.rules import run_rules
from wizard.services.gateway import EcsGateway, revision_of_arn


@dataclass
class Preparation:
    """A loaded definition sorted into what stops registration and what does not.

    ``errors``: schema and rule errors (AWS would refuse, or the task cannot run).
    ``placeholders``: unrendered template tokens; ECS would take them literally.
    ``warnings``: documented risks the user may accept.
    ``request``: the register-input body, when the document fits the API shape.
    """

    load: LoadResult
    request: dict[str, Any] | None = None
    errors: list[Finding] = field(default_factory=list)
    placeholders: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    @property
    def fatal(self) -> bool:
        """The input could not be read as a task definition at all."""
        return self.load.document is None or self.load.fatal

    @property
    def ready(self) -> bool:
        return self.request is not None and not self.errors and not self.placeholders


def prepare(result: LoadResult) -> Preparation:
    prep = Preparation(result)
    if result.document is None:
        prep.errors = [f for f in result.findings if f.severity is Severity.ERROR]
        return prep
    findings = sort_findings([*result.findings, *run_rules(result.document)])
    for finding in findings:
        if finding.rule == "placeholder":
            prep.placeholders.append(finding)
        elif finding.severity is Severity.ERROR:
            prep.errors.append(finding)
        elif finding.severity is Severity.WARNING:
            prep.warnings.append(finding)
    try:
        prep.request = export_document(result.document)
    except ExportError as exc:
        # Normally already among the errors (schema findings); keep them all the same.
        known = {(f.rule, f.path) for f in prep.errors}
        prep.errors.extend(f for f in exc.findings if (f.rule, f.path) not in known)
    return prep


@cache
def _register_input_shape() -> Shape:
    # The ECS model bundled with botocore; loading it needs no credentials and no network.
    model = botocore.session.get_session().get_service_model("ecs")
    return model.operation_model("RegisterTaskDefinition").input_shape


def validate_request(request: dict[str, Any]) -> str | None:
    """botocore's report on the request (required members, types, unknown keys), or None."""
    report = ParamValidator().validate(request, _register_input_shape())
    return report.generate_report() if report.has_errors() else None


@dataclass(frozen=True)
class Comparison:
    """The draft against the latest ACTIVE revision of its family."""

    arn: str
    revision: int
    changes: list[Change]


def compare_with_latest(gateway: EcsGateway, request: dict[str, Any]) -> Comparison | None:
    """The semantic diff against the family's latest ACTIVE revision; None for a new family."""
    family = request.get("family")
    if not isinstance(family, str) or not family:
        return None
    latest = gateway.latest_active_revision(family)
    if latest is None:
        return None
    task = latest.get("taskDefinition", {})
    arn = str(task.get("taskDefinitionArn", ""))
    revision = int(task.get("revision", 0)) or revision_of_arn(arn).revision
    # The importer inside the diff moves describe's "tags" into the definition.
    return Comparison(arn, revision, semantic_diff(latest, request))
