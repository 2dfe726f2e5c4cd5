"""No file the program writes contains text from the user's AWS credentials.

A session runs with a credentials file holding canary values (an access key id,
a 40-character secret, a session token) that botocore really loads and signs
with; HOME, the XDG folders and TMPDIR all point into the test's own folder.
Then everything that writes files runs: the command line (``lint``, ``export``
to JSON / CloudFormation / Terraform, ``register --dry-run``, ``verify``,
``register`` (with and without its preflight) and ``pull -o`` against a local
moto server) and the GUI offscreen (edits, Save As,
autosave, the crash handler's report on an exception that quotes the
credentials file, theme / window / folder settings). Every file under those
folders and QSettings' own folder, and all captured output, is scanned for the
canary strings.
"""

from __future__ import annotations

import json
import os
import secrets
import string
from pathlib import Path

import pytest

from tests.aws_fixtures import (  # noqa: F401  (fixtures used by name)
    BOOK,
    REGION,
    fault_server,
    loopback_only,
    moto_server,
    moto_url,
)
from wizard.cli import main as cli_main


def _random(alphabet: str, length: int) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


@pytest.fixture
def canary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A private HOME / XDG / TMPDIR with a credentials file of canary values
    (and no keys in the environment, so botocore uses the file)."""
    upper = string.ascii_uppercase + string.digits
    values = {
        "access_key_id": "AKIA" + "CNRY" + _random(upper, 12),
        "secret_access_key": "CanarySecret" + _random(string.ascii_letters + string.digits, 28),
        "session_token": "CanaryToken" + _random(string.ascii_letters + string.digits + "/+", 300),
    }
    assert len(values["access_key_id"]) == 20 and len(values["secret_access_key"]) == 40
    home = tmp_path / "home"
    aws = home / ".aws"
    aws.mkdir(parents=True)
    credentials = aws / "credentials"
    credentials.write_text(
        "[default]\n"
        f"aws_access_key_id = {values['access_key_id']}\n"
        f"aws_secret_access_key = {values['secret_access_key']}\n"
        f"aws_session_token = {values['session_token']}\n",
        encoding="utf-8",
    )
    config = aws / "config"
    config.write_text(f"[default]\nregion = {REGION}\n", encoding="utf-8")
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(credentials))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    for var, folder in (
        ("XDG_CONFIG_HOME", "xdg-config"),
        ("XDG_DATA_HOME", "xdg-data"),
        ("XDG_CACHE_HOME", "xdg-cache"),
        ("XDG_STATE_HOME", "xdg-state"),
        ("XDG_RUNTIME_DIR", "xdg-runtime"),
        ("TMPDIR", "tmp"),
    ):
        (tmp_path / folder).mkdir(mode=0o700)
        monkeypatch.setenv(var, str(tmp_path / folder))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    return values


def _needles(values: dict[str, str]) -> dict[str, bytes]:
    """The canary values, and long-enough pieces of them (a truncated leak counts)."""
    found: dict[str, bytes] = {}
    for name, value in values.items():
        found[name] = value.encode()
        found[f"{name} (first 20)"] = value[:20].encode()
        found[f"{name} (last 20)"] = value[-20:].encode()
    return found


def _scan(roots: list[Path], skip: set[Path], values: dict[str, str]) -> tuple[list[str], int]:
    leaks, scanned = [], 0
    needles = _needles(values)
    for root in roots:
        for path in sorted(root.rglob("*")) if root.is_dir() else []:
            if not path.is_file() or path.resolve() in skip:
                continue
            data = path.read_bytes()
            scanned += 1
            leaks += [f"{path}: {n}" for n, needle in needles.items() if needle in data]
    return leaks, scanned


def _scan_text(label: str, text: str, values: dict[str, str]) -> list[str]:
    data = text.encode("utf-8", "surrogatepass")
    return [f"{label}: {n}" for n, needle in _needles(values).items() if needle in data]


def _settings_folder() -> Path:
    from wizard.ui.app import settings

    return Path(settings._settings().fileName()).parent


def test_cli_writes_no_credentials(canary, tmp_path, moto_url, capfd, monkeypatch):  # noqa: F811
    # moto answers as the account of the book's roles (its default is the documentation
    # account, which the rules take for a placeholder), so the preflight looks them up.
    monkeypatch.setenv("MOTO_ACCOUNT_ID", BOOK["executionRoleArn"].split(":")[4])
    work = tmp_path / "work"
    work.mkdir()
    book = work / "book.json"
    book.write_text(json.dumps(BOOK, indent=2), encoding="utf-8")
    broken = work / "broken.json"
    broken.write_text('{"family": "x", "containerDefinitions": [', encoding="utf-8")
    account = ["--endpoint-url", moto_url, "--region", REGION]
    runs = [
        (["lint", str(book)], {0}),
        (["lint", "--format", "json", str(book), str(broken)], {2}),
        (["export", str(book), "--to", "json", "-o", str(work / "out.json")], {0}),
        (["export", str(book), "--to", "cloudformation", "-o", str(work / "cfn.yaml")], {0}),
        (
            [
                "export",
                str(book),
                "--to",
                "cloudformation",
                "--format",
                "json",
                "-o",
                str(work / "cfn.json"),
            ],
            {0},
        ),
        (["export", str(book), "--to", "terraform", "-o", str(work / "main.tf")], {0}),
        (["register", "--dry-run", str(book)], {0}),
        (["verify", str(book), "--format", "json", *account], {1}),
        (["verify", str(book), "--no-public-registries", *account], {1}),
        (["register", str(book), *account], {1}),  # the preflight refuses: no role in moto
        (["register", str(book), "--no-verify", *account], {0}),
        (["pull", "book", "-o", str(work / "pulled.json"), *account], {0}),
        (["pull", "book:1", *account], {0}),
        (["pull", "no-such-family", *account], None),
        (["register", str(broken), *account], None),
    ]
    output = []
    for argv, expected in runs:
        code = cli_main(argv)
        out, err = capfd.readouterr()
        output.append((argv, out, err))
        if expected is not None:
            assert code in expected, f"{argv}: exit {code}\n{out}\n{err}"
    # The canary credentials were what signed the requests (nothing else was there).
    assert json.loads((work / "pulled.json").read_text(encoding="utf-8"))["family"] == "book"
    assert (work / "main.tf").is_file() and (work / "cfn.yaml").is_file()

    leaks: list[str] = []
    for argv, out, err in output:
        leaks += _scan_text(f"stdout of {argv[0]}", out, canary)
        leaks += _scan_text(f"stderr of {argv[0]}", err, canary)
    skip = {Path(os.environ["AWS_SHARED_CREDENTIALS_FILE"]).resolve()}
    found, scanned = _scan([tmp_path, _settings_folder()], skip, canary)
    leaks += found
    assert scanned >= 7, "the commands wrote fewer files than expected"
    assert not leaks, "credential canary found:\n" + "\n".join(leaks)


@pytest.mark.qt_no_exception_capture  # let the exception reach the crash handler's hook
def test_gui_session_writes_no_credentials(canary, tmp_path, qtbot, qapp, monkeypatch, capfd):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from wizard.ui.app import settings
    from wizard.ui.app.application import make_application
    from wizard.ui.app.crash import CrashHandler
    from wizard.ui.app.main_window import MainWindow
    from wizard.ui.app.theme import Theme

    make_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.finish_startup()
    controller = window.controller

    # Edits, including values that look like secrets (but are not the canary).
    controller.set("/family", "canary-session")
    controller.set("/containerDefinitions/0/image", "nginx:1.27")
    controller.set(
        "/containerDefinitions/0/environment",
        [{"name": "DB_PASSWORD", "value": "not-the-canary-pw"}],
    )
    # Save As into the test folder.
    saved = tmp_path / "saved" / "canary.json"
    saved.parent.mkdir()
    monkeypatch.setattr(window.files, "ask_save_path", lambda *a: str(saved))
    assert window.files.save_as()
    controller.set("/family", "canary-session-2")  # unsaved work for the autosave
    assert window.autosave.write_now()
    assert window.autosave.draft_path is not None
    assert window.autosave.draft_path.is_relative_to(tmp_path)

    # The crash handler, on an exception whose message quotes the credentials file.
    shown = []
    handler = CrashHandler(lambda: controller.document)
    handler.show_report = shown.append
    handler.install()
    try:

        def leaky_slot() -> None:
            text = Path(os.environ["AWS_SHARED_CREDENTIALS_FILE"]).read_text(encoding="utf-8")
            raise RuntimeError(f"could not use the profile: {text}")

        button = QPushButton("Break")
        qtbot.addWidget(button)
        button.clicked.connect(leaky_slot)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        handler.uninstall()
    assert len(shown) == 1 and shown[0].log_file is not None
    assert shown[0].log_file.is_relative_to(tmp_path)

    # Settings writes.
    window.set_theme(Theme.DARK)
    window.set_theme(Theme.SYSTEM)
    settings.set_last_directory(str(saved.parent))
    settings.set_window_state(window.saveGeometry(), window.saveState())
    from wizard.ui.app.settings import _settings

    _settings().sync()

    out, err = capfd.readouterr()
    leaks = _scan_text("stdout", out, canary) + _scan_text("stderr", err, canary)
    leaks += _scan_text("crash report shown", shown[0].report, canary)
    skip = {Path(os.environ["AWS_SHARED_CREDENTIALS_FILE"]).resolve()}
    found, scanned = _scan([tmp_path, _settings_folder()], skip, canary)
    leaks += found
    written = {p.name for p in tmp_path.rglob("*") if p.is_file()}
    assert "canary.json" in written and any(n.startswith("crash-") for n in written)
    assert window.autosave.draft_path.name in written
    assert scanned >= 4, "the session wrote fewer files than expected"
    assert "[redacted]" in shown[0].report
    assert not leaks, "credential canary found:\n" + "\n".join(leaks)


def test_the_scan_finds_a_planted_canary(canary, tmp_path):
    """The scan itself works: a file with part of the token, one with the key id."""
    (tmp_path / "xdg-data" / "leak.log").write_text(
        "token=" + canary["session_token"][:25], encoding="utf-8"
    )
    (tmp_path / "tmp" / "leak.bin").write_bytes(b"\x00" + canary["access_key_id"].encode())
    found, _ = _scan([tmp_path], set(), canary)
    assert any("leak.log" in f and "session_token" in f for f in found)
    assert any("leak.bin" in f and "access_key_id" in f for f in found)
    skip = {Path(os.environ["AWS_SHARED_CREDENTIALS_FILE"]).resolve()}
    assert not any("credentials" in f for f in _scan([tmp_path], skip, canary)[0])


def test_cli_failure_paths_write_no_credentials(canary, tmp_path, fault_server, capfd, monkeypatch):  # noqa: F811
    """The bounded-call paths (issue 19): an answer that never ends, one that comes a
    byte at a time, a 500 to a registration (sent once), an endpoint URL with a
    password, and a file with a lone surrogate. Signed with the canary credentials."""
    from tests.aws_fixtures import Drip, Endless
    from wizard.services import session

    monkeypatch.setenv(session.ENV_READ_TIMEOUT, "0.3")
    monkeypatch.setenv(session.ENV_CALL_DEADLINE, "1")
    endless = fault_server(lambda target: Endless(), threaded=True)
    drip = fault_server(lambda target: Drip(0.05), threaded=True)
    failing = fault_server(
        lambda target: (
            (500, {"__type": "ServerException", "message": "internal"})
            if target.endswith("RegisterTaskDefinition")
            else (
                400,
                {"__type": "ClientException", "message": "Unable to describe task definition."},
            )
        )
    )
    work = tmp_path / "work"
    work.mkdir()
    book = work / "book.json"
    book.write_text(json.dumps(BOOK, indent=2), encoding="utf-8")
    odd = work / "odd.json"
    odd.write_text('{"family": "x\\ud800", "containerDefinitions": []}', encoding="utf-8")
    with_password = endless.url.replace("http://", "http://deploy:hunter22@")
    runs = [
        ["register", "--no-verify", str(book), "--endpoint-url", endless.url],
        ["pull", "book", "-o", str(work / "never.json"), "--endpoint-url", drip.url],
        ["register", "--no-verify", str(book), "--endpoint-url", failing.url],
        ["pull", "book", "--endpoint-url", with_password],
        ["lint", str(odd)],
        ["export", str(odd), "--to", "terraform", "-o", str(work / "odd.tf")],
    ]
    leaks: list[str] = []
    for argv in runs:
        code = cli_main([*argv, "--region", REGION] if argv[0] in ("register", "pull") else argv)
        out, err = capfd.readouterr()
        assert code in (0, 1, 3), f"{argv}: exit {code}\n{out}\n{err}"
        assert "Traceback" not in err and "hunter22" not in out + err
        leaks += _scan_text(f"stdout of {argv[0]}", out, canary)
        leaks += _scan_text(f"stderr of {argv[0]}", err, canary)
    assert failing.requests.count("AmazonEC2ContainerServiceV20141113.RegisterTaskDefinition") == 1
    skip = {Path(os.environ["AWS_SHARED_CREDENTIALS_FILE"]).resolve()}
    found, _ = _scan([tmp_path], skip, canary)
    assert not leaks + found, "credential canary found:\n" + "\n".join(leaks + found)
