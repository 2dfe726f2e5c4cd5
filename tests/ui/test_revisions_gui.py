"""The Revisions window, Compare view, Prune and Run once, driven as a user does.

The account is moto on 127.0.0.1 (tests/revisions/account_setup.py: revisions used
by a service in two clusters, by a running task, unused ones). For Run once, the
ECS double (tests/revisions/ecs_double.py) forwards to moto and scripts
DescribeTasks with a real task life, because moto starts every task RUNNING and
never stops one with a reason. Modal questions go through the recorder of
tests/ui/aws_support.py, which answers them and records that they were asked.
"""

from __future__ import annotations

import boto3
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QTreeWidgetItem

from tests.revisions.account_setup import book, default_network, populate
from tests.revisions.conftest import ecs_double  # noqa: F401 - the fixture
from tests.revisions.task_stories import EXITS_1, STARTS, Story, logged_book, write_logs_on_run
from tests.ui.aws_support import *  # noqa: F403 - the AWS fixtures
from tests.ui.aws_support import REGION
from wizard.services.session import ALL_SERVICES, connect
from wizard.ui.aws.register_dialogs import DiffDialog
from wizard.ui.pages.base import PageId
from wizard.ui.revisions.compare_view import CHANGED, CompareDialog
from wizard.ui.revisions.prune_dialog import PruneDialog
from wizard.ui.revisions.revisions_window import RevisionsWindow
from wizard.ui.revisions.run_dialog import RunOnceDialog

LEFT = Qt.MouseButton.LeftButton


def use_account(ui, url: str) -> None:
    ui.account.use(connect(None, REGION, url, services=(*ALL_SERVICES, "ec2")))


def statuses(url: str) -> dict[int, str]:
    ecs = boto3.client("ecs", region_name=REGION, endpoint_url=url)
    out = {}
    for status in ("ACTIVE", "INACTIVE", "DELETE_IN_PROGRESS"):
        page = ecs.list_task_definitions(familyPrefix="book", status=status)
        for arn in page["taskDefinitionArns"]:
            out[int(arn.rsplit(":", 1)[1])] = status
    return out


@pytest.fixture
def window(qtbot, aws_ui, moto_url, dialogs) -> RevisionsWindow:
    populate(moto_url)
    use_account(aws_ui, moto_url)
    aws_ui.revisions_ui.action.trigger()  # Account > Revisions...
    win = aws_ui.revisions_ui.window_
    assert isinstance(win, RevisionsWindow) and win.isVisible()
    qtbot.waitUntil(lambda: len(win.history) == 8, timeout=20_000)
    qtbot.waitUntil(lambda: not win.busy_now)
    return win


def select(win: RevisionsWindow, revision: int) -> None:
    for i in range(win.revisions.topLevelItemCount()):
        item = win.revisions.topLevelItem(i)
        if item.text(0) == str(revision):
            win.revisions.setCurrentItem(item)
            return
    raise AssertionError(f"revision {revision} not listed")


def test_the_list_shows_status_images_and_uses(window):
    rows = {
        window.revisions.topLevelItem(i).text(0): window.revisions.topLevelItem(i)
        for i in range(window.revisions.topLevelItemCount())
    }
    assert list(rows) == ["8", "7", "6", "5", "4", "3", "2", "1"]
    assert rows["1"].text(1) == "INACTIVE"
    assert rows["8"].text(3) == "wordpress:6.8, mysql:8.4"
    assert rows["4"].text(4) == "service worker in batch (PRIMARY deployment)"
    # moto moves its task one status on per DescribeTasks: RUNNING, DEACTIVATING, ...
    assert rows["5"].text(4).startswith("task ") and " in prod (" in rows["5"].text(4)
    assert rows["6"].text(4) == "not in use"


def test_revision_status_and_date_columns_are_never_cut_off(qtbot, chinese, window):
    # "Registered (UTC)" and its dates were cut off at the default column width
    # (seen in Chinese); those columns now fit their titles and values. moto leaves
    # registeredAt out, so a row with a date as the window writes it is added.
    tree = window.revisions
    tree.addTopLevelItem(QTreeWidgetItem(["10", "ACTIVE", "2026-05-28 20:26:49", "", ""]))
    metrics = tree.fontMetrics()
    header = tree.header()

    def fits() -> bool:
        for column in (0, 1, 2):
            texts = [tree.headerItem().text(column)] + [
                tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())
            ]
            if header.sectionSize(column) < max(metrics.horizontalAdvance(t) for t in texts):
                return False
        return True

    qtbot.waitUntil(fits, timeout=2000)


def test_a_revision_in_use_cannot_be_deregistered(qtbot, window, dialogs, moto_url):
    select(window, 4)
    assert not window.deregister_button.isEnabled()
    assert "In use by service worker in batch" in window.deregister_button.toolTip()
    select(window, 6)
    assert window.deregister_button.isEnabled()
    dialogs.answers["confirm"] = False
    qtbot.mouseClick(window.deregister_button, LEFT)
    assert "Deregister book:6?" in dialogs.named("confirm")[0][1]
    assert statuses(moto_url)[6] == "ACTIVE"  # asked, said no: nothing sent
    dialogs.answers["confirm"] = True
    qtbot.mouseClick(window.deregister_button, LEFT)
    qtbot.waitUntil(lambda: statuses(moto_url)[6] == "INACTIVE", timeout=20_000)
    qtbot.waitUntil(lambda: "Deregistered book:6." in window.busy.status.text(), timeout=20_000)
    qtbot.waitUntil(lambda: not window.busy_now)
    select(window, 6)
    assert window.delete_button.isEnabled() and not window.deregister_button.isEnabled()


def test_prune_shows_the_plan_and_asks_before_changing(qtbot, window, dialogs, moto_url):
    qtbot.mouseClick(window.prune_button, LEFT)
    prune = window.prune_dialog
    assert isinstance(prune, PruneDialog) and prune.isVisible()
    prune.keep_spin.clear()
    qtbot.keyClicks(prune.keep_spin, "2")
    # On the box itself: the check box is as wide as the form, its text is not.
    box = prune.delete_check
    qtbot.mouseClick(box, LEFT, pos=QPoint(6, box.height() // 2))
    assert box.isChecked()
    planned = prune.planned()
    assert planned == {
        8: "keep",
        7: "keep",
        6: "deregister-delete",
        5: "keep",
        4: "keep",
        3: "deregister-delete",  # moto reports no draining deployment, so 3 is unused here
        2: "keep",
        1: "delete",
    }
    assert prune.summary.text() == "To deregister: 2; to delete: 3."
    before = statuses(moto_url)
    dialogs.answers["confirm"] = False
    qtbot.mouseClick(prune.prune_button, LEFT)
    assert "Deregister 2 revisions and delete 3 revisions of book" in dialogs.named("confirm")[0][1]
    assert statuses(moto_url) == before
    dialogs.answers["confirm"] = True
    qtbot.mouseClick(prune.prune_button, LEFT)
    qtbot.waitUntil(lambda: prune.report is not None, timeout=20_000)
    assert prune.report.complete
    after = statuses(moto_url)
    assert {after[n] for n in (2, 4, 5, 7, 8)} == {"ACTIVE"}
    assert {after.get(n) for n in (1, 3, 6)} <= {None, "DELETE_IN_PROGRESS"}
    assert "Deregistered: 2; deleted: 3." in prune.report_view.toPlainText()


def test_compare_with_the_draft_highlights_changed_sections(qtbot, window, aws_ui):
    draft = book(8)
    draft["containerDefinitions"].reverse()  # order does not count
    draft["containerDefinitions"][1]["image"] = "wordpress:7"
    aws_ui.window.files.load_draft(draft, "test draft")
    select(window, 8)
    qtbot.mouseClick(window.draft_button, LEFT)
    qtbot.waitUntil(lambda: window.compare_dialog is not None, timeout=20_000)
    compare = window.compare_dialog
    assert isinstance(compare, CompareDialog) and compare.isVisible()
    assert [c.label for c in compare.view.changes] == ["containers.wordpress.image"]
    sections = compare.view.section_items()
    image = sections["Container wordpress/image"]
    # The whole section is the change: one highlighted row, nothing to unfold.
    assert image.background(0).color() == CHANGED and image.childCount() == 0
    assert image.parent().isExpanded()
    assert image.text(1) == '"wordpress:6.8"' and image.text(2) == '"wordpress:7"'
    # Rows name members as the pages label them; the API member is in the tooltip.
    assert image.text(0) == "Image URI"
    assert image.toolTip(2) == '"wordpress:7"'  # a value elided in its column is whole here
    memory = sections["Task/memory"]
    assert memory.text(0) == "Task memory"
    assert not memory.isExpanded() and memory.toolTip(0) == "unchanged (API: memory)"
    assert memory.text(1) == memory.text(2) == '"512"'


@pytest.fixture
def run_window(qtbot, aws_ui, moto_url, dialogs, ecs_double):  # noqa: F811
    ecs = boto3.client("ecs", region_name=REGION, endpoint_url=moto_url)
    ecs.create_cluster(clusterName="dev")
    ecs.register_task_definition(**logged_book())

    def start(story, **scripts):
        double = ecs_double({"DescribeTasks": story, **scripts})
        use_account(aws_ui, double.url)
        win = aws_ui.revisions_ui.show_revisions()
        qtbot.waitUntil(lambda: len(win.history) == 1, timeout=20_000)
        qtbot.waitUntil(lambda: not win.busy_now)
        qtbot.mouseClick(win.run_button, LEFT)
        run = win.run_dialog
        assert isinstance(run, RunOnceDialog)
        qtbot.waitUntil(run.start_button.isEnabled, timeout=20_000)
        return run, double

    return start


@pytest.fixture(autouse=True)
def _fast_polls(monkeypatch):
    monkeypatch.setenv("ECS_TASKDEF_WIZARD_POLL_SECONDS", "0.05")


def test_run_once_shows_the_timeline_containers_and_logs(qtbot, run_window, moto_url):
    logs = {"wordpress": ["starting", "Error: cannot connect to mysql"], "mysql": ["ready"]}
    run, double = run_window(Story(EXITS_1), RunTask=write_logs_on_run(moto_url, logs))
    # The default VPC's subnets and its default group are preselected.
    assert run._checked(run.subnet_list) and len(run._checked(run.group_list)) == 1
    assert run.launch_combo.currentData() == "FARGATE"
    qtbot.mouseClick(run.start_button, LEFT)
    qtbot.waitUntil(lambda: run.state is not None and run.state.stopped, timeout=20_000)
    timeline = [run.timeline_list.item(i).text().split()[1] for i in range(4)]
    assert timeline == ["PROVISIONING", "PENDING", "RUNNING", "STOPPED"]
    rows = {
        run.container_tree.topLevelItem(i).text(0): run.container_tree.topLevelItem(i)
        for i in range(run.container_tree.topLevelItemCount())
    }
    assert rows["wordpress"].text(1) == "STOPPED" and rows["wordpress"].text(3) == "1"
    qtbot.waitUntil(lambda: "cannot connect" in run.log_panes["wordpress"].toPlainText())
    assert "ready" in run.log_panes["mysql"].toPlainText()
    assert "Essential container in task exited" in run.outcome_label.text()
    assert double.count("RunTask") == 1
    assert not run.stop_button.isEnabled()


def test_stop_asks_and_closing_leaves_the_task_running_and_says_so(qtbot, run_window, dialogs):
    run, double = run_window(Story(STARTS))
    qtbot.mouseClick(run.start_button, LEFT)
    qtbot.waitUntil(lambda: run.reached_running, timeout=20_000)
    dialogs.answers["confirm"] = False
    qtbot.mouseClick(run.stop_button, LEFT)
    assert dialogs.named("confirm") and double.count("StopTask") == 0
    run.reject()  # the user closes the view
    notices = dialogs.named("notice")
    assert notices and "keeps running in cluster dev" in notices[-1][1]
    assert "aws ecs stop-task --cluster dev" in notices[-1][2]
    assert double.count("StopTask") == 0


def test_stop_when_confirmed_sends_stop_task_once(qtbot, run_window, dialogs):
    run, double = run_window(Story(STARTS))
    qtbot.mouseClick(run.start_button, LEFT)
    qtbot.waitUntil(lambda: run.reached_running, timeout=20_000)
    dialogs.answers["confirm"] = True
    qtbot.mouseClick(run.stop_button, LEFT)
    qtbot.waitUntil(lambda: double.count("StopTask") == 1, timeout=20_000)
    qtbot.waitUntil(lambda: "Asked ECS to stop" in run.busy.status.text(), timeout=20_000)


def test_the_register_diff_dialog_shows_the_changes_side_by_side(qtbot):
    before = book(1)
    after = book(1)
    after["containerDefinitions"][1]["image"] = "mysql:9"
    dialog = DiffDialog("1 change", ["~ ..."], None, (before, after, "book:1", "this draft"))
    qtbot.addWidget(dialog)
    assert not dialog.changes.isVisibleTo(dialog)
    assert dialog.compare_view is not None
    assert [c.label for c in dialog.compare_view.changes] == ["containers.mysql.image"]
    headers = dialog.compare_view.tree.headerItem()
    assert (headers.text(1), headers.text(2)) == ("book:1", "this draft")


def test_the_review_page_counts_changes_since_the_opened_revision(qtbot, window, aws_ui):
    select(window, 8)
    qtbot.mouseClick(window.open_button, LEFT)
    qtbot.waitUntil(lambda: aws_ui.revisions_ui.review_changes.base is not None, timeout=20_000)
    changes = aws_ui.revisions_ui.review_changes
    main = aws_ui.window
    main.wizard.go_to(PageId.REVIEW)
    qtbot.waitUntil(changes.isVisible)
    assert changes.label.text() == "No changes since revision book:8."
    assert not changes.compare_button.isEnabled()
    main.controller.set("/memory", "1024")
    qtbot.waitUntil(lambda: changes.label.text() == "1 change since revision book:8.")
    qtbot.mouseClick(changes.compare_button, LEFT)
    assert isinstance(changes.dialog, CompareDialog)
    assert [c.label for c in changes.dialog.view.changes] == ["memory"]
    assert not changes.run_button.isVisible()


def test_after_register_the_new_revision_can_be_run_once(qtbot, aws_ui, moto_url, dialogs):
    use_account(aws_ui, moto_url)
    main = aws_ui.window
    main.controller.replace_document(book(1))
    main.wizard.go_to(PageId.REVIEW)
    qtbot.mouseClick(aws_ui.register_panel.register_button, LEFT)
    changes = aws_ui.revisions_ui.review_changes
    qtbot.waitUntil(changes.run_button.isVisible, timeout=20_000)
    assert changes.run_button.text() == "Run revision 1 once…"
    assert changes.label.text() == "No changes since revision book:1."
    qtbot.mouseClick(changes.run_button, LEFT)
    assert isinstance(changes.dialog, RunOnceDialog)
    assert changes.dialog.arn.endswith("task-definition/book:1")
    qtbot.waitUntil(changes.dialog.start_button.isEnabled, timeout=20_000)
    changes.dialog.reject()  # nothing started: nothing to say about a running task
    assert not dialogs.named("notice")


def test_compare_with_another_revision_chosen_from_the_list(qtbot, window):
    select(window, 8)
    asked: list[list[str]] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, choose)  # not up yet
            return
        asked.append(dialog.comboBoxItems())
        dialog.setTextValue("book:6")
        dialog.accept()

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(window.compare_button, LEFT)
    qtbot.waitUntil(lambda: window.compare_dialog is not None, timeout=20_000)
    assert asked and "book:8" not in asked[0] and "book:6" in asked[0]
    view = window.compare_dialog.view
    assert [(c.label, c.old, c.new) for c in view.changes] == [
        ("containers.wordpress.image", "wordpress:6.6", "wordpress:6.8")
    ]
    header = view.tree.headerItem()
    assert (header.text(1), header.text(2)) == ("book:6", "book:8")


def test_a_revision_that_came_into_use_since_the_list_loaded_is_left_alone(
    qtbot, window, dialogs, moto_url
):
    select(window, 6)
    assert window.deregister_button.isEnabled()  # unused when the list was loaded
    ecs = boto3.client("ecs", region_name=REGION, endpoint_url=moto_url)
    ecs.create_service(
        cluster="batch",
        serviceName="late",
        taskDefinition=window.selected().arn,
        desiredCount=1,
        launchType="FARGATE",
        networkConfiguration=default_network(moto_url),
    )
    qtbot.mouseClick(window.deregister_button, LEFT)
    assert dialogs.named("confirm")
    qtbot.waitUntil(lambda: "came into use meanwhile" in window.busy.status.text(), timeout=20_000)
    assert "service late in batch" in window.busy.status.text()
    assert statuses(moto_url)[6] == "ACTIVE"
