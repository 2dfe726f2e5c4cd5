"""Words from the screen: messages under fields name the field as its label reads and
the container by name (the API member in the hint), the CPU units field takes digits
only, undo entries say what changed, and one action (Apply, Fit) is one undo step."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt

from tests.ui.test_containers_page import field, make_page, row_of, type_into
from tests.ui.test_sizing_panel import BOOK
from wizard.domain.pricing.data import load_price_book
from wizard.ui.dialogs.size_advisor_dialog import SizeAdvisorDialog
from wizard.ui.draft.screen_words import screen_words
from wizard.ui.widgets.sizing_panel import SizingPanel


def book() -> dict:
    return copy.deepcopy(BOOK)


def test_field_messages_use_the_labels_and_keep_the_api_member_in_the_hint(qtbot, controller):
    controller.replace_document(book())
    page = make_page(qtbot, controller)
    type_into(qtbot, field(page, "/memory"), "100")  # below the 128 MiB soft limit
    text = row_of(page, "/memoryReservation").message.text()
    assert text.startswith(
        "Container 'wordpress' has memory hard limit 100 MiB below its memory soft limit 128 MiB."
    )
    assert "(API: memory, memoryReservation)" in text
    assert "memoryReservation 128" not in text


def test_cpu_units_take_digits_only(qtbot, controller):
    controller.replace_document(book())
    page = make_page(qtbot, controller)
    cpu = field(page, "/cpu")
    type_into(qtbot, cpu, "2x5-6.")
    assert cpu.text() == "256"
    assert controller.get("/containerDefinitions/0/cpu") == 256


def test_undo_says_what_changed(qtbot, main_window):
    controller = main_window.controller
    controller.replace_document(book())
    main_window.wizard.next()
    main_window.wizard.next()
    page = main_window.wizard.currentPage()
    type_into(qtbot, field(page, "/memory"), "1024")
    assert controller.undo_stack.undoText() == "wordpress memory hard limit 1024 MiB"
    assert main_window.undo_action.text() == "&Undo wordpress memory hard limit 1024 MiB"
    type_into(qtbot, field(page, "/memoryReservation"), "")
    assert controller.undo_stack.undoText() == "wordpress memory soft limit cleared"


def test_advisor_apply_is_one_undo_step(qtbot, controller):
    controller.replace_document(book())
    dialog = SizeAdvisorDialog(controller, "us-east-1", 1, load_price_book())
    qtbot.addWidget(dialog)
    steps = controller.undo_stack.count()
    qtbot.mouseClick(dialog.table.cellWidget(0, 0), Qt.MouseButton.LeftButton)  # ARM64, 0.25/0.5
    assert controller.get("/runtimePlatform/cpuArchitecture") == "ARM64"
    assert controller.undo_stack.count() == steps + 1
    assert controller.undo_stack.undoText() == "task size 0.25 vCPU / 0.5 GB on Linux/ARM64"
    controller.undo_stack.undo()
    assert controller.document == BOOK


def test_fit_is_one_undo_step(qtbot, controller, monkeypatch):
    doc = book()
    doc["containerDefinitions"][0]["memoryReservation"] = 700
    controller.replace_document(doc)
    panel = SizingPanel(controller)
    qtbot.addWidget(panel)
    monkeypatch.setattr(panel, "confirm_fit", lambda cpu, memory: True)
    steps = controller.undo_stack.count()
    qtbot.mouseClick(panel.fit_button, Qt.MouseButton.LeftButton)
    assert (controller.get("/cpu"), controller.get("/memory")) == ("256", "1024")
    assert controller.undo_stack.count() == steps + 1
    assert controller.undo_stack.undoText() == "task size 0.25 vCPU / 1 GB (Fit)"
    controller.undo_stack.undo()
    assert (controller.get("/cpu"), controller.get("/memory")) == ("256", "512")


def test_the_findings_list_speaks_the_same_words(qtbot, controller):
    from wizard.ui.widgets.findings_list import FindingsList

    doc = book()
    doc["containerDefinitions"][0]["memory"] = 100
    controller.replace_document(doc)
    found = controller.findings_at("/containerDefinitions/0/memoryReservation")
    widget = FindingsList()
    qtbot.addWidget(widget)
    widget.set_findings(found)
    item = widget.tree.topLevelItem(0)
    assert "memory soft limit 128 MiB" in item.text(1)
    assert "memoryReservation" not in item.text(1)
    assert "(API: memory, memoryReservation)" in item.toolTip(1)
    widget.tree.setCurrentItem(item)
    assert "(API: memory, memoryReservation)" in widget.detail.text()


def test_camel_case_members_only_and_numbers_only_in_containers():
    from wizard.ui.draft.screen_words import screen_words

    text = "The task memory 2048 MiB; executionRoleArn is required."
    assert screen_words(text) == (
        "The task memory 2048 MiB; task execution role is required.",
        ["memory", "executionRoleArn"],  # "task memory" is the task's field, by its label
    )
    assert screen_words("Container 'a' sets cpu 300.", in_container=True) == (
        "Container 'a' sets CPU units 300.",
        ["cpu"],
    )


def test_a_quoted_value_at_the_start_keeps_its_case(qapp):
    """Only a label that opens the text gets a capital; the user's value does not."""
    assert screen_words("'execute' is not valid for hostPort.") == (
        "'execute' is not valid for host port.",
        ["hostPort"],
    )
    assert screen_words("hostPort is missing.")[0] == "Host port is missing."


def test_a_quoted_task_member_after_task_is_said_once(qapp):
    text, members = screen_words("""Task 'memory' "0.5 GB" was read as 512.""", at="memory")
    assert text == """'Task memory' "0.5 GB" was read as 512."""
    assert members == ["memory"]
