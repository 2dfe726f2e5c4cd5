"""The PyInstaller bundle: built with packaging/build.py and run from a temporary
folder (its settings are tested in tests/test_packaging.py). A file of its own so
that it and the wheel test, the two slowest of the suite, run side by side under
pytest -n 2 --dist loadfile."""

from __future__ import annotations

import importlib.util
import os
import sys

import pytest

from tests.test_packaging import EXECUTABLE, REPO, _run, bundle_settings


@pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed"
)
def test_pyinstaller_bundle_passes_its_smoke_test(tmp_path):
    """packaging/build.py: build the one-folder bundle, then --version,
    --smoke-test and lint with the frozen program from a temporary folder."""
    command = [sys.executable, str(REPO / "packaging" / "build.py")]
    command += ["--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work")]
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = _run(command, tmp_path, env, timeout=900)
    print(done.stdout)
    assert "ok   --smoke-test: smoke test: ok" in done.stdout
    assert "ok   lint: 0 errors" in done.stdout
    internal = tmp_path / "dist" / EXECUTABLE / "_internal"
    assert (internal / "wizard" / "resources" / "qss" / "app.qss").is_file()
    # The bundle keeps the AWS models it uses and none of the others.
    models = {p.name for p in (internal / "botocore" / "data").iterdir() if p.is_dir()}
    assert models <= bundle_settings.BOTOCORE_SERVICES
    assert {"ecs", "iam", "logs", "sts"} <= models
