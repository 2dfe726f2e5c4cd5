"""The views of every container (the container list, the editor's heading and
section badges, the mount editor's container choice) redraw only the containers
an edit touched, the sizing panel only the parts whose inputs changed, and after
any sequence of edits they show what a full redraw shows."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.rulekit import container, fargate_doc
from tests.ui.test_incremental_analysis import EDITS, apply, start
from wizard.ui.container_editor.container_list import ERRORS_ROLE, ContainerList
from wizard.ui.container_editor.editor import ContainerEditor
from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.mounts_editor import MountsEditor
from wizard.ui.widgets.sizing_panel import SizingPanel
from wizard.ui.widgets.table_findings import MARKER_ROLE


def list_rows(view: ContainerList) -> list[tuple]:
    rows = []
    for i in range(view.list.count()):
        item = view.list.item(i)
        rows.append((item.text(), item.toolTip(), item.data(MARKER_ROLE), item.data(ERRORS_ROLE)))
    return rows


def editor_state(editor: ContainerEditor) -> tuple:
    badges = [(fold.button.text(), fold.button.property("severity")) for fold in editor.folds]
    return editor.heading.text(), badges


def panel_state(panel: SizingPanel) -> list[object]:
    labels = [
        panel.cpu_label,
        panel.memory_label,
        panel.platform_label,
        panel.valid_cpu_label,
        panel.valid_memory_label,
        panel.size_note,
        panel.unlimited_note,
        panel.errors_label,
        panel.warnings_label,
    ]
    bars = [
        panel.cpu_bar,
        panel.soft_bar,
        panel.hard_bar,
        panel.reserved_bar,
        panel.largest_bar,
        panel.json_bar,
    ]
    return [
        # A hidden label's text is nobody's business (it keeps its last one).
        *[
            (label.isVisibleTo(panel) and label.text(), label.isVisibleTo(panel))
            for label in labels
        ],
        *[(bar.text, bar.ratio, bar.state) for bar in bars],
        (panel.fit_button.text(), panel.fit_button.isEnabled(), panel.fit_button.toolTip()),
    ]


def combo_texts(mounts: MountsEditor) -> list[str]:
    combo = mounts.container_combo
    return [combo.itemText(i) for i in range(combo.count())]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(EDITS, min_size=1, max_size=10), st.integers(0, 2))
def test_targeted_redraws_show_what_a_full_redraw_shows(qtbot, edits, selected):
    controller = DraftController(start())
    view = ContainerList(controller)
    editor = ContainerEditor(controller)
    mounts = MountsEditor(controller)
    panel = SizingPanel(controller)
    for widget in (view, editor, mounts, panel):
        qtbot.addWidget(widget)
    editor.set_index(selected)
    for edit in edits:
        apply(controller, edit)
        if editor.index >= len(controller.containers):
            editor.set_index(0)
        shown = (list_rows(view), editor_state(editor), combo_texts(mounts))
        view.refresh()
        editor.refresh()
        mounts.container_combo.clear()  # forces the full rebuild
        mounts._refresh_containers()
        assert (list_rows(view), editor_state(editor), combo_texts(mounts)) == shown
        # The sizing panel redraws the parts whose inputs changed: a new panel agrees.
        fresh = SizingPanel(controller)
        qtbot.addWidget(fresh)
        assert panel_state(panel) == panel_state(fresh)
        fresh.deleteLater()


def test_an_edit_redraws_the_rows_of_the_containers_it_touched(qtbot):
    doc = fargate_doc(
        *(container(f"svc-{i}", memory=256) for i in range(4)), cpu="1024", memory="2048"
    )
    # svc-1 waits for a container named "db", which does not exist yet.
    doc["containerDefinitions"][1]["dependsOn"] = [{"containerName": "db", "condition": "START"}]
    controller = DraftController(doc)
    view = ContainerList(controller)
    editor = ContainerEditor(controller)
    qtbot.addWidget(view)
    qtbot.addWidget(editor)
    drawn: list[int] = []
    headings: list[int] = []
    show_row, heading = view._show_row, editor._refresh_heading
    view._show_row = lambda item, i, c: (drawn.append(i), show_row(item, i, c))
    editor._refresh_heading = lambda: (headings.append(editor.index), heading())

    controller.set("/containerDefinitions/2/memory", 300)
    assert drawn == [2] and headings == []  # the editor shows container 0

    # Naming container 3 "db" clears svc-1's error: both rows are drawn again.
    assert view.list.item(1).data(ERRORS_ROLE) == 1
    drawn.clear()
    controller.set("/containerDefinitions/3/name", "db")
    assert drawn == [1, 3]
    assert view.list.item(1).data(ERRORS_ROLE) == 0
    assert view.list.item(3).text().startswith("db")

    drawn.clear()
    controller.set("/containerDefinitions/0/name", "front")
    assert drawn == [0] and headings == [0]
    assert editor.heading.text().endswith("front")

    drawn.clear()
    controller.set("/cpu", "512")  # task-level: no container's text or findings changed
    assert drawn == []

    drawn.clear()
    controller.add_container()  # the list changed: every row
    assert drawn == [0, 1, 2, 3, 4]
