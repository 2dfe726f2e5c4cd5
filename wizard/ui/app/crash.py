"""Crash reports: an unexpected exception never ends the program silently.

``run_app`` installs a :class:`CrashHandler` as ``sys.excepthook`` and
``threading.excepthook``. PySide6 hands exceptions raised in slots and in
thread-pool jobs to ``sys.excepthook`` in the thread they happened in. The
handler then, on the GUI thread:

1. writes the draft to ``crash-autosave.json`` in the user's data folder
   (atomically, so an autosave never replaces a good file with half of one);
2. writes a report (program and library versions, OS, traceback) to
   ``logs/crash-<time>.log`` in the user's local data folder;
3. shows the report in a dialog the user can copy it from
   (:meth:`CrashHandler.show_report`, the one method tests replace).

The report holds no environment values and no credentials: it is built from
versions and the traceback only, and :func:`scrub` masks anything that looks
like an AWS access key id, secret key, session token or password on the way
out, in case an exception message carried one.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
import threading
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, QSysInfo, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from wizard import APP_NAME, __version__
from wizard.domain.text.redact import redact_credentials
from wizard.safe_files import open_private_log, private_folder, write_text

if TYPE_CHECKING:
    from datetime import datetime

AUTOSAVE_NAME = "crash-autosave.json"
KEEP_LOGS = 20  # older crash logs are deleted so the folder cannot grow forever
REDACTED = "[redacted]"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

# AWS key ids: a four-letter kind (AKIA long-term, ASIA temporary, AROA role...)
# and 16 more capitals or digits.
_KEY_ID = re.compile(
    r"(?<![A-Z0-9])(?:AKIA|ASIA|AIDA|AROA|AIPA|ANPA|ANVA|AGPA|APKA|ABIA|ACCA|A3T[A-Z0-9])"
    r"[A-Z0-9]{16}(?![A-Z0-9])"
)
# A value after a name that says it is secret: aws_secret_access_key = ...,
# "SessionToken": "...", X-Amz-Security-Token: ..., Signature=..., password=...
_NAMED_SECRET = re.compile(
    r"(?i)((?:secret|token|passw(?:or)?d|credential|signature|private[_-]?key|api[_-]?key)"
    r"[\w-]*[\"']?\s*[:=]\s*[\"']?)([A-Za-z0-9/+=_-]{8,})"
)
# A bare 40-character secret access key: base64 letters with both cases and a
# digit (which leaves git hashes and ordinary words alone).
_BARE_SECRET = re.compile(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")
# Session tokens and other long base64 blobs.
_LONG_BLOB = re.compile(r"[A-Za-z0-9/+=]{100,}")
_SENSITIVE_NAME = re.compile(r"(?i)secret|token|passw|credential|key|session|auth")


def scrub(text: str) -> str:
    """``text`` with anything credential-like replaced by ``[redacted]``."""
    # Values of secret-looking environment variables are only looked up to be
    # removed, in case an exception message quoted one; they are never written.
    for name, value in os.environ.items():
        if len(value) >= 6 and _SENSITIVE_NAME.search(name):
            text = text.replace(value, REDACTED)
    # Before the blob rule: a PEM key's base64 lines would otherwise be cut up
    # one by one and its BEGIN/END lines left behind.
    text = redact_credentials(text)
    text = _LONG_BLOB.sub(REDACTED, text)
    text = _KEY_ID.sub(REDACTED, text)
    text = _NAMED_SECRET.sub(lambda m: m.group(1) + REDACTED, text)
    return _BARE_SECRET.sub(lambda m: REDACTED if _mixed(m.group()) else m.group(), text)


def _mixed(word: str) -> bool:
    return (
        any(c.isupper() for c in word)
        and any(c.islower() for c in word)
        and any(c.isdigit() for c in word)
    )


def build_report(exc: ExcInfo, thread_name: str | None = None) -> str:
    """The text a user can paste into a bug report (already scrubbed)."""
    from wizard.commands.version import version_text

    gui = QGuiApplication.instance()
    lines = [
        f"{APP_NAME} {__version__}: unexpected error",
        f"Time: {_now().isoformat(timespec='seconds')}",
        f"Thread: {thread_name or threading.current_thread().name}",
        "",
        version_text(),
        f"OS: {platform.platform()} ({QSysInfo.prettyProductName()})",
        f"Qt platform: {QGuiApplication.platformName() if gui else 'none'}",
        f"Frozen bundle: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        "",
        *traceback.format_exception(*exc),
    ]
    text = "\n".join(line.rstrip("\n") for line in lines)
    home = str(Path.home())
    if len(home) > 1:  # the user name in paths is nobody else's business
        text = text.replace(home, "~")
    return scrub(text)


def autosave_path() -> Path:
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location)) / AUTOSAVE_NAME


def log_folder() -> Path:
    location = QStandardPaths.StandardLocation.AppLocalDataLocation
    return Path(QStandardPaths.writableLocation(location)) / "logs"


def _now() -> datetime:
    # Imported here: only a report needs datetime, and the handler is installed
    # before the first paint (the dialog is in crash_dialog.py for the same reason).
    from datetime import UTC, datetime

    return datetime.now(UTC)


def _stamp() -> str:
    """The time in a log file's name, to the microsecond so two never clash."""
    return _now().strftime("%Y%m%d-%H%M%S-%f")


@dataclass
class CrashRecord:
    report: str
    log_file: Path | None = None
    autosave: Path | None = None
    problems: tuple[str, ...] = ()  # what could not be saved, and why


class CrashHandler(QObject):
    """Turns uncaught exceptions into an autosave, a log file and a dialog.

    Signals:
        crashed(object): a :class:`CrashRecord`, once saved and shown.
    """

    crashed = Signal(object)
    _from_thread = Signal(str)

    def __init__(
        self,
        document: Callable[[], Mapping[str, Any] | None] | None = None,
        *,
        interactive: bool = True,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.document = document
        # The main window's recoverable autosave: (write now -> written?, its path).
        # When it works, the next start offers the draft back; the separate
        # crash-autosave.json is the fallback.
        self.recoverable: tuple[Callable[[], bool], Callable[[], Path | None]] | None = None
        self.interactive = interactive
        self.records: list[CrashRecord] = []
        self._previous: tuple[Any, Any] | None = None
        self._busy = False
        # Queued to the thread this object lives in: the GUI thread.
        self._from_thread.connect(self._handle_report)

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _sys_hook(self, kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, exc, tb)
            return
        self.handle((kind, exc, tb))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return  # what threading's own hook ignores too
        name = args.thread.name if args.thread else None
        self.handle((args.exc_type, args.exc_value, args.exc_traceback), name)

    def handle(self, exc: ExcInfo, thread_name: str | None = None) -> CrashRecord | None:
        """Report ``exc``; from another thread the GUI thread finishes it later."""
        try:
            report = build_report(exc, thread_name)
        except Exception:  # noqa: BLE001 - a report must never raise from a hook
            sys.__excepthook__(*exc)
            return None
        if threading.current_thread() is not threading.main_thread():
            self._from_thread.emit(report)  # the draft and widgets belong to the GUI thread
            return None
        return self._handle_report(report)

    @Slot(str)
    def _handle_report(self, report: str) -> CrashRecord | None:
        if self._busy:  # an error while reporting an error: say it and stop there
            print(report, file=sys.stderr)
            return None
        self._busy = True
        try:
            record = CrashRecord(report)
            self._autosave(record)
            self._write_log(record)
            self.records.append(record)
            if self.interactive:
                self.show_report(record)
            else:
                print(report, file=sys.stderr)
            self.crashed.emit(record)
            return record
        finally:
            self._busy = False

    def show_report(self, record: CrashRecord) -> None:
        """Show the dialog; quit if the user asks to (tests replace this)."""
        if QApplication.instance() is None:
            print(record.report, file=sys.stderr)
            return
        from wizard.ui.app.crash_dialog import CrashDialog

        if CrashDialog(record).launch():
            QApplication.exit(1)

    def _autosave(self, record: CrashRecord) -> None:
        if self.recoverable is not None:
            write_now, where = self.recoverable
            try:
                if write_now() and where() is not None:
                    record.autosave = where()
                    return
            except Exception as error:  # noqa: BLE001 - fall back to the plain file
                record.problems += (f"autosave not written: {scrub(str(error))}",)
        try:
            document = self.document() if self.document else None
            if document is None:
                return
            path = autosave_path()
            private_folder(path.parent)
            write_text(path, json.dumps(document, indent=2, ensure_ascii=False), private=True)
            record.autosave = path
        except Exception as error:  # noqa: BLE001 - the report must go out regardless
            record.problems += (f"draft not saved: {scrub(str(error))}",)

    def _write_log(self, record: CrashRecord) -> None:
        try:
            folder = private_folder(log_folder())
            path = folder / f"crash-{_stamp()}.log"
            write_text(path, record.report + "\n", private=True)
            record.log_file = path
            for old in sorted(folder.glob("crash-*.log"))[:-KEEP_LOGS]:
                old.unlink(missing_ok=True)
        except OSError as error:
            record.problems += (f"report not saved: {error}",)


NATIVE_LOG = "native-crash.log"


class NativeCrashLog:
    """Python's faulthandler, writing to ``logs/native-crash.log``.

    A crash inside Qt or another C library (a segmentation fault, an abort)
    never reaches :class:`CrashHandler`; faulthandler still writes the Python
    stack of every thread to this file as the process dies. The next start
    renames a non-empty file to ``crash-<time>-native.log`` beside the other
    reports (see :meth:`collect_previous`), so it is kept and the next crash
    does not mix with it.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or log_folder()
        self._file: Any = None

    @property
    def path(self) -> Path:
        return self.folder / NATIVE_LOG

    def collect_previous(self) -> Path | None:
        """The last session's native crash report, moved aside, if it left one."""
        try:
            if not self.path.is_file() or self.path.stat().st_size == 0:
                return None
            kept = self.folder / f"crash-{_stamp()}-native.log"
            self.path.replace(kept)
            return kept
        except OSError:
            return None

    def enable(self) -> bool:
        import faulthandler

        if faulthandler.is_enabled():
            return False  # already sent somewhere (PYTHONFAULTHANDLER, pytest): left alone
        try:
            private_folder(self.folder)
            # Kept open for the life of the process: faulthandler writes to
            # the descriptor from a signal handler, where nothing can be opened.
            self._file = open(open_private_log(self.path), "w", encoding="utf-8")
            faulthandler.enable(self._file, all_threads=True)
            return True
        except OSError:
            return False

    def disable(self) -> None:
        import faulthandler

        if self._file is not None:
            faulthandler.disable()
            self._file.close()
            self._file = None
            # A clean exit leaves nothing to report.
            self.path.unlink(missing_ok=True)
