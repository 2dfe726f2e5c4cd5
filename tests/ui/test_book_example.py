"""The book example typed into the running wizard, page by page, as a user does.

Family wordpress on Fargate, 0.5 GB / 0.25 vCPU, containers wordpress (image
wordpress, port 80) and mysql (image mysql), 128 MiB soft limit and 10 CPU units
each: the sizing panel reads 256 of 512 MiB soft and 20 of 256 CPU units, and
the exported JSON is exactly the expected document.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.ui.page_driving import choose, next_enabled
from tests.ui.test_containers_page import click_check, edit_cell, field, row_of, type_into
from wizard.domain.formats.exporter import export_document, to_json
from wizard.ui.container_editor.ports import PortsSection
from wizard.ui.pages.base import PageId
from wizard.ui.step_list import COUNTS_ROLE

EXPECTED = {
    "family": "wordpress",
    "requiresCompatibilities": ["FARGATE"],
    "runtimePlatform": {"operatingSystemFamily": "LINUX", "cpuArchitecture": "X86_64"},
    "networkMode": "awsvpc",
    "cpu": "256",
    "memory": "512",
    "containerDefinitions": [
        {
            "name": "wordpress",
            "image": "wordpress",
            "essential": True,
            "portMappings": [{"containerPort": 80, "protocol": "tcp"}],
            "cpu": 10,
            "memoryReservation": 128,
        },
        {
            "name": "mysql",
            "image": "mysql",
            "essential": True,
            "cpu": 10,
            "memoryReservation": 128,
        },
    ],
}


def fill_container(qtbot, page, name: str, image: str, port: int | None) -> None:
    type_into(qtbot, field(page, "/name"), name)
    type_into(qtbot, field(page, "/image"), image)
    type_into(qtbot, field(page, "/cpu"), "10")
    type_into(qtbot, field(page, "/memoryReservation"), "128")
    # The book's task has no log collection (which would need an execution role).
    click_check(qtbot, field(page, "/logConfiguration"))
    if port is not None:
        table = page.editor.section(PortsSection).table
        qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
        edit_cell(qtbot, table, 0, "containerPort", str(port))


def type_book_example(qtbot, main_window):
    wizard = main_window.wizard
    launch = wizard.pages[PageId.LAUNCH]
    type_into(qtbot, launch.family_edit, "wordpress")
    assert next_enabled(wizard)
    wizard.next()
    sizes = wizard.pages[PageId.TASK_SIZE].pickers
    choose(sizes.memory_combo, data="512")
    choose(sizes.cpu_combo, data="256")
    wizard.next()
    assert wizard.currentId() == PageId.CONTAINERS
    containers = wizard.pages[PageId.CONTAINERS]
    fill_container(qtbot, containers, "wordpress", "wordpress", 80)
    qtbot.mouseClick(containers.container_list.buttons["add"], Qt.MouseButton.LeftButton)
    fill_container(qtbot, containers, "mysql", "mysql", None)
    return containers


def test_typing_the_book_example(qtbot, main_window):
    type_book_example(qtbot, main_window)
    panel = main_window.sizing_panel
    assert panel.soft_bar.text == "Σ soft 256 of 512 MiB (256 MiB free)"
    assert panel.cpu_bar.text.startswith("Σ CPU 20 of 256 units")
    assert all(bar.state == "ok" for bar in (panel.cpu_bar, panel.soft_bar, panel.reserved_bar))
    assert export_document(main_window.controller.document) == EXPECTED
    errors = [f for f in main_window.controller.findings if f.severity.value == "error"]
    assert errors == []
    wizard = main_window.wizard
    for _ in range(3):
        assert next_enabled(wizard)
        wizard.next()
    assert wizard.currentId() == PageId.REVIEW
    review = wizard.pages[PageId.REVIEW]
    shown = json.loads(review.json_view.toPlainText())
    assert shown == EXPECTED
    assert review.json_view.toPlainText() == to_json(main_window.controller.document)


def test_a_hard_limit_above_the_task_memory(qtbot, main_window):
    containers = type_book_example(qtbot, main_window)
    wizard = main_window.wizard
    panel = main_window.sizing_panel
    containers.container_list.list.setCurrentRow(0)
    type_into(qtbot, field(containers, "/memory"), "1024")
    row = row_of(containers, "/memory")
    assert row.message.isVisible()
    assert "1024" in row.message.text() and "512" in row.message.text()
    assert field(containers, "/memory").property("invalid") is True
    assert panel.largest_bar.state == "error"
    # An error never locks Next: its step counts it, Next's tooltip says so.
    assert next_enabled(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert "errors" in next_button.toolTip().lower()
    assert wizard.steps.item(int(PageId.CONTAINERS)).data(COUNTS_ROLE)[0] == 1
    type_into(qtbot, field(containers, "/memory"), "300")
    assert not row.message.isVisible()
    assert panel.largest_bar.state == "ok"
    assert next_enabled(wizard)
    assert next_button.toolTip() == ""
    assert wizard.steps.item(int(PageId.CONTAINERS)).data(COUNTS_ROLE)[0] == 0
