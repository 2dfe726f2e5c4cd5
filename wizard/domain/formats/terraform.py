"""Export a task definition as a Terraform ``aws_ecs_task_definition`` resource.

Task-level members become the resource's arguments and nested blocks (names
from the AWS provider's resource schema). ``container_definitions`` is written
as ``jsonencode([...])`` of an HCL literal, the idiomatic form: it stays
readable in reviews, and Terraform renders it to the JSON the API takes, so
the container definitions keep the API's camelCase member names.

Members the resource cannot express are reported as warnings, never dropped
silently. Strings are escaped for HCL templates too (``${`` -> ``$${`` and
``%{`` -> ``%%{``), so shell commands and Fluent Bit variables reach ECS as
written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from wizard.domain.messages.catalog import define
from wizard.domain.formats.exporter import export_document
from wizard.domain.findings import Finding, Severity, pointer
from wizard.domain.schema.model import TaskDefinition

define(
    "terraform-unsupported-member",
    Severity.WARNING,
    "'{key}' has no argument in Terraform's aws_ecs_task_definition; it was left out.",
    "Register with the JSON export if you need it, or add it once the AWS provider supports it.",
    "hashicorp/aws provider: aws_ecs_task_definition resource schema",
)
define(
    "terraform-inference-accelerator",
    Severity.WARNING,
    "inference_accelerator blocks were written, but version 6 of the AWS provider removed "
    "them (Elastic Inference reached end of life in April 2024).",
    "Pin hashicorp/aws below 6.0, or remove inferenceAccelerators and the containers' "
    "InferenceAccelerator resource requirements.",
    "hashicorp/aws v6.0.0 release notes",
)
define(
    "terraform-tag-without-key",
    Severity.WARNING,
    "A tag without a key cannot be written to Terraform's tags map; it was left out.",
    "Give the tag a key.",
    "hashicorp/aws provider: tags is a map of strings",
)

# Simple task-level arguments, in the order Terraform users usually write them.
# Argument names are the members in snake_case (see ``snake``).
SCALAR_ARGUMENTS = (
    "family",
    "requiresCompatibilities",
    "networkMode",
    "cpu",
    "memory",
    "executionRoleArn",
    "taskRoleArn",
    "pidMode",
    "ipcMode",
    "enableFaultInjection",
)
# Task-level members written as blocks or maps by the functions below.
BLOCK_MEMBERS = frozenset(
    {
        "runtimePlatform",
        "ephemeralStorage",
        "volumes",
        "placementConstraints",
        "proxyConfiguration",
        "inferenceAccelerators",
        "tags",
        "containerDefinitions",
    }
)
# Nested volume blocks and the members each one takes (block and argument names
# are the snake_case members; authorizationConfig is a block of its own).
VOLUME_BLOCKS: dict[str, tuple[str, ...]] = {
    "dockerVolumeConfiguration": ("scope", "autoprovision", "driver", "driverOpts", "labels"),
    "efsVolumeConfiguration": (
        "fileSystemId",
        "rootDirectory",
        "transitEncryption",
        "transitEncryptionPort",
        "authorizationConfig",
    ),
    "fsxWindowsFileServerVolumeConfiguration": (
        "fileSystemId",
        "rootDirectory",
        "authorizationConfig",
    ),
    "s3filesVolumeConfiguration": (
        "fileSystemArn",
        "rootDirectory",
        "transitEncryptionPort",
        "accessPointArn",
    ),
}
AUTHORIZATION_MEMBERS = ("accessPointId", "iam", "credentialsParameter", "domain")


def snake(member: str) -> str:
    """The provider's argument name for an API member: fileSystemId -> file_system_id."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", member).lower()


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
# HCL keywords read as literals, never as bare object keys.
_KEYWORDS = frozenset({"true", "false", "null", "for", "in", "if", "endif", "endfor"})
INDENT = "  "


@dataclass
class TerraformExport:
    text: str
    resource_name: str
    warnings: list[Finding] = field(default_factory=list)


# --- HCL literals ---------------------------------------------------------------


def hcl_string(text: str) -> str:
    """A quoted HCL string whose value is exactly ``text`` (templates escaped)."""
    out = []
    for ch in text:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    body = "".join(out).replace("${", "$${").replace("%{", "%%{")
    return f'"{body}"'


def hcl_key(key: str) -> str:
    return key if _IDENTIFIER.match(key) and key not in _KEYWORDS else hcl_string(key)


def hcl_value(value: Any, level: int) -> str:
    """An HCL expression for a JSON value, indented for nesting ``level``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, str):
        return hcl_string(value)
    pad, inner = INDENT * level, INDENT * (level + 1)
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(not isinstance(v, dict | list) for v in value):
            return "[" + ", ".join(hcl_value(v, level) for v in value) + "]"
        items = "".join(f"{inner}{hcl_value(v, level + 1)},\n" for v in value)
        return "[\n" + items + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = {k: hcl_key(str(k)) for k in value}
        width = max(len(k) for k in keys.values())
        lines = [
            f"{inner}{keys[k].ljust(width)} = {hcl_value(v, level + 1)}\n" for k, v in value.items()
        ]
        return "{\n" + "".join(lines) + pad + "}"
    raise TypeError(f"not a JSON value: {value!r}")


# --- the resource -----------------------------------------------------------------


class _Block:
    """Lines of one HCL block body; consecutive attributes are aligned like terraform fmt."""

    def __init__(self, level: int) -> None:
        self.level = level
        self.parts: list[list[tuple[str, str]] | str] = []

    def attr(self, name: str, value: Any, *, jsonencode: bool = False) -> None:
        expr = hcl_value(value, self.level)
        if jsonencode:
            expr = f"jsonencode({expr})"
        if not self.parts or isinstance(self.parts[-1], str):
            self.parts.append([])
        group = self.parts[-1]
        assert isinstance(group, list)
        group.append((name, expr))
        if "\n" in expr:
            # A multi-line value ends the alignment group, as in terraform fmt.
            self.parts.append("")

    def gap(self) -> None:
        """A blank line, which also ends the current alignment group."""
        self.parts.append("\n")

    def block(self, name: str, body: _Block) -> None:
        pad = INDENT * self.level
        self.parts.append(f"\n{pad}{name} {{\n{body.render()}{pad}}}\n")

    def render(self) -> str:
        pad = INDENT * self.level
        out: list[str] = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            width = max((len(n) for n, _ in part), default=0)
            out.extend(f"{pad}{n.ljust(width)} = {e}\n" for n, e in part)
        return "".join(out).lstrip("\n")


def resource_name(family: Any) -> str:
    """A Terraform resource name from the family: "Web-App" -> "web_app"."""
    text = re.sub(r"[^a-z0-9_]+", "_", family.lower()) if isinstance(family, str) else ""
    text = text.strip("_")
    if not text or not (text[0].isalpha() or text[0] == "_"):
        text = "task_" + text if text else "task"
    return text


def _simple_block(
    body: _Block, name: str, value: Any, members: tuple[str, ...], **renamed: str
) -> None:
    """A block whose arguments are ``members`` in snake_case (or as ``renamed``)."""
    if not isinstance(value, dict):
        return
    inner = _Block(body.level + 1)
    for member in members:
        if member in value:
            inner.attr(renamed.get(member, snake(member)), value[member])
    body.block(name, inner)


def _volume(body: _Block, volume: dict[str, Any], where: str, warnings: list[Finding]) -> None:
    inner = _Block(body.level + 1)
    if "name" in volume:
        inner.attr("name", volume["name"])
    host = volume.get("host")
    if isinstance(host, dict) and "sourcePath" in host:
        inner.attr("host_path", host["sourcePath"])
    if "configuredAtLaunch" in volume:
        inner.attr("configure_at_launch", volume["configuredAtLaunch"])
    for member, members in VOLUME_BLOCKS.items():
        config = volume.get(member)
        if not isinstance(config, dict):
            continue
        config_body = _Block(inner.level + 1)
        for key in members:
            if key not in config:
                continue
            if key == "authorizationConfig":
                _simple_block(config_body, snake(key), config[key], AUTHORIZATION_MEMBERS)
            else:
                config_body.attr(snake(key), config[key])
        inner.block(snake(member), config_body)
    known = {"name", "host", "configuredAtLaunch", *VOLUME_BLOCKS}
    for member in volume:
        if member not in known:
            warnings.append(_unsupported(where + pointer(member), member))
    body.block("volume", inner)


def _unsupported(where: str, key: str) -> Finding:
    return Finding("terraform-unsupported-member", Severity.WARNING, where, {"key": key})


def to_terraform(source: TaskDefinition | dict[str, Any]) -> TerraformExport:
    """The resource text for a model or a normalised register-input document.

    Raises ``ExportError`` (from the exporter) when the document does not fit the
    API shape; findings say where.
    """
    doc = export_document(source)
    warnings: list[Finding] = []
    body = _Block(1)
    for member in SCALAR_ARGUMENTS:
        if member in doc:
            body.attr(snake(member), doc[member])
    platform = ("operatingSystemFamily", "cpuArchitecture")
    _simple_block(body, "runtime_platform", doc.get("runtimePlatform"), platform)
    storage = doc.get("ephemeralStorage")
    _simple_block(body, "ephemeral_storage", storage, ("sizeInGiB",), sizeInGiB="size_in_gib")
    for index, volume in enumerate(doc.get("volumes", [])):
        _volume(body, volume, pointer("volumes", index), warnings)
    for constraint in doc.get("placementConstraints", []):
        _simple_block(body, "placement_constraints", constraint, ("type", "expression"))
    proxy = doc.get("proxyConfiguration")
    if isinstance(proxy, dict):
        inner = _Block(2)
        inner.attr("container_name", proxy.get("containerName", ""))
        if "type" in proxy:
            inner.attr("type", proxy["type"])
        if proxy.get("properties"):
            # The provider takes the properties as a map rather than name/value pairs.
            inner.attr(
                "properties", {p.get("name", ""): p.get("value", "") for p in proxy["properties"]}
            )
        body.block("proxy_configuration", inner)
    accelerators = doc.get("inferenceAccelerators", [])
    for accelerator in accelerators:
        _simple_block(body, "inference_accelerator", accelerator, ("deviceName", "deviceType"))
    if accelerators:
        warnings.append(
            Finding(
                "terraform-inference-accelerator", Severity.WARNING, "/inferenceAccelerators", {}
            )
        )
    _tags(body, doc.get("tags", []), warnings)
    body.gap()
    body.attr("container_definitions", doc.get("containerDefinitions", []), jsonencode=True)
    known = set(SCALAR_ARGUMENTS) | BLOCK_MEMBERS
    warnings.extend(_unsupported(pointer(m), m) for m in doc if m not in known)
    name = resource_name(doc.get("family"))
    text = f'resource "aws_ecs_task_definition" "{name}" {{\n{body.render()}}}\n'
    return TerraformExport(text, name, warnings)


def _tags(body: _Block, tags: list[dict[str, Any]], warnings: list[Finding]) -> None:
    mapping: dict[str, str] = {}
    for index, tag in enumerate(tags):
        if "key" not in tag:
            warnings.append(
                Finding("terraform-tag-without-key", Severity.WARNING, pointer("tags", index), {})
            )
            continue
        mapping[tag["key"]] = tag.get("value", "")
    if mapping:
        body.gap()
        body.attr("tags", mapping)
