"""Message catalog entries for what loading a document reports."""

from __future__ import annotations

from wizard.domain.messages.catalog import define
from wizard.domain.findings import Severity

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

define("input-missing", E, "The file does not exist.", "Check the path and try again.", "wizard")
define(
    "input-unreadable",
    E,
    "The file cannot be read: {reason}.",
    "Check that the path names a readable file.",
    "wizard",
)
define(
    "input-too-large",
    E,
    "The file is {size} bytes; a task definition is at most 64 KiB and this tool reads up to "
    "{limit} bytes.",
    "Open the task definition JSON itself, not a log or an archive.",
    "ECS service quota: task definition size 64 KiB",
)
define(
    "input-binary",
    E,
    "The file is binary (a NUL byte at offset {offset}), not JSON text.",
    "Open the task definition's .json file.",
    "wizard",
)
define(
    "input-not-utf8",
    E,
    "The file is not UTF-8 text: byte {byte} at line {line}, column {column}.",
    "Save the file as UTF-8 (JSON text must be UTF-8, RFC 8259 §8.1).",
    "RFC 8259",
)
define(
    "input-empty",
    E,
    "The file is empty.",
    'Write a task definition object: {{"family": ...}}.',
    "wizard",
)
define(
    "json-syntax",
    E,
    "Not valid JSON at line {line}, column {column}: {detail}.",
    "Fix the JSON at that place (a missing comma or quote is the usual cause).",
    "RFC 8259",
)
define(
    "json-too-deep",
    E,
    "The JSON is nested too deeply to be a task definition.",
    "Check that the file is a task definition.",
    "wizard",
)
define(
    "input-not-object",
    E,
    "The document is a JSON {found}; a task definition is a JSON object.",
    "Wrap the definition in {{ }} or open the task definition itself rather than a list of them.",
    "botocore RegisterTaskDefinitionRequest",
)
define(
    "json-duplicate-key",
    W,
    "The key '{key}' appears more than once in the same object; only the last value is kept.",
    "Delete the duplicate so the file says one thing (strict JSON parsers refuse duplicates).",
    "RFC 8259 §4",
)
define(
    "describe-unwrapped",
    INFO,
    "This is describe-task-definition output; the task definition inside 'taskDefinition' "
    "was used.",
    "Export to get register-input JSON that register-task-definition accepts.",
    "botocore DescribeTaskDefinitionResponse",
)
define(
    "describe-extra-removed",
    INFO,
    "The response member '{key}' is not part of a task definition and was left out.",
    "Nothing to do; export writes register-input JSON only.",
    "botocore DescribeTaskDefinitionResponse",
)
define(
    "read-only-removed",
    INFO,
    "'{key}' is set by ECS and returned by describe-task-definition; register-task-definition "
    "does not accept it, so it was removed.",
    "Nothing to do; the exported JSON leaves it out.",
    "ecs-rules.md §6.2 (botocore TaskDefinition vs RegisterTaskDefinitionRequest)",
)
define(
    "null-removed",
    INFO,
    "'{key}' was null and was removed (the AWS CLI rejects null values).",
    "Nothing to do; the exported JSON leaves it out.",
    "ecs-rules.md §6.3 rule 2 (botocore ParamValidator)",
)
define(
    "task-size-number",
    W,
    "Task '{key}' is the number {value}; the API takes a string and the AWS CLI rejects a number.",
    'The exported JSON writes it as the string "{value}".',
    "ecs-rules.md §2.7 (botocore: valid types <class 'str'>)",
)
define(
    "task-size-unit-string",
    INFO,
    "Task '{key}' \"{value}\" was read as {normalised}.",
    'The exported JSON writes the integer string "{normalised}", which every tool accepts.',
    "ecs-rules.md §2.7",
)
define(
    "placeholder",
    W,
    "'{token}' is a template placeholder; ECS would take it literally.",
    "Render the template (your deploy tool fills it in) before registering.",
    "wizard",
)
define(
    "schema-unknown-key",
    E,
    "'{key}' is not a member of {shape}{suggestion}.",
    "Remove it or correct its spelling; register-task-definition rejects unknown members.",
    "botocore ParamValidator: Unknown parameter in input",
)
define(
    "schema-type",
    E,
    "'{key}' must be {expected}, not {found}{value}.",
    "Write it as {expected}.",
    "botocore ParamValidator: Invalid type for parameter",
)
define(
    "schema-missing",
    E,
    "{shape} requires '{key}'.",
    "Add '{key}'.",
    "botocore ECS model: required members",
)
