"""The shipped forms of the program: the wheel in a fresh virtual environment,
run from outside the source tree, and the PyInstaller bundle's settings (the
bundle itself is built and run in tests/test_bundle.py, a file of its own so
that the two slowest tests of the suite run side by side under pytest -n 2)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from wizard import APP_ID, APP_NAME, __version__

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging"))
sys.path.insert(0, str(REPO / "packaging" / "pyinstaller"))

import bundle_settings  # noqa: E402
from appinfo import EXECUTABLE, read_app_info  # noqa: E402


def _load_build_script():
    # Loaded by path: "build" is also the name of PyPA's build package.
    spec = importlib.util.spec_from_file_location("packaging_build", REPO / "packaging/build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLE = _load_build_script().SAMPLE


def _clean_env(tmp: Path, bin_dir: Path | None = None) -> dict[str, str]:
    """An environment where nothing points back at the source tree or the
    developer's own settings. HOME stays, so pip keeps its download cache."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PYTEST", "QT_"))
    }
    if bin_dir is not None:
        env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env.update(
        XDG_CONFIG_HOME=str(tmp / "home" / "config"),
        XDG_DATA_HOME=str(tmp / "home" / "data"),
        XDG_STATE_HOME=str(tmp / "home" / "state"),
        QT_QPA_PLATFORM="offscreen",
        LANG="en_US.UTF-8",
    )
    return env


def _run(command: list[str], cwd: Path, env: dict[str, str], timeout: float = 300):
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"{command} -> {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(out)]
    _run(command, out, dict(os.environ))
    (built,) = out.glob("ecs_taskdef_wizard-*.whl")
    return built


def test_wheel_carries_every_resource(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = [p.relative_to(REPO) for p in (REPO / "resources").rglob("*") if p.is_file()]
    assert sources
    assert [str(p) for p in sources if f"wizard/{p.as_posix()}" not in names] == []
    assert f"wizard/resources/icons/hicolor/48x48/apps/{APP_ID}.png" in names
    assert not [n for n in names if "__pycache__" in n or n.startswith("tests/")]


def test_wheel_installs_and_runs_in_a_fresh_venv(wheel, tmp_path):
    """``pip install`` of the wheel alone (dependencies by name from the index,
    no system site-packages), then the program from a folder outside the tree."""
    started = time.monotonic()
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], tmp_path, _clean_env(tmp_path))
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    env = _clean_env(tmp_path, bin_dir)
    python = str(bin_dir / "python")
    _run([python, "-m", "pip", "install", "-q", str(wheel)], tmp_path, env, timeout=600)
    installed = time.monotonic()
    work = tmp_path / "elsewhere"
    work.mkdir()
    sample = work / "sample.json"
    sample.write_text(json.dumps(SAMPLE), encoding="utf-8")
    program = str(bin_dir / EXECUTABLE)

    version = _run([program, "--version"], work, env).stdout
    assert version.splitlines()[0] == f"ecs-taskdef-wizard {__version__}"
    for part in ("Python", "Qt", "PySide6", "pydantic", "boto3"):
        assert f"\n{part} " in version and "not installed" not in version
    smoke = _run([program, "--smoke-test"], work, env, timeout=120).stdout
    assert "smoke test: ok" in smoke
    lint = _run([program, "lint", str(sample)], work, env).stdout
    assert "0 errors" in lint

    # Every resource resolves inside the installed package, not the checkout.
    parts = [str(p.relative_to(REPO / "resources")) for p in (REPO / "resources").rglob("*.*")]
    script = (
        "import sys, wizard\n"
        "from wizard.resource_files import resource_path\n"
        "for rel in sys.argv[1:]:\n"
        "    print(resource_path(*rel.split('/')))\n"
        "print(wizard.__file__)\n"
    )
    found = _run([python, "-c", script, *parts], work, env).stdout.splitlines()
    assert all(line.startswith(str(venv)) for line in found), found
    print(f"venv + install {installed - started:.1f} s, runs {time.monotonic() - installed:.1f} s")


def test_spec_reads_the_single_source_of_id_and_version():
    info = read_app_info()
    assert (info.app_id, info.name, info.version) == (APP_ID, APP_NAME, __version__)
    spec = (REPO / "packaging" / "pyinstaller" / f"{EXECUTABLE}.spec").read_text()
    assert __version__ not in spec and APP_ID not in spec  # nothing copied by hand


def test_bundle_keeps_the_aws_models_the_program_uses():
    from wizard.services.session import ALL_SERVICES

    assert set(ALL_SERVICES) <= bundle_settings.BOTOCORE_SERVICES
    assert bundle_settings.keep_data("botocore/data/ecs/2014-11-13/service-2.json.gz")
    assert not bundle_settings.keep_data("botocore/data/s3/2006-03-01/service-2.json.gz")
    assert bundle_settings.keep_data("botocore/data/endpoints.json")
    assert bundle_settings.keep_data("wizard/resources/qss/app.qss")
    # Qt's standard buttons and dialogs in the shipped language, not all 7 MB.
    assert bundle_settings.keep_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not bundle_settings.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle_settings.keep_data("PySide6/Qt/translations/designer_zh_CN.qm")


def test_macos_info_plist_keys():
    plist = bundle_settings.info_plist(read_app_info())
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["NSHighResolutionCapable"] is True
    assert plist["NSRequiresAquaSystemAppearance"] is False
    assert plist["CFBundleDocumentTypes"][0]["LSItemContentTypes"] == ["public.json"]
    assert bundle_settings.ENTITLEMENTS.is_file()


def test_windows_version_resource_text():
    text = bundle_settings.windows_version_text(read_app_info())

    def record(*args, **kwargs):
        return (args, kwargs)

    names = "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo"
    namespace = {name: record for name in [*names.split(), "VarStruct"]}
    # PyInstaller evaluates this text with its own classes of these names.
    _, top = eval(text, namespace)
    assert top["ffi"][1]["filevers"][:3] == tuple(int(p) for p in __version__.split(".")[:3])
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert f"StringStruct('OriginalFilename', '{EXECUTABLE}.exe')" in text
