"""Export register-input JSON.

The output is what ``aws ecs register-task-definition --cli-input-json
file://...`` takes as is: only members the user set (``false``, ``0`` and
empty lists included), never nulls, keys in the API's member order (so two
exports of the same definition are byte-identical), two-space indent.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from wizard.domain.findings import Finding
from wizard.domain.sizing.quotas import compact_size  # noqa: F401  (re-exported)

if TYPE_CHECKING:
    from wizard.domain.schema.model import TaskDefinition


class ExportError(ValueError):
    """The document does not fit the API shape; ``findings`` say where."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        first = findings[0]
        super().__init__(f"{first.message} (at {first.path or '/'})")


def export_document(source: TaskDefinition | dict[str, Any]) -> dict[str, Any]:
    """The register-input dict of a model or of a normalised document."""
    # Imported here: the pydantic models take a while to build, and the GUI's
    # first page must not wait for them.
    from wizard.domain.formats.importer import validate_document
    from wizard.domain.schema.model import TaskDefinition

    if isinstance(source, TaskDefinition):
        model = source
    else:
        validated, findings = validate_document(source)
        if validated is None:
            raise ExportError(findings or _missing_members(source))
        model = validated
    return model.model_dump(mode="json", by_alias=True, exclude_unset=True, exclude_none=True)


def to_json(source: TaskDefinition | dict[str, Any]) -> str:
    return json.dumps(export_document(source), indent=2, ensure_ascii=False) + "\n"


def _missing_members(doc: dict[str, Any]) -> list[Finding]:
    """The required members the shape check leaves to the rules (family,
    containerDefinitions): without them there is nothing to export."""
    from wizard.domain.findings import Severity, pointer

    missing = [k for k in ("family", "containerDefinitions") if k not in doc] or ["family"]
    return [
        Finding(
            "schema-missing", Severity.ERROR, pointer(k), {"key": k, "shape": "the task definition"}
        )
        for k in missing
    ]
