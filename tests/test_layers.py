"""The three layers stay apart: domain imports neither Qt nor boto3; services no Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "wizard"
FORBIDDEN = {
    "domain": ("PySide6", "boto3", "botocore", "shiboken6"),
    "services": ("PySide6", "shiboken6"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


CASES = [(layer, path) for layer in FORBIDDEN for path in sorted((ROOT / layer).rglob("*.py"))]


@pytest.mark.parametrize(("layer", "path"), CASES, ids=[str(p.relative_to(ROOT)) for _, p in CASES])
def test_layer_imports(layer, path):
    bad = _imports(path) & set(FORBIDDEN[layer])
    assert not bad, f"{path.relative_to(ROOT)} ({layer} layer) imports {sorted(bad)}"


def test_there_are_modules_to_check():
    assert any(layer == "domain" for layer, _ in CASES)
