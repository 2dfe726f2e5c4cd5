"""Dark and light themes (qdarkstyle), following the system unless overridden.

One place applies the style: qdarkstyle's sheet for the chosen palette, then
``resources/qss/app.qss`` with this theme's message colours. Widgets never call
setStyleSheet themselves.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from pathlib import Path

import qdarkstyle
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from wizard.resource_files import read_resource_text


class Theme(StrEnum):
    SYSTEM = "system"
    DARK = "dark"
    LIGHT = "light"


# Message colours chosen for at least 4.5:1 contrast on each theme's background
# (qdarkstyle dark #19232D, light #FAFAFA). "panel" is the section headers'
# background: qdarkstyle's checked-button shade is too light for the badge colours
# (1.8:1) and even for plain text in the dark theme; its second background shade
# keeps every colour here above 4.5:1. "placeholder" replaces qdarkstyle's hint
# text in empty fields (4.2:1 dark, 3.1:1 light). tests/ui/test_contrast.py
# measures them as drawn.
COLOURS = {
    Theme.DARK: {
        "error": "#ff7b72",
        "warning": "#e3b341",
        "info": "#79c0ff",
        "ok": "#56d364",
        "panel": "#293544",
        "placeholder": "#9da9b5",
    },
    Theme.LIGHT: {
        "error": "#b3261e",
        "warning": "#8a5a00",
        "info": "#0b57d0",
        "ok": "#1a7f37",
        "panel": "#dfe1e2",
        "placeholder": "#54687a",
    },
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


@cache
def qdarkstyle_sheet(palette_id: str) -> str:
    """qdarkstyle's sheet for one palette, read from the package's files.

    ``qdarkstyle.load_stylesheet`` reaches the same sheet through qtpy and a
    compiled resource module; importing those (qtpy pulls in QtOpenGL too)
    took about 50 ms, a quarter of a bare window's start-up. The sheet's icons
    are the PNGs beside it, so its ``:/qss_icons/...`` resource URLs become file
    paths. Its macOS patch is kept; its other patches are for Qt 5.
    """
    folder = Path(qdarkstyle.__file__).resolve().parent / palette_id
    text = (folder / f"{palette_id}style.qss").read_text(encoding="utf-8")
    text = text.replace(f":/qss_icons/{palette_id}/rc/", (folder / "rc").as_posix() + "/")
    palette = qdarkstyle.LightPalette if palette_id == "light" else qdarkstyle.DarkPalette
    os_patches = getattr(qdarkstyle, "_apply_os_patches", None)
    return text + (os_patches(palette) if os_patches else "")


def apply_theme(app: QApplication, choice: Theme = Theme.SYSTEM) -> Theme:
    global _current
    theme = resolve_theme(choice)
    palette = qdarkstyle.LightPalette if theme is Theme.LIGHT else qdarkstyle.DarkPalette
    sheet = qdarkstyle_sheet(palette.ID)
    # The one palette fix qdarkstyle's loader makes: links in its accent colour.
    app_palette = app.palette()
    app_palette.setColor(QPalette.ColorRole.Link, QColor(palette.COLOR_ACCENT_3))
    app.setPalette(app_palette)
    extra = read_resource_text("qss", "app.qss")
    for name, value in COLOURS[theme].items():
        extra = extra.replace(f"@{name}@", value)
    app.setStyleSheet(sheet + "\n" + extra)
    _current = theme
    return theme
