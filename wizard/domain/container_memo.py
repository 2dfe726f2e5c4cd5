"""Findings of the container-local scans, kept per container between edits.

The schema check and the placeholder scan of one container definition depend on
that container alone (and its position, which is in every pointer). The GUI
analyses the whole draft on every keystroke, but a keystroke changes one
container at most; with a memo, the other containers' findings are reused.

The rules' per-container checks (``rules.registry.Scope.CONTAINER``) depend on
the task-level members too, and the task-level checks (``Scope.TASK``) on those
alone: their findings are kept as *task-dependent* entries, forgotten as soon as
a task-level member changes.

A memo entry holds the container object it was computed from and is used only
while the same object is at the same position. The owner of the document must
call :meth:`ContainerMemo.changed` with the pointer of every change it makes:
a change inside container N forgets N; a change of container N as a whole, of
the list or of the whole document forgets everything; a task-level member
forgets the task-dependent entries. The whole-document checks that declared
which container members they read are task-dependent entries too, reused while
only other members of containers changed (:meth:`changed_members`).
:meth:`task_level` also compares the
task-level members by identity, so a document replaced without a word (undo
puts back a fresh copy) does not reuse them either.
"""

from __future__ import annotations

from typing import Any

from wizard.domain.findings import Finding, split_pointer

LIST = "containerDefinitions"

# The task-level members as one comparable value (see ContainerMemo.task_level).
TaskKey = tuple[tuple[str, ...], tuple[tuple[str, int], ...]]
Entries = dict[tuple[str, int], tuple[dict[str, Any], list[Finding]]]


class ContainerMemo:
    def __init__(self) -> None:
        # (scan, position) -> (the container object, its findings in order)
        self._entries: Entries = {}
        # The same for scans that depend on the task-level members too.
        self._task_entries: Entries = {}
        # Findings about the task-level members alone, by scan.
        self._task_findings: dict[str, list[Finding]] = {}
        self._task_key: TaskKey | None = None
        # The task-level values the key names by id: held so no id is reused.
        self._task_values: list[Any] = []
        # The members of containers changed since the last analysis (None: more
        # than members of containers may have changed), and the findings of the
        # whole-document checks that declared what they read, by check.
        self._members: set[str] | None = None
        self._whole: dict[str, list[Finding]] = {}
        self._containers: list[Any] = []  # the list's items at the last call

    def __len__(self) -> int:
        return len(self._entries) + len(self._task_entries)

    def get(
        self, scan: str, index: int, container: dict[str, Any], *, task: bool = False
    ) -> list[Finding] | None:
        """``task``: an entry that depends on the task-level members too."""
        entry = (self._task_entries if task else self._entries).get((scan, index))
        # Identity, not equality: comparing contents would cost a scan. The entry
        # holds the object, so its id cannot be reused by another one meanwhile.
        if entry is None or entry[0] is not container:
            return None
        return entry[1]

    def put(
        self,
        scan: str,
        index: int,
        container: dict[str, Any],
        found: list[Finding],
        *,
        task: bool = False,
    ) -> None:
        (self._task_entries if task else self._entries)[(scan, index)] = (container, found)

    def task_level(self, doc: dict[str, Any], launch_types: tuple[str, ...]) -> None:
        """An analysis of ``doc`` starts: forget the task-dependent entries if its
        task-level members are not the very objects of the last one."""
        values = [value for key, value in doc.items() if key != LIST]
        key: TaskKey = (
            launch_types,
            tuple((k, id(v)) for k, v in doc.items() if k != LIST),
        )
        if key != self._task_key:
            self._forget_task()
            self._task_key = key
            self._task_values = values

    def task_findings(self, scan: str) -> list[Finding] | None:
        return self._task_findings.get(scan)

    def put_task_findings(self, scan: str, found: list[Finding]) -> None:
        self._task_findings[scan] = found

    def changed_members(self, containers: list[Any]) -> set[str] | None:
        """The members of containers changed since the last call (None: anything
        may have changed); the next call starts counting again. ``containers``:
        the items of the list now; other objects than last time (one added by
        setting a member of a container that did not exist, say) count as anything."""
        members, self._members = self._members, set()
        if len(containers) != len(self._containers) or any(
            a is not b for a, b in zip(containers, self._containers, strict=True)
        ):
            members = None
        self._containers = list(containers)
        return members

    def whole_findings(self, check: str) -> list[Finding] | None:
        return self._whole.get(check)

    def put_whole_findings(self, check: str, found: list[Finding]) -> None:
        self._whole[check] = found

    def changed(self, ptr: str) -> None:
        """Forget what a change at ``ptr`` may have made stale."""
        parts = split_pointer(ptr)
        if len(parts) >= 3 and parts[0] == LIST and parts[1].isdigit():
            if self._members is not None:
                self._members.add(parts[2])
        else:
            self._members = None
        if parts and parts[0] != LIST:
            # A task-level member: no container changed, but what depends on the
            # task-level members may have.
            self._forget_task()
            return
        # A member inside container N. Replacing or removing item N itself may
        # shift the others, so that forgets everything like a list change.
        if len(parts) >= 3 and parts[1].isdigit():
            index = int(parts[1])
            for entries in (self._entries, self._task_entries):
                for key in [k for k in entries if k[1] == index]:
                    del entries[key]
            return
        self.clear()

    def clear(self) -> None:
        self._entries.clear()
        self._forget_task()

    def _forget_task(self) -> None:
        self._whole.clear()
        self._members = None
        self._task_entries.clear()
        self._task_findings.clear()
        self._task_key = None
        self._task_values = []
