"""The review page: final JSON, Copy, findings that jump to their field, Export."""

from __future__ import annotations

import copy
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_sizing_panel import BOOK
from wizard.domain.formats.exporter import to_json
from wizard.domain.findings import Severity
from wizard.ui.pages.base import PageId
from wizard.ui.pages.review_page import ReviewPage
from wizard.ui.widgets.findings_list import FindingsList


@pytest.fixture
def page(qtbot, controller):
    widget = ReviewPage(controller)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_shows_the_export_json(page, controller):
    controller.replace_document(copy.deepcopy(BOOK))
    assert page.json_text == to_json(controller.document)
    assert json.loads(page.json_text)["family"] == "wordpress"
    assert page.summary.text() == "Ready to register"
    assert not page.export_note.isVisibleTo(page)
    assert page.isComplete()


def test_summary_counts_errors(page, controller):
    controller.replace_document(copy.deepcopy(BOOK))
    controller.set("/family", "bad family!")
    controller.set("/containerDefinitions/0/memoryReservation", 600)
    assert page.summary.text() == "2 errors must be fixed before AWS accepts this"
    assert page.summary.property("severity") == "error"
    assert page.isComplete()  # a draft can always be exported


def test_schema_errors_show_the_draft_and_say_why(page, controller):
    controller.set("/cpu", 512)  # the API wants a string
    assert page.export_note.isVisibleTo(page)
    assert page.export_note.property("severity") == "error"
    assert json.loads(page.json_text)["cpu"] == 512


def test_hidden_page_refreshes_when_shown(page, controller):
    page.hide()
    controller.set("/family", "later")
    assert '"later"' not in page.json_text
    page.show()
    assert '"family": "later"' in page.json_text


def test_copy_puts_the_json_on_the_clipboard(page, controller, qtbot):
    controller.replace_document(copy.deepcopy(BOOK))
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == page.json_text
    assert page.copy_button.text() == "Copied"


def test_export_button_emits(page, qtbot):
    with qtbot.waitSignal(page.export_requested, timeout=1000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)


def test_activating_a_finding_emits_its_path(page, controller, qtbot):
    controller.set("/family", "bad family!")
    tree = page.findings_list.tree
    index = next(
        i for i, f in enumerate(page.findings_list.visible_findings()) if f.path == "/family"
    )
    tree.setCurrentItem(tree.topLevelItem(index))
    with qtbot.waitSignal(page.jump_requested, timeout=1000) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert blocker.args == ["/family"]


def test_findings_list_sorts_and_filters(qtbot, controller):
    findings = FindingsList()
    qtbot.addWidget(findings)
    controller.replace_document(copy.deepcopy(BOOK))
    controller.set("/family", "bad family!")
    controller.set("/containerDefinitions/1/environment", [{"name": "DB_PASSWORD", "value": "x1"}])
    findings.set_findings(list(reversed(controller.findings)))
    shown = findings.visible_findings()
    ranks = [f.severity.rank for f in shown]
    assert ranks == sorted(ranks) and shown[0].severity is Severity.ERROR
    findings.filters[Severity.ERROR].setChecked(False)
    assert all(f.severity is not Severity.ERROR for f in findings.visible_findings())
    assert findings.filters[Severity.ERROR].text() == "Error (1)"
    findings.filters[Severity.WARNING].setChecked(False)
    findings.filters[Severity.INFO].setChecked(False)
    assert findings.visible_findings() == []
    assert not findings.go_button.isEnabled()


def test_selected_finding_shows_message_and_hint(qtbot, controller):
    findings = FindingsList()
    qtbot.addWidget(findings)
    controller.set("/family", "bad family!")
    findings.set_findings(controller.findings)
    target = next(f for f in controller.findings if f.path == "/family")
    index = findings.visible_findings().index(target)
    findings.tree.setCurrentItem(findings.tree.topLevelItem(index))
    assert target.message in findings.detail.text()
    assert target.hint in findings.detail.text()
    with qtbot.waitSignal(findings.finding_activated) as blocker:
        findings.go_button.click()
    assert blocker.args == ["/family"]


def test_jump_from_review_lands_on_the_field(main_window, qtbot):
    wizard = main_window.wizard
    controller = main_window.controller
    controller.replace_document(copy.deepcopy(BOOK))
    wizard.go_to(PageId.REVIEW)
    if wizard.currentId() != int(PageId.REVIEW):
        pytest.skip("another page blocks Next on the book example while pages are being written")
    controller.set("/family", "bad family!")
    review = wizard.review
    review.jump_requested.emit("/family")
    assert wizard.currentId() == int(PageId.LAUNCH)
    target = wizard.pages[PageId.LAUNCH].focus_targets.get("/family")
    if target is not None:
        qtbot.waitUntil(target.hasFocus, timeout=2000)


def test_activating_in_the_window_jumps(main_window, qtbot):
    wizard = main_window.wizard
    controller = main_window.controller
    controller.replace_document(copy.deepcopy(BOOK))
    wizard.go_to(PageId.REVIEW)
    if wizard.currentId() != int(PageId.REVIEW):
        pytest.skip("another page blocks Next on the book example while pages are being written")
    controller.set("/family", "bad family!")
    findings = wizard.review.findings_list
    index = next(i for i, f in enumerate(findings.visible_findings()) if f.path == "/family")
    findings.tree.setCurrentItem(findings.tree.topLevelItem(index))
    findings.go_button.click()
    assert wizard.currentId() == int(PageId.LAUNCH)
