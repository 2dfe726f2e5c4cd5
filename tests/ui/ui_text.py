"""Walking the whole main window and reading what it shows, for the translation,
layout and focus tests (tests/ui/test_translations.py, test_ui_quality.py) and
the screenshot tour.

:data:`RICH_DOC` is a valid Fargate task definition that fills every page: two
containers with ports, environment, logs, a health check and a dependency, the
OpenTelemetry sidecar, three kinds of volume with mount points, and tags. Being
valid, Next is never blocked, so :func:`walk` reaches every page.
"""

from __future__ import annotations

import copy
import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from wizard.resource_files import read_resource_text
from wizard.ui.pages.base import PageId

ROOT = Path(__file__).resolve().parents[2]


def _rich_doc() -> dict[str, Any]:
    import json

    doc = json.loads(read_resource_text("templates", "app-otel.json"))
    app = doc["containerDefinitions"][0]
    app["healthCheck"] = {
        "command": ["CMD-SHELL", "curl -f http://localhost:8080/ || exit 1"],
        "interval": 30,
        "timeout": 5,
        "retries": 3,
    }
    app["mountPoints"] = [
        {"sourceVolume": "scratch", "containerPath": "/scratch"},
        {"sourceVolume": "shared", "containerPath": "/data", "readOnly": True},
    ]
    app["secrets"] = [
        {
            "name": "DB_PASSWORD",
            "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf",
        }
    ]
    doc["volumes"] = [
        {"name": "scratch"},
        {
            "name": "shared",
            "efsVolumeConfiguration": {
                "fileSystemId": "fs-0123456789abcdef0",
                "transitEncryption": "ENABLED",
            },
        },
        {"name": "build-cache", "configuredAtLaunch": True},
    ]
    doc["tags"] = [{"key": "team", "value": "payments"}]
    return doc


RICH_DOC: dict[str, Any] = _rich_doc()


def rich_doc() -> dict[str, Any]:
    return copy.deepcopy(RICH_DOC)


def i18n_tool() -> ModuleType:
    """tools/i18n.py (a script, not a package), loaded by path once."""
    loaded = sys.modules.get("i18n_tool")
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool"] = module  # dataclasses look their module up while defined
    spec.loader.exec_module(module)
    return module


def build_window(qtbot, document: dict[str, Any] | None = None) -> QMainWindow:
    """The main window on ``document`` (default :data:`RICH_DOC`), shown at its
    default 1280x860 with every page built. Translators must be installed first:
    widgets translate their texts when they are built."""
    from wizard.ui.app.application import make_application
    from wizard.ui.draft.controller import DraftController
    from wizard.ui.app.main_window import MainWindow

    make_application()
    window = MainWindow(DraftController(rich_doc() if document is None else document))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.finish_startup()
    # After showing: the offscreen screen (800x600) would clamp an earlier size.
    window.resize(1280, 860)
    process_events()
    return window


# --- reading what widgets show ----------------------------------------------


def _header_texts(header: QHeaderView) -> list[str]:
    """The column titles (and their tool tips) of a table or tree's header."""
    model = header.model()
    if model is None:
        return []
    texts = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(section, header.orientation(), role)
            if isinstance(value, str):
                texts.append(value)
    return texts


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(kind, text) for every piece of UI text ``widget`` itself carries:
    label and button texts, group and window titles, placeholders, tool tips,
    accessible names and descriptions, combo items, tabs and header labels."""
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    if isinstance(widget, QGroupBox):
        yield "group", widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "combo item", widget.itemText(index)
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            yield "list item", widget.item(row).text()
            yield "list item tooltip", widget.item(row).toolTip()
    if isinstance(widget, QTreeWidget):
        for row in range(widget.topLevelItemCount()):
            item = widget.topLevelItem(row)
            for column in range(item.columnCount()):
                yield "tree item", item.text(column)
    if isinstance(widget, QHeaderView) and widget.isVisible():
        for text in _header_texts(widget):
            yield "header", text
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()


def menu_texts(window: QMainWindow) -> Iterator[tuple[str, str]]:
    """Every menu title and action text of the menu bar, submenus included."""

    def walk(menu: QMenu) -> Iterator[tuple[str, str]]:
        yield "menu", menu.title()
        for action in menu.actions():
            if action.isSeparator():
                continue
            yield "action", action.text()
            yield "action tooltip", action.toolTip() if action.toolTip() != action.text() else ""
            if action.menu() is not None:
                yield from walk(action.menu())

    for action in window.menuBar().actions():
        if action.menu() is not None:
            yield from walk(action.menu())


def visible_widgets(root: QWidget) -> list[QWidget]:
    """``root`` and its descendants that are on screen (a widget on a folded
    section or another page is not)."""
    return [w for w in [root, *root.findChildren(QWidget)] if w.isVisible()]


def visible_texts(root: QWidget) -> list[tuple[str, str, str]]:
    """(where, kind, text) of every non-empty text on screen under ``root``."""
    found = []
    for widget in visible_widgets(root):
        where = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        for kind, text in widget_texts(widget):
            if text and text.strip():
                found.append((where, kind, text))
    return found


# --- walking the window -----------------------------------------------------


def process_events() -> None:
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()


def expand_everything(page: QWidget) -> None:
    """Unfold every folding section of the page (the container editor's)."""
    from wizard.ui.widgets.collapsible_section import CollapsibleSection

    for fold in page.findChildren(CollapsibleSection):
        fold.set_expanded(True)
    process_events()


def page_states(window: QMainWindow, page_id: PageId) -> Iterator[str]:
    """Put the page in each state worth looking at and yield a name for it:
    every container on the Containers page, every volume on the Storage page."""
    page = window.wizard.pages[page_id]
    if page_id is PageId.CONTAINERS:
        for index in range(page.container_list.list.count()):
            page.select(index)
            expand_everything(page)
            yield f"container {index + 1}"
    elif page_id is PageId.STORAGE:
        volumes: QListWidget = page.volume_editor.volume_list
        for row in range(volumes.count()):
            volumes.setCurrentRow(row)
            process_events()
            yield f"volume {row + 1}"
    else:
        yield ""


def walk(window: QMainWindow, visit: Callable[[PageId, str], None]) -> list[PageId]:
    """Show every page in turn (Back/Next, as a user does) in every state of
    :func:`page_states` and call ``visit(page_id, state)``; the pages visited."""
    wizard = window.wizard
    wizard.ensure_pages()
    seen = []
    for page_id in PageId:
        wizard.go_to(page_id)
        process_events()
        if wizard.currentId() != int(page_id):
            break
        seen.append(page_id)
        for state in page_states(window, page_id):
            visit(page_id, state)
    wizard.go_to(PageId.LAUNCH)
    return seen
