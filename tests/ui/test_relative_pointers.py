"""Relative pointers (``base() + rel``, the container editor's fields) are told
exactly what the same pointers given as plain callables are told, though the
watchers resolve their base once per change and pass over them all when the
change is elsewhere."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from tests.ui.test_incremental_analysis import EDITS, apply, start
from wizard.ui.draft.controller import DraftController
from wizard.ui.draft.watchers import Relative

# Task-level edits that change findings inside containers without touching them.
TASK_EDITS = st.tuples(
    st.just("task"), st.sampled_from(["networkMode", "requiresCompatibilities"]), st.integers(0, 3)
)
RELS = ["", "/memory", "/image", "/portMappings", "/portMappings/0/containerPort", "/environment"]


class Selection:
    """Which container the fields show, as the container editor's context has it."""

    def __init__(self) -> None:
        self.index = 0

    def base(self) -> str:
        return f"/containerDefinitions/{self.index}"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(st.one_of(EDITS, TASK_EDITS), st.integers(0, 3)), min_size=1, max_size=12),
    st.lists(st.sampled_from(RELS), min_size=1, max_size=4, unique=True),
    st.booleans(),
)
def test_relative_pointers_hear_what_plain_callables_hear(qapp, steps, rels, exact):
    controller = DraftController(start())
    owner = QObject()
    selection = Selection()
    heard: dict[str, list[tuple]] = {"relative": [], "plain": []}

    def listen(kind: str, rel: str, pointer) -> None:
        controller.watch(
            owner,
            pointer,
            on_document=lambda changed: heard[kind].append((rel, "document", changed)),
            on_findings=lambda: heard[kind].append((rel, "findings")),
            exact=exact,
        )

    for rel in rels:
        listen("relative", rel, Relative(selection.base, rel))
        listen("plain", rel, lambda rel=rel: selection.base() + rel)
    for edit, index in steps:
        selection.index = index  # the user selects another container meanwhile
        apply(controller, edit)
        # Same calls, in the same order (each pair was made relative first).
        assert heard["relative"] == heard["plain"]
    owner.deleteLater()


def test_an_edit_elsewhere_resolves_the_base_once_and_calls_nobody(qapp):
    controller = DraftController(start())
    owner = QObject()
    resolved: list[int] = []
    heard: list[str] = []

    def base() -> str:
        resolved.append(1)
        return "/containerDefinitions/0"

    for rel in ("/memory", "/image", "/cpu", "/command"):
        controller.watch(owner, Relative(base, rel), on_document=heard.append)
    controller.set("/containerDefinitions/2/memory", 1024)
    assert heard == [] and len(resolved) == 1
    controller.set("/containerDefinitions/0/memory", 1024)
    assert heard == ["/containerDefinitions/0/memory"]


def test_findings_that_change_below_a_relative_pointer_reach_it(qapp):
    controller = DraftController(start())
    owner = QObject()
    selection = Selection()
    heard: list[str] = []
    controller.watch(
        owner, Relative(selection.base, "/portMappings"), on_findings=lambda: heard.append("web")
    )
    controller.set("/requiresCompatibilities", ["EC2"])  # Fargate would mean awsvpc
    controller.set("/containerDefinitions/1/image", "busybox:1.36")
    heard.clear()
    controller.set("/containerDefinitions/1/image", "busybox:1.37")
    assert heard == []
    controller.set("/networkMode", "none")  # web's port mapping is now an error
    assert heard == ["web"]
    assert controller.findings_under("/containerDefinitions/0/portMappings")


def test_a_relative_pointer_starts_with_a_slash():
    with pytest.raises(ValueError):
        Relative(lambda: "/containerDefinitions/0", "memory")


def test_a_base_nobody_watches_any_more_is_let_go(qapp):
    controller = DraftController(start())
    selection = Selection()
    owner = QObject()
    resolved: list[int] = []

    def base() -> str:
        resolved.append(1)
        return selection.base()

    controller.watch(owner, Relative(base, "/memory"), on_document=lambda changed: None)
    controller.set("/containerDefinitions/1/memory", 300)
    assert resolved == [1]
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    controller.set("/containerDefinitions/1/memory", 301)
    assert resolved == [1]  # not resolved for nobody
