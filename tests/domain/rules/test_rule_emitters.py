"""Each rule id of the rules engine is reported by exactly one check.

Read from the source: a check is a function registered with ``@check`` (or
``@task_check``, ``@container_check``); it
reports the ids written in it (``ctx.finding("id", ...)``, a table of ids, or
an f-string such as ``f"task-size-{key}-required"``) and those of the helpers
it calls, in its module or imported from another rule module. Two checks
reporting one id would report it twice; an id no check reports is dead.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from pathlib import Path

import wizard.domain.rules
from wizard.domain.messages.catalog import CATALOG

RULES_DIR = Path(wizard.domain.rules.__file__).parent
IDS = frozenset(CATALOG)
# Reported by the engine itself when a check raises, not by a check.
ENGINE_IDS = {"internal-error"}
# The registry's decorators, one per scope.
DECORATORS = {"check", "task_check", "container_check"}

Key = tuple[str, str]  # (module, function)


def _ids_in(node: ast.AST) -> set[str]:
    found = {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and n.value in IDS}
    for joined in (n for n in ast.walk(node) if isinstance(n, ast.JoinedStr)):
        parts = [
            re.escape(v.value) if isinstance(v, ast.Constant) else "[a-z0-9-]+"
            for v in joined.values
        ]
        pattern = re.compile("".join(parts))
        found |= {rule for rule in IDS if pattern.fullmatch(rule)}
    return found


def _read_module(path: Path) -> tuple[dict[Key, tuple[set[str], set[Key]]], list[Key]]:
    module = path.stem
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported: dict[str, str] = {}
    constants: dict[str, set[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "wizard.domain.rules."
        ):
            for alias in node.names:
                imported[alias.asname or alias.name] = (node.module or "").rsplit(".", 1)[1]
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = _ids_in(node)
    functions: dict[Key, tuple[set[str], set[Key]]] = {}
    checks: list[Key] = []
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        ids = _ids_in(node).union(*(constants.get(name, set()) for name in names))
        calls = {(imported.get(name, module), name) for name in names}
        functions[(module, node.name)] = (ids, calls)
        if any(getattr(d, "id", None) in DECORATORS for d in node.decorator_list):
            checks.append((module, node.name))
    return functions, checks


def _reported(key: Key, functions: dict[Key, tuple[set[str], set[Key]]]) -> set[str]:
    seen: set[Key] = set()
    todo = [key]
    found: set[str] = set()
    while todo:
        current = todo.pop()
        if current in seen or current not in functions:
            continue
        seen.add(current)
        ids, calls = functions[current]
        found |= ids
        todo.extend(calls)
    return found


def emitters() -> dict[str, list[Key]]:
    functions: dict[Key, tuple[set[str], set[Key]]] = {}
    checks: list[Key] = []
    for path in sorted(RULES_DIR.glob("*.py")):
        more_functions, more_checks = _read_module(path)
        functions.update(more_functions)
        checks.extend(more_checks)
    by_id: dict[str, list[Key]] = {}
    for key in checks:
        for rule in _reported(key, functions):
            by_id.setdefault(rule, []).append(key)
    return by_id


def _rule_ids() -> Iterable[str]:
    return (spec.id for spec in CATALOG.values() if spec.area == "rules")


def test_every_rule_id_has_exactly_one_emitting_check():
    by_id = emitters()
    assert len(by_id) > 150
    missing = sorted(rule for rule in _rule_ids() if rule not in by_id and rule not in ENGINE_IDS)
    assert missing == []
    shared = {rule: checks for rule, checks in by_id.items() if len(checks) != 1}
    assert shared == {}


def test_the_reader_follows_helpers_tables_and_formatted_ids():
    by_id = emitters()
    # f"execution-role-{reason}" in check_execution_role.
    assert by_id["execution-role-awslogs"] == [("execution_role", "check_execution_role")]
    # f"task-size-{key}-required" in a task size check.
    assert [m for m, _ in by_id["task-size-memory-required"]] == ["task_size"]
    # An id used only inside a helper that the check calls is still found.
    tree = ast.parse((RULES_DIR / "images.py").read_text(encoding="utf-8"))
    helper = next(
        n
        for n in tree.body
        if isinstance(n, ast.FunctionDef) and n.name == "_image_format_findings"
    )
    assert "image-too-long" in _ids_in(helper)
    assert by_id["image-too-long"] == [("images", "check_images")]
