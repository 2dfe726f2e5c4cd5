"""Export a task definition as a CloudFormation template.

The template holds one ``AWS::ECS::TaskDefinition`` resource whose properties
are the register-input document with every member name converted to the
resource schema's spelling. Most names are the API name with a capital first
letter; the exceptions below come from the resource schema (the copy bundled
with cfn-lint is the reference, and a test compares every member of the API
model against it). User map keys (``dockerLabels``, log ``options``,
``driverOpts``, ``labels``) are data, not property names, and are kept as
they are.

Members the resource does not support yet are left out and reported as
warnings, never dropped silently.
"""

from __future__ import annotations

import json
import re
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

import yaml
from pydantic import BaseModel

from wizard.domain.messages.catalog import define
from wizard.domain.formats.exporter import export_document
from wizard.domain.findings import Finding, Severity, pointer
from wizard.domain.schema.model import TaskDefinition

RESOURCE_TYPE = "AWS::ECS::TaskDefinition"

# (model class, API member) -> CloudFormation property, where the property is not
# simply the member with a capital first letter (AWS::ECS::TaskDefinition schema).
SPECIAL_NAMES: dict[tuple[str, str], str] = {
    ("EFSVolumeConfiguration", "fileSystemId"): "FilesystemId",
    ("EFSAuthorizationConfig", "iam"): "IAM",
    ("Volume", "efsVolumeConfiguration"): "EFSVolumeConfiguration",
    ("Volume", "fsxWindowsFileServerVolumeConfiguration"): (
        "FSxWindowsFileServerVolumeConfiguration"
    ),
    ("Volume", "s3filesVolumeConfiguration"): "S3FilesVolumeConfiguration",
    ("ProxyConfiguration", "properties"): "ProxyConfigurationProperties",
}

# API members the resource schema has no property for (checked against the schema
# bundled with cfn-lint 1.58.0 by tests/domain/formats/test_cloudformation.py).
UNSUPPORTED: frozenset[tuple[str, str]] = frozenset(
    {("TaskDefinition", "trustedExecutionConfiguration")}
)

define(
    "cloudformation-unsupported-member",
    Severity.WARNING,
    "'{key}' has no property in CloudFormation's AWS::ECS::TaskDefinition yet; it was left "
    "out of the template.",
    "Register with the JSON export (or Terraform) if you need it, or add it once "
    "CloudFormation supports it.",
    "CloudFormation resource schema AWS::ECS::TaskDefinition (cfn-lint bundled copy)",
)

Format = Literal["yaml", "json"]


@dataclass
class CloudFormationExport:
    template: dict[str, Any]
    logical_id: str
    warnings: list[Finding] = field(default_factory=list)

    def text(self, fmt: Format = "yaml") -> str:
        if fmt == "json":
            return json.dumps(self.template, indent=2, ensure_ascii=False) + "\n"
        return _yaml_text(self.template)


# --- the shape of each API member, read from the pydantic model -----------------

Kind = Literal["model", "model_list", "map", "scalar"]


def _unwrap_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation


def _kind(annotation: Any) -> tuple[Kind, type[BaseModel] | None]:
    inner = _unwrap_optional(annotation)
    origin = typing.get_origin(inner)
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return "model", inner
    if origin is list:
        (item,) = typing.get_args(inner)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return "model_list", item
        return "scalar", None
    if origin is dict:
        return "map", None
    return "scalar", None


@cache
def member_shapes(model: type[BaseModel]) -> dict[str, tuple[Kind, type[BaseModel] | None]]:
    """API member name -> (kind, nested model) for one model class."""
    shapes: dict[str, tuple[Kind, type[BaseModel] | None]] = {}
    for name, info in model.model_fields.items():
        shapes[info.alias or name] = _kind(info.annotation)
    return shapes


def property_name(model: type[BaseModel], member: str) -> str | None:
    """The CloudFormation property for an API member, or None when unsupported."""
    if (model.__name__, member) in UNSUPPORTED:
        return None
    return SPECIAL_NAMES.get((model.__name__, member), member[:1].upper() + member[1:])


# --- conversion -----------------------------------------------------------------


def _convert(
    value: Any, model: type[BaseModel], path: str, warnings: list[Finding]
) -> dict[str, Any]:
    shapes = member_shapes(model)
    out: dict[str, Any] = {}
    for member, item in value.items():
        where = path + pointer(member)
        prop = property_name(model, member) if member in shapes else None
        if prop is None:
            warnings.append(
                Finding(
                    "cloudformation-unsupported-member", Severity.WARNING, where, {"key": member}
                )
            )
            continue
        kind, nested = shapes[member]
        if kind == "model" and nested is not None and isinstance(item, dict):
            out[prop] = _convert(item, nested, where, warnings)
        elif kind == "model_list" and nested is not None and isinstance(item, list):
            out[prop] = [
                _convert(x, nested, where + pointer(i), warnings) if isinstance(x, dict) else x
                for i, x in enumerate(item)
            ]
        else:
            # Scalars, lists of scalars and user maps (labels, options) go over unchanged.
            out[prop] = item
    return out


def logical_id(family: Any) -> str:
    """An alphanumeric logical id from the family: "web-app" -> "WebAppTaskDefinition"."""
    parts = re.findall(r"[A-Za-z0-9]+", family) if isinstance(family, str) else []
    stem = "".join(p[:1].upper() + p[1:] for p in parts)
    if stem and stem[0].isdigit():
        stem = "Family" + stem
    return (stem + "TaskDefinition")[:255]


def cloudformation_template(source: TaskDefinition | dict[str, Any]) -> CloudFormationExport:
    """The template for a model or a normalised register-input document.

    Raises ``ExportError`` (from the exporter) when the document does not fit the
    API shape; findings say where.
    """
    doc = export_document(source)
    warnings: list[Finding] = []
    properties = _convert(doc, TaskDefinition, "", warnings)
    resource_id = logical_id(doc.get("family"))
    family = doc.get("family", "")
    template: dict[str, Any] = {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Description": f"ECS task definition family {family}",
        "Resources": {resource_id: {"Type": RESOURCE_TYPE, "Properties": properties}},
        "Outputs": {
            "TaskDefinitionArn": {
                "Description": "ARN of the registered task definition revision",
                "Value": {"Ref": resource_id},
            }
        },
    }
    return CloudFormationExport(template, resource_id, warnings)


def to_cloudformation(
    source: TaskDefinition | dict[str, Any], fmt: Format = "yaml"
) -> tuple[str, list[Finding]]:
    """Template text (YAML or JSON) and the warnings about members left out."""
    export = cloudformation_template(source)
    return export.text(fmt), export.warnings


class _Dumper(yaml.SafeDumper):
    """Block style; indents list items under their key as most CloudFormation
    examples do (PyYAML's default puts the dash at the key's column)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
        return super().increase_indent(flow, False)


# YAML line breaks other than \n: PyYAML may write them raw in plain or single-quoted
# style, where a reader folds them; only double quotes escape them.
_OTHER_BREAKS = frozenset("\r\x85\u2028\u2029")


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    if _OTHER_BREAKS.intersection(data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    # Multi-line values (scripts, certificates) read better as literal blocks; the
    # block form is only safe when no line has trailing spaces.
    if "\n" in data and not any(line != line.rstrip() for line in data.split("\n")):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_presenter)


def _yaml_text(template: dict[str, Any]) -> str:
    return yaml.dump(
        template,
        Dumper=_Dumper,
        sort_keys=False,
        default_flow_style=False,
        allow_unicode=True,
        # Never fold long values (image names, ARNs) across lines.
        width=1 << 16,
    )
