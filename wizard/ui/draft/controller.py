"""The one owner of the draft task definition.

Pages never read each other's widgets: they read the draft through
:meth:`DraftController.get` and write it through :meth:`DraftController.set`
(and the container list operations). After every change the controller
recomputes the findings and the sizing report and emits signals, so the sizing
panel, the field rows and the pages' Next buttons all follow.

The draft is the normalised register-input document (a plain dict in the API's
camelCase). It may be incomplete or wrong while the user types; the findings
say where. Uses QtCore only.

Every change is also recorded on :attr:`DraftController.undo_stack` (see
``wizard.ui.draft.undo``); undo and redo emit the same signals as the edit did.

A new, empty draft stays quiet about the required fields the user has not
reached yet (``WAITING_RULES``): their findings wait in :attr:`all_findings`
until :meth:`DraftController.reveal` names their field (the user left it or
moved past its page) or :meth:`reveal_all` (the review page, an opened file).
:attr:`findings` is what the screen shows.

Signals:
    document_changed(str): a JSON Pointer under which something changed
        ("" when the whole document was replaced).
    analysis_changed(): findings and the sizing report were recomputed.

Those two are for the few whole-draft listeners (sizing panel, review page, step
list). A view of one place subscribes with :meth:`DraftController.watch` and is
told only about changes there (see ``wizard.ui.draft.watchers``).
"""

from __future__ import annotations

import copy
import functools
import os
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from wizard.domain import regions
from wizard.domain.container_memo import ContainerMemo
from wizard.domain.edits.log_defaults import awslogs_configuration, follow_family
from wizard.domain.findings import Finding, Severity, split_pointer
from wizard.domain.launch_types import LaunchTypes, launch_types_of
from wizard.domain.sizing.quotas import compact_size
from wizard.domain.sizing.task_size import SizingReport, changes_sizing, sizing_report
from wizard.ui.draft.undo import ContainerTexts, DraftHistory, DraftState
from wizard.ui.draft.watchers import (
    PointerSource,
    Watch,
    Watchers,
    changed_paths,
    index_by_path,
    is_under,
)

# Findings about empty required fields of a new draft: shown once the user has
# been there (see reveal()), never as a greeting ("3 errors") on an empty form.
WAITING_RULES = frozenset(
    {
        "family-missing",
        "container-name-missing",
        "image-missing",
        # New containers log with awslogs by default, which needs an execution role:
        # the role field waits to be reached like the other required fields.
        "execution-role-awslogs",
    }
)

CONTAINER_LIST = "containerDefinitions"
CONTAINERS_PREFIX = "/containerDefinitions/"

# Passing REMOVE to set() deletes the member (the exported JSON then leaves it out).
REMOVE: Any = object()


def environment_region() -> str:
    """The AWS Region from the environment, as the AWS CLI would pick it ("" if none)."""
    return regions.environment_region(os.environ)


def new_document(region: str = "") -> dict[str, Any]:
    """What "Create new task definition" starts from, like the console: Fargate,
    Linux x86_64, awsvpc, 0.5 vCPU / 1 GB, one essential container to fill in."""
    return {
        "family": "",
        "requiresCompatibilities": ["FARGATE"],
        "runtimePlatform": {"operatingSystemFamily": "LINUX", "cpuArchitecture": "X86_64"},
        "networkMode": "awsvpc",
        "cpu": "512",
        "memory": "1024",
        "containerDefinitions": [new_container("", "", region)],
    }


def new_container(name: str, family: str = "", region: str = "") -> dict[str, Any]:
    """An essential container with log collection on, as the console's "Use log
    collection" is by default: awslogs to /ecs/FAMILY in ``region``."""
    return {
        "name": name,
        "image": "",
        "essential": True,
        "logConfiguration": awslogs_configuration(family, region),
    }


class DraftController(QObject):
    document_changed = Signal(str)
    analysis_changed = Signal()

    def __init__(
        self,
        document: dict[str, Any] | None = None,
        parent: QObject | None = None,
        *,
        defer_analysis: bool = False,
        quiet: bool = False,
    ):
        super().__init__(parent)
        # Where new containers send their logs: the window points this at the
        # connected Region (or the sizing panel's price Region).
        self.region_provider: Callable[[], str] = environment_region
        self._doc: dict[str, Any] = (
            document if document is not None else new_document(self.region_provider())
        )
        self._all: list[Finding] = []
        self._findings: list[Finding] = []
        # ``quiet`` for a fresh draft in the window; _revealed: the prefixes reached.
        self._quiet = quiet
        self._revealed: set[str] = set()
        self._by_path: dict[str, list[Finding]] = {}
        # Pointers whose findings changed in the last analysis (None: all of them).
        self._changed_paths: set[str] | None = None
        # The pointer of the last change of the draft (None: only findings changed,
        # see reveal()), and the containers it touched (see changed_containers()).
        self._last_change: str | None = ""
        self._changed_containers: frozenset[int] | None = None
        self._changed_containers_known = False
        self._watchers = Watchers()
        # Per-container findings of the schema and placeholder scans, reused
        # for the containers an edit did not touch.
        self._memo = ContainerMemo()
        self._report: SizingReport = sizing_report(self._doc)
        self._report_count = len(self.containers)  # the containers it counted
        self._size: int | None = None  # see document_size
        self._applicable: LaunchTypes | None = None  # see applicable_launch_types
        self._launch_types: tuple[str, ...] = ()
        # The containers' JSON texts kept between undo snapshots.
        self._texts = ContainerTexts()
        self._history = DraftHistory(self._restore, self._capture(), self)
        # With defer_analysis the owner calls reanalyse() later: the main window
        # paints its first page before loading the rules and the pydantic models.
        if not defer_analysis:
            self._recompute()

    # --- reading ----------------------------------------------------------
    @property
    def document(self) -> dict[str, Any]:
        """The live draft. Treat as read-only; change it through set()."""
        return self._doc

    def snapshot(self) -> dict[str, Any]:
        return copy.deepcopy(self._doc)

    def get(self, ptr: str, default: Any = None) -> Any:
        node = self._node_at(_segments(ptr))
        return default if node is None else node

    @property
    def undo_stack(self) -> QUndoStack:
        """Undo and redo for every change; its clean state is "saved"."""
        return self._history.stack

    @property
    def findings(self) -> list[Finding]:
        """The findings the screen shows (without those still waiting, see reveal)."""
        return self._findings

    @property
    def all_findings(self) -> list[Finding]:
        """Every finding, including required fields the user has not reached yet."""
        return self._all

    @property
    def quiet(self) -> bool:
        """True while some findings may still wait for the user to reach their field."""
        return self._quiet

    @property
    def document_size(self) -> int:
        """The draft's compact request size in bytes (the 64 KiB quota), measured
        once per change for both the size rule and the sizing panel."""
        if self._size is None:
            self._size = compact_size(self._doc)
        return self._size

    @property
    def sizing(self) -> SizingReport:
        return self._report

    def findings_at(self, ptr: str) -> list[Finding]:
        return list(self._by_path.get(ptr, ()))

    def findings_under(self, *prefixes: str) -> list[Finding]:
        """Findings whose path is one of ``prefixes`` or lies below one of them."""
        return [f for f in self._findings if any(is_under(f.path, p) for p in prefixes)]

    @property
    def changed_finding_paths(self) -> set[str] | None:
        """The pointers whose findings the last analysis changed (None: it
        started over, e.g. after loading a file, so treat every one as changed)."""
        return self._changed_paths

    def changed_containers(self) -> frozenset[int] | None:
        """The positions of the containers whose content or findings the last
        change touched; None when it may be any of them (the list or the whole
        draft changed, or everything was analysed again). For the views of every
        container (the container list, the editor's headings), which would
        otherwise redraw all of them on every keystroke."""
        if not self._changed_containers_known:
            self._changed_containers = _containers_touched(self._last_change, self._changed_paths)
            self._changed_containers_known = True
        return self._changed_containers

    def watch(
        self,
        owner: QObject,
        pointers: PointerSource | Sequence[PointerSource],
        *,
        on_document: Callable[[str], object] | None = None,
        on_findings: Callable[[], object] | None = None,
        exact: bool = False,
    ) -> Watch:
        """Subscribe ``owner``'s view of ``pointers`` (see ``Watchers.watch``): told
        about changes at, under or above them and about their findings only."""
        return self._watchers.watch(
            owner, pointers, on_document=on_document, on_findings=on_findings, exact=exact
        )

    def unwatch(self, entry: Watch) -> None:
        self._watchers.unwatch(entry)

    def has_errors_under(self, *prefixes: str) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings_under(*prefixes))

    @property
    def launch_types(self) -> tuple[str, ...]:
        """Launch types checked beyond requiresCompatibilities (see set_launch_types)."""
        return self._launch_types

    @property
    def applicable_launch_types(self) -> LaunchTypes:
        """The one answer to "which launch types apply" (declared, added, or EC2
        assumed): what the rules check against, and what every page shows."""
        # Worked out once per change: every section of the container editor asks.
        if self._applicable is None:
            self._applicable = launch_types_of(self._doc, self._launch_types)
        return self._applicable

    @property
    def containers(self) -> list[dict[str, Any]]:
        items = self._doc.get("containerDefinitions")
        return [c for c in items if isinstance(c, dict)] if isinstance(items, list) else []

    # --- writing ----------------------------------------------------------
    def set(self, ptr: str, value: Any) -> None:
        """Set (or with REMOVE, delete) the member at ``ptr``, creating parents."""
        parts = split_pointer(ptr)
        old = self._node_at(parts) if ptr == "/family" else None
        in_list = self._apply(parts, value)
        if in_list is None:
            return
        announced = ptr
        if ptr == "/family" and value is not REMOVE:
            # The default log groups (/ecs/FAMILY) follow the family as it is typed;
            # then the containers changed too, and the announcement covers them.
            if follow_family(self._doc, str(old or ""), str(value or "")):
                announced = ""
        # Member edits merge (typing into one field is one undo step); inserting or
        # deleting list items stays one step each.
        # Imported at the first edit: its label table is not needed for the first paint.
        from wizard.ui.draft.field_labels import change_text

        label = change_text(self._doc, ptr, value, removed=value is REMOVE)
        self._changed(announced, label, mergeable=not in_list)

    def set_members(self, values: dict[str, Any], label: str) -> None:
        """Set several members as one undo step named ``label`` (e.g. the task CPU
        and memory chosen together): one recompute, and no half-changed draft is
        ever announced."""
        changed = [
            ptr
            for ptr, value in values.items()
            if self._apply(split_pointer(ptr), value) is not None
        ]
        if changed:
            # Undo announces the same pointer, so one that covers every change.
            self._changed(_common_parent(changed), label)

    def _apply(self, parts: list[str], value: Any) -> bool | None:
        """Change the draft without recording it: None when nothing changed, else
        whether the member is a list item."""
        if not parts:
            raise ValueError("use replace_document() to replace the whole draft")
        if value is REMOVE and not isinstance(self._node_at(parts[:-1]), dict | list):
            # Nothing to remove: don't create the parents either (a change the
            # listeners and the container memo would never hear of).
            return None
        parent = self._ensure_parent(parts)
        key = parts[-1]
        if isinstance(parent, list):
            index = int(key)
            if value is REMOVE:
                if index < len(parent):
                    del parent[index]
            elif index == len(parent):
                parent.append(value)
            else:
                parent[index] = value
            return True
        if value is REMOVE:
            if key not in parent:
                return None
            del parent[key]
            self._prune_empty_parents(parts[:-1])
        else:
            if parent.get(key, REMOVE) == value and type(parent.get(key)) is type(value):
                return None
            parent[key] = value
        return False

    @Slot()
    def reanalyse(self) -> None:
        """Recompute findings and sizing for the unchanged draft."""
        self._notify("")

    def reveal(self, *prefixes: str) -> None:
        """The user reached these fields (left one, moved past its page): their
        waiting findings show from now on."""
        if not self._quiet:
            return
        self._revealed.update(prefixes)
        self._show_revealed()

    def reveal_all(self) -> None:
        """Show every finding (the review page, an opened file)."""
        if self._quiet:
            self._quiet = False
            self._show_revealed()

    def replace_document(
        self,
        document: dict[str, Any],
        label: str = "",
        launch_types: tuple[str, ...] | None = None,
        *,
        quiet: bool = False,
    ) -> None:
        """Replace the whole draft as one undoable step named ``label``; ``quiet``
        for a new, empty draft (an opened file shows all its findings at once)."""
        self._quiet = quiet
        self._revealed = set()
        self._doc = document
        if launch_types is not None:
            self._launch_types = launch_types
        self._changed("", label or self.tr("Replace the draft"))

    def set_launch_types(self, launch_types: tuple[str, ...]) -> None:
        """Extra launch types to check against (beyond requiresCompatibilities)."""
        self._launch_types = launch_types
        self._changed("", self.tr("Change the launch types to check"))

    def add_container(self, container: dict[str, Any] | None = None) -> int:
        items = self._container_list()
        if container is None:
            family = str(self._doc.get("family") or "")
            container = new_container(self._free_name(), family, self.region_provider())
        items.append(container)
        self._changed("/containerDefinitions", self.tr("Add a container"))
        return len(items) - 1

    def duplicate_container(self, index: int) -> int:
        items = self._container_list()
        clone = copy.deepcopy(items[index])
        if isinstance(clone, dict):
            clone["name"] = self._free_name(str(clone.get("name") or "container"))
        items.insert(index + 1, clone)
        self._changed("/containerDefinitions", self.tr("Duplicate a container"))
        return index + 1

    def remove_container(self, index: int) -> None:
        items = self._container_list()
        del items[index]
        self._changed("/containerDefinitions", self.tr("Remove a container"))

    def move_container(self, index: int, to: int) -> None:
        items = self._container_list()
        item = items.pop(index)
        items.insert(max(0, min(to, len(items))), item)
        self._changed("/containerDefinitions", self.tr("Move a container"))

    # --- internals --------------------------------------------------------
    def _container_list(self) -> list[Any]:
        items = self._doc.get("containerDefinitions")
        if not isinstance(items, list):
            items = []
            self._doc["containerDefinitions"] = items
        return items

    def _free_name(self, base: str = "container") -> str:
        # Only string names: a name from a file may be any JSON value (a list
        # would not even go into a set).
        taken = {name for c in self.containers if isinstance(name := c.get("name"), str)}
        for n in range(1, 1000):
            name = base if n == 1 and base not in taken and base != "container" else f"{base}-{n}"
            if name not in taken:
                return name
        return base

    def _ensure_parent(self, parts: list[str]) -> Any:
        """The container of the member at ``parts``, creating missing parents:
        a list where the next segment is an index, else an object."""
        node: Any = self._doc
        for i, part in enumerate(parts[:-1]):
            child_is_list = parts[i + 1].isdigit()
            if isinstance(node, list):
                index = int(part)
                while len(node) <= index:
                    node.append([] if child_is_list else {})
                node = node[index]
                continue
            if not isinstance(node.get(part), dict | list):
                node[part] = [] if child_is_list else {}
            node = node[part]
        return node

    def _prune_empty_parents(self, parts: list[str]) -> None:
        """Removing the last member of an optional object removes the object too,
        so clearing a health check's fields does not leave "healthCheck": {}."""
        while parts and not parts[-1].isdigit():
            parent = self._node_at(parts[:-1])
            if not isinstance(parent, dict) or parent.get(parts[-1]) != {}:
                return
            del parent[parts[-1]]
            parts = parts[:-1]

    def _node_at(self, parts: Sequence[str]) -> Any:
        node: Any = self._doc
        for part in parts:
            if isinstance(node, dict):
                node = node.get(part)
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None
        return node

    def _capture(self) -> DraftState:
        return DraftState.capture(self._doc, self._launch_types, self._texts)

    def _changed(self, ptr: str, label: str, mergeable: bool = False) -> None:
        self._texts.changed(ptr)
        state = self._capture()
        self._history.record(state, ptr, label, mergeable)
        self._notify(ptr, state.size)

    def _restore(self, state: DraftState, ptr: str) -> None:
        """Undo/redo: put ``state`` back and announce it like the edit was announced."""
        self._doc = state.document()
        self._launch_types = state.launch_types
        self._history.restored(state)
        self._notify(ptr, state.size)

    def _notify(self, ptr: str, size: int = -1) -> None:
        """``size``: the draft's compact size when the undo snapshot measured it."""
        self._applicable = None
        self._memo.changed(ptr)
        if not ptr:
            self._texts.changed("")  # whatever changed, the next snapshot starts over
        self._recompute(whole=not ptr, size=size, ptr=ptr)
        self._last_change = ptr
        self._changed_containers_known = False
        self._watchers.document_changed(ptr)
        self.document_changed.emit(ptr)
        self._watchers.findings_changed(self._changed_paths, ptr)
        self.analysis_changed.emit()

    def _recompute(self, whole: bool = True, size: int = -1, ptr: str = "") -> None:
        from wizard.domain.analysis import analyse

        self._size = size if size >= 0 else compact_size(self._doc)
        self._all = analyse(self._doc, self._launch_types, self._size, self._memo)
        self._findings = self._shown(self._all)
        self._reindex(whole)
        # Typing an image or a port cannot change the sums and the task size
        # (setting a member of a container that was not there adds one).
        count = len(self.containers)
        if whole or changes_sizing(ptr) or count != self._report_count:
            self._report = sizing_report(self._doc)
            self._report_count = count

    def _shown(self, found: list[Finding]) -> list[Finding]:
        if not self._quiet:
            return found
        revealed = self._revealed
        return [
            f
            for f in found
            if f.rule not in WAITING_RULES or any(is_under(f.path, p) for p in revealed)
        ]

    def _reindex(self, whole: bool) -> None:
        """Index the shown findings by pointer, and note which pointers' findings
        changed (None: take all of them as changed)."""
        by_path = index_by_path(self._findings)
        self._changed_paths = None if whole else changed_paths(self._by_path, by_path)
        self._by_path = by_path

    def _show_revealed(self) -> None:
        shown = self._shown(self._all)
        if shown != self._findings:
            self._findings = shown
            self._reindex(whole=False)
            self._last_change = None
            self._changed_containers_known = False
            self._watchers.findings_changed(self._changed_paths, None)
            self.analysis_changed.emit()


@functools.lru_cache(maxsize=4096)
def _segments(ptr: str) -> tuple[str, ...]:
    """``split_pointer`` for get(): the views ask for the same few hundred
    pointers after every change."""
    return tuple(split_pointer(ptr))


def _containers_touched(
    change: str | None, finding_paths: set[str] | None
) -> frozenset[int] | None:
    """The positions of the containers under ``change`` or under one of
    ``finding_paths``; None when that may be every container."""
    if finding_paths is None or change == "":
        return None
    touched: set[int] = set()
    if change is not None:
        parts = split_pointer(change)
        if parts[0] == CONTAINER_LIST:
            # The list itself or one whole item (which may shift the others).
            if len(parts) < 3 or not parts[1].isdigit():
                return None
            touched.add(int(parts[1]))
    for path in finding_paths:
        if path.startswith(CONTAINERS_PREFIX):
            position = path[len(CONTAINERS_PREFIX) :].split("/", 1)[0]
            if position.isdigit():
                touched.add(int(position))
    return frozenset(touched)


def _common_parent(pointers: list[str]) -> str:
    """The deepest pointer at or above every one of ``pointers``."""
    if len(pointers) == 1:
        return pointers[0]
    common: list[str] = []
    for segments in zip(*(split_pointer(p) for p in pointers), strict=False):
        if len(set(segments)) != 1:
            break
        common.append(segments[0])
    return "".join("/" + s.replace("~", "~0").replace("/", "~1") for s in common)
