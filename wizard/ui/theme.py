"""Dark and light themes (qdarkstyle), following the system unless overridden.

One place applies the style: qdarkstyle's sheet for the chosen palette, then
``resources/qss/app.qss`` with this theme's message colours. Widgets never call
setStyleSheet themselves.
"""

from __future__ import annotations

from enum import StrEnum

import qdarkstyle
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from wizard.resource_files import read_resource_text


class Theme(StrEnum):
    SYSTEM = "system"
    DARK = "dark"
    LIGHT = "light"


# Message colours chosen for at least 4.5:1 contrast on each theme's background
# (qdarkstyle dark #19232D, light #FAFAFA).
COLOURS = {
    Theme.DARK: {"error": "#ff7b72", "warning": "#e3b341", "info": "#79c0ff", "ok": "#56d364"},
    Theme.LIGHT: {"error": "#b3261e", "warning": "#8a5a00", "info": "#0b57d0", "ok": "#1a7f37"},
}


def resolve_theme(choice: Theme) -> Theme:
    if choice is not Theme.SYSTEM:
        return choice
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else None
    return Theme.LIGHT if scheme == Qt.ColorScheme.Light else Theme.DARK


_current = Theme.DARK


def current_theme() -> Theme:
    return _current


def colour(name: str) -> str:
    return COLOURS[_current][name]


def apply_theme(app: QApplication, choice: Theme = Theme.SYSTEM) -> Theme:
    global _current
    theme = resolve_theme(choice)
    palette = qdarkstyle.LightPalette if theme is Theme.LIGHT else qdarkstyle.DarkPalette
    sheet = qdarkstyle.load_stylesheet(qt_api="pyside6", palette=palette)
    extra = read_resource_text("qss", "app.qss")
    for name, value in COLOURS[theme].items():
        extra = extra.replace(f"@{name}@", value)
    app.setStyleSheet(sheet + "\n" + extra)
    _current = theme
    return theme
