"""The container editor's form and the sizing panel are opaque, so that a field
or bar redrawn after an edit does not make every widget up to the main window
paint again; they look exactly as they would if they were not, in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject

from tests.rulekit import awslogs, container, fargate_doc
from tests.ui.conftest import open_main_window
from wizard.ui.app import theme as theme_module
from wizard.ui.app.theme import Theme, apply_theme
from wizard.ui.container_editor.editor import ContainerEditor
from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.base import PageId
from wizard.ui.widgets.sizing_panel import SizingPanel


def three_containers() -> dict:
    return fargate_doc(
        *(
            container(f"svc-{i}", memory=512, cpu=128, logConfiguration=awslogs(f"svc-{i}"))
            for i in range(3)
        ),
        cpu="1024",
        memory="2048",
    )


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def window(qtbot, qapp):
    window = open_main_window(qtbot)
    window.controller.replace_document(three_containers(), "Three containers")
    window.wizard.go_to(PageId.CONTAINERS)
    qapp.processEvents()
    return window


def bodies(window) -> list:
    editor = window.findChild(ContainerEditor)
    panel = window.findChild(SizingPanel)
    return [editor.scroll_area.widget(), panel._body]


@pytest.mark.parametrize("choice", [Theme.DARK, Theme.LIGHT])
def test_opaque_forms_look_as_they_would_otherwise(window, qapp, choice):
    previous = theme_module.current_theme()
    try:
        apply_theme(qapp, choice)
        qapp.processEvents()
        assert all(body.autoFillBackground() for body in bodies(window))
        opaque = window.grab().toImage()
        for body in bodies(window):
            body.setAutoFillBackground(False)
        qapp.processEvents()
        assert window.grab().toImage() == opaque
    finally:
        apply_theme(qapp, previous)


def test_an_edit_repaints_few_widgets(window, qapp):
    counter = PaintCounter()
    qapp.installEventFilter(counter)
    try:
        controller: DraftController = window.controller
        controller.set("/containerDefinitions/0/memory", 600)  # the field shown
        qapp.processEvents()
        opaque = counter.count
        for body in bodies(window):
            body.setAutoFillBackground(False)
        qapp.processEvents()
        counter.count = 0
        controller.set("/containerDefinitions/0/memory", 700)
        qapp.processEvents()
        # Without it, every ancestor of the field and of the bars paints too.
        assert 0 < opaque < counter.count
    finally:
        qapp.removeEventFilter(counter)


def test_what_is_on_screen_after_edits_is_a_full_redraw(window, qapp):
    """Nothing left behind where ancestors no longer paint: the window's backing
    store after a run of edits equals the window drawn afresh."""
    controller: DraftController = window.controller
    for n in range(4):
        controller.set("/containerDefinitions/0/memory", 700 + n)
        controller.set("/containerDefinitions/2/cpu", 100 + n)
        controller.set("/containerDefinitions/0/portMappings", [{"containerPort": 9000 + n}])
        qapp.processEvents()
    full = window.grab().toImage()
    shown = window.screen().grabWindow(window.winId()).toImage().convertToFormat(full.format())
    assert shown.size() == full.size()
    assert shown == full
