"""Fixtures for GUI tests: a controller with a fresh draft and the main window."""

from __future__ import annotations

import pytest

from wizard.ui.app.application import make_application
from wizard.ui.app.i18n import install_translators, remove_translators
from wizard.ui.draft.controller import DraftController


@pytest.fixture(scope="session")
def qapp_args():
    return ["ecs-taskdef-wizard-tests"]


@pytest.fixture
def chinese(qapp):
    """Simplified Chinese for one test (ours and Qt's translators); English after.
    Request it before the fixtures that build the widgets to be translated."""
    translators = install_translators(qapp, "zh_CN")
    yield translators
    remove_translators(qapp, translators)


@pytest.fixture
def controller(qapp):
    make_application()
    return DraftController()


def open_main_window(qtbot):  # -> MainWindow, shown, every page built
    make_application()
    from wizard.ui.app.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.finish_startup()
    return window


@pytest.fixture
def main_window(qtbot, qapp):
    return open_main_window(qtbot)
