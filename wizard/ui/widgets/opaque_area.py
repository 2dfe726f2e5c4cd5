"""The content of a scroll area that paints its whole background itself.

Qt paints every ancestor of a widget that changes unless something in between is
opaque. In a scroll area deep in the window (the container editor's form, the
sizing panel) a field or bar redrawn after each keystroke would make the main
window, the wizard, the page, the splitter ... paint that spot again first; an
opaque content widget stops them there.

The style sheet's polish turns ``autoFillBackground`` off on widgets it gives a
background (it draws that background itself), so it is turned on again after
every polish (a theme switch polishes again). The fill is the palette's window
colour, which the style sheet sets to its background: what the user sees does
not change (``tests/ui/test_opaque_forms.py`` compares the pixels).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class OpaqueArea(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange):
            self.setAutoFillBackground(True)
        return handled
