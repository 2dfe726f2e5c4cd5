"""The suite's own settings in pyproject.toml do what README says: a Python warning
fails a test, a Qt warning logged while a test runs fails it, and the offscreen
platform's noise does not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SAMPLE = """
import warnings

from PySide6.QtCore import qWarning


def test_python_warning():
    warnings.warn("something is deprecated", DeprecationWarning)


def test_qt_warning(qapp):
    qWarning("QLayout: Attempting to add QLayout to a widget which already has a layout")


def test_offscreen_noise(qapp):
    qWarning("This plugin does not support propagateSizeHints()")


def test_quiet(qapp):
    assert qapp is not None
"""


def test_warnings_fail_tests_and_platform_noise_does_not(tmp_path):
    (tmp_path / "test_sample.py").write_text(SAMPLE, encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-q", "-rfE", "-p", "no:cacheprovider"]
    command += ["-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path), str(tmp_path)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTEST_XDIST_WORKER", None)
    done = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    out = done.stdout
    assert done.returncode == 1, out + done.stderr
    failed = sorted(
        line.split("::")[1].split()[0] for line in out.splitlines() if line.startswith("FAILED")
    )
    assert failed == ["test_python_warning", "test_qt_warning"], out
    assert "2 failed, 2 passed" in out, out
