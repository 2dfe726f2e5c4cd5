"""The README's set-up commands are the ones CI and the packaging test use."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _shell_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", text, flags=re.S)


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    test_command = next(b.strip() for b in _shell_blocks(readme) if "pytest" in b)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1].strip() == test_command


def test_readme_install_command_installs_the_package_and_starts_the_app():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = _shell_blocks(readme)[0].strip()
    assert "pip install ." in first and first.endswith("ecs-taskdef-wizard")
