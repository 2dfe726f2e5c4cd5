"""The Containers page: list, editor fields, tables, JSON view, Next button."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QLineEdit, QWidget, QWizard

from tests.ui.page_driving import page_errors
from wizard.ui.container_editor.container_list import ERRORS_ROLE
from wizard.ui.container_editor.dependencies import DependenciesSection
from wizard.ui.container_editor.health import HealthSection
from wizard.ui.container_editor.json_section import JsonSection
from wizard.ui.container_editor.linux import LinuxSection
from wizard.ui.container_editor.ports import PortsSection
from wizard.ui.pages.base import PageId
from wizard.ui.pages.containers_page import ContainersPage
from wizard.ui.widgets.field_row import FieldRow
from wizard.ui.widgets.list_table import ListTable

# --- driving the page as a user does (also used by test_container_*.py) -----


def make_page(qtbot, controller, region: str = "eu-west-1") -> ContainersPage:
    page = ContainersPage(controller, region_provider=lambda: region)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def field(page: ContainersPage, rel: str) -> QWidget:
    return page.editor.targets()[rel]


def row_of(page: ContainersPage, rel: str) -> FieldRow:
    # The editor may sit in a small row with a picker button (AWS "Browse...").
    parent = field(page, rel).parentWidget()
    while parent is not None and not isinstance(parent, FieldRow):
        parent = parent.parentWidget()
    assert isinstance(parent, FieldRow)
    return parent


def type_into(qtbot, editor: QLineEdit, text: str, clear: bool = True) -> None:
    editor.setFocus()
    if clear:
        editor.selectAll()
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)


def click_check(qtbot, box: QCheckBox) -> None:
    """Click a check box on its indicator (a wide box is not clickable everywhere)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def unfold(qtbot, page: ContainersPage, section_class: type) -> None:
    """Open a folded editor section by clicking its header, as a user does."""
    section = page.editor.section(section_class)
    fold = page.editor.folds[page.editor.sections.index(section)]
    if not fold.is_expanded():
        qtbot.mouseClick(fold.button, Qt.MouseButton.LeftButton)
    assert section.isVisible()


def cell_editor(table: ListTable) -> QWidget:
    editors = [
        w
        for w in table.table.viewport().findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox) and w.isVisible()
    ]
    assert editors, "no cell editor open"
    return editors[-1]


def open_cell(table: ListTable, row: int, key: str) -> None:
    """Make the cell current and open its editor, unless it is open already (Add
    opens the new row's first cell; a drop-down stays open after a choice): asking
    the view to edit the cell it is editing fails with a Qt warning."""
    view = table.table
    column = table.column_index(key)
    editing = view.state() == QAbstractItemView.State.EditingState
    already_open = editing and view.currentIndex() == view.model().index(row, column)
    view.setCurrentCell(row, column)
    if not already_open:
        view.editItem(view.item(row, column))


def edit_cell(qtbot, table: ListTable, row: int, key: str, text: str) -> None:
    """Open the cell's editor, type, press Enter."""
    view = table.table
    open_cell(table, row, key)
    editor = cell_editor(table)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Enter through a queued call.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def choose_cell(table: ListTable, row: int, key: str, label: str) -> None:
    """Open a choice cell's drop-down and pick ``label``."""
    open_cell(table, row, key)
    combo = cell_editor(table)
    assert isinstance(combo, QComboBox)
    index = combo.findText(label)
    assert index >= 0, f"{label!r} not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


# --- tests --------------------------------------------------------------------


def names(controller) -> list[str]:
    return [c.get("name") for c in controller.containers]


def test_typing_name_and_image_sets_them(qtbot, controller):
    page = make_page(qtbot, controller)
    type_into(qtbot, field(page, "/name"), "web")
    type_into(qtbot, field(page, "/image"), "nginx:1.27")
    assert controller.get("/containerDefinitions/0/name") == "web"
    assert controller.get("/containerDefinitions/0/image") == "nginx:1.27"
    item = page.container_list.list.item(0)
    assert item.text().startswith("web")
    assert "nginx:1.27" in item.text()
    assert "essential" in item.text()


def test_list_buttons_change_the_containers(qtbot, controller):
    page = make_page(qtbot, controller)
    listing = page.container_list
    type_into(qtbot, field(page, "/name"), "web")
    qtbot.mouseClick(listing.buttons["add"], Qt.MouseButton.LeftButton)
    assert names(controller) == ["web", "container-1"]
    assert listing.list.count() == 2 and listing.current() == 1
    assert page.editor.index == 1
    assert field(page, "/name").text() == "container-1"
    listing.list.setCurrentRow(0)
    qtbot.mouseClick(listing.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert names(controller) == ["web", "web-1", "container-1"]
    assert listing.current() == 1
    qtbot.mouseClick(listing.buttons["down"], Qt.MouseButton.LeftButton)
    assert names(controller) == ["web", "container-1", "web-1"]
    assert listing.current() == 2
    qtbot.mouseClick(listing.buttons["up"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(listing.buttons["up"], Qt.MouseButton.LeftButton)
    assert names(controller) == ["web-1", "web", "container-1"]
    assert listing.current() == 0 and not listing.buttons["up"].isEnabled()
    qtbot.mouseClick(listing.buttons["remove"], Qt.MouseButton.LeftButton)
    assert names(controller) == ["web", "container-1"]
    assert listing.list.count() == 2
    assert field(page, "/name").text() == "web"
    assert [listing.list.item(i).text().split()[0] for i in range(2)] == ["web", "container-1"]


def test_removing_every_container_shows_the_finding(qtbot, controller):
    page = make_page(qtbot, controller)
    qtbot.mouseClick(page.container_list.buttons["remove"], Qt.MouseButton.LeftButton)
    assert controller.containers == []
    assert page.stack.currentWidget() is page.empty
    assert page.list_message.isVisible()
    assert "no container" in page.list_message.text().lower()
    assert page_errors(page)
    qtbot.mouseClick(page.container_list.buttons["add"], Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.editor


def test_memory_of_second_container(qtbot, controller):
    controller.add_container()
    page = make_page(qtbot, controller)
    page.container_list.list.setCurrentRow(1)
    type_into(qtbot, field(page, "/memory"), "300")
    assert controller.get("/containerDefinitions/1/memory") == 300
    assert "memory" not in controller.get("/containerDefinitions/0")
    page.container_list.list.setCurrentRow(0)
    assert field(page, "/memory").text() == ""


def test_invalid_integer_kept_with_message(qtbot, controller):
    page = make_page(qtbot, controller)
    type_into(qtbot, field(page, "/memory"), "12a")
    assert controller.get("/containerDefinitions/0/memory") == "12a"
    assert field(page, "/memory").text() == "12a"
    row = row_of(page, "/memory")
    assert row.message.isVisible()
    assert "must be an integer" in row.message.text()
    assert field(page, "/memory").property("invalid") is True


def test_host_port_column_follows_network_mode(qtbot, controller):
    page = make_page(qtbot, controller)
    ports = page.editor.section(PortsSection)
    host = ports.table.column_index("hostPort")
    assert ports.table.table.isColumnHidden(host)
    assert "host port is always the container port" in ports.note.text()
    controller.set("/networkMode", "bridge")
    assert not ports.table.table.isColumnHidden(host)
    controller.set("/networkMode", "host")
    assert ports.table.table.isColumnHidden(host)


def test_adding_a_port_mapping(qtbot, controller):
    page = make_page(qtbot, controller)
    table = page.editor.section(PortsSection).table
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, table, 0, "containerPort", "8080")
    assert controller.get("/containerDefinitions/0/portMappings") == [
        {"containerPort": 8080, "protocol": "tcp"}
    ]
    choose_cell(table, 0, "appProtocol", "HTTP")
    assert controller.get("/containerDefinitions/0/portMappings/0/appProtocol") == "http"
    choose_cell(table, 0, "appProtocol", "none")
    assert "appProtocol" not in controller.get("/containerDefinitions/0/portMappings/0")


def test_port_cell_finding_shows_in_tooltip_and_message(qtbot, controller):
    controller.set("/networkMode", "bridge")
    page = make_page(qtbot, controller)
    table = page.editor.section(PortsSection).table
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, table, 0, "containerPort", "80x")
    item = table.table.item(0, table.column_index("containerPort"))
    assert "must be an integer" in item.toolTip()
    assert not item.icon().isNull()
    assert table.message.isVisible()
    assert table.message.text().startswith("Row 1, Container port:")
    edit_cell(qtbot, table, 0, "containerPort", "80")
    assert "must be an integer" not in table.table.item(0, 0).toolTip()


def test_awslogs_toggle(qtbot, controller):
    controller.set("/family", "shop")
    page = make_page(qtbot, controller, region="eu-west-1")
    logs = field(page, "/logConfiguration")
    assert logs.isChecked()  # on by default, as the console's "Use log collection"
    click_check(qtbot, logs)
    assert "logConfiguration" not in controller.get("/containerDefinitions/0")
    click_check(qtbot, logs)
    assert controller.get("/containerDefinitions/0/logConfiguration") == {
        "logDriver": "awslogs",
        "options": {
            "awslogs-group": "/ecs/shop",
            "awslogs-region": "eu-west-1",
            "awslogs-stream-prefix": "ecs",
        },
    }
    assert field(page, "/logConfiguration/options/awslogs-group").text() == "/ecs/shop"
    click_check(qtbot, logs)
    assert "logConfiguration" not in controller.get("/containerDefinitions/0")


def test_awslogs_without_a_region_asks_for_it(qtbot, controller):
    page = make_page(qtbot, controller, region="")
    click_check(qtbot, field(page, "/logConfiguration"))  # off (on by default)
    click_check(qtbot, field(page, "/logConfiguration"))  # on again, without a region
    options = controller.get("/containerDefinitions/0/logConfiguration/options")
    assert "awslogs-region" not in options
    row = row_of(page, "/logConfiguration/options/awslogs-region")
    assert row.isVisible() and "awslogs-region" in row.message.text()
    type_into(qtbot, field(page, "/logConfiguration/options/awslogs-region"), "us-east-2")
    assert options_after(controller)["awslogs-region"] == "us-east-2"
    assert not row.message.isVisible()


def options_after(controller) -> dict:
    return controller.get("/containerDefinitions/0/logConfiguration/options")


def test_health_check_command_line(qtbot, controller):
    page = make_page(qtbot, controller)
    unfold(qtbot, page, HealthSection)
    type_into(qtbot, field(page, "/healthCheck/command"),
              "CMD-SHELL, curl -f http://localhost/ || exit 1")  # fmt: skip
    assert controller.get("/containerDefinitions/0/healthCheck/command") == [
        "CMD-SHELL",
        "curl -f http://localhost/ || exit 1",
    ]
    type_into(qtbot, field(page, "/healthCheck/interval"), "2")
    row = row_of(page, "/healthCheck/interval")
    assert "between 5 and 300" in row.message.text()
    type_into(qtbot, field(page, "/healthCheck/command"), "curl localhost")
    assert "CMD" in row_of(page, "/healthCheck/command").message.text()


def test_depends_on_row(qtbot, controller):
    controller.set("/containerDefinitions/0/name", "app")
    controller.add_container({"name": "proxy", "image": "envoy:1", "essential": True})
    page = make_page(qtbot, controller)
    page.container_list.list.setCurrentRow(1)
    unfold(qtbot, page, DependenciesSection)
    table = page.editor.section(DependenciesSection).table
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert controller.get("/containerDefinitions/1/dependsOn") == [
        {"containerName": "app", "condition": "START"}
    ]
    choose_cell(table, 0, "condition", "HEALTHY")
    assert controller.get("/containerDefinitions/1/dependsOn/0/condition") == "HEALTHY"
    # HEALTHY needs a health check on "app": the cell says so.
    assert table.message.isVisible()


def test_json_apply_with_a_syntax_error_keeps_the_draft(qtbot, controller):
    controller.set("/containerDefinitions/0/name", "web")
    page = make_page(qtbot, controller)
    before = controller.snapshot()
    unfold(qtbot, page, JsonSection)
    json_view = page.editor.section(JsonSection)
    json_view.text.setPlainText('{\n  "name": "web",\n  "image" "nginx"\n}')
    qtbot.mouseClick(json_view.apply_button, Qt.MouseButton.LeftButton)
    assert controller.document == before
    assert "line 3, column 11" in json_view.message.text()
    assert field(page, "/name").text() == "web"
    json_view.text.setPlainText("[1, 2]")
    qtbot.mouseClick(json_view.apply_button, Qt.MouseButton.LeftButton)
    assert controller.document == before
    assert "must be a JSON object" in json_view.message.text()


def test_json_apply_updates_the_form(qtbot, controller):
    page = make_page(qtbot, controller)
    unfold(qtbot, page, JsonSection)
    json_view = page.editor.section(JsonSection)
    json_view.text.setPlainText(
        '{"name": "api", "image": "api:2", "memory": 256,'
        ' "linuxParameters": {"devices": [{"hostPath": "/dev/fuse"}]}}'
    )
    qtbot.mouseClick(json_view.apply_button, Qt.MouseButton.LeftButton)
    assert controller.get("/containerDefinitions/0/name") == "api"
    assert field(page, "/name").text() == "api"
    assert field(page, "/memory").text() == "256"
    assert not json_view.dirty
    # The form edits only its members: devices stay.
    unfold(qtbot, page, LinuxSection)
    click_check(qtbot, field(page, "/linuxParameters/initProcessEnabled"))
    assert controller.get("/containerDefinitions/0/linuxParameters") == {
        "devices": [{"hostPath": "/dev/fuse"}],
        "initProcessEnabled": True,
    }
    assert '"initProcessEnabled": true' in json_view.text.toPlainText()


def test_uncovered_members_survive_form_edits(qtbot, controller):
    controls = [{"namespace": "net.core.somaxconn", "value": "1024"}]
    controller.set("/containerDefinitions/0/systemControls", controls)
    controller.set("/containerDefinitions/0/firelensConfiguration", {"type": "fluentbit"})
    page = make_page(qtbot, controller)
    type_into(qtbot, field(page, "/name"), "web")
    type_into(qtbot, field(page, "/memory"), "512")
    click_check(qtbot, field(page, "/logConfiguration"))
    type_into(qtbot, field(page, "/healthCheck/command"), "CMD, true")
    container = controller.get("/containerDefinitions/0")
    assert container["systemControls"] == controls
    assert container["firelensConfiguration"] == {"type": "fluentbit"}


def test_row_with_errors_is_marked_in_the_list(qtbot, controller):
    # The default log collection's Region comes from the environment, which varies.
    controller.set("/containerDefinitions/0/logConfiguration/options/awslogs-region", "eu-west-1")
    page = make_page(qtbot, controller)
    item = page.container_list.list.item(0)
    assert item.data(ERRORS_ROLE) == 2  # no name, no image
    assert "2 errors" in item.toolTip()
    assert not item.icon().isNull()
    type_into(qtbot, field(page, "/name"), "web")
    type_into(qtbot, field(page, "/image"), "nginx:1.27")
    assert item.data(ERRORS_ROLE) == 0
    assert item.icon().cacheKey() == page.container_list.blank_icon.cacheKey()
    assert "No problems" in item.toolTip()


def test_focus_pointer_selects_the_container(qtbot, controller):
    for _ in range(3):
        controller.add_container()
    page = make_page(qtbot, controller)
    assert page.focus_pointer("/containerDefinitions/3/memory")
    assert page.container_list.current() == 3
    assert page.editor.index == 3
    assert page.focus_targets["/containerDefinitions/3/memory"] is field(page, "/memory")
    qtbot.waitUntil(lambda: field(page, "/memory").hasFocus())


def test_switching_between_ten_containers(qtbot, controller):
    """Every switch shows the chosen container (the time a switch takes, 100 ms at
    most, is checked by bench/budgets.py)."""
    for i in range(9):
        controller.add_container()
        controller.set(f"/containerDefinitions/{i + 1}/name", f"service-{i + 1}")
    page = make_page(qtbot, controller)
    for i in [*range(10), *range(9, -1, -1)]:
        page.container_list.list.setCurrentRow(i)
        assert page.editor.index == i
        if i:
            assert field(page, "/name").text() == f"service-{i}"
    # Remove the selected containers one by one: nothing calls into dead widgets.
    while controller.containers:
        qtbot.mouseClick(page.container_list.buttons["remove"], Qt.MouseButton.LeftButton)
    controller.add_container()
    assert page.stack.currentWidget() is page.editor


def test_container_errors_count_on_their_step_and_never_lock_next(qtbot, main_window):
    wizard = main_window.wizard
    controller = main_window.controller
    # The default log collection's Region comes from the environment, which varies.
    controller.set("/containerDefinitions/0/logConfiguration/options/awslogs-region", "eu-west-1")
    controller.set("/family", "web")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == int(PageId.CONTAINERS)
    page = wizard.pages[PageId.CONTAINERS]
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    type_into(qtbot, field(page, "/name"), "web")
    assert next_button.isEnabled()  # still no image: quiet until the field is left
    type_into(qtbot, field(page, "/image"), "nginx:1.27")
    assert next_button.isEnabled()
    type_into(qtbot, field(page, "/image"), "")
    field(page, "/name").setFocus()  # leaving the image field shows its error
    assert next_button.isEnabled()
    assert "no image" in row_of(page, "/image").message.text()
    assert page_errors(page) == 1
