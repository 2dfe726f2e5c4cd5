"""The container editor's sections one by one, and the conversions behind them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_containers_page import (
    choose_cell,
    click_check,
    edit_cell,
    field,
    make_page,
    row_of,
    type_into,
    unfold,
)
from wizard.ui.container_editor.advanced import LabelsSection, UlimitsSection
from wizard.ui.container_editor.binders import (
    format_health_command,
    parse_comma_list,
    parse_health_command,
)
from wizard.ui.container_editor.environment import EnvironmentSection
from wizard.ui.container_editor.json_section import JsonSection
from wizard.ui.container_editor.logs import LoggingSection, switch_driver
from wizard.ui.container_editor.restart import RestartSection
from wizard.ui.draft.controller import new_document
from wizard.ui.widgets.list_table import ListTable

C0 = "/containerDefinitions/0"


def test_parse_health_command():
    assert parse_health_command("CMD-SHELL, curl -f http://a/ || exit 1") == [
        "CMD-SHELL",
        "curl -f http://a/ || exit 1",
    ]
    # The shell command keeps its own commas.
    assert parse_health_command("CMD-SHELL, echo a,b") == ["CMD-SHELL", "echo a,b"]
    assert parse_health_command("CMD, /bin/check, --quick") == ["CMD", "/bin/check", "--quick"]
    assert parse_health_command("  ") == []
    assert format_health_command(["CMD-SHELL", "exit 0"]) == "CMD-SHELL, exit 0"
    assert parse_comma_list("0, 143,x", integer=True) == [0, 143, "x"]


def test_switch_driver_keeps_other_options():
    config = {"logDriver": "awslogs", "options": {"awslogs-group": "g", "mode": "blocking"}}
    assert switch_driver(config, "awsfirelens", {}) == {
        "logDriver": "awsfirelens",
        "options": {"mode": "blocking"},
    }
    back = switch_driver({"logDriver": "splunk"}, "awslogs", {"awslogs-group": "/ecs/x"})
    assert back == {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/x"}}


def test_environment_variables_table(qtbot, controller):
    page = make_page(qtbot, controller)
    table = page.editor.section(EnvironmentSection).environment
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, table, 0, "name", "LOG_LEVEL")
    edit_cell(qtbot, table, 0, "value", "debug")
    assert controller.get(f"{C0}/environment") == [{"name": "LOG_LEVEL", "value": "debug"}]
    table.table.selectRow(0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert "environment" not in controller.get(C0)


def test_secret_row_shows_missing_value_from(qtbot, controller):
    page = make_page(qtbot, controller)
    table = page.editor.section(EnvironmentSection).secrets
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, table, 0, "name", "DB_PASSWORD")
    item = table.table.item(0, table.column_index("valueFrom"))
    assert "valueFrom" in item.toolTip()
    assert table.table.property("invalid") is True


def test_gpu_count_keeps_other_requirements(qtbot, controller):
    accelerator = {"type": "InferenceAccelerator", "value": "device_1"}
    controller.set(f"{C0}/resourceRequirements", [accelerator])
    page = make_page(qtbot, controller)
    type_into(qtbot, field(page, "/resourceRequirements"), "2")
    assert controller.get(f"{C0}/resourceRequirements") == [
        accelerator,
        {"type": "GPU", "value": "2"},
    ]
    # Fargate has no GPUs: the finding shows at the field.
    assert "GPU" in row_of(page, "/resourceRequirements").message.text()
    type_into(qtbot, field(page, "/resourceRequirements"), "")
    assert controller.get(f"{C0}/resourceRequirements") == [accelerator]


def test_memory_labels_follow_the_console(qtbot, controller):
    page = make_page(qtbot, controller)
    labels = [
        page.editor.targets()[rel].accessibleName() for rel in ("/memory", "/memoryReservation")
    ]
    assert labels == ["Memory hard limit (MiB)", "Memory soft limit (MiB)"]
    type_into(qtbot, field(page, "/cpu"), "256")
    cpu_hint = page.editor.sections[2].hints["/cpu"]
    assert cpu_hint.text() == "= 0.25 vCPU"


def test_restart_policy(qtbot, controller):
    page = make_page(qtbot, controller)
    unfold(qtbot, page, RestartSection)
    section = page.editor.section(RestartSection)
    assert not section.exit_codes.isEnabled()
    click_check(qtbot, section.enabled)
    assert controller.get(f"{C0}/restartPolicy") == {"enabled": True}
    type_into(qtbot, section.exit_codes, "0, 143")
    type_into(qtbot, section.period, "120")
    assert controller.get(f"{C0}/restartPolicy") == {
        "enabled": True,
        "ignoredExitCodes": [0, 143],
        "restartAttemptPeriod": 120,
    }
    type_into(qtbot, section.period, "30")
    assert "60" in row_of(page, "/restartPolicy/restartAttemptPeriod").message.text()
    click_check(qtbot, section.enabled)
    assert controller.get(f"{C0}/restartPolicy/enabled") is False
    assert controller.get(f"{C0}/restartPolicy/ignoredExitCodes") == [0, 143]


def test_ulimits_table(qtbot, controller):
    page = make_page(qtbot, controller)
    unfold(qtbot, page, UlimitsSection)
    table: ListTable = page.editor.section(UlimitsSection).table
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, table, 0, "softLimit", "65536")
    edit_cell(qtbot, table, 0, "hardLimit", "1024")
    choose_cell(table, 0, "name", "nofile")
    assert controller.get(f"{C0}/ulimits") == [
        {"name": "nofile", "softLimit": 65536, "hardLimit": 1024}
    ]
    assert "above hard limit 1024" in table.message.text()


def test_docker_labels(qtbot, controller):
    page = make_page(qtbot, controller)
    unfold(qtbot, page, LabelsSection)
    labels = page.editor.section(LabelsSection).table
    qtbot.mouseClick(labels.add_button, Qt.MouseButton.LeftButton)
    assert "dockerLabels" not in controller.get(C0)  # an empty row is not stored yet
    labels.table.item(0, 0).setText("team")
    labels.table.item(0, 1).setText("payments")
    assert controller.get(f"{C0}/dockerLabels") == {"team": "payments"}
    controller.set(f"{C0}/dockerLabels", {"team": "payments", "tier": "web"})
    assert labels.table.rowCount() == 2
    labels.table.selectRow(0)
    qtbot.mouseClick(labels.remove_button, Qt.MouseButton.LeftButton)
    assert controller.get(f"{C0}/dockerLabels") == {"tier": "web"}


def test_log_options_table_hides_the_awslogs_fields(qtbot, controller):
    page = make_page(qtbot, controller)
    section = page.editor.section(LoggingSection)
    click_check(qtbot, section.use_logs)  # off: log collection is on by default
    click_check(qtbot, section.use_logs)
    assert section.options.table.rowCount() == 0
    qtbot.mouseClick(section.options.add_button, Qt.MouseButton.LeftButton)
    section.options.table.item(0, 0).setText("max-buffer-size")
    section.options.table.item(0, 1).setText("25m")
    options = controller.get(f"{C0}/logConfiguration/options")
    assert options["max-buffer-size"] == "25m"
    assert options["awslogs-stream-prefix"] == "ecs"
    index = section.driver.findData("awsfirelens")
    section.driver.setCurrentIndex(index)
    section.driver.activated.emit(index)
    assert controller.get(f"{C0}/logConfiguration") == {
        "logDriver": "awsfirelens",
        "options": {"max-buffer-size": "25m"},
    }
    assert not row_of(page, "/logConfiguration/options/awslogs-group").isVisible()
    assert section.note.isVisible()


def test_private_registry_toggle(qtbot, controller):
    page = make_page(qtbot, controller)
    arn = field(page, "/repositoryCredentials/credentialsParameter")
    assert not arn.isVisible()
    click_check(qtbot, field(page, "/repositoryCredentials"))
    assert arn.isVisible()
    type_into(qtbot, arn, "arn:aws:secretsmanager:eu-west-1:1:secret:x")
    assert controller.get(f"{C0}/repositoryCredentials") == {
        "credentialsParameter": "arn:aws:secretsmanager:eu-west-1:1:secret:x"
    }
    type_into(qtbot, arn, "")
    assert controller.get(f"{C0}/repositoryCredentials") == {"credentialsParameter": ""}
    click_check(qtbot, field(page, "/repositoryCredentials"))
    assert "repositoryCredentials" not in controller.get(C0)


def test_essential_check_box_and_list_mark(qtbot, controller):
    controller.add_container()
    page = make_page(qtbot, controller)
    click_check(qtbot, field(page, "/essential"))
    assert controller.get(f"{C0}/essential") is False
    assert "essential" not in page.container_list.list.item(0).text()
    assert "essential" in page.container_list.list.item(1).text()


def test_json_view_keeps_unapplied_edits(qtbot, controller):
    page = make_page(qtbot, controller)
    unfold(qtbot, page, JsonSection)
    json_view = page.editor.section(JsonSection)
    json_view.text.setFocus()
    json_view.text.moveCursor(json_view.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(json_view.text, " ")
    assert json_view.dirty and json_view.apply_button.isEnabled()
    typed = json_view.text.toPlainText()
    controller.set(f"{C0}/memory", 128)
    assert json_view.text.toPlainText() == typed
    qtbot.mouseClick(json_view.revert_button, Qt.MouseButton.LeftButton)
    assert '"memory": 128' in json_view.text.toPlainText()
    qtbot.keyClicks(json_view.text, " ")
    controller.replace_document(new_document())  # File > New: the edits go with the draft
    assert not json_view.dirty
    assert '"memory"' not in json_view.text.toPlainText()


def test_focus_pointer_opens_a_folded_table_row(qtbot, controller):
    controller.add_container()
    controller.set("/containerDefinitions/1/ulimits", [{"name": "nofile"}, {"name": "core"}])
    page = make_page(qtbot, controller)
    assert page.focus_pointer("/containerDefinitions/1/ulimits/1/softLimit")
    table = page.editor.section(UlimitsSection).table
    assert table.isVisible()
    assert table.table.currentRow() == 1
    assert table.table.currentColumn() == table.column_index("softLimit")
    QApplication.processEvents()


def test_findings_on_members_the_form_does_not_show(qtbot, controller):
    controller.set("/requiresCompatibilities", ["EC2"])
    controller.set("/networkMode", "bridge")
    controller.set(f"{C0}/links", ["db"])
    page = make_page(qtbot, controller)
    json_view = page.editor.section(JsonSection)
    fold = page.editor.folds[page.editor.sections.index(json_view)]
    assert "error" in fold.button.text()
    assert page.focus_pointer(f"{C0}/links/0")
    assert json_view.isVisible()
    assert json_view.others.isVisible()
    # The place as the screen names it below the container, not "links › 0".
    assert json_view.others.text().startswith("Link 1: ")
