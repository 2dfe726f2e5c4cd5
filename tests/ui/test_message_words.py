"""Every rule message the GUI shows speaks the screen's words: no camelCase API member
is left in a message or hint (the members go into the "(API: ...)" note), in English
and in Simplified Chinese; plain "cpu" and "memory" become labels where they are the
members and stay where they are English ("runs out of memory")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from tests.domain.test_corpus import CORPUS, FILES
from tests.ui.test_field_names import reported_places
from wizard.domain.messages.catalog import (
    CATALOG,
    LINT_AREAS,
    placeholders,
    render_hint,
    render_message,
)
from wizard.domain.messages.definitions import load_every_definition
from wizard.ui.draft.member_labels import BY_NAME
from wizard.ui.draft.screen_words import finding_words, screen_finding, screen_words

load_every_definition()

CAMEL = re.compile(r"(?<![A-Za-z0-9_<-])[a-z]+[A-Z][A-Za-z]*(?![A-Za-z0-9_>-])")
PLAIN_CPU = re.compile(r"(?<![A-Za-z0-9_.<-])cpu(?![A-Za-z0-9_>-])")

#: API members that may stay in a message, and why.
HONEST = {
    "taskDefinition": "the wrapper key of describe-task-definition output; no page shows it",
}
#: Every API member: the input shape's, the read-only ones of describe output, its wrapper.
API_MEMBERS = {*BY_NAME, "taskDefinition"}

#: Numbers for parameters that are numbers; other parameters get their name.
NUMBERS = {
    "cpu", "memory", "reservation", "task_memory", "task_cpu", "sum", "count", "limit",
    "port", "host_port", "container_port", "min", "max", "minimum", "maximum", "size",
    "length", "soft", "hard", "timeout", "interval", "percent", "number", "seconds",
}  # fmt: skip
#: Parameters that carry API members or their places, as the rules fill them.
MEMBERS = ("field", "parameter", "location")
MEMBER_SAMPLES = [
    *sorted(name for name in BY_NAME if name != name.lower()),
    "linuxParameters.maxSwap",
    "containerDefinitions[web].portMappings[0].protocol",
]


def rules() -> list[str]:
    return sorted(rule for rule, spec in CATALOG.items() if spec.area in LINT_AREAS)


def samples(rule: str) -> Iterator[dict[str, Any]]:
    """Parameters for ``rule``: one set, or one per member sample when the rule
    passes members as parameters."""
    spec = CATALOG[rule]
    names = placeholders(spec.message) | placeholders(spec.hint)
    base = {name: 256 if name in NUMBERS else f"<{name}>" for name in names}
    members = [name for name in MEMBERS if name in names]
    if not members:
        yield base
        return
    for sample in MEMBER_SAMPLES:
        yield {**base, **dict.fromkeys(members, sample)}


def shown(rule: str, params: Mapping[str, Any]) -> tuple[str, str, str]:
    ptr = "/containerDefinitions/0/image" if "container" in params else "/family"
    return screen_finding(render_message(rule, params), render_hint(rule, params), ptr, rule)


QUOTED = re.compile(r"(?<![A-Za-z0-9_])'([^'\n]*)'(?![A-Za-z0-9_])")


def left_over(text: str) -> set[str]:
    """API members left in ``text``. A quote is the user's value (a role named
    'ecsTaskRole') unless it is a camelCase member, cpu or memory, and nothing else
    ('executionRoleArn' is ..., 'cpu' must be ...). A plain-word member quoted
    ('ulimits' was null, 'revision' is set by ECS) reads as its label does."""
    quoted = {
        q
        for q in QUOTED.findall(text)
        if (q in BY_NAME and q != q.lower()) or q in ("cpu", "memory")
    }
    text = QUOTED.sub("''", text)
    camel = {w for w in CAMEL.findall(text) if w in API_MEMBERS and w not in HONEST}
    return camel | set(PLAIN_CPU.findall(text)) | quoted


def check_every_rule() -> None:
    problems = []
    for rule in rules():
        for params in samples(rule):
            message, hint, _api = shown(rule, params)
            for text in (message, hint):
                if left_over(text):
                    problems.append((rule, sorted(left_over(text)), text))
    assert not problems, problems[:10]


def test_no_api_member_is_left_in_any_rule_message(qapp):
    check_every_rule()


def test_no_api_member_is_left_in_any_chinese_rule_message(chinese):
    check_every_rule()


@pytest.mark.skipif(not FILES, reason=f"real corpus not found at {CORPUS}")
def test_no_api_member_is_left_in_the_corpus_findings(qapp):
    """The parameters the rules really pass, over the real corpus and the templates."""
    problems = []
    for _document, finding in reported_places():
        if CATALOG[finding.rule].area not in LINT_AREAS:
            continue
        message, hint, _api = finding_words(finding)
        for text in (message, hint):
            if left_over(text):
                problems.append((finding.rule, sorted(left_over(text)), text))
    assert not problems, problems[:10]


def test_the_api_members_go_into_the_note(qapp):
    message, hint, api = shown("memory-below-reservation", {"container": "web", "memory": 100,
                                                             "reservation": 128})  # fmt: skip
    assert message == (
        "Container 'web' has memory hard limit 100 MiB below its memory soft limit 128 MiB."
    )
    assert hint.startswith("Raise memory hard limit to at least 128 MiB or lower memory soft")
    assert api == "(API: memory, memoryReservation)"


@pytest.mark.parametrize(
    ("rule", "params", "ptr", "expected"),
    [
        # "memory" as English stays; the members become labels.
        (
            "memory-hard-sum-above-task",
            {"sum": 3000, "task_memory": 2048},
            "/memory",
            "The containers' memory hard limits add up to 3000 MiB, above the task's 2048 MiB; "
            "the task runs out of memory if they all peak at once.",
        ),
        (
            "memory-container-limit-required",
            {"container": "web"},
            "/containerDefinitions/0/memory",
            "Container 'web' sets neither memory hard limit nor memory soft limit, and the task "
            "sets no task memory.",
        ),
        (
            "memory-reserved-sum-above-task",
            {"sum": 3000, "task_memory": 2048},
            "/memory",
            "The memory reserved by the containers (memory soft limit, else memory hard limit) "
            "adds up to 3000 MiB, above the task's 2048 MiB.",
        ),
        # The task's cpu after "Task", the containers' in a rule about their sum.
        (
            "task-size-fargate-cpu-invalid",
            {"cpu": 300, "os": "Linux", "valid_cpu_text": "256, 512"},
            "/cpu",
            "Task CPU units 300 is not a Fargate size (Linux); valid values: 256, 512.",
        ),
        (
            "cpu-sum-above-task",
            {"sum": 2048, "task_cpu": 1024},
            "/cpu",
            "The containers' CPU units add up to 2048 units, above the task's 1024 units.",
        ),
        (
            "memory-below-minimum",
            {"container": "web", "field": "memory", "value": 4, "min": 6},
            "/containerDefinitions/0/memory",
            "Container 'web' sets memory hard limit to 4 MiB; Docker refuses less than 6 MiB.",
        ),
        # The task-size rule passes plain "cpu" / "memory" as a field too.
        (
            "task-size-windows-ec2-ignored",
            {"field": "memory"},
            "/memory",
            "Task memory is ignored for Windows containers on EC2.",
        ),
        # A quoted member is replaced; a quoted value is the user's and stays.
        (
            "role-execution-name-not-arn",
            {"value": "ecsTaskExecutionRole"},
            "/executionRoleArn",
            "'Task execution role' is the role name 'ecsTaskExecutionRole'; the API documents "
            "an ARN here, and CloudFormation and Terraform require one.",
        ),
        (
            "volume-host-source-path-fargate",
            {"volume": "data"},
            "/volumes/0/host/sourcePath",
            "Volume 'data' sets source path, which Fargate does not support.",
        ),
    ],
)
def test_examples(qapp, rule, params, ptr, expected):
    message, _hint, _api = screen_finding(
        render_message(rule, params), render_hint(rule, params), ptr, rule
    )
    assert message == expected


def test_chinese_examples(chinese):
    message, hint, api = shown("memory-container-limit-required", {"container": "web"})
    assert (
        message == "容器 'web' 既没有设置内存硬限制，也没有设置内存软限制，任务也没有设置任务内存。"
    )
    assert "memory" not in message + hint
    assert api == "（API：memory, memoryReservation）"
    message, _hint, _api = shown("task-size-cpu-required", {})
    assert message == "Fargate 任务定义必须设置任务 CPU 单位。"


def test_ordinary_words_stay():
    for text in (
        "The task runs out of memory if they all peak at once.",
        "Valid memory for these sizes.",
        "Uses the CPU of the instance.",
        "Volume 'data' mounts 'sourcePath/data'.",  # a quoted value is the user's
    ):
        assert screen_words(text) == (text, [])
