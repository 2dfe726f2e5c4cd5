"""The JSON view: apply valid JSON, refuse broken JSON with line and column, and
never overwrite unapplied edits."""

from __future__ import annotations

import copy
import json

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_sizing_panel import BOOK
from wizard.ui.widgets.json_editor import JsonEditor


@pytest.fixture
def editor(qtbot, controller):
    widget = JsonEditor(controller)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def set_text(editor: JsonEditor, text: str) -> None:
    # setPlainText would mark the document unmodified; a user's edit marks it modified.
    cursor = editor.editor.textCursor()
    cursor.select(cursor.SelectionType.Document)
    cursor.insertText(text)


def test_shows_the_draft(editor, controller):
    assert json.loads(editor.editor.toPlainText()) == controller.document
    assert not editor.has_unapplied_edits
    assert not editor.apply_button.isEnabled()


def test_valid_apply_replaces_the_draft(editor, controller):
    set_text(editor, json.dumps(BOOK))
    assert editor.has_unapplied_edits
    assert editor.apply() is True
    assert controller.get("/family") == "wordpress"
    assert controller.get("/containerDefinitions/1/name") == "mysql"
    assert not editor.has_unapplied_edits
    assert editor.error_text == ""
    # The text now is the draft, pretty-printed.
    assert json.loads(editor.editor.toPlainText()) == controller.document


def test_apply_reports_what_loading_changed(editor, controller):
    doc = copy.deepcopy(BOOK)
    doc["memory"] = "0.5 GB"
    set_text(editor, json.dumps(doc))
    assert editor.apply()
    assert controller.get("/memory") == "512"
    assert editor.status.text().startswith("Applied; changed on loading:")


def test_broken_json_shows_line_and_column_and_keeps_the_draft(editor, controller):
    before = copy.deepcopy(controller.document)
    set_text(editor, '{\n  "family": "x",\n  "cpu": ,\n  "memory": "512"\n}\n')
    assert editor.apply() is False
    assert controller.document == before
    assert editor.error_text.startswith("Line 3, column 10:")
    assert editor.error_lines == [3]
    assert len(editor.editor.extraSelections()) == 1
    assert editor.editor.textCursor().blockNumber() == 2
    assert editor.has_unapplied_edits  # the user's text stays for fixing


def test_schema_fatal_error_is_located_and_not_applied(editor, controller):
    before = copy.deepcopy(controller.document)
    set_text(editor, '{\n  "family": "x",\n  "famly": "typo"\n}\n')
    assert editor.apply() is False
    assert controller.document == before
    assert editor.error_text.startswith("Line 3,")
    assert "famly" in editor.error_text


def test_ctrl_return_applies(editor, controller, qtbot):
    doc = copy.deepcopy(BOOK)
    doc["family"] = "from-shortcut"
    set_text(editor, json.dumps(doc))
    editor.activateWindow()
    editor.editor.setFocus()
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert controller.get("/family") == "from-shortcut"


def test_form_changes_refresh_an_unedited_view(editor, controller):
    controller.set("/family", "from-form")
    assert json.loads(editor.editor.toPlainText())["family"] == "from-form"
    assert not editor.form_changed


def test_unapplied_edits_are_not_overwritten(editor, controller):
    mine = '{"family": "mine", "containerDefinitions": []}'
    set_text(editor, mine)
    controller.set("/family", "from-form")
    assert editor.editor.toPlainText() == mine
    assert editor.form_changed
    assert "Reload discards your JSON edits" in editor.banner_label.text()
    editor.refresh()  # what Reload does
    assert json.loads(editor.editor.toPlainText())["family"] == "from-form"
    assert not editor.form_changed
    assert not editor.has_unapplied_edits


def test_hidden_view_catches_up_when_shown(editor, controller):
    editor.hide()
    controller.set("/family", "while-hidden")
    editor.show()
    assert json.loads(editor.editor.toPlainText())["family"] == "while-hidden"
