"""Open from account: families with a filter, their revisions, and a pulled draft."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt

from tests.ui.aws_support import *  # noqa: F403 - the AWS fixtures
from tests.ui.aws_support import book
from wizard.domain.formats.exporter import export_document
from wizard.services.gateway import gateway_for
from wizard.ui.aws.open_dialog import OpenFromAccountDialog


@pytest.fixture
def account_with_families(connected):
    gateway = gateway_for(connected.account.connection)
    first = export_document(book())
    gateway.register_task_definition(first)
    second = copy.deepcopy(first)
    second["memory"] = "1024"
    gateway.register_task_definition(second)
    worker = copy.deepcopy(first)
    worker["family"] = "worker"
    gateway.register_task_definition(worker)
    return connected


@pytest.fixture
def dialog(qtbot, account_with_families):
    dlg = OpenFromAccountDialog(account_with_families.account, account_with_families.window)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def revision_texts(dialog) -> list[str]:
    return [dialog.revisions.item(r).text() for r in range(dialog.revisions.count())]


def test_families_filter_revisions_and_open(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.families.count() == 2)
    assert dialog.visible_families() == ["book", "worker"]
    qtbot.keyClicks(dialog.filter_edit, "BOO")
    assert dialog.visible_families() == ["book"]
    assert dialog.families.currentItem().text() == "book"
    qtbot.waitUntil(lambda: revision_texts(dialog) == ["Revision 2", "Revision 1"])
    assert dialog.selected_reference() == "book:2"  # newest first, preselected
    dialog.revisions.setCurrentRow(1)
    qtbot.waitUntil(dialog.open_button.isEnabled)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pulled is not None)
    pulled = dialog.pulled
    assert pulled.revision == 1 and pulled.arn.endswith("task-definition/book:1")
    assert pulled.document["memory"] == "512"
    assert pulled.document["tags"] == [{"key": "team", "value": "blog"}]
    assert "revision" not in pulled.document and "taskDefinitionArn" not in pulled.document
    assert dialog.result() == OpenFromAccountDialog.DialogCode.Accepted


def test_opened_revision_becomes_the_draft_with_its_tags(qtbot, dialog, dialogs):
    qtbot.waitUntil(lambda: dialog.selected_reference() == "book:2")
    dialog.open_selected()
    qtbot.waitUntil(lambda: dialog.pulled is not None)
    ui = dialog.account.parent()
    ui.open_pulled(dialog.pulled)
    document = ui.window.controller.document
    assert document == dialog.pulled.document
    assert document["memory"] == "1024" and document["tags"] == [{"key": "team", "value": "blog"}]
    assert "book:2" in ui.window.windowTitle()
    [(_title, text, notes)] = dialogs.named("notice")
    assert "next revision" in text and "read-only" in notes
    assert ui.window.wizard.currentId() == 0  # the wizard starts over on the opened draft


def test_the_menu_action_opens_what_the_dialog_returns(qtbot, account_with_families, dialogs):
    ui = account_with_families
    dialog = OpenFromAccountDialog(ui.account, ui.window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.selected_reference() == "book:2")
    dialog.open_selected()
    qtbot.waitUntil(lambda: dialog.pulled is not None)
    pulled = dialog.pulled
    calls = []

    def ask(parent, account):
        calls.append((parent, account))
        return pulled

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(OpenFromAccountDialog, "ask", staticmethod(ask))
        ui.open_action.trigger()
    assert calls == [(ui.window, ui.account)]
    assert ui.window.controller.document["family"] == "book"


def test_nothing_changes_when_the_dialog_is_cancelled(qtbot, dialog):
    ui = dialog.account.parent()
    before = ui.window.controller.snapshot()
    qtbot.waitUntil(lambda: dialog.families.count() == 2)
    dialog.reject()
    assert dialog.pulled is None
    assert ui.window.controller.document == before
