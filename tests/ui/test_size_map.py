"""The size map on the task size page, driven as a user does: clicks, arrow keys,
Enter; what it hatches for the book example and for a 4 GB hard limit; one undo
step per choice; the note off Fargate; and it repaints only when what it shows
changes."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage

from tests.ui.test_book_example import type_book_example
from tests.ui.test_containers_page import field, type_into
from tests.ui.test_sizing_panel import BOOK
from wizard.domain.pricing.data import load_price_book
from wizard.ui.app import theme
from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.base import PageId
from wizard.ui.pages.task_size_page import TaskSizePage
from wizard.ui.widgets.price_choice import PriceChoice

GB = 1024


@pytest.fixture
def book_controller(qapp) -> DraftController:
    from wizard.ui.app.application import make_application

    make_application()
    return DraftController(copy.deepcopy(BOOK))


@pytest.fixture
def page(qtbot, book_controller) -> TaskSizePage:
    page = TaskSizePage(book_controller)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    qtbot.waitExposed(page)
    page.size_map.canvas.setFocus()
    return page


def click_cell(qtbot, canvas, cpu: int, memory: int) -> None:
    rect = canvas.cell_rect((cpu, memory))
    assert not rect.isEmpty(), f"{cpu}/{memory} is not on the map"
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=rect.center())


def hatch_share(image: QImage, rect: QRect) -> float:
    """The share of a cell's left half painted in the hatch colour (reddish over
    the blue price shade); the price text sits at the right."""
    ratio = image.devicePixelRatio()
    red = QColor(theme.colour("error"))
    hits = total = 0
    for x in range(rect.left() + 2, rect.center().x()):
        for y in range(rect.top() + 2, rect.bottom() - 1):
            pixel = image.pixelColor(QPoint(int(x * ratio), int(y * ratio)))
            total += 1
            hits += abs(pixel.red() - red.red()) + abs(pixel.green() - red.green()) < 120 and (
                pixel.red() > pixel.blue()
            )
    return hits / total


def test_clicking_a_cell_sets_cpu_and_memory_as_one_undo_step(qtbot, page, book_controller):
    canvas = page.size_map.canvas
    steps = book_controller.undo_stack.count()
    click_cell(qtbot, canvas, 1024, 3 * GB)
    assert (book_controller.get("/cpu"), book_controller.get("/memory")) == ("1024", "3072")
    assert page.size_map.model.current == (1024, 3072)
    assert book_controller.undo_stack.count() == steps + 1
    assert book_controller.undo_stack.undoText() == "Choose the task size 1 vCPU / 3 GB"
    # The pickers follow the draft.
    assert page.pickers.cpu_combo.currentData() == "1024"
    assert page.pickers.memory_combo.currentData() == "3072"
    book_controller.undo_stack.undo()
    assert (book_controller.get("/cpu"), book_controller.get("/memory")) == ("256", "512")
    assert page.size_map.model.current == (256, 512)


def test_arrow_keys_skip_invalid_pairs_and_enter_chooses(qtbot, page, book_controller):
    canvas = page.size_map.canvas
    assert canvas.focus_cell == (256, 512)  # starts on the task size
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.focus_cell == (256, 2048)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # 0.25 vCPU ends at 2 GB
    assert canvas.focus_cell == (256, 2048)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.focus_cell == (1024, 2048)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    # 1 vCPU + 3 GB per hour in us-east-1: 0.04048 + 3 x 0.004445 = 0.053815.
    assert canvas.accessibleName() == "1 vCPU, 3 GB, $0.0538 per hour, fits"
    assert book_controller.get("/memory") == "512"  # moving chooses nothing
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert (book_controller.get("/cpu"), book_controller.get("/memory")) == ("1024", "3072")
    assert canvas.accessibleName() == "1 vCPU, 3 GB, $0.0538 per hour, fits, current size"
    # Across the panels and down the 16 vCPU column, skipping the 8 vCPU rows.
    for _ in range(4):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.focus_cell == (16384, 32 * GB)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.focus_cell == (16384, 40 * GB)
    qtbot.keyClick(canvas, Qt.Key.Key_Enter)
    assert (book_controller.get("/cpu"), book_controller.get("/memory")) == ("16384", "40960")


def test_book_example_typed_in_hatches_nothing_then_a_4_gb_hard_limit_hatches_under_4_gb(
    qtbot, main_window
):
    containers = type_book_example(qtbot, main_window)
    wizard = main_window.wizard
    wizard.go_to(PageId.TASK_SIZE)
    view = wizard.pages[PageId.TASK_SIZE].size_map
    qtbot.waitUntil(lambda: view.model is not None and view.model.current == (256, 512))
    model = view.model
    # Too small would be the cells below the 256 MiB the two containers reserve: none.
    assert {c.size for c in model.too_small} == {s for s in model.cells if s[1] < 256} == set()
    assert model.cheapest == (256, 512)
    assert "cheapest that fits" in view.canvas.describe((256, 512))
    # The page may still be laying out (the step list, wrapped messages): grab the
    # canvas once every cell lies inside it.
    qtbot.waitUntil(
        lambda: all(view.canvas.rect().contains(view.canvas.cell_rect(s)) for s in model.cells)
    )
    image = view.canvas.grab().toImage()
    assert max(hatch_share(image, view.canvas.cell_rect(s)) for s in model.cells) < 0.02

    wizard.go_to(PageId.CONTAINERS)
    containers.container_list.list.setCurrentRow(0)
    type_into(qtbot, field(containers, "/memory"), "4096")
    wizard.go_to(PageId.TASK_SIZE)
    qtbot.waitUntil(lambda: view.model.needs.largest_hard == 4096)
    model = view.model
    hatched = {c.size for c in model.too_small}
    assert hatched == {s for s in model.cells if s[1] < 4 * GB}
    assert model.cheapest == (512, 4 * GB)
    tip = view.canvas.tooltip_for((1024, 3 * GB))
    assert "too small for the containers" in tip
    assert "Container wordpress has a hard memory limit of 4096 MiB; this size has 3072 MiB." in tip
    assert "too small" not in view.canvas.tooltip_for((1024, 4 * GB))
    # And it is painted so: hatch lines on exactly those cells.
    qtbot.waitUntil(
        lambda: all(view.canvas.rect().contains(view.canvas.cell_rect(s)) for s in model.cells)
    )
    image = view.canvas.grab().toImage()
    painted = {s for s in model.cells if hatch_share(image, view.canvas.cell_rect(s)) > 0.05}
    assert painted == hatched


def test_the_map_repaints_only_when_what_it_shows_changes(qtbot, page, book_controller):
    view = page.size_map
    qtbot.wait(50)
    rebuilds, paints = view.rebuilds, view.canvas.paints
    for name in ("w", "wo", "wor"):
        book_controller.set("/containerDefinitions/0/name", name)
        qtbot.wait(10)
    book_controller.set("/taskRoleArn", "arn:aws:iam::210987654321:role/app")
    qtbot.wait(50)
    assert (view.rebuilds, view.canvas.paints) == (rebuilds, paints)
    # The renamed container is named in the needs line all the same.
    book_controller.set("/containerDefinitions/0/memory", 700)
    qtbot.wait(50)
    assert view.rebuilds == rebuilds + 1 and view.canvas.paints > paints
    assert "Container wor has the largest hard limit, 700 MiB." in view.needs_label.text()


def test_region_and_platform_change_the_prices(qtbot, page, book_controller):
    view = page.size_map
    us = view.model.cells[(1024, 2048)].per_hour
    PriceChoice.of(book_controller).set(load_price_book(), "ap-northeast-1")
    assert view.model.region == "ap-northeast-1"
    assert view.model.cells[(1024, 2048)].per_hour != us
    assert "ap-northeast-1" in view.prices_label.text()
    book_controller.set("/runtimePlatform", {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"})
    assert view.model.cpus == (1024, 2048, 4096)
    assert view.canvas.cell_rect((256, 512)).isEmpty()
    assert not view.canvas.cell_rect((1024, 2048)).isEmpty()


def test_without_prices_the_map_says_so(qtbot, page, book_controller):
    PriceChoice.of(book_controller).set(load_price_book(), "us-west-2")
    book_controller.set("/runtimePlatform", {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"})
    view = page.size_map
    assert view.model.month_range() is None
    assert "No prices" in view.prices_label.text() and "us-west-2" in view.prices_label.text()
    assert "price unknown" in view.canvas.describe((1024, 2048))


@pytest.mark.parametrize(
    ("launch", "word"),
    [("EC2", "EC2"), ("EXTERNAL", "EXTERNAL"), ("MANAGED_INSTANCES", "Managed Instances")],
)
def test_off_fargate_a_note_replaces_the_map(qtbot, page, book_controller, launch, word):
    view = page.size_map
    book_controller.set("/requiresCompatibilities", [launch])
    assert view.canvas.isHidden() and not view.note.isHidden()
    assert word in view.note.text()
    book_controller.set("/requiresCompatibilities", ["FARGATE"])
    assert not view.canvas.isHidden() and view.note.isHidden()


def test_the_sizing_panel_opens_the_map(qtbot, main_window):
    panel = main_window.sizing_panel
    qtbot.mouseClick(panel.map_button, Qt.MouseButton.LeftButton)
    window = panel._map_window
    assert window is not None and window.isVisible()
    qtbot.waitExposed(window)
    canvas = window.view.canvas
    # It opens wide enough for the whole grid (it opened at 348 x 260 px, the
    # size hint of a map not drawn yet) and no taller than the screen.
    screen = window.screen().availableGeometry()
    assert canvas.width() >= canvas.sizeHint().width() > 300
    assert window._scroll.horizontalScrollBar().maximum() == 0
    assert window.height() <= screen.height()
    assert window.height() >= min(canvas.sizeHint().height(), int(screen.height() * 0.9) - 100)
    click_cell(qtbot, canvas, 2048, 4 * GB)
    controller = main_window.controller
    assert (controller.get("/cpu"), controller.get("/memory")) == ("2048", "4096")
    # The panel's region is the map's.
    panel.price_section.region_combo.setCurrentText("eu-central-1")
    assert window.view.model.region == "eu-central-1"
    # Closed, the window's map waits; shown again, it catches up.
    window.close()
    rebuilds = window.view.rebuilds
    controller.set("/containerDefinitions/0/memoryReservation", 5000)
    assert window.view.rebuilds == rebuilds
    qtbot.mouseClick(panel.map_button, Qt.MouseButton.LeftButton)
    assert window.view.rebuilds == rebuilds + 1
    assert window.view.model.needs.memory == 5000


def test_set_members_is_one_step_and_skips_unchanged(book_controller):
    stack = book_controller.undo_stack
    seen: list[str] = []
    book_controller.document_changed.connect(seen.append)
    book_controller.set_members({"/cpu": "256", "/memory": "512"}, "nothing")
    assert stack.count() == 0 and seen == []
    book_controller.set_members({"/cpu": "512", "/memory": "1024"}, "both")
    assert stack.count() == 1 and stack.undoText() == "both" and seen == [""]
    stack.undo()
    assert (book_controller.get("/cpu"), book_controller.get("/memory")) == ("256", "512")
    book_controller.set_members({"/cpu": "512", "/memory": "512"}, "one")
    assert seen[-1] == "/cpu"


def test_a_paint_works_out_the_price_range_once(page, monkeypatch):
    """The shade of each cell depends on the map's lowest and highest price: worked
    out once per paint, not once per cell; the picture is the same either way."""
    canvas = page.size_map.canvas
    model = canvas.model
    assert model is not None and model.month_range() is not None
    before = canvas.grab().toImage()
    calls: list[int] = []
    original = type(model).month_range

    def counted(self):
        calls.append(1)
        return original(self)

    monkeypatch.setattr(type(model), "month_range", counted)
    after = canvas.grab().toImage()
    assert len(model.cells) > 10
    assert len(calls) <= 2  # the legend asks too
    assert after == before
