"""What the program keeps for itself is the user's alone: its folders 0700 and
every file it writes there 0600 whatever the umask, and what older versions
left readable is tightened at start. Drafts saved under the user's own name
keep the umask (tests/ui/test_drafts.py)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.domain.pricing import data as price_data
from wizard.ui.app import crash, settings
from wizard.ui.app.crash import CrashHandler
from wizard.ui.app.theme import Theme
from wizard.ui.private_folders import app_folders, autosave_dir, tighten_app_folders
from wizard.ui.widgets.price_refresh import keep_refresh

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_zero():
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_the_autosave_and_its_notes_are_private_with_umask_0(main_window, umask_zero):
    main_window.controller.set("/family", "secret-work")
    assert main_window.autosave.write_now()
    folder = main_window.autosave.draft_path.parent
    assert folder == autosave_dir()
    assert mode(folder) == 0o700
    for name in ("autosave.json", "autosave.meta.json", "autosave.lock"):
        assert mode(folder / name) == 0o600, name


def test_crash_reports_and_the_crash_autosave_are_private_with_umask_0(
    qapp, tmp_path, monkeypatch, umask_zero
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    handler = CrashHandler(lambda: {"family": "unsaved"})
    handler.show_report = lambda record: None  # no modal dialog in a test
    try:
        raise ValueError("boom")
    except ValueError:
        record = handler.handle(sys.exc_info())
    assert record.log_file is not None and record.autosave is not None
    assert record.log_file.parent == crash.log_folder()
    assert (mode(record.log_file), mode(record.log_file.parent)) == (0o600, 0o700)
    assert (mode(record.autosave), mode(record.autosave.parent)) == (0o600, 0o700)


NATIVE = """
import os, sys
from pathlib import Path
os.umask(0)
from wizard.ui.app.crash import NativeCrashLog
log = NativeCrashLog(Path(sys.argv[1]))
assert log.enable()
print(oct(os.stat(log.path).st_mode & 0o777), oct(os.stat(log.folder).st_mode & 0o777))
"""


def test_the_native_crash_log_is_private_with_umask_0(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"}
    done = subprocess.run(
        [sys.executable, "-c", NATIVE, str(tmp_path / "logs")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0o600", "0o700"]


def test_the_kept_price_refresh_is_private_with_umask_0(tmp_path, umask_zero):
    path = tmp_path / "app" / "fargate-prices-refreshed.json"
    keep_refresh(path, price_data.load_price_book())
    assert json.loads(path.read_text(encoding="utf-8"))
    assert (mode(path), mode(path.parent)) == (0o600, 0o700)


@pytest.fixture
def app_names(qapp):
    """The names the program gives itself (make_application), which its folders carry."""
    from PySide6.QtCore import QCoreApplication

    from wizard import APP_NAME

    before = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("ecs-taskdef-wizard")
    yield
    QCoreApplication.setApplicationName(before[0])
    QCoreApplication.setOrganizationName(before[1])


def test_a_start_tightens_what_older_versions_left_readable(app_names, umask_zero):
    folders = app_folders()
    assert autosave_dir() in folders and crash.log_folder().parent in folders
    old_files = [
        autosave_dir() / "autosave.json",
        autosave_dir() / "autosave.meta.json",
        crash.autosave_path(),
        crash.log_folder() / "crash-20240101-000000-000000.log",
    ]
    for path in old_files:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.parent.chmod(0o755)
        path.write_text("{}", encoding="utf-8")
        path.chmod(0o644)
    ini = settings.settings_file()
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.parent.chmod(0o755)

    tighten_app_folders()

    for path in old_files:
        assert (mode(path), mode(path.parent)) == (0o600, 0o700), path
    assert (mode(ini), mode(ini.parent)) == (0o600, 0o700)
    # Qt rewrites the preferences keeping the mode it found, whatever the umask.
    settings.set_theme(Theme.DARK)
    assert settings.theme() is Theme.DARK
    assert "dark" in ini.read_text(encoding="utf-8")
    assert mode(ini) == 0o600


def test_only_the_programs_own_folders_are_touched(qapp, tmp_path, monkeypatch):
    """Without an application name Qt answers with shared folders: never tightened."""
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "shared"))
    name = QCoreApplication.applicationName()
    organisation = QCoreApplication.organizationName()
    QCoreApplication.setApplicationName("")
    QCoreApplication.setOrganizationName("")
    try:
        folders = app_folders()
    finally:
        QCoreApplication.setApplicationName(name)
        QCoreApplication.setOrganizationName(organisation)
    assert folders and all("ecs-taskdef-wizard" in f.parts for f in folders)
    assert tmp_path / "shared" not in folders


def test_a_killed_writes_temporary_file_is_cleaned_from_the_autosave_folder(tmp_path):
    """Where unnamed temporary files are not available, a kill can leave the writer's
    short temporary name behind: old ones go, a live writer's fresh one stays."""
    import time

    from wizard.safe_files import TEMP_PREFIX, TEMP_SUFFIX
    from wizard.ui.draft.autosave import STALE_TEMP_SECONDS, remove_stale_temporaries

    stale = tmp_path / f"{TEMP_PREFIX}0a1b2c3d{TEMP_SUFFIX}"
    fresh = tmp_path / f"{TEMP_PREFIX}9f8e7d6c{TEMP_SUFFIX}"
    other = tmp_path / ".hidden-note"
    for path in (stale, fresh, other):
        path.write_text("{", encoding="utf-8")
    old = time.time() - STALE_TEMP_SECONDS - 5
    for path in (stale, other):
        os.utime(path, (old, old))
    assert remove_stale_temporaries(tmp_path) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, other.name])
