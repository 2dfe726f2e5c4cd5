"""The live sizing panel: the book example, valid sizes, red bars, Fit, JSON size."""

from __future__ import annotations

import copy

import pytest

from wizard.ui.widgets.sizing_panel import SizingPanel, compact_memory_list

# The Fargate quick-start book's WordPress + MySQL task: 0.25 vCPU / 512 MiB,
# 128 MiB soft limit and 10 CPU units per container.
BOOK = {
    "family": "wordpress",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "awsvpc",
    "cpu": "256",
    "memory": "512",
    "containerDefinitions": [
        {
            "name": "wordpress",
            "image": "wordpress:6.5",
            "essential": True,
            "cpu": 10,
            "memoryReservation": 128,
            "portMappings": [{"containerPort": 80}],
        },
        {
            "name": "mysql",
            "image": "mysql:8.0",
            "essential": True,
            "cpu": 10,
            "memoryReservation": 128,
        },
    ],
}


@pytest.fixture
def book():
    return copy.deepcopy(BOOK)


@pytest.fixture
def panel(qtbot, controller):
    widget = SizingPanel(controller)
    qtbot.addWidget(widget)
    return widget


def bars(panel):
    return [
        panel.cpu_bar,
        panel.soft_bar,
        panel.hard_bar,
        panel.reserved_bar,
        panel.largest_bar,
        panel.json_bar,
    ]


def test_book_example_reads_right(panel, controller, book):
    controller.replace_document(book)
    assert panel.cpu_label.text() == "CPU: 0.25 vCPU (256 units)"
    assert panel.memory_label.text() == "Memory: 0.5 GB (512 MiB)"
    assert panel.soft_bar.text == "Σ soft 256 of 512 MiB (256 MiB free)"
    assert panel.cpu_bar.text.startswith("Σ CPU 20 of 256 units")
    assert panel.reserved_bar.text == "Σ reserved 256 of 512 MiB (256 MiB free)"
    assert [bar.state for bar in bars(panel)] == ["ok"] * 6
    assert panel.soft_bar.ratio == pytest.approx(0.5)
    assert panel.errors_label.text() == "0 errors"
    assert not panel.size_note.isVisibleTo(panel)
    # Accessible descriptions carry the numbers for screen readers.
    assert "256 of 512 MiB" in panel.soft_bar.accessibleDescription()


def test_valid_cpu_for_one_gigabyte(panel, controller, book):
    book["memory"] = "1024"
    controller.replace_document(book)
    assert panel.valid_cpu_label.text() == "Valid CPU for 1 GB: 0.25 vCPU, 0.5 vCPU"
    assert panel.valid_memory_label.text() == "Valid memory for 0.25 vCPU: 0.5, 1, 2 GB"


def test_long_memory_ranges_are_compact(panel, controller):
    controller.set("/cpu", "1024")
    controller.set("/memory", "4096")
    assert panel.valid_memory_label.text() == "Valid memory for 1 vCPU: 2–8 GB in 1 GB steps"
    assert compact_memory_list(list(range(16384, 61441, 4096))) == "16–60 GB in 4 GB steps"
    assert compact_memory_list([512, 1024, 2048]) == "0.5, 1, 2 GB"


def test_invalid_fargate_pair_is_said_in_red(panel, controller, book):
    controller.replace_document(book)
    controller.set("/memory", "4096")
    assert panel.size_note.isVisibleTo(panel)
    assert panel.size_note.text() == "0.25 vCPU / 4 GB is not a valid Fargate size."
    assert panel.size_note.property("severity") == "error"


def test_reservation_above_task_memory_turns_bars_red(panel, controller, book):
    controller.replace_document(book)
    controller.set("/containerDefinitions/0/memoryReservation", 600)
    assert panel.soft_bar.state == "error"
    assert panel.soft_bar.text == "Σ soft 728 of 512 MiB (216 MiB over)"
    # Every reserved amount is a soft limit here: the reserved bar is over too.
    assert panel.reserved_bar.state == "error"
    assert panel.cpu_bar.state == "ok"
    assert panel.errors_label.property("severity") == "error"


def test_cpu_sum_above_task_is_red(panel, controller, book):
    controller.replace_document(book)
    controller.set("/containerDefinitions/1/cpu", 300)
    assert panel.cpu_bar.state == "error"
    assert panel.soft_bar.state == "ok"


def test_hard_limits_sum_is_a_warning_and_largest_names_its_container(panel, controller, book):
    for container in book["containerDefinitions"]:
        container["memory"] = 400
    book["containerDefinitions"][1]["memory"] = 450
    controller.replace_document(book)
    assert panel.hard_bar.state == "warning"  # 850 > 512: risky, not rejected
    assert panel.largest_bar.text == "Largest hard: mysql 450 of 512 MiB (62 MiB free)"
    assert panel.largest_bar.state == "ok"
    controller.set("/containerDefinitions/1/memory", 600)
    assert panel.largest_bar.state == "error"


def test_near_the_limit_is_amber(panel, controller, book):
    book["containerDefinitions"][0]["memoryReservation"] = 340
    controller.replace_document(book)  # 468 of 512 MiB: valid but little headroom
    assert panel.soft_bar.state == "warning"


def test_no_task_limit_shows_the_sum_only(panel, controller, book):
    book["requiresCompatibilities"] = ["EC2"]
    book["networkMode"] = "bridge"
    del book["memory"]
    controller.replace_document(book)
    assert panel.soft_bar.text == "Σ soft 256 MiB (no task limit)"
    assert panel.soft_bar.ratio is None
    assert not panel.valid_cpu_label.isVisibleTo(panel)
    assert not panel.fit_button.isEnabled()
    assert "Fargate" in panel.fit_button.toolTip()


def test_fit_proposes_and_applies_after_confirmation(panel, controller, book, monkeypatch):
    book["containerDefinitions"][0]["memoryReservation"] = 700
    book["containerDefinitions"][0]["cpu"] = 300
    controller.replace_document(book)
    assert panel.fit_button.isEnabled()
    assert panel.fit_button.text() == "Fit to 0.5 vCPU / 1 GB"
    asked = []
    monkeypatch.setattr(panel, "confirm_fit", lambda cpu, mem: asked.append((cpu, mem)) or True)
    panel.fit_button.click()
    assert asked == [(512, 1024)]
    assert (controller.get("/cpu"), controller.get("/memory")) == ("512", "1024")
    assert panel.soft_bar.state == "ok"
    assert not panel.fit_button.isEnabled()  # already the fit now
    assert "already" in panel.fit_button.toolTip()
    # CPU and memory change together: one undo step puts both back.
    assert controller.undo_stack.undoText() == "task size 0.5 vCPU / 1 GB (Fit)"
    controller.undo_stack.undo()
    assert (controller.get("/cpu"), controller.get("/memory")) == ("256", "512")


def test_fit_declined_changes_nothing(panel, controller, book, monkeypatch):
    book["containerDefinitions"][0]["memoryReservation"] = 700
    controller.replace_document(book)
    monkeypatch.setattr(panel, "confirm_fit", lambda cpu, mem: False)
    panel.fit_button.click()
    assert (controller.get("/cpu"), controller.get("/memory")) == ("256", "512")


def test_fit_disabled_without_declared_resources(panel, controller):
    # A new draft's container declares neither CPU nor memory.
    assert not panel.fit_button.isEnabled()
    assert "nothing to fit" in panel.fit_button.toolTip()


def test_json_size_bar(panel, controller, book):
    controller.replace_document(book)
    assert panel.json_bar.text.startswith("JSON ")
    assert "of 64 KiB" in panel.json_bar.text
    assert panel.json_bar.state == "ok"
    book["containerDefinitions"][0]["environment"] = [
        {"name": f"VAR_{i}", "value": "x" * 700} for i in range(100)
    ]
    controller.replace_document(book)
    assert panel.json_bar.state == "error"
    assert "over" in panel.json_bar.text


def test_counts_errors_and_warnings(panel, controller, book):
    book["containerDefinitions"][1]["environment"] = [
        {"name": "MYSQL_ROOT_PASSWORD", "value": "hunter2"}
    ]
    controller.replace_document(book)
    assert panel.warnings_label.text() == "1 warning"
    assert panel.warnings_label.property("severity") == "warning"
    controller.set("/family", "bad family!")
    assert panel.errors_label.text() == "1 error"


def test_panel_sits_in_the_main_window(main_window):
    panel = main_window.sizing_panel
    assert panel.isVisible()
    assert panel.cpu_label.text() == "CPU: 0.5 vCPU (512 units)"
    main_window.controller.set("/memory", "2048")
    assert panel.memory_label.text() == "Memory: 2 GB (2048 MiB)"
