"""Service limits: containers per task, the size of the whole task definition,
tags and placement constraints.

Sources: the API reference (``Tag``, RegisterTaskDefinition ``tags``) and the
Amazon ECS service quotas page.
Port-range counts per container are ``port_ranges.py``'s.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.context import RuleContext, as_list
from wizard.domain.rules.registry import check, reads, task_check
from wizard.domain.rules.sources import QUOTAS, api, register
from wizard.domain.sizing.quotas import MAX_TASK_DEFINITION_BYTES, compact_size

MAX_CONTAINERS = 10
# Warn when the document uses more than this share of the size limit.
SIZE_WARNING_RATIO = 0.9
MAX_TAGS = 50
TAG_KEY_MAX = 128
TAG_VALUE_MAX = 256
RESERVED_TAG_PREFIX = "aws:"
MAX_PLACEMENT_CONSTRAINTS = 10

define(
    "limit-too-many-containers",
    Severity.ERROR,
    "The task definition has {count} containers; at most {limit} are allowed.",
    "Move some containers into another task definition (e.g. a separate service), or "
    "combine sidecars; the limit of {limit} cannot be raised.",
    QUOTAS,
)
define(
    "limit-too-many-placement-constraints",
    Severity.ERROR,
    "The task definition has {count} placement constraints; at most {limit} are allowed.",
    "Combine the memberOf expressions with 'and' / 'or' so at most {limit} remain "
    "(constraints added at run time count too).",
    register("placementConstraints"),
)
define(
    "size-task-definition-too-large",
    Severity.ERROR,
    "The task definition is {size} bytes as compact JSON; at most {limit} bytes are allowed.",
    "Shorten it: move long environment values into environment files or secrets, drop "
    "empty lists and defaults, or split containers into another task definition.",
    QUOTAS,
)
define(
    "size-task-definition-near-limit",
    Severity.WARNING,
    "The task definition is {size} bytes as compact JSON, {percent}% of the {limit}-byte limit.",
    "Leave room for later revisions: move long environment values into environment files "
    "or secrets and drop empty lists and defaults.",
    QUOTAS,
)
define(
    "tag-too-many",
    Severity.ERROR,
    "The task definition has {count} tags; at most {limit} are allowed (keys starting with "
    "'aws:' do not count).",
    "Remove tags until at most {limit} remain.",
    register("tags"),
)
define(
    "tag-key-length",
    Severity.ERROR,
    "Tag key #{tag} is {length} characters long; a key must have 1 to {limit} characters.",
    "Give the tag a key of 1 to {limit} characters.",
    api("Tag", "key"),
)
define(
    "tag-value-too-long",
    Severity.ERROR,
    "The value of tag '{key}' is {length} characters long; at most {limit} are allowed.",
    "Shorten the tag value to {limit} characters.",
    api("Tag", "value"),
)
define(
    "tag-invalid-characters",
    Severity.ERROR,
    "The {field} of tag '{key}' contains characters that are not allowed: {characters}.",
    "Use only letters, digits, spaces and + - = . _ : / @ in tag keys and values.",
    api("Tag", "key"),
)
define(
    "tag-duplicate-key",
    Severity.ERROR,
    "The tag key '{key}' is used more than once.",
    "Keep one tag per key (keys are case-sensitive).",
    register("tags"),
)
define(
    "tag-reserved-prefix",
    Severity.ERROR,
    "The tag key '{key}' starts with 'aws:', which is reserved for AWS.",
    "Rename the key without the 'aws:' prefix (in any letter case).",
    register("tags"),
)


def _list_too_long(ctx: RuleContext, rule_id: str, key: str, limit: int) -> Iterator[Finding]:
    count = len(as_list(ctx.doc.get(key)))
    if count > limit:
        yield ctx.finding(rule_id, key, count=count, limit=limit)


@check
@reads()
def check_container_count(ctx: RuleContext) -> Iterator[Finding]:
    yield from _list_too_long(
        ctx, "limit-too-many-containers", "containerDefinitions", MAX_CONTAINERS
    )


@task_check
def check_placement_constraint_count(ctx: RuleContext) -> Iterator[Finding]:
    yield from _list_too_long(
        ctx,
        "limit-too-many-placement-constraints",
        "placementConstraints",
        MAX_PLACEMENT_CONSTRAINTS,
    )


# The rule and the sizing panel measure the document the same way.
document_size = compact_size


@check
def check_document_size(ctx: RuleContext) -> Iterator[Finding]:
    size = ctx.known_size if ctx.known_size is not None else document_size(ctx.doc)
    if size > MAX_TASK_DEFINITION_BYTES:
        yield ctx.finding(
            "size-task-definition-too-large", size=size, limit=MAX_TASK_DEFINITION_BYTES
        )
    elif size > SIZE_WARNING_RATIO * MAX_TASK_DEFINITION_BYTES:
        yield ctx.finding(
            "size-task-definition-near-limit",
            size=size,
            limit=MAX_TASK_DEFINITION_BYTES,
            percent=size * 100 // MAX_TASK_DEFINITION_BYTES,
        )


# Characters allowed besides letters (\p{L}), separators (\p{Z}) and numbers (\p{N}).
_TAG_PUNCTUATION = frozenset("_.:/=+-@")
# The common all-ASCII case, answered without a per-character Unicode lookup.
_ASCII_TAG_TEXT = re.compile(r"[A-Za-z0-9 _.:/=+@-]*")


def tag_char_allowed(ch: str) -> bool:
    """The Tag pattern ``[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]`` for one character.

    Python's ``re`` has no \\p{...} classes, so the Unicode general category
    is read directly: L* letters, Z* separators, N* numbers.
    """
    return ch in _TAG_PUNCTUATION or unicodedata.category(ch)[0] in "LZN"


def invalid_tag_characters(text: str) -> list[str]:
    if _ASCII_TAG_TEXT.fullmatch(text):
        return []
    return sorted({ch for ch in text if not tag_char_allowed(ch)})


def _is_reserved(key: str) -> bool:
    return key[: len(RESERVED_TAG_PREFIX)].lower() == RESERVED_TAG_PREFIX


def _tag_text_findings(
    ctx: RuleContext, i: int, key: str | None, value: str | None
) -> Iterator[Finding]:
    label = key if key is not None else f"#{i + 1}"
    for field, text in (("key", key), ("value", value)):
        if text is None or ctx.placeholder(text):
            continue
        bad = invalid_tag_characters(text)
        if bad:
            yield ctx.finding(
                "tag-invalid-characters",
                "tags",
                i,
                field,
                key=label,
                field=field,
                characters=" ".join(repr(ch) for ch in bad),
            )


def _tag_length_findings(
    ctx: RuleContext, i: int, tag: dict[str, Any], label: str
) -> Iterator[Finding]:
    key, value = tag.get("key"), tag.get("value")
    # A tag object without a key is as invalid as one with an empty key.
    key_length = 0 if "key" not in tag else len(key) if isinstance(key, str) else None
    if key_length is not None and not 1 <= key_length <= TAG_KEY_MAX and not ctx.placeholder(key):
        yield ctx.finding(
            "tag-key-length", "tags", i, "key", tag=i + 1, length=key_length, limit=TAG_KEY_MAX
        )
    if isinstance(value, str) and len(value) > TAG_VALUE_MAX and not ctx.placeholder(value):
        yield ctx.finding(
            "tag-value-too-long",
            "tags",
            i,
            "value",
            key=label,
            length=len(value),
            limit=TAG_VALUE_MAX,
        )


@task_check
def check_tags(ctx: RuleContext) -> Iterator[Finding]:
    tags = ctx.doc.get("tags")
    if not isinstance(tags, list):
        return  # absent, or a wrong type the schema check reports
    counted = 0
    seen: set[str] = set()
    for i, tag in enumerate(tags):
        if not isinstance(tag, dict):
            continue  # the schema check reports it
        key = tag.get("key") if isinstance(tag.get("key"), str) else None
        value = tag.get("value") if isinstance(tag.get("value"), str) else None
        label = key if key is not None else f"#{i + 1}"
        if key is not None and _is_reserved(key):
            yield ctx.finding("tag-reserved-prefix", "tags", i, "key", key=key)
        else:
            counted += 1  # reserved keys do not count towards the limit
        yield from _tag_length_findings(ctx, i, tag, label)
        yield from _tag_text_findings(ctx, i, key, value)
        if key is not None:
            if key in seen:
                yield ctx.finding("tag-duplicate-key", "tags", i, "key", key=key)
            seen.add(key)
    if counted > MAX_TAGS:
        yield ctx.finding("tag-too-many", "tags", count=counted, limit=MAX_TAGS)
