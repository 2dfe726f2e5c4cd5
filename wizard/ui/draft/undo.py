"""Undo and redo for the draft: snapshot commands on a QUndoStack.

Every change the controller makes is recorded as the whole draft before and
after, stored as compact JSON text. Drafts are small (the API caps a task
definition at 64 KiB), so a snapshot costs microseconds and a little memory,
and restoring one is exact by construction: no per-operation inverse can drift
out of step with the edit it undoes. JSON text also compares type-strictly
(``true`` is not ``1``), which a dict comparison would not.

Consecutive edits of the same field within MERGE_SECONDS of each other merge
into one command, so typing "1024" is one undo step rather than four.
"""

from __future__ import annotations

import json
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from wizard.domain.findings import split_pointer

# Edits of one field closer together than this (seconds) become one undo step.
MERGE_SECONDS = 1.5
# Plenty for a session; bounds memory for drafts near the 64 KiB limit.
UNDO_LIMIT = 500
# Snapshots longer than this (characters) are kept compressed.
COMPRESS_ABOVE = 64 * 1024
_FIELD_EDIT_ID = 1


@dataclass(frozen=True)
class DraftState:
    """A frozen copy of everything undo restores: the draft and the extra
    launch types checked beside it."""

    text: str | bytes  # compact JSON; zlib-compressed when large
    launch_types: tuple[str, ...] = ()
    # The compact JSON's size in UTF-8 bytes: the request size the 64 KiB quota
    # counts (quotas.compact_size), so the controller need not serialise again.
    size: int = field(default=-1, compare=False)

    @classmethod
    def capture(
        cls,
        document: dict[str, Any],
        launch_types: tuple[str, ...],
        texts: ContainerTexts | None = None,
    ) -> DraftState:
        """``texts``: the containers' texts kept between snapshots (the same text)."""
        text = texts.dumps(document) if texts is not None else compact_json(document)
        data = text.encode("utf-8", "surrogatepass")  # a lone \ud800 must not raise
        if len(text) <= COMPRESS_ABOVE:
            return cls(text, launch_types, len(data))
        # A draft far past the 64 KiB limit (a pasted megabyte) would otherwise
        # cost its full size again for each of the UNDO_LIMIT steps.
        return cls(zlib.compress(data, 1), launch_types, len(data))

    def document(self) -> dict[str, Any]:
        """A fresh, independent copy of the draft."""
        if isinstance(self.text, bytes):
            text = zlib.decompress(self.text).decode("utf-8", "surrogatepass")
        else:
            text = self.text
        document: dict[str, Any] = json.loads(text)
        return document


Restore = Callable[[DraftState, str], None]

CONTAINER_LIST = "containerDefinitions"


def compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class ContainerTexts:
    """The draft's compact JSON with each container's text kept between
    snapshots: a keystroke changes one container at most, so the others are not
    serialised again. The text is exactly ``compact_json(document)``.

    Like the container memo of the findings (``domain.container_memo``), an
    entry is used only while the same container object is at the same position,
    and the owner calls :meth:`changed` with the pointer of every change before
    the next snapshot: a change inside container N forgets N; anything that may
    move or replace containers forgets them all."""

    def __init__(self) -> None:
        self._texts: dict[int, tuple[Any, str]] = {}

    def changed(self, ptr: str) -> None:
        parts = split_pointer(ptr)
        if parts and parts[0] != CONTAINER_LIST:
            return  # a task-level member: no container changed
        if len(parts) >= 3 and parts[1].isdigit():
            self._texts.pop(int(parts[1]), None)
            return
        self._texts.clear()

    def dumps(self, document: dict[str, Any]) -> str:
        items = document.get(CONTAINER_LIST)
        # json.dumps turns keys that are not strings into strings; leave those
        # documents (never read from a file) to it.
        if not isinstance(items, list) or not all(isinstance(k, str) for k in document):
            return compact_json(document)
        members = []
        for key, value in document.items():
            if key == CONTAINER_LIST:
                text = "[" + ",".join(self._text(i, c) for i, c in enumerate(items)) + "]"
            else:
                text = compact_json(value)
            members.append(compact_json(key) + ":" + text)
        return "{" + ",".join(members) + "}"

    def _text(self, index: int, container: Any) -> str:
        entry = self._texts.get(index)
        # Identity, as the memo of findings: the entry holds the object, so its
        # id cannot be reused meanwhile.
        if entry is not None and entry[0] is container:
            return entry[1]
        text = compact_json(container)
        self._texts[index] = (container, text)
        return text


class SnapshotCommand(QUndoCommand):
    """One undo step. ``ptr`` is the JSON Pointer the controller announced for
    the change; undo and redo announce the same one, so widgets refresh exactly
    as they did for the edit itself."""

    def __init__(
        self,
        restore: Restore,
        before: DraftState,
        after: DraftState,
        ptr: str,
        text: str,
        mergeable: bool,
        merge_seconds: float,
    ) -> None:
        super().__init__(text)
        self._restore = restore
        self.before = before
        self.after = after
        self.ptr = ptr
        self._mergeable = mergeable
        self._merge_seconds = merge_seconds
        self._last_edit = time.monotonic()
        # QUndoStack.push() calls redo() at once, but the edit is already applied.
        self._pushed = False

    def id(self) -> int:
        return _FIELD_EDIT_ID if self._mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SnapshotCommand) or other.ptr != self.ptr:
            return False
        if other._last_edit - self._last_edit > self._merge_seconds:
            return False
        self.after = other.after
        self._last_edit = other._last_edit
        # The entry names the value typed last ("... 1024 MiB", not "... 1 MiB").
        self.setText(other.text())
        # Typing a value and deleting it again leaves nothing to undo.
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._restore(self.after, self.ptr)

    def undo(self) -> None:
        self._restore(self.before, self.ptr)


def _silence(stack: QUndoStack) -> None:
    # At interpreter or test teardown the stack's wrapper can already be gone when
    # its owner's destroyed() arrives: then there is nothing left to emit.
    if shiboken6.isValid(stack):
        stack.blockSignals(True)


class DraftHistory:
    """The undo stack and the last recorded state of the draft."""

    def __init__(self, restore: Restore, initial: DraftState, parent: QObject) -> None:
        self.stack = stack = QUndoStack(parent)
        stack.setUndoLimit(UNDO_LIMIT)
        # A dying stack clears itself and emits cleanChanged(True); listeners would
        # take that for "saved" (and drop the autosave). Silence it first: the
        # owner's destroyed() comes before its children are deleted.
        parent.destroyed.connect(lambda *_: _silence(stack))
        self.merge_seconds = MERGE_SECONDS
        self._restore = restore
        self._state = initial

    def record(self, state: DraftState, ptr: str, text: str, mergeable: bool) -> None:
        """Push the step from the last recorded state to ``state`` (if anything changed)."""
        if state == self._state:
            return
        before, self._state = self._state, state
        command = SnapshotCommand(
            self._restore, before, state, ptr, text, mergeable, self.merge_seconds
        )
        self.stack.push(command)

    def restored(self, state: DraftState) -> None:
        """Undo or redo put ``state`` back: later edits start from it."""
        self._state = state
