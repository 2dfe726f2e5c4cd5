"""Bugs a new user met in the wizard (issue 18, items 1 to 4), driven as a user does.

Done hid every page; a new port mapping row sat under its own buttons; long
messages were cut off (field rows, the Connect dialog, the sizing panel, the
findings table); Move up / Move down were enabled the wrong way round.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget, QWizard

from tests.ui.page_driving import needed_height
from tests.ui.test_containers_page import field, make_page, row_of, type_into
from wizard.ui.container_editor.ports import PortsSection
from wizard.ui.pages.base import PageId


def top_in(widget: QWidget, ancestor: QWidget) -> int:
    return widget.mapTo(ancestor, QPoint(0, 0)).y()


def bottom_in(widget: QWidget, ancestor: QWidget) -> int:
    return top_in(widget, ancestor) + widget.height()


def settle(qtbot) -> None:
    # Layouts above a label that grew catch up over a few event-loop turns.
    for _ in range(4):
        qtbot.wait(5)


# --- 1. Done --------------------------------------------------------------------


def test_the_review_page_keeps_the_pages(qtbot, main_window):
    wizard = main_window.wizard
    wizard.go_to(PageId.REVIEW)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    if finish.isVisible():  # what a user would click to finish
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Escape)
    assert wizard.isVisible()
    assert wizard.currentPage().isVisible()
    assert wizard.currentId() == int(PageId.REVIEW)
    main_window.new_draft()
    assert wizard.isVisible() and wizard.currentId() == int(PageId.LAUNCH)


def test_a_very_wide_saved_dock_does_not_squeeze_the_wizard(qtbot, main_window):
    from wizard.ui.app.main_window import MainWindow

    dock = main_window.findChild(QDockWidget, "sizingDock")
    main_window.resizeDocks([dock], [1200], Qt.Orientation.Horizontal)
    geometry, state = main_window.saveGeometry(), main_window.saveState()
    second = MainWindow()
    qtbot.addWidget(second)
    second.restoreGeometry(geometry)
    second.restoreState(state)
    second.show()
    qtbot.waitExposed(second)
    assert second.wizard.width() >= 440  # task_wizard.MINIMUM_WIDTH
    assert second.wizard.currentPage().width() >= 220


# --- 2. A new port mapping row -------------------------------------------------


def test_a_new_port_mapping_row_is_not_covered_by_its_buttons(qtbot, main_window):
    main_window.wizard.go_to(PageId.CONTAINERS)
    page = main_window.wizard.currentPage()
    type_into(qtbot, field(page, "/name"), "web")
    ports = page.editor.section(PortsSection).table
    qtbot.mouseClick(ports.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert ports.table.rowCount() == 1
    row = ports.table.visualRect(ports.table.model().index(0, 0))
    row_bottom = ports.table.viewport().mapTo(ports, row.bottomLeft()).y()
    assert bottom_in(ports.table, ports) <= top_in(ports.add_button, ports)
    assert row_bottom < top_in(ports.add_button, ports)
    # The message under the buttons (the empty row's error) is not under them either.
    assert ports.message.isVisible()
    assert top_in(ports.message, ports) >= bottom_in(ports.add_button, ports)
    assert ports.height() >= bottom_in(ports.message, ports)


# --- 3. Messages cut off --------------------------------------------------------


def visible_messages(page: QWidget) -> list[QLabel]:
    return [m for m in page.findChildren(QLabel, "fieldMessage") if m.isVisible()]


def test_a_three_line_field_message_gets_three_lines(qtbot, main_window):
    main_window.wizard.go_to(PageId.CONTAINERS)
    page = main_window.wizard.currentPage()
    type_into(qtbot, field(page, "/name"), "web")
    # As undo, Fit or the JSON view change the draft: not typed into the field.
    main_window.controller.set("/containerDefinitions/0/memoryReservation", 2048)
    main_window.controller.set("/containerDefinitions/0/memory", 1024)
    row = row_of(page, "/memoryReservation")
    message = row.message
    lines = []
    for width in (1280, 1100, 1500, 1200, 1280):
        main_window.resize(width, 860)
        settle(qtbot)
        assert message.isVisible()
        lines.append(needed_height(message) // message.fontMetrics().height())
        for shown in visible_messages(page):
            assert shown.height() >= needed_height(shown), (width, shown.text())
        assert row.height() >= bottom_in(message, row), width
    assert max(lines) >= 3


def test_the_connect_dialog_grows_for_its_error(qtbot, main_window):
    from wizard.services.errors import AwsError
    from wizard.ui.aws.connect_dialog import ConnectDialog

    dialog = ConnectDialog(main_window.aws_ui.account, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = {w: w.height() for w in (dialog.region_combo, dialog.endpoint_edit)}
    error = AwsError(
        "unreachable",
        "Could not reach the ECS endpoint at http://127.0.0.1:9 for region eu-west-1: the "
        "connection was refused by the other side, so nothing was sent to the account.",
        "Check the endpoint URL and that the service it names is running, then connect again.",
    )
    dialog.busy.show_error(error)
    settle(qtbot)
    status = dialog.busy.status
    assert status.isVisible()
    assert status.height() >= needed_height(status)
    for widget, height in before.items():
        assert widget.height() >= height
        assert widget.height() >= widget.sizeHint().height()


def test_an_elided_sizing_line_has_the_whole_text_in_its_tooltip(qtbot, main_window):
    controller = main_window.controller
    controller.set("/containerDefinitions/0/name", "sample_windows_app_with_a_long_name")
    controller.set("/containerDefinitions/0/memory", 4096)
    panel = main_window.sizing_panel
    bar = panel.largest_bar
    assert "sample_windows_app_with_a_long_name" in bar.text
    for bar in (panel.cpu_bar, panel.soft_bar, panel.hard_bar, panel.largest_bar):
        assert bar.toolTip().startswith(bar.text)


def test_long_problems_wrap_in_the_findings_table(qtbot, main_window):
    controller = main_window.controller
    controller.set("/containerDefinitions/0/name", "sample_windows_app")
    controller.set("/containerDefinitions/0/memoryReservation", 2048)
    controller.set("/containerDefinitions/0/memory", 1024)
    main_window.wizard.go_to(PageId.REVIEW)
    tree = main_window.wizard.review.findings_list.tree
    settle(qtbot)
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if "memory soft limit 2048" in tree.topLevelItem(i).text(1)
    )
    width = tree.header().sectionSize(1)
    lines = tree.fontMetrics().boundingRect(
        0, 0, width - 8, 10_000, int(Qt.TextFlag.TextWordWrap), item.text(1)
    )
    assert lines.height() > tree.fontMetrics().height()  # it does need several lines
    assert tree.visualItemRect(item).height() >= lines.height()
    assert item.toolTip(1).startswith(item.text(1))


# --- 4. Move up / Move down -------------------------------------------------------


def test_move_buttons_follow_a_clicked_row(qtbot, controller):
    controller.set("/containerDefinitions/0/name", "first")
    controller.add_container({"name": "second", "image": "b", "essential": True})
    page = make_page(qtbot, controller)
    containers = page.container_list
    up, down = containers.buttons["up"], containers.buttons["down"]

    def click_row(row: int) -> None:
        rect = containers.list.visualItemRect(containers.list.item(row))
        qtbot.mouseClick(containers.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click_row(1)
    assert (up.isEnabled(), down.isEnabled()) == (True, False)
    click_row(0)
    assert (up.isEnabled(), down.isEnabled()) == (False, True)
    click_row(1)
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    assert [c["name"] for c in controller.containers] == ["second", "first"]
    assert containers.current() == 0
    assert (up.isEnabled(), down.isEnabled()) == (False, True)
