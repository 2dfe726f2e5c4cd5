"""Targeted change notification: a view is told about changes where it looks only."""

from __future__ import annotations

import copy
import gc
import weakref

import shiboken6
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit

from tests.rulekit import container, fargate_doc
from wizard.domain.analysis import analyse
from wizard.domain.findings import Finding
from wizard.ui.draft.controller import DraftController
from wizard.ui.draft.watchers import is_related, is_under
from wizard.ui.widgets.field_row import FieldRow, bind_text

MEMORY_1 = "/containerDefinitions/1/memory"


def two_containers() -> dict:
    return fargate_doc(
        container("web", image="nginx:1.27", memory=512),
        container("worker", image="busybox:1.36", memory=256),
    )


class Recorder:
    """What a watcher was told, in order."""

    def __init__(self) -> None:
        self.changes: list[str] = []
        self.findings = 0

    def document(self, changed: str) -> None:
        self.changes.append(changed)

    def findings_changed(self) -> None:
        self.findings += 1


def watched(controller: DraftController, owner: QObject, ptr, **kwargs) -> Recorder:
    seen = Recorder()
    controller.watch(
        owner, ptr, on_document=seen.document, on_findings=seen.findings_changed, **kwargs
    )
    return seen


def test_a_watcher_hears_only_changes_at_under_or_above_its_pointer(qapp):
    controller = DraftController(two_containers())
    owner = QObject()
    seen = watched(controller, owner, MEMORY_1)

    controller.set("/containerDefinitions/0/image", "nginx:1.28")
    controller.set("/containerDefinitions/10/image", "x")  # /1 is not a prefix of /10
    controller.set("/family", "shop")
    assert seen.changes == []

    controller.set(MEMORY_1, 300)
    assert seen.changes == [MEMORY_1]

    replacement = copy.deepcopy(controller.get("/containerDefinitions/1"))
    replacement["memory"] = 320
    controller.set("/containerDefinitions/1", replacement)
    assert seen.changes == [MEMORY_1, "/containerDefinitions/1"]

    controller.remove_container(2)  # the list as a whole: every index may shift
    assert seen.changes[-1] == "/containerDefinitions"

    before = len(seen.changes)
    controller.undo_stack.undo()  # announces the removal's pointer again
    controller.undo_stack.undo()  # the whole container put back
    assert seen.changes[before:] == ["/containerDefinitions", "/containerDefinitions/1"]
    assert controller.get(MEMORY_1) == 300

    controller.replace_document(two_containers())
    assert seen.changes[-1] == ""
    assert seen.findings >= 1


def test_a_lazy_pointer_is_resolved_at_each_change(qapp):
    controller = DraftController(two_containers())
    owner = QObject()
    selected = [0]
    seen = watched(controller, owner, lambda: f"/containerDefinitions/{selected[0]}/memory")

    controller.set(MEMORY_1, 300)
    assert seen.changes == []
    selected[0] = 1
    controller.set(MEMORY_1, 310)
    assert seen.changes == [MEMORY_1]


def first_path(findings: list[Finding], rule_part: str) -> str:
    return next(f.path for f in findings if rule_part in f.rule)


def test_a_finding_change_reaches_only_the_watchers_of_its_pointer(qapp):
    controller = DraftController(two_containers())
    name_1 = "/containerDefinitions/1/name"
    owner = QObject()
    at_name_1 = watched(controller, owner, name_1, exact=True)
    at_name_0 = watched(controller, owner, "/containerDefinitions/0/name", exact=True)
    under_1 = watched(controller, owner, "/containerDefinitions/1")
    at_memory_1 = watched(controller, owner, MEMORY_1, exact=True)
    assert not controller.findings_at(name_1)

    # Renaming container 0 like container 1 puts a finding at container 1's name.
    controller.set("/containerDefinitions/0/name", "worker")
    assert controller.findings_at(name_1), controller.findings
    assert name_1 in controller.changed_finding_paths
    assert at_name_1.findings == 1
    assert under_1.findings == 1
    assert at_memory_1.findings == 0
    assert at_name_1.changes == under_1.changes == at_memory_1.changes == []
    assert at_name_0.changes == ["/containerDefinitions/0/name"]  # its own value changed

    # An edit that changes no finding tells no finding watcher elsewhere.
    controller.set("/containerDefinitions/0/image", "nginx:1.28")
    assert controller.changed_finding_paths == set()
    assert (at_name_1.findings, under_1.findings, at_memory_1.findings) == (1, 1, 0)


def test_findings_at_is_the_same_as_scanning_every_finding(qapp):
    doc = two_containers()
    doc["containerDefinitions"][1]["memory"] = "lots"
    doc["containerDefinitions"].append(container("worker", image="", cpu=-1))
    controller = DraftController(doc)
    paths = {f.path for f in controller.findings} | {"", "/nowhere"}
    assert len(paths) > 4
    for path in paths:
        assert controller.findings_at(path) == [f for f in controller.findings if f.path == path]
    assert controller.findings == analyse(doc)


def test_destroyed_owners_are_dropped(qapp):
    controller = DraftController(two_containers())
    keeper = QObject()
    kept = watched(controller, keeper, MEMORY_1)
    owner = QObject()
    gone = watched(controller, owner, MEMORY_1)
    assert len(controller._watchers) == 2

    shiboken6.delete(owner)
    assert len(controller._watchers) == 1
    controller.set(MEMORY_1, 300)
    assert gone.changes == []
    assert kept.changes == [MEMORY_1]


def test_editors_of_one_container_stay_still_while_another_is_edited(qtbot):
    controller = DraftController(two_containers())
    editor = QLineEdit()
    qtbot.addWidget(editor)
    binder = bind_text(controller, MEMORY_1, editor, integer=True)
    row = FieldRow(controller, MEMORY_1, editor)
    qtbot.addWidget(row)
    synced: list[str] = []
    refreshed: list[int] = []
    original_sync, original_refresh = binder.sync, row.refresh
    binder.sync = lambda changed="": (synced.append(changed), original_sync(changed))
    row.refresh = lambda: (refreshed.append(1), original_refresh())

    for n in range(5):
        controller.set("/containerDefinitions/0/image", f"nginx:1.{n}")
    assert synced == [] and refreshed == []

    controller.set(MEMORY_1, "lots")  # from elsewhere (the JSON view, say)
    assert editor.text() == "lots"
    assert row.message.text()  # the schema's "must be an integer" at the field
    assert synced == [MEMORY_1] and refreshed == [1]

    qtbot.keyClicks(editor, "")  # focus stays usable; typing goes through the binder
    editor.clear()
    qtbot.keyClicks(editor, "300")
    assert controller.get(MEMORY_1) == 300
    assert row.message.isHidden()


segments = st.lists(st.sampled_from(["a", "b", "1", "10", "ab"]), max_size=4)


@given(segments, segments)
def test_related_means_at_under_or_above(changed_parts, ptr_parts):
    changed = "".join("/" + s for s in changed_parts)
    ptr = "".join("/" + s for s in ptr_parts)
    shorter = min(len(changed_parts), len(ptr_parts))
    expected = changed_parts[:shorter] == ptr_parts[:shorter]
    assert is_related(changed, ptr) is expected
    assert is_related(changed, ptr) == (is_under(ptr, changed) or is_under(changed, ptr))


def test_a_watch_does_not_keep_its_listener_alive(qapp):
    controller = DraftController(two_containers())
    owner = QObject()
    seen = watched(controller, owner, MEMORY_1)
    probe = weakref.ref(seen)
    del seen
    gc.collect()
    assert probe() is None  # held weakly, like a Qt connection holds a slot
    controller.set(MEMORY_1, 300)  # finds the listener gone and forgets it
    assert len(controller._watchers) == 0
