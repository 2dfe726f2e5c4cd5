"""Autosave and crash recovery.

A few seconds after each change (a single-shot timer restarted by every edit)
the draft is written atomically to the user's data directory as
``autosave.json`` with a small ``autosave.meta.json`` (original file, time,
process). Saving or a clean exit removes them, so one found at start-up is
from a session that crashed or was killed: the user is offered to recover it.
One that cannot be read is renamed aside with a message, never a crash.

Each instance owns a numbered slot (``autosave``, ``autosave-2``, ...) held by
a QLockFile: two windows never overwrite each other's autosave, and a live
instance's is never offered. A killed process leaves a stale lock, which
QLockFile recognises by its process id.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLockFile,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from wizard.safe_files import is_temporary_name, private_folder, write_text
from wizard.ui.draft.file_actions import FileActions, can_ask_user
from wizard.ui.private_folders import autosave_dir

DELAY_MS = 3000
SLOTS = 9
# Drafts are capped at 64 KiB by the API; anything far larger is not ours.
MAX_AUTOSAVE_BYTES = 8 * 1024 * 1024
# A temporary file of an atomic write is this much older than any live write.
STALE_TEMP_SECONDS = 60


@dataclass
class AutosaveSlot:
    folder: Path
    number: int

    @property
    def stem(self) -> str:
        return "autosave" if self.number == 1 else f"autosave-{self.number}"

    @property
    def draft(self) -> Path:
        return self.folder / f"{self.stem}.json"

    @property
    def meta(self) -> Path:
        return self.folder / f"{self.stem}.meta.json"

    def lock(self) -> QLockFile | None:
        """This slot's lock if no live process holds it (a dead one's is taken over)."""
        private_folder(self.folder)
        lock = QLockFile(str(self.folder / f"{self.stem}.lock"))
        # Only the process check may call a lock stale: by default QLockFile also
        # treats any lock older than 30 s as stale, which a long session's is.
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            return None
        try:  # it names the process and host: nobody else's business either
            os.chmod(self.folder / f"{self.stem}.lock", 0o600)
        except OSError:
            pass
        return lock

    def remove(self) -> None:
        for path in (self.draft, self.meta):
            path.unlink(missing_ok=True)


@dataclass
class Found:
    """An autosave left by a session that did not exit cleanly."""

    slot: AutosaveSlot
    lock: QLockFile
    document: dict[str, Any] | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    problem: str = ""


class Recovery(Enum):
    RECOVER, DISCARD, KEEP = "recover", "discard", "keep"  # KEEP: ask at a later start


def read_found(found: Found) -> Found:
    """Fill in the document, or the reason it cannot be used."""
    try:
        with found.slot.draft.open("rb") as handle:
            data = handle.read(MAX_AUTOSAVE_BYTES + 1)
        if len(data) > MAX_AUTOSAVE_BYTES:
            raise ValueError(
                QCoreApplication.translate("Autosave", "larger than {0} bytes").format(
                    MAX_AUTOSAVE_BYTES
                )
            )
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict):
            raise ValueError(QCoreApplication.translate("Autosave", "not a JSON object"))
        found.document = document
    except (OSError, ValueError) as exc:  # JSONDecodeError and UnicodeError are ValueErrors
        found.problem = str(exc)
        return found
    try:
        meta = json.loads(found.slot.meta.read_text(encoding="utf-8"))
        found.meta = meta if isinstance(meta, dict) else {}
    except (OSError, ValueError):
        found.meta = {}  # the draft is what matters; its notes are optional
    return found


def remove_stale_temporaries(folder: Path, now: float | None = None) -> list[Path]:
    """Delete what a killed atomic write left in ``folder``; returns what went.

    The writer (wizard.safe_files) writes to a temporary file and renames it over
    the target; where the file system has no unnamed temporary files, a kill leaves
    its short temporary name behind (older versions, QSaveFile's ``NAME.XXXXXX``).
    Only those names count, and only old ones: another live instance may be
    writing its slot right now.
    """
    now = time.time() if now is None else now
    removed = []
    # The folder is the program's own (0700): every temporary name in it is ours.
    ours = [p for p in folder.glob(".*") if is_temporary_name(p.name)]
    for path in [*folder.glob("autosave*.json.??????"), *ours]:
        try:
            if now - path.stat().st_mtime > STALE_TEMP_SECONDS:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # gone already, or not ours to delete: never worth a message
    return removed


def set_aside(slot: AutosaveSlot) -> Path:
    """Rename an unreadable autosave out of the way; returns its new name."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = slot.folder / f"{slot.stem}-corrupt-{stamp}.json"
    slot.draft.replace(target)
    slot.meta.unlink(missing_ok=True)
    return target


class Autosave(QObject):
    """Signals: status(str), a short note for the status bar."""

    status = Signal(str)

    def __init__(self, files: FileActions, folder: Path | None = None) -> None:
        super().__init__(files)
        self.files = files
        self.controller = files.controller
        self.folder = folder or autosave_dir()
        self.session = uuid.uuid4().hex
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.write_now)
        self._slot: AutosaveSlot | None = None
        self._lock: QLockFile | None = None
        self._offered = False
        self._failed = False
        self.controller.document_changed.connect(self._changed)
        self.controller.undo_stack.cleanChanged.connect(self._clean_changed)

    @property
    def draft_path(self) -> Path | None:  # None until the first write
        return self._slot.draft if self._slot is not None else None

    # --- dialog wrappers (tests replace these) -------------------------------
    def ask_recover(self, found: Found) -> Recovery:
        if not can_ask_user():
            return Recovery.KEEP
        when = str(found.meta.get("savedAt", "")) or self.tr("an earlier session")
        origin = str(found.meta.get("path") or "") or self.tr("a new task definition")
        text = self.tr(
            "The wizard did not close properly last time. Recover the changes to {0} "
            "autosaved at {1}?"
        ).format(origin, when)
        title = self.tr("Recover unsaved changes?")
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.files.window)
        role = QMessageBox.ButtonRole
        answers: dict[QAbstractButton, Recovery] = {
            box.addButton(self.tr("&Recover"), role.AcceptRole): Recovery.RECOVER,
            box.addButton(self.tr("&Discard"), role.DestructiveRole): Recovery.DISCARD,
            # Escape or closing the box must not throw the work away: ask next time.
            box.addButton(self.tr("&Not now"), role.RejectRole): Recovery.KEEP,
        }
        box.exec()
        return answers.get(box.clickedButton(), Recovery.KEEP)

    def show_message(self, title: str, text: str) -> None:
        self.files.show_error(title, text)

    # --- writing --------------------------------------------------------------
    @Slot(str)
    def _changed(self, _ptr: str = "") -> None:
        if self.files.is_modified:
            self.timer.start()  # restarts: write once the user pauses

    @Slot(bool)
    def _clean_changed(self, clean: bool) -> None:
        if clean:
            # Saved (or back to the saved state): nothing left to recover.
            self.timer.stop()
            if self._slot is not None:
                self._slot.remove()

    @Slot()
    def write_now(self) -> bool:
        """Write the autosave now (the timer calls this)."""
        self.timer.stop()
        if not self.files.is_modified:
            return False
        if not self._claim():
            return self._failure(self.tr("no free autosave slot in {0}").format(self.folder))
        assert self._slot is not None
        meta = {
            "format": 1,
            "path": self.files.path,
            "savedAt": time.strftime("%Y-%m-%d %H:%M:%S"),
            "pid": os.getpid(),
            "session": self.session,
            "launchTypes": list(self.controller.launch_types),
        }
        try:
            # The notes first, the draft last: the draft's arrival is what makes an
            # autosave exist, so a kill between the two writes never leaves a draft
            # with no notes (it would come back without its file's path).
            write_text(self._slot.meta, json.dumps(meta, indent=2), private=True)
            # The draft as it stands, not the export form: recovery must give back
            # exactly what was being edited, errors included.
            write_text(
                self._slot.draft,
                json.dumps(self.controller.document, ensure_ascii=False),
                private=True,
            )
        except OSError as exc:
            return self._failure(str(exc))
        self._failed = False
        return True

    def _failure(self, reason: str) -> bool:
        if not self._failed:  # say it once, not every few seconds
            self._failed = True
            self.status.emit(self.tr("Autosave failed: {0}").format(reason))
        return False

    def _claim(self) -> bool:
        """Take the first slot that no live process holds and that holds no
        unrecovered autosave (those wait for offer_recovery)."""
        if self._slot is not None:
            return True
        for number in range(1, SLOTS + 1):
            slot = AutosaveSlot(self.folder, number)
            try:
                lock = slot.lock()
            except OSError:
                return False
            if lock is None:
                continue
            if slot.draft.exists():
                lock.unlock()
                continue
            self._slot, self._lock = slot, lock
            return True
        return False

    def finish(self) -> None:
        """A clean exit: the autosave is not needed any more."""
        self.timer.stop()
        if self._slot is not None:
            self._slot.remove()
        if self._lock is not None:
            self._lock.unlock()
        self._slot = self._lock = None

    # --- recovery -------------------------------------------------------------
    def leftovers(self) -> list[Found]:
        """Autosaves of sessions that are gone, newest first (their locks now held)."""
        found = []
        for number in range(1, SLOTS + 1):
            slot = AutosaveSlot(self.folder, number)
            if slot == self._slot or not slot.draft.exists():
                continue
            lock = slot.lock()
            if lock is not None:
                found.append(Found(slot, lock))
        found.sort(key=lambda f: f.slot.draft.stat().st_mtime, reverse=True)
        return found

    @Slot()
    def offer_recovery(self) -> bool:
        """Once per session: offer each crashed session's autosave; True if one was loaded."""
        if self._offered:
            return False
        self._offered = True
        loaded = False
        try:
            remove_stale_temporaries(self.folder)
            found_list = self.leftovers()
        except OSError:
            return False
        for found in found_list:
            loaded = self._offer(read_found(found), loaded) or loaded
            if found.lock is not self._lock:
                found.lock.unlock()
        return loaded

    def _offer(self, found: Found, loaded: bool) -> bool:
        if found.document is None:
            try:
                where = self.tr("it was moved aside as {0}").format(set_aside(found.slot))
            except OSError as exc:
                where = self.tr("it could not be moved aside either ({0})").format(exc)
            self.show_message(
                self.tr("Autosave could not be read"),
                self.tr(
                    "The autosaved draft {0} could not be read ({1}); {2}. "
                    "Your current draft is unchanged."
                ).format(found.slot.draft, found.problem, where),
            )
            return False
        # After one recovery, a second would replace it: offer only the newest.
        answer = Recovery.KEEP if loaded else self.ask_recover(found)
        if answer is Recovery.KEEP:
            return False
        found.slot.remove()
        if answer is Recovery.RECOVER:
            self._recover(found)
        return answer is Recovery.RECOVER

    def _recover(self, found: Found) -> None:
        assert found.document is not None
        path = str(found.meta.get("path") or "")
        # Saving goes back to the original file only while its folder still exists.
        if path and not Path(path).parent.is_dir():
            path = ""
        raw = found.meta.get("launchTypes")
        launch_types = tuple(str(t) for t in raw) if isinstance(raw, list) else None
        if self._slot is None:
            # Keep the slot (and its lock): the recovered draft autosaves where it was.
            self._slot, self._lock = found.slot, found.lock
        label = self.tr("Recover autosaved changes")
        self.files.load_draft(found.document, label, path, launch_types=launch_types)
        self.write_now()  # protected again at once, not only after the next edit
        self.status.emit(self.tr("Recovered the autosaved changes; save them to keep them"))
