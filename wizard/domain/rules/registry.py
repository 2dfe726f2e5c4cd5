"""Rule registration.

A check is a pure function ``check(ctx) -> Iterable[Finding]``. Checks are
registered with one of three decorators that say what a check's findings depend
on (its scope), and the engine runs them in registration order:

- :func:`check` (``Scope.WHOLE``): anything, e.g. containers compared with each
  other (names, dependencies, shared ports) or the whole draft's size. Runs on
  every analysis.
- :func:`task_check` (``Scope.TASK``): task-level members only, never a
  container. Run with no containers in view; its findings are reused until a
  task-level member changes.
- :func:`container_check` (``Scope.CONTAINER``): the task-level members and one
  container at a time. Run once per container with only that container in
  ``ctx.containers`` (and once with none, ``ctx.task_level`` true, for whatever
  it says about the task itself); an edit inside container N re-runs it for N
  only. Such a check must not look at other containers (``container_names()``,
  counts, "the first container that ...") nor read ``containerDefinitions``
  from ``ctx.doc``; when it reports task-level members too, it does so only
  while ``ctx.task_level`` is true.

A whole-document check may also declare with :func:`reads` which members of a
container it reads; its findings are then reused after an edit elsewhere in a
container. ``tests/domain/rules/test_rule_scopes.py`` checks every scope and
every declaration against a run of every check on the whole document.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.context import RuleContext
from wizard.domain.rules.sources import OWN_CHECK

CheckFn = Callable[[RuleContext], Iterable[Finding]]


class Scope(enum.Enum):
    WHOLE = "whole"
    TASK = "task"
    CONTAINER = "container"


CHECKS: list[CheckFn] = []
SCOPES: dict[CheckFn, Scope] = {}
# Whole-document checks that declared which members of a container they read
# (see reads()): the container members, by check.
READS: dict[CheckFn, frozenset[str]] = {}


def _register(fn: CheckFn, scope: Scope) -> CheckFn:
    CHECKS.append(fn)
    SCOPES[fn] = scope
    _BY_SCOPE.clear()
    return fn


def check(fn: CheckFn) -> CheckFn:
    """A check that may read anything (``Scope.WHOLE``)."""
    return _register(fn, Scope.WHOLE)


def reads(*members: str) -> Callable[[CheckFn], CheckFn]:
    """Under :func:`check`: the members of a container the check reads (besides
    the task-level members and the positions of the containers). An edit inside
    a container at another member cannot change its findings, so the engine
    reuses them (``run_rules`` with a memo); ``test_rule_scopes`` checks the
    declaration by running the check on containers holding those members only."""

    def declare(fn: CheckFn) -> CheckFn:
        READS[fn] = frozenset(members)
        return fn

    return declare


def task_check(fn: CheckFn) -> CheckFn:
    """A check that reads task-level members only (``Scope.TASK``)."""
    return _register(fn, Scope.TASK)


def container_check(fn: CheckFn) -> CheckFn:
    """A check whose findings for a container depend on that container and the
    task-level members only (``Scope.CONTAINER``)."""
    return _register(fn, Scope.CONTAINER)


# Filled on first use; registering a check empties it.
_BY_SCOPE: dict[tuple[Scope, ...], tuple[CheckFn, ...]] = {}


def checks_of(*scopes: Scope) -> tuple[CheckFn, ...]:
    """The checks of ``scopes``, in registration order."""
    found = _BY_SCOPE.get(scopes)
    if found is None:
        found = _BY_SCOPE[scopes] = tuple(fn for fn in CHECKS if SCOPES[fn] in scopes)
    return found


define(
    "internal-error",
    Severity.ERROR,
    "The check {check} failed unexpectedly: {error}",
    "This is a bug in the wizard; please report it with the task definition that caused it.",
    OWN_CHECK,
)
