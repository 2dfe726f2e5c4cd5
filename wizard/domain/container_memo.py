"""Findings of the container-local scans, kept per container between edits.

The schema check and the placeholder scan of one container definition depend on
that container alone (and its position, which is in every pointer). The GUI
analyses the whole draft on every keystroke, but a keystroke changes one
container at most; with a memo, the other containers' findings are reused.

A memo entry holds the container object it was computed from and is used only
while the same object is at the same position. The owner of the document must
call :meth:`ContainerMemo.changed` with the pointer of every change it makes:
a change inside container N forgets N; a change of container N as a whole, of
the list or of the whole document forgets everything; a task-level member
forgets nothing.
"""

from __future__ import annotations

from typing import Any

from wizard.domain.findings import Finding, split_pointer

LIST = "containerDefinitions"


class ContainerMemo:
    def __init__(self) -> None:
        # (scan, position) -> (the container object, its findings in order)
        self._entries: dict[tuple[str, int], tuple[dict[str, Any], list[Finding]]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, scan: str, index: int, container: dict[str, Any]) -> list[Finding] | None:
        entry = self._entries.get((scan, index))
        # Identity, not equality: comparing contents would cost a scan. The entry
        # holds the object, so its id cannot be reused by another one meanwhile.
        if entry is None or entry[0] is not container:
            return None
        return entry[1]

    def put(self, scan: str, index: int, container: dict[str, Any], found: list[Finding]) -> None:
        self._entries[(scan, index)] = (container, found)

    def changed(self, ptr: str) -> None:
        """Forget what a change at ``ptr`` may have made stale."""
        parts = split_pointer(ptr)
        if parts and parts[0] != LIST:
            return  # a task-level member: no container changed
        # A member inside container N. Replacing or removing item N itself may
        # shift the others, so that forgets everything like a list change.
        if len(parts) >= 3 and parts[1].isdigit():
            index = int(parts[1])
            for key in [k for k in self._entries if k[1] == index]:
                del self._entries[key]
            return
        self.clear()

    def clear(self) -> None:
        self._entries.clear()
