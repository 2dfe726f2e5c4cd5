"""Long runs of awkward characters in every kind of string field.

A paste of a megabyte of "$" or "0" into a field must give findings, never a
traceback (a 100,000-digit task cpu once escaped as a ValueError) and never a
scan that backtracks for minutes (the placeholder patterns once did).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.rulekit import awslogs, container, fargate_doc
from wizard.domain.analysis import analyse
from wizard.domain.formats.importer import load_text

CHUNKS = ["$", "${", "{{", "<a", "0", "1.", "a:", "/", "@", "arn:", " ", "\\", "AKIA", "}"]
LENGTH = 60_000


def documents(s: str) -> Iterator[tuple[str, dict[str, Any]]]:
    yield "image", fargate_doc(container("a", image=s))
    yield "family", fargate_doc(container("a"), family=s)
    yield "environment", fargate_doc(container("a", environment=[{"name": s, "value": s}]))
    yield "command", fargate_doc(container("a", command=[s], entryPoint=[s]))
    yield "roles", fargate_doc(container("a"), taskRoleArn=s, executionRoleArn=s)
    yield "logs", fargate_doc(container("a", logConfiguration=awslogs(s)))
    yield "task size", fargate_doc(container("a"), cpu=s, memory=s)
    yield "tags", fargate_doc(container("a"), tags=[{"key": s, "value": s}])
    yield (
        "volumes",
        fargate_doc(
            container("a", mountPoints=[{"sourceVolume": s, "containerPath": s}]),
            volumes=[{"name": s}],
        ),
    )


@pytest.mark.parametrize("chunk", CHUNKS)
def test_long_runs_give_findings_not_tracebacks(chunk: str) -> None:
    text = chunk * (LENGTH // len(chunk))
    for where, doc in documents(text):
        findings = analyse(doc)
        assert isinstance(findings, list), where
        loaded = load_text(json.dumps(doc))
        assert not loaded.fatal or loaded.findings, where  # a fatal load says why
        assert isinstance(loaded.findings, list), where


@pytest.mark.parametrize("digits", ["0" * 5000, "1" * 5000, "9" * 19])
def test_task_sizes_with_too_many_digits_are_not_understood(digits: str) -> None:
    findings = analyse(fargate_doc(container("a"), cpu=digits, memory=digits + " MiB"))
    errors = {f.path for f in findings if f.severity.value == "error"}
    assert {"/cpu", "/memory"} <= errors
