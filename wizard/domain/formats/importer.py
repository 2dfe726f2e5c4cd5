"""Load a task definition from text: register-input JSON, describe output, drafts.

Loading never raises on bad input. It returns the normalised register-input
document (what the rules and the exporter work on), the typed model when the
document fits the API shape, and findings for everything it noticed or changed:
syntax errors with line and column, read-only fields and nulls it removed, unit
strings it converted, placeholders it found, unknown keys and wrong types.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wizard.domain.container_memo import LIST, ContainerMemo
from wizard.domain.findings import Finding, Severity, pointer
from wizard.domain.formats.jsonpos import PositionMap, scan_positions
from wizard.domain.formats.text_input import MAX_INPUT_BYTES, decode_input
from wizard.domain.messages import import_messages  # noqa: F401  (defines the import rule ids)  # noqa: F401  (defines the import rule ids)
from wizard.domain.placeholders import find_placeholder, might_hold_placeholder
from wizard.domain.schema.check import check_shape
from wizard.domain.sizing.units import parse_task_cpu, parse_task_memory
from wizard.domain.text.surrogates import find_lone_surrogates

if TYPE_CHECKING:
    from wizard.domain.schema.model import TaskDefinition


# Members of DescribeTaskDefinition's TaskDefinition that RegisterTaskDefinition
# does not accept (the API reference: TaskDefinition against RegisterTaskDefinition).
READ_ONLY_FIELDS = (
    "taskDefinitionArn",
    "revision",
    "status",
    "requiresAttributes",
    "compatibilities",
    "registeredAt",
    "registeredBy",
    "deregisteredAt",
    "deleteRequestedAt",
)

# Error ids that mean "this is not a task definition we can read": lint exits 2.
FATAL_RULES = frozenset(
    {
        "input-missing",
        "input-unreadable",
        "input-too-large",
        "input-binary",
        "input-not-utf8",
        "input-empty",
        "json-syntax",
        "json-too-deep",
        "input-not-object",
        "schema-unknown-key",
        "schema-type",
    }
)
# The subset of those that mean the file could not be read or parsed at all: a
# readable document with an unknown key or a wrong type is a wrong file (lint
# exits 1), not input the linter could not run on (exit 2).
UNREADABLE_RULES = FATAL_RULES - {"schema-unknown-key", "schema-type"}


@dataclass
class LoadResult:
    document: dict[str, Any] | None
    findings: list[Finding] = field(default_factory=list)
    # False when the shape check found errors: then there is no typed model.
    shape_ok: bool = False
    text: str | None = None
    # Pointer of the register-input object inside the source ("/taskDefinition"
    # for describe output), used to map findings back to source positions.
    source_prefix: str = ""
    _positions: PositionMap | None = None
    _model: TaskDefinition | None = None

    @property
    def model(self) -> TaskDefinition | None:
        """The typed model (built on first use: the pydantic models are slow to
        load and ``lint`` never needs them)."""
        if self._model is None and self.shape_ok and self.document is not None:
            self._model, _ = validate_document(self.document)
        return self._model

    @property
    def fatal(self) -> bool:
        return any(f.rule in FATAL_RULES for f in self.findings)

    @property
    def unreadable(self) -> bool:
        """The file could not be read or parsed as a JSON object."""
        return any(f.rule in UNREADABLE_RULES for f in self.findings)

    def source_pointer(self, ptr: str) -> str:
        """Where a pointer into the normalised document sits in the source."""
        if self.source_prefix and not ptr.startswith("/tags"):
            return self.source_prefix + ptr
        return ptr

    def position(self, ptr: str) -> tuple[int, int]:
        """Line and column in the source of a finding's pointer."""
        if self.text is None:
            return (1, 1)
        if self._positions is None and any(f.rule == "json-too-deep" for f in self.findings):
            # Scanning nesting too deep to parse takes time quadratic in the depth.
            self._positions = PositionMap()
        if self._positions is None:
            try:
                self._positions = scan_positions(self.text)
            except (IndexError, ValueError):
                self._positions = PositionMap()
        return self._positions.locate(self.source_pointer(ptr))


def load_bytes(data: bytes) -> LoadResult:
    """Decode and load file contents."""
    decoded = decode_input(data)
    if isinstance(decoded, Finding):
        return LoadResult(None, [decoded], False)
    return load_text(decoded)


def load_text(text: str) -> LoadResult:
    """Load JSON text (register input, describe output or a draft)."""
    if not text.strip():
        return _fail("input-empty")
    try:
        raw = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        return _fail("json-syntax", line=exc.lineno, column=exc.colno, detail=exc.msg, text=text)
    except _ConstantError as exc:
        return _fail("json-syntax", line=1, column=1, detail=str(exc), text=text)
    except RecursionError:
        return _fail("json-too-deep", text=text)
    except ValueError as exc:  # an integer of more than 4300 digits (int_max_str_digits)
        return _fail("json-syntax", line=1, column=1, detail=str(exc), text=text)
    result = load_value(raw)
    result.text = text
    try:
        positions = scan_positions(text)
    except (IndexError, ValueError, RecursionError):
        positions = PositionMap()
    result._positions = positions
    result.findings.extend(
        Finding("json-duplicate-key", Severity.WARNING, _strip_prefix(p, result), {"key": _last(p)})
        for p in positions.duplicates
    )
    return result


def load_value(raw: Any) -> LoadResult:
    """Normalise an already-parsed JSON value into a register-input document."""
    if not isinstance(raw, dict):
        return _fail("input-not-object", found=_json_type(raw))
    findings: list[Finding] = []
    doc, prefix = _unwrap(raw, findings)
    _strip_read_only(doc, findings)
    doc = _strip_nulls(doc, "", findings)
    _normalise_task_size(doc, findings)
    find_placeholder_findings(doc, "", findings)
    findings.extend(find_lone_surrogates(doc))
    errors = check_shape(doc)
    findings.extend(errors)
    return LoadResult(doc, findings, not errors, source_prefix=prefix)


def validate_document(doc: dict[str, Any]) -> tuple[TaskDefinition | None, list[Finding]]:
    """The typed model of ``doc``, or None with findings naming each bad place."""
    from pydantic import ValidationError

    from wizard.domain.schema.errors import schema_findings
    from wizard.domain.schema.model import TaskDefinition

    try:
        return TaskDefinition.model_validate(doc), []
    except ValidationError as exc:
        return None, schema_findings(exc, doc)
    except RecursionError:
        return None, [Finding("json-too-deep", Severity.ERROR, "", {})]


class _ConstantError(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    # NaN and Infinity are not JSON; Python accepts them by default.
    raise _ConstantError(f"{name} is not a valid JSON value")


def _fail(rule: str, text: str | None = None, **params: Any) -> LoadResult:
    finding = Finding(rule, Severity.ERROR, "", params)
    return LoadResult(None, [finding], False, text=text)


def _json_type(value: Any) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "null"


def _last(ptr: str) -> str:
    return ptr.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


def _strip_prefix(ptr: str, result: LoadResult) -> str:
    if result.source_prefix and ptr.startswith(result.source_prefix):
        return ptr[len(result.source_prefix) :]
    return ptr


def _unwrap(raw: dict[str, Any], findings: list[Finding]) -> tuple[dict[str, Any], str]:
    """Take the task definition out of a describe/register response wrapper."""
    inner = raw.get("taskDefinition")
    if not isinstance(inner, dict):
        return dict(raw), ""
    doc = dict(inner)
    findings.append(Finding("describe-unwrapped", Severity.INFO, "", {}))
    for key in raw:
        if key == "taskDefinition":
            continue
        if key == "tags" and isinstance(raw["tags"], list):
            # Tags live beside taskDefinition in describe output; register takes them inline.
            doc.setdefault("tags", raw["tags"])
            continue
        findings.append(Finding("describe-extra-removed", Severity.INFO, "", {"key": key}))
    return doc, "/taskDefinition"


def _strip_read_only(doc: dict[str, Any], findings: list[Finding]) -> None:
    for key in READ_ONLY_FIELDS:
        if key in doc:
            del doc[key]
            findings.append(Finding("read-only-removed", Severity.INFO, pointer(key), {"key": key}))


def _strip_nulls(value: Any, path: str, findings: list[Finding]) -> Any:
    """Remove members and items that are null; the AWS CLI rejects them."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            child = path + pointer(key)
            if item is None:
                findings.append(Finding("null-removed", Severity.INFO, child, {"key": key}))
                continue
            out[key] = _strip_nulls(item, child, findings)
        return out
    if isinstance(value, list):
        items = []
        for index, item in enumerate(value):
            if item is None:
                findings.append(
                    Finding("null-removed", Severity.INFO, path + pointer(index), {"key": index})
                )
                continue
            items.append(_strip_nulls(item, path + pointer(index), findings))
        return items
    return value


def _normalise_task_size(doc: dict[str, Any], findings: list[Finding]) -> None:
    """Task cpu/memory: numbers become strings, unit strings become integer strings."""
    for key, parse in (("cpu", parse_task_cpu), ("memory", parse_task_memory)):
        value = doc.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            doc[key] = str(value)
            findings.append(
                Finding(
                    "task-size-number", Severity.WARNING, pointer(key), {"key": key, "value": value}
                )
            )
            continue
        if not isinstance(value, str):
            continue
        parsed = parse(value)
        if parsed and parsed.was_unit_string:
            doc[key] = parsed.normalised
            findings.append(
                Finding(
                    "task-size-unit-string",
                    Severity.INFO,
                    pointer(key),
                    {"key": key, "value": value, "normalised": parsed.normalised},
                )
            )


def find_placeholder_findings(
    value: Any, path: str, findings: list[Finding], memo: ContainerMemo | None = None
) -> None:
    """Warn about every string holding a template placeholder.

    Runs on every keystroke in the GUI, so paths are kept as tuples and turned
    into pointers only for the rare strings that match. With ``memo`` (for a
    whole document, ``path`` ""), an unchanged container's findings are reused:
    the walk finishes one container before the next, so its findings are one run.
    """
    # (value, path, inside a command): in command, entryPoint and a health
    # check's command, "<html>" is shell text, not a stand-in.
    stack: list[tuple[Any, tuple[str | int, ...], bool]] = [(value, (), False)]
    # (where, token) for a match, or (where, a container's findings in order).
    hits: list[tuple[tuple[str | int, ...], str | list[Finding]]] = []
    while stack:
        item, where, in_command = stack.pop()
        if isinstance(item, str):
            if might_hold_placeholder(item) and (
                token := find_placeholder(item, in_command=in_command)
            ):
                hits.append((where, token))
        elif isinstance(item, dict):
            if memo is not None and len(where) == 2 and where[0] == LIST:
                position = where[1]
                if isinstance(position, int):
                    hits.append((where, _container_placeholders(item, path, position, memo)))
                    continue
            if _is_firelens_options(item):
                # Fluent Bit expands ${VAR} itself at run time (e.g. ${ECS_TASK_ID}).
                continue
            stack.extend(
                (v, (*where, k), in_command or k in _COMMAND_KEYS) for k, v in item.items()
            )
        elif isinstance(item, list):
            stack.extend((v, (*where, i), in_command) for i, v in enumerate(item))
    for where, hit in reversed(hits):
        if isinstance(hit, list):
            findings.extend(hit)
            continue
        findings.append(
            Finding("placeholder", Severity.WARNING, path + pointer(*where), {"token": hit})
        )


def _container_placeholders(
    container: dict[str, Any], path: str, index: int, memo: ContainerMemo
) -> list[Finding]:
    found = memo.get("placeholders", index, container)
    if found is None:
        # The same walk from the container: the outer walk would do exactly
        # this before going on (a container is not inside a command).
        found = []
        find_placeholder_findings(container, path + pointer(LIST, index), found)
        memo.put("placeholders", index, container, found)
    return found


# Members whose strings are arguments of a command run in the container.
_COMMAND_KEYS = frozenset({"command", "entryPoint"})


def _is_firelens_options(item: dict[str, Any]) -> bool:
    return item.get("logDriver") == "awsfirelens" or (
        "type" in item and item.get("type") in ("fluentbit", "fluentd") and "options" in item
    )


def load_path(path: str) -> LoadResult:
    """Read and load a file; '-' reads standard input."""
    data = read_document_bytes(path)
    if isinstance(data, Finding):
        return LoadResult(None, [data], False)
    return load_bytes(data)


def read_document_bytes(path: str) -> bytes | Finding:
    """The bytes of a file the user named ('-': standard input), or the finding
    that says why it cannot be read. Shared by every command that reads input."""
    import sys

    from wizard.safe_files import ReadRefused, Refusal, read_input

    try:
        if path == "-":
            return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        # One byte past the limit tells oversize input without reading it all;
        # a FIFO, a device or a link loop never makes this wait or mislead.
        return read_input(path, MAX_INPUT_BYTES + 1)
    except ReadRefused as exc:
        reason = "it is a directory" if exc.reason is Refusal.FOLDER else exc.reason.value
        return Finding("input-unreadable", Severity.ERROR, "", {"reason": reason})
    except FileNotFoundError:
        return Finding("input-missing", Severity.ERROR, "", {})
    except OSError as exc:
        return Finding("input-unreadable", Severity.ERROR, "", {"reason": exc.strerror or str(exc)})
