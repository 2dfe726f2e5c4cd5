"""The crash handler: an exception in a slot autosaves the draft, writes a
report to the log folder and shows it, and the report carries no credentials."""

from __future__ import annotations

import json
import os
import secrets
import string
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from wizard import APP_ID, __version__
from wizard.ui.app import crash
from wizard.ui.app.crash import CrashHandler, CrashRecord, scrub
from wizard.ui.app.crash_dialog import CrashDialog


def _random(alphabet: str, length: int) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


@pytest.fixture
def fake_credentials(tmp_path, monkeypatch) -> dict[str, str]:
    """Made-up AWS credentials in the environment and in a credentials file,
    plus one plain environment value, none of which a report may contain."""
    upper = string.ascii_uppercase + string.digits
    creds = {
        "key_id": "AKIA" + _random(upper, 16),
        "temp_key_id": "ASIA" + _random(upper, 16),
        "secret": _random(string.ascii_letters + string.digits + "/+", 39) + "7",
        "token": _random(string.ascii_letters + string.digits + "/+", 320),
        "password": "correct-horse-" + _random(string.ascii_lowercase, 12),
        "plain_env": "plain-environment-value-" + _random(string.ascii_lowercase, 10),
    }
    aws = tmp_path / "aws"
    aws.mkdir()
    (aws / "credentials").write_text(
        "[default]\n"
        f"aws_access_key_id = {creds['key_id']}\n"
        f"aws_secret_access_key = {creds['secret']}\n"
        f"aws_session_token = {creds['token']}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(aws / "credentials"))
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", creds["temp_key_id"])
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", creds["secret"])
    monkeypatch.setenv("AWS_SESSION_TOKEN", creds["token"])
    monkeypatch.setenv("DEPLOY_DB_PASSWORD", creds["password"])
    monkeypatch.setenv("ECS_WIZARD_TEST_MARKER", creds["plain_env"])
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return creds


@pytest.fixture
def handler(controller):
    shown: list[CrashRecord] = []
    crash_handler = CrashHandler(lambda: controller.document)
    # The one wrapper tests replace: no modal dialog in a test run.
    crash_handler.show_report = shown.append
    crash_handler.shown = shown
    crash_handler.install()
    yield crash_handler
    crash_handler.uninstall()


def _assert_clean(text: str, creds: dict[str, str]) -> None:
    for name, value in creds.items():
        assert value not in text, f"the report contains the fake {name}"


@pytest.mark.qt_no_exception_capture  # let the exception reach our sys.excepthook
def test_exception_in_a_slot_is_reported(qtbot, controller, handler, fake_credentials, tmp_path):
    creds = fake_credentials
    controller.set("/family", "unsaved-work")

    def leaky_slot() -> None:
        text = (tmp_path / "aws" / "credentials").read_text(encoding="utf-8")
        raise ValueError(f"could not use profile: {text} password={creds['password']}")

    button = QPushButton("Break")
    qtbot.addWidget(button)
    button.clicked.connect(leaky_slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert len(handler.shown) == 1
    record = handler.shown[0]
    # The report: on disk in the log folder, and what the dialog shows.
    assert record.log_file is not None and record.log_file.parent == crash.log_folder()
    assert record.log_file.is_relative_to(tmp_path)
    logged = record.log_file.read_text(encoding="utf-8")
    assert logged == record.report + "\n"
    assert f"{__version__}: unexpected error" in logged
    for part in ("Python ", "Qt ", "PySide6 ", "pydantic ", "boto3 ", "OS: "):
        assert part in logged
    assert "ValueError: could not use profile" in logged and "leaky_slot" in logged
    assert "aws_secret_access_key = [redacted]" in logged  # the message was there, masked
    _assert_clean(logged, creds)
    # The draft: autosaved as it was when the error happened.
    assert record.autosave == crash.autosave_path() and record.autosave.is_relative_to(tmp_path)
    assert json.loads(record.autosave.read_text(encoding="utf-8")) == controller.document
    assert json.loads(record.autosave.read_text(encoding="utf-8"))["family"] == "unsaved-work"


@pytest.mark.qt_no_exception_capture
def test_exceptions_in_threads_are_reported_on_the_gui_thread(qtbot, handler, fake_credentials):
    def worker() -> None:
        raise RuntimeError(f"token {fake_credentials['token']} rejected")

    thread = threading.Thread(target=worker, name="plain-worker")
    thread.start()
    thread.join()

    class Job(QRunnable):
        def run(self) -> None:
            raise KeyError(fake_credentials["key_id"])

    QThreadPool.globalInstance().start(Job())
    qtbot.waitUntil(lambda: len(handler.shown) == 2, timeout=5000)
    reports = sorted(record.report for record in handler.shown)
    assert any("Thread: plain-worker" in r and "RuntimeError" in r for r in reports)
    assert any("KeyError" in r for r in reports)
    for report in reports:
        _assert_clean(report, fake_credentials)
    assert all(record.autosave and record.log_file for record in handler.shown)


def test_uninstall_restores_the_previous_hooks(controller):
    before = (sys.excepthook, threading.excepthook)
    crash_handler = CrashHandler(lambda: controller.document)
    crash_handler.install()
    assert sys.excepthook == crash_handler._sys_hook
    crash_handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_a_failing_autosave_does_not_stop_the_report(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    shown: list[CrashRecord] = []

    def broken_document():
        raise RuntimeError("the draft is unreadable")

    crash_handler = CrashHandler(broken_document)
    crash_handler.show_report = shown.append
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        record = crash_handler.handle(sys.exc_info())
    assert record is shown[0] and record.autosave is None and record.log_file.is_file()
    assert record.problems == ("draft not saved: the draft is unreadable",)


def test_the_dialog_shows_and_copies_the_report(qtbot, tmp_path):
    record = CrashRecord("report text\nTraceback ...", tmp_path / "crash.log", tmp_path / "a.json")
    dialog = CrashDialog(record)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == record.report and dialog.text.isReadOnly()
    buttons = {b.text(): b for b in dialog.findChildren(QPushButton)}
    assert {"Copy report", "Open log folder", "Quit", "Continue"} <= set(buttons)
    buttons["Copy report"].click()
    assert QGuiApplication.clipboard().text() == record.report
    QTimer.singleShot(0, buttons["Quit"].click)
    assert dialog.launch() is True


def test_show_report_goes_through_the_dialog_launch(qtbot, monkeypatch, tmp_path):
    launched: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "launch", lambda self: launched.append(self) or False)
    CrashHandler().show_report(CrashRecord("r", tmp_path / "x.log"))
    assert launched and launched[0].record.report == "r"


RUN_APP_WITH_A_BROKEN_SLOT = """
import sys
from PySide6.QtCore import QTimer
from wizard.ui.app.application import make_application, run_app
from wizard.ui.app.crash import CrashHandler

make_application()
before = sys.excepthook

def during_run():
    print("hook:", type(getattr(sys.excepthook, "__self__", None)).__name__)
    raise RuntimeError("broken while starting")

QTimer.singleShot(0, during_run)
code = run_app(smoke_test=True)
print("restored:", sys.excepthook is before)
sys.exit(code)
"""


def test_run_app_installs_the_handler_and_a_smoke_crash_fails(tmp_path):
    """In a fresh process: the smoke test leaves a quit timer running, which
    would end the event loops of the tests after this one."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    done = subprocess.run(
        [sys.executable, "-c", RUN_APP_WITH_A_BROKEN_SLOT],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout + done.stderr  # a caught error fails the smoke test
    assert "hook: CrashHandler" in done.stdout
    assert "restored: True" in done.stdout
    assert "RuntimeError: broken while starting" in done.stderr
    logs = list((tmp_path / "data").rglob("logs/crash-*.log"))
    assert len(logs) == 1 and list((tmp_path / "data").rglob("crash-autosave.json"))


def test_a_window_that_cannot_be_built_is_reported(qtbot, monkeypatch, tmp_path):
    import wizard.ui.app.main_window
    from wizard.ui.app.application import run_app

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    shown: list[CrashRecord] = []
    monkeypatch.setattr(CrashHandler, "show_report", lambda self, record: shown.append(record))

    def broken_window(*args, **kwargs):
        raise OSError("a resource is missing")

    monkeypatch.setattr(wizard.ui.app.main_window, "MainWindow", broken_window)
    before = sys.excepthook
    assert run_app() == 1
    assert sys.excepthook is before
    assert "OSError: a resource is missing" in shown[0].report
    assert shown[0].log_file.is_file() and shown[0].autosave is None  # no draft yet


def test_application_icon_has_every_size():
    from wizard.ui.app.application import application_icon

    sizes = {size.width() for size in application_icon().availableSizes()}
    assert sizes == {16, 22, 24, 32, 48, 64, 128, 256, 512}
    assert APP_ID  # the icon files are named by it (see tests/test_desktop_files.py)


@pytest.mark.parametrize(
    "leak",
    [
        "aws_secret_access_key = {secret}",
        'AWS_SECRET_ACCESS_KEY="{secret}"',
        "{{'SecretAccessKey': '{secret}', 'SessionToken': '{token}'}}",
        "X-Amz-Security-Token: {token}",
        "Credential={key_id}/20260101/us-east-1/ecs/aws4_request, Signature={sig}",
        "bare {secret} in a message",
        "ids {key_id} and {temp_key_id}",
    ],
)
def test_scrub_masks_credentials(leak):
    upper = string.ascii_uppercase + string.digits
    values = {
        "key_id": "AKIA" + _random(upper, 16),
        "temp_key_id": "ASIA" + _random(upper, 16),
        "secret": "aB3" + _random(string.ascii_letters + string.digits + "/+", 37),
        "token": _random(string.ascii_letters + string.digits + "/+", 200),
        "sig": _random("0123456789abcdef", 64),
    }
    text = scrub(leak.format(**values))
    assert "[redacted]" in text
    for value in values.values():
        assert value not in text


def test_scrub_keeps_ordinary_report_text():
    text = (
        'File "/srv/app/wizard/ui/pages/launch.py", line 42, in _changed\n'
        "    token = self._next_token()\n"
        "commit 3f2a9c1b7d4e5f60718293a4b5c6d7e8f9012345\n"
        "ValueError: memory must be at least 512 MiB"
    )
    assert scrub(text) == text


NATIVE_CRASH = r"""
import ctypes, sys
from pathlib import Path
from wizard.ui.app.crash import NativeCrashLog
log = NativeCrashLog(Path(sys.argv[1]))
assert log.enable()
ctypes.string_at(0)  # a segmentation fault inside C code
"""


def test_a_native_crash_leaves_a_report_the_next_start_keeps(tmp_path):
    from wizard.ui.app.crash import NativeCrashLog

    folder = tmp_path / "logs"
    done = subprocess.run(
        [sys.executable, "-c", NATIVE_CRASH, str(folder)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0  # killed by the signal
    log = NativeCrashLog(folder)
    text = log.path.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text and "string_at" in text
    kept = log.collect_previous()
    assert kept is not None and kept.name.startswith("crash-") and kept.name.endswith("-native.log")
    assert kept.read_text(encoding="utf-8") == text and not log.path.exists()
    assert log.collect_previous() is None  # reported once


def test_a_clean_exit_leaves_no_native_report(tmp_path):
    import faulthandler

    from wizard.ui.app.crash import NativeCrashLog

    was_enabled = faulthandler.is_enabled()  # pytest's own, on stderr
    faulthandler.disable()
    try:
        log = NativeCrashLog(tmp_path / "logs")
        assert log.enable()
        assert not NativeCrashLog(tmp_path / "other").enable()  # one destination at a time
        log.disable()
        assert not log.path.exists() and log.collect_previous() is None
    finally:
        if was_enabled:
            faulthandler.enable()


# Each built at run time so that no token-shaped literal sits in the repository.
_GITHUB = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"
_SLACK = "xoxb-" + "123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"
_STRIPE = "sk_live_" + "51HxYzAbCdEfGhIjKlMnOpQr"
_PEM_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\nq1w2e3r4t5y6u7i8o9p0"


@pytest.mark.parametrize(
    ("leak", "secret"),
    [
        ("could not connect to postgres://app:s3cr3t-pw@db:5432/app", "s3cr3t-pw"),
        ("proxy https://deploy:hunter22@proxy.example.com:3128 refused", "hunter22"),
        (f"headers={{'Authorization': 'token {_GITHUB}'}}", _GITHUB),
        (f"slack_url = post({_SLACK!r})", _SLACK),
        (f"stripe.error: bad request with {_STRIPE}", _STRIPE),
        (
            "key = '''-----BEGIN RSA PRIVATE KEY-----\n"
            + _PEM_BODY
            + "\n-----END RSA PRIVATE KEY-----'''",
            "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7",
        ),
        ("-----BEGIN PRIVATE KEY-----\n" + _PEM_BODY, "q1w2e3r4t5y6u7i8o9p0"),
    ],
)
def test_scrub_masks_url_passwords_service_tokens_and_private_keys(leak, secret):
    text = scrub(leak)
    assert secret not in text
    assert "[redacted]" in text


def test_scrub_keeps_urls_without_passwords_and_words_like_tokens():
    text = (
        "GET https://ecs.eu-west-1.amazonaws.com/ failed\n"
        "see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definitions.html\n"
        "user@example.com wrote: the sk_ prefix and ghp_ alone are not tokens\n"
        "-----BEGIN CERTIFICATE----- is not a key"
    )
    assert scrub(text) == text
