"""A word-wrapped label that always gets the height its text needs.

Qt's form layouts ask a word-wrapped label for its height at one width and
then lay it out at another, so a message of three lines could get the height
of two and hide its last line under the hint below (or under the buttons of a
table). This label measures the height its text needs at its actual width
whenever the width or the text changes, reports it as its size hints and no
height-for-width, so the layouts above it work with plain minimum sizes,
which they never squeeze.

The height is QLabel's own ``heightForWidth``: a selectable label lays its text
out in a text document, which wraps some texts a line earlier than
``QFontMetrics.boundingRect`` (a message lost its last line "memoryReservation)"
to that). The label sets no minimum size of its own, because QLabel's answer
never drops below the minimum size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._needed = 0  # the height the text needs at the current width (0: none)
        self._relayout_pending = False

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._needed or hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self._needed or hint.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The style sheet sets the font when the label is polished, after its
        # text was measured with the default one; a theme switch changes it too.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_height()

    def fit_height(self) -> None:
        """Measure the height the text needs at the current width; on a change,
        tell the layouts above."""
        if self.contentsRect().width() <= 0 or not self.text():
            needed = 0
        else:
            needed = super().heightForWidth(self.width())
        if needed != self._needed:
            self._needed = needed
            self.updateGeometry()
            if not self._relayout_pending:
                # Often this runs inside a parent layout's pass (the label was
                # just resized), which would swallow an invalidation made now.
                self._relayout_pending = True
                QTimer.singleShot(0, self, self._relayout)

    def _relayout(self) -> None:
        """Tell every layout above that the height changed: a form layout some
        levels up kept its old row heights otherwise (seen with the port mappings
        table, whose buttons then covered its first row).

        The walk goes by ``parent()``, not ``parentWidget()``: PySide6 wraps a
        widget Qt made itself (a scroll area's viewport) in about 10 ms the
        first time a call typed ``QWidget*`` returns it, and in microseconds
        when ``QObject*`` does; the first paint waited for that."""
        self._relayout_pending = False
        parent = self.parent()
        while isinstance(parent, QWidget):
            layout = parent.layout()
            if layout is not None:
                layout.invalidate()
            if parent.isWindow():
                break
            parent = parent.parent()
