"""Rule registration.

A check is a pure function ``check(ctx) -> Iterable[Finding]``. Checks are
registered with :func:`check` and run in registration order by the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from wizard.domain.messages.catalog import define
from wizard.domain.findings import Finding, Severity
from wizard.domain.rules.context import RuleContext

CheckFn = Callable[[RuleContext], Iterable[Finding]]

CHECKS: list[CheckFn] = []


def check(fn: CheckFn) -> CheckFn:
    CHECKS.append(fn)
    return fn


define(
    "internal-error",
    Severity.ERROR,
    "The check {check} failed unexpectedly: {error}",
    "This is a bug in the wizard; please report it with the task definition that caused it.",
    "wizard",
)
