"""The GUI's other places that show a finding speak the screen's words too: the
table editors' message line and cell tooltips, the containers page's list
message, the container's JSON view, the export report, the compose import
report, the preflight checklist and the AWS error box. No camelCase API member
outside the "(API: …)" note and no raw JSON Pointer in the text a user reads
(a tooltip or a "details" part may name the pointer for those who want it)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox

from tests.ui.test_containers_page import cell_editor, edit_cell, make_page, open_cell

# The fixture that installs the Chinese translation, used by its name.
from tests.ui.test_message_words import left_over
from wizard.domain.findings import Severity
from wizard.domain.schema.shapes import SHAPES
from wizard.services.errors import AwsError
from wizard.services.preflight.results import Area, CheckResult, Status
from wizard.ui.aws.messages import AwsErrorDialog
from wizard.ui.aws.preflight_view import Checklist
from wizard.ui.container_editor.json_section import JsonSection
from wizard.ui.container_editor.ports import PortsSection
from wizard.ui.dialogs.compose_dialog import report_lines

#: The "(API: …)" note, where the members belong (English and Chinese).
API_NOTE = re.compile(r"\(API: [^)]*\)|（API：[^）]*）")
#: A JSON Pointer into a task definition (or a compose file's services).
_TOP = sorted({*SHAPES["TaskDefinition"]["members"], "services"}, key=len, reverse=True)  # type: ignore[index]
POINTER = re.compile(r"(?<![\w.:/~-])/(?:" + "|".join(_TOP) + r")(?![A-Za-z])")


def api_words(text: str) -> set[str]:
    """API members and JSON Pointers a user would read in ``text``."""
    text = API_NOTE.sub("", text)
    return left_over(text) | set(POINTER.findall(text))


def test_the_check_sees_members_and_pointers():
    assert "/containerDefinitions" in api_words("/containerDefinitions/0/image: bad")
    assert api_words("Remove hostPort or set it.") == {"hostPort"}
    assert api_words("Remove host port. (API: hostPort)") == set()
    assert api_words("Log group /ecs/web is missing.") == set()  # a value, not a pointer


def host_port_mismatch(qtbot, controller):
    """The ports table with a host port unlike its container port (awsvpc), typed."""
    controller.set("/networkMode", "awsvpc")
    page = make_page(qtbot, controller)
    table = page.editor.section(PortsSection).table
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, table, 0, "containerPort", "80")
    edit_cell(qtbot, table, 0, "hostPort", "8080")
    assert any(f.rule == "port-host-mismatch" for f in controller.findings)
    return page


def test_ports_table_message_and_tooltip_use_the_labels(qtbot, controller):
    page = host_port_mismatch(qtbot, controller)
    table = page.editor.section(PortsSection).table
    assert table.message.isVisible()
    text = table.message.text()
    assert text.startswith("Row 1, Host port: Container #1 maps host port 8080")
    assert "Remove host port or set it to 80" in text
    assert "(API: hostPort, containerPort)" in text
    assert not api_words(text), text
    tip = table.table.item(0, table.column_index("hostPort")).toolTip()
    assert "maps host port 8080" in tip
    assert not api_words(tip), tip


def test_the_host_port_the_message_names_is_in_view_until_cleared(qtbot, controller):
    """Under awsvpc the Host port column is hidden, unless a row has a host port
    unlike its container port: the message names that column, so it is shown."""
    controller.set("/networkMode", "awsvpc")
    controller.set("/containerDefinitions/0/portMappings", [{"containerPort": 80, "hostPort": 80}])
    page = make_page(qtbot, controller)
    table = page.editor.section(PortsSection).table
    host = table.column_index("hostPort")
    assert table.table.isColumnHidden(host)  # equal ports, as the console writes them
    controller.set("/containerDefinitions/0/portMappings/0/hostPort", 8080)
    assert not table.table.isColumnHidden(host)
    open_cell(table, 0, "hostPort")  # the user clears it in the column
    editor = cell_editor(table)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.table.state() != QAbstractItemView.State.EditingState)
    assert controller.get("/containerDefinitions/0/portMappings/0") == {"containerPort": 80}
    assert table.table.isColumnHidden(host)


def test_ports_table_in_chinese(qtbot, controller, chinese):
    page = host_port_mismatch(qtbot, controller)
    table = page.editor.section(PortsSection).table
    text = table.message.text()
    assert "API：" in text
    assert not api_words(text), text
    tip = table.table.item(0, table.column_index("hostPort")).toolTip()
    assert not api_words(tip), tip


def test_json_view_names_the_place_as_the_screen_does(qtbot, controller):
    controller.set("/requiresCompatibilities", ["FARGATE"])
    controller.set(
        "/containerDefinitions/0/systemControls",
        [{"namespace": "kernel.shm_rmid_forced", "value": "1"}],
    )
    page = make_page(qtbot, controller)
    section = page.editor.section(JsonSection)
    section.show_other_findings()
    text = section.others.text()
    assert "System controls: " in text, text
    assert not api_words(text), text


def test_containers_list_message(qtbot, controller):
    controller.set("/containerDefinitions", [])
    page = make_page(qtbot, controller)
    text = page.list_message.text()
    assert text and page.list_message.isVisible()
    assert not api_words(text), text


def messages_of_next_box(qtbot) -> list[tuple[str, str, str]]:
    """Read the next message box when it opens, then close it with its button."""
    seen: list[tuple[str, str, str]] = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read)
            return
        seen.append((box.text(), box.informativeText(), box.detailedText()))
        button = box.button(QMessageBox.StandardButton.Ok) or box.buttons()[0]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, read)
    return seen


def test_export_report_names_places_and_labels(qtbot, main_window, monkeypatch, tmp_path):
    controller = main_window.controller
    controller.set("/family", "shop")
    controller.set("/containerDefinitions/0/name", "web")
    controller.set("/containerDefinitions/0/image", "nginx")
    controller.set("/trustedExecutionConfiguration", {"isolationMode": "SHARED"})
    controller.set("/tags", [{"key": "team", "value": "web"}, {"value": "orphan"}])
    target = tmp_path / "shop.tf"
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(target))
    seen = messages_of_next_box(qtbot)  # the box is modal: read it, then close it
    assert main_window.exports.export_terraform()
    assert target.exists()
    ((text, _info, details),) = seen
    assert "shop.tf was written" in text
    lines = details.splitlines()
    assert any(line.startswith("Trusted execution: 'Trusted execution' has") for line in lines)
    assert any(line.startswith("Tag 2: A tag without a key") for line in lines), lines
    assert not api_words(details), details


COMPOSE = """\
services:
  web:
    image: nginx
    links: [api]
    networks: [front]
    pid: host
    environment:
      API_URL: http://api:5000
  api:
    image: example/api
"""


@pytest.mark.parametrize("mode", ["awsvpc", "bridge"])
def test_compose_report_speaks_the_screen_words(qapp, mode):
    from wizard.domain.formats.compose.importer import import_compose

    result = import_compose(COMPOSE, network_mode=mode)
    rows = report_lines("docker-compose.yml", result)
    assert rows
    for _where, _severity, key, why in rows:
        assert not POINTER.search(key), key
        assert not api_words(why), why
    assert "services.web.pid" in [row[2] for row in rows]


def test_preflight_checklist_speaks_the_screen_words(qtbot):
    checklist = Checklist()
    qtbot.addWidget(checklist)
    check = CheckResult(
        "role.exists",
        Area.ROLES,
        Status.FAIL,
        Severity.ERROR,
        "/executionRoleArn",
        "executionRoleArn names a role that does not exist.",
        "Create the role, or pick another for executionRoleArn.",
    )
    checklist.set_checks([check])
    item = checklist.tree.topLevelItem(0).child(0)
    assert item.text(1) == "Task execution role names a role that does not exist."
    assert not api_words(item.text(1))
    assert not api_words(item.toolTip(1)), item.toolTip(1)
    assert not item.icon(0).isNull()


def test_aws_error_box_speaks_the_screen_words(qtbot):
    error = AwsError(
        "invalid-value",
        "Invalid 'containerPort' setting for container 'web'.",
        "Give every port mapping a containerPort between 1 and 65535.",
        field_pointer="/containerDefinitions/0/portMappings/0/containerPort",
    )
    document = {"containerDefinitions": [{"name": "web", "portMappings": [{}]}]}
    box = AwsErrorDialog("Register", error, "", None, document)
    qtbot.addWidget(box)
    assert not api_words(box.text()), box.text()
    assert not api_words(box.informativeText()), box.informativeText()
    assert "Field: web › Port mapping 1 › Container port" in box.detailedText()


def test_json_view_notes_and_errors_speak_the_screen_words(qtbot, controller):
    from tests.ui.test_json_editor import set_text
    from wizard.ui.widgets.json_editor import JsonEditor

    editor = JsonEditor(controller)
    qtbot.addWidget(editor)
    text = '{"family": "x", "containerDefinitions": [{"name": "w", "portMappings": null}]}'
    set_text(editor, text)
    assert editor.apply()
    note = editor.status.text()
    assert note.startswith("Applied; changed on loading: 'Port mappings' was null")
    assert not api_words(note), note
    set_text(editor, '{"family": "x", "requiresCompatibilities": "FARGATE"}')
    assert not editor.apply()  # refused: the reason in the screen's words
    assert editor.error_text.startswith("Line 1, column 17: 'Launch type' must be a list")
    assert not api_words(editor.error_text), editor.error_text


def test_move_to_secrets_names_the_field_as_the_secrets_table_does(qtbot, controller):
    from PySide6.QtWidgets import QLabel

    from tests.ui.test_move_to_secrets import draft
    from wizard.ui.dialogs.move_to_secrets import MoveToSecretsDialog

    controller.replace_document(draft())
    dialog = MoveToSecretsDialog(controller, 0, 1, region="eu-west-1")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert "Secrets Manager or SSM parameter ARN:" in texts
    for text in texts:
        assert not api_words(text), text


def test_a_tables_own_note_quotes_the_users_key_as_typed(qtbot, controller):
    """A key typed twice is the user's word, even when it reads like an API member."""
    from tests.ui.test_containers_page import unfold
    from wizard.ui.container_editor.advanced import LabelsSection

    page = make_page(qtbot, controller)
    unfold(qtbot, page, LabelsSection)
    labels = page.editor.section(LabelsSection).table
    for row in range(2):
        qtbot.mouseClick(labels.add_button, Qt.MouseButton.LeftButton)
        labels.table.item(row, 0).setText("hostPort")
        labels.table.item(row, 1).setText(str(row))
    text = labels.message.text()
    assert "'hostPort' appears again further down" in text, text
    assert "API" not in text
