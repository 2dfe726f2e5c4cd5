"""The wizard as people expect one (issue 18, items 5, 6, 7 and 12), driven as a
user does: clicks on the steps, Next over an error, a fresh draft that stays
quiet until a field is left, a file that shows everything at once, the launch
type a file leaves out shown as assumed, Export with errors asking first."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.ui.page_driving import next_enabled, toggle
from tests.ui.test_containers_page import field, row_of
from wizard.ui.pages.base import PageId
from wizard.ui.pages.page_of import page_of
from wizard.ui.step_list import COUNTS_ROLE


def click_step(qtbot, window, page: PageId) -> None:
    steps = window.wizard.steps
    rect = steps.visualItemRect(steps.item(int(page)))
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_next(qtbot, window) -> None:
    button = window.wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def counts(window, page: PageId) -> tuple[int, int]:
    return window.wizard.steps.item(int(page)).data(COUNTS_ROLE)


def step_text(window, page: PageId) -> str:
    return window.wizard.steps.item(int(page)).text()


# --- one place maps a pointer to its page ------------------------------------------


def test_each_pointer_belongs_to_one_page():
    assert page_of("/family") is PageId.LAUNCH
    assert page_of("/runtimePlatform/cpuArchitecture") is PageId.LAUNCH
    assert page_of("/memory") is PageId.TASK_SIZE
    assert page_of("/containerDefinitions/1/memory") is PageId.CONTAINERS
    assert page_of("/containerDefinitions/0/mountPoints/0/sourceVolume") is PageId.STORAGE
    assert page_of("/volumes/2/name") is PageId.STORAGE
    assert page_of("/tags/0/key") is PageId.MONITORING
    assert page_of("") is PageId.REVIEW
    assert page_of("/placementConstraints/0") is PageId.REVIEW  # only the JSON view edits it
    assert page_of("/memoryX") is PageId.REVIEW  # a prefix is a whole member


# --- 5. the step list ---------------------------------------------------------------


def test_the_step_list_shows_every_page_and_clicking_a_step_goes_there(qtbot, main_window):
    wizard = main_window.wizard
    steps = wizard.steps
    assert steps.isVisible()
    assert steps.count() == len(PageId)
    assert "Launch type and family" in step_text(main_window, PageId.LAUNCH)
    assert "Current" in step_text(main_window, PageId.LAUNCH)
    assert "Not visited yet" in step_text(main_window, PageId.STORAGE)
    click_step(qtbot, main_window, PageId.STORAGE)
    assert wizard.currentId() == int(PageId.STORAGE)
    assert "Current" in step_text(main_window, PageId.STORAGE)
    assert "Visited" in step_text(main_window, PageId.LAUNCH)
    # Pages a jump passes over are not visited.
    assert "Not visited yet" in step_text(main_window, PageId.TASK_SIZE)
    click_step(qtbot, main_window, PageId.TASK_SIZE)
    assert wizard.currentId() == int(PageId.TASK_SIZE)
    # Back follows the page order, not the order of the clicks.
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == int(PageId.LAUNCH)


def test_a_step_counts_the_errors_and_warnings_on_its_page(qtbot, main_window):
    controller = main_window.controller
    controller.set("/family", "web")
    controller.set("/containerDefinitions/0/name", "web")
    controller.set("/containerDefinitions/0/image", "nginx:1.27")
    # A warning: a password in plain text.
    controller.set("/containerDefinitions/0/environment", [{"name": "DB_PASSWORD", "value": "x1"}])
    controller.set("/containerDefinitions/0/memory", 4096)  # an error: above the task's 1 GB
    controller.set("/tags", [{"key": "aws:reserved", "value": "x"}])  # an error
    assert counts(main_window, PageId.CONTAINERS) == (1, 1)
    assert counts(main_window, PageId.MONITORING) == (1, 0)
    assert counts(main_window, PageId.LAUNCH) == (0, 0)
    text = step_text(main_window, PageId.CONTAINERS)
    assert "1 error" in text and "1 warning" in text
    controller.set("/containerDefinitions/0/memory", 512)
    assert counts(main_window, PageId.CONTAINERS) == (0, 1)


def test_back_and_next_keep_a_normal_size(qtbot, main_window):
    wizard = main_window.wizard
    click_next(qtbot, main_window)  # Back shows from the second page on
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton):
        button = wizard.button(which)
        assert button.isVisible()
        assert button.height() <= 2 * button.sizeHint().height()
        assert button.width() <= wizard.width() // 6  # not stretched across the window


def test_a_narrow_window_shows_numbers_and_icons(qtbot, main_window):
    steps = main_window.wizard.steps
    assert not steps.compact
    main_window.resize(820, 700)
    qtbot.waitUntil(lambda: steps.compact)
    assert steps.item(int(PageId.CONTAINERS)).text() == "3"
    assert "Containers" in steps.item(int(PageId.CONTAINERS)).toolTip()
    main_window.resize(1280, 860)
    qtbot.waitUntil(lambda: not steps.compact)


# --- 6. free movement ---------------------------------------------------------------


def test_next_goes_on_over_an_error_and_export_asks_first(
    qtbot, main_window, monkeypatch, tmp_path
):
    wizard = main_window.wizard
    page = wizard.pages[PageId.LAUNCH]
    qtbot.keyClicks(page.family_edit, "bad name!")
    assert page.family_row.message.isVisible()
    for expected in (PageId.TASK_SIZE, PageId.CONTAINERS, PageId.STORAGE):
        assert next_enabled(wizard)
        click_next(qtbot, main_window)
        assert wizard.currentId() == int(expected)
    assert counts(main_window, PageId.LAUNCH)[0] == 1
    click_step(qtbot, main_window, PageId.REVIEW)
    assert wizard.currentId() == int(PageId.REVIEW)
    # Export is where errors hold the user back: it asks, and "Export anyway" writes.
    asked = []
    target = tmp_path / "out.json"
    files = main_window.files
    monkeypatch.setattr(files, "ask_save_path", lambda *a: str(target))
    monkeypatch.setattr(files, "ask_export_anyway", lambda n: asked.append(n) or False)
    qtbot.mouseClick(wizard.review.export_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0] >= 1
    assert not target.exists()
    monkeypatch.setattr(files, "ask_export_anyway", lambda n: asked.append(n) or True)
    qtbot.mouseClick(wizard.review.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_text(encoding="utf-8"))["family"] == "bad name!"


def test_someone_elses_file_opens_every_page(qtbot, main_window, tmp_path):
    broken = {
        "family": "bad name!",
        "cpu": "3",
        "memory": "5",
        "containerDefinitions": [{"name": "web", "image": "", "memory": -1}],
        "volumes": [{"name": ""}],
        "tags": [{"key": "aws:x", "value": "y"}],
    }
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    assert main_window.open_file(str(path))
    wizard = main_window.wizard
    seen = [PageId(wizard.currentId())]
    while wizard.currentId() < int(PageId.REVIEW):
        click_next(qtbot, main_window)
        seen.append(PageId(wizard.currentId()))
    assert seen == list(PageId)
    for page in (PageId.LAUNCH, PageId.TASK_SIZE, PageId.CONTAINERS, PageId.MONITORING):
        assert counts(main_window, page)[0] >= 1, page


# --- 7. quiet until touched ---------------------------------------------------------


def test_a_new_draft_is_quiet_until_a_field_is_left(qtbot, main_window):
    wizard = main_window.wizard
    page = wizard.pages[PageId.LAUNCH]
    panel = main_window.sizing_panel
    assert page.family_row.message.isHidden()
    assert panel.errors_label.text() == "0 errors"
    assert all(counts(main_window, p) == (0, 0) for p in PageId)
    # The user enters the family field and leaves it empty: now it says so.
    page.family_edit.setFocus()
    qtbot.keyClick(page.family_edit, Qt.Key.Key_Tab)
    assert page.family_row.message.isVisible()
    assert "family" in page.family_row.message.text().lower()
    assert counts(main_window, PageId.LAUNCH) == (1, 0)
    # The container's fields wait until the user gets there and leaves them.
    click_next(qtbot, main_window)
    click_next(qtbot, main_window)
    containers = wizard.currentPage()
    assert row_of(containers, "/name").message.isHidden()
    assert counts(main_window, PageId.CONTAINERS) == (0, 0)
    field(containers, "/name").setFocus()
    field(containers, "/image").setFocus()  # left the name, still in the image
    assert row_of(containers, "/name").message.isVisible()
    assert row_of(containers, "/image").message.isHidden()
    assert counts(main_window, PageId.CONTAINERS) == (1, 0)
    # Moving past the page shows the rest of it.
    click_next(qtbot, main_window)
    assert counts(main_window, PageId.CONTAINERS) == (2, 0)


def test_the_review_page_shows_everything(qtbot, main_window):
    click_step(qtbot, main_window, PageId.REVIEW)
    review = main_window.wizard.review
    rules = {f.rule for f in review.findings_list.visible_findings()}
    # The three empty required fields, and the execution role that the new container's
    # default log collection (awslogs) needs.
    assert {
        "family-missing",
        "container-name-missing",
        "image-missing",
        "execution-role-awslogs",
    } <= rules
    assert "4 errors" in review.summary.text()


def test_file_new_is_quiet_again_and_an_opened_file_says_everything(qtbot, main_window, tmp_path):
    controller = main_window.controller
    main_window.wizard.go_to(PageId.REVIEW)
    assert len(controller.findings) == 4
    assert main_window.new_draft()
    assert controller.findings == []
    assert len(controller.all_findings) == 4
    path = tmp_path / "empty.json"
    path.write_text(json.dumps({"family": "", "containerDefinitions": [{"name": ""}]}), "utf-8")
    assert main_window.open_file(str(path))
    rules = {f.rule for f in controller.findings}
    assert {"family-missing", "container-name-missing", "image-missing"} <= rules
    assert counts(main_window, PageId.LAUNCH)[0] == 1
    assert counts(main_window, PageId.CONTAINERS)[0] >= 2


# --- 12. the launch type a file leaves out ------------------------------------------


def test_a_file_without_launch_types_shows_ec2_assumed_on_the_page_and_the_panel(
    qtbot, main_window, tmp_path
):
    doc = {"family": "legacy", "containerDefinitions": [{"name": "a", "image": "b:1"}]}
    path = tmp_path / "legacy.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main_window.open_file(str(path))
    page = main_window.wizard.pages[PageId.LAUNCH]
    ec2 = page.launch_boxes["EC2"]
    assert ec2.isChecked()
    assert "(assumed)" in ec2.text()
    assert not any(b.isChecked() for k, b in page.launch_boxes.items() if k != "EC2")
    assert "EC2 (assumed)" in main_window.sizing_panel.platform_label.text()
    # A click on the assumed box makes the choice explicit, and "assumed" goes.
    toggle(qtbot, ec2)
    assert main_window.controller.get("/requiresCompatibilities") == ["EC2"]
    assert ec2.isChecked() and "(assumed)" not in ec2.text()
    assert "assumed" not in main_window.sizing_panel.platform_label.text()
