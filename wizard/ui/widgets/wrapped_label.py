"""A word-wrapped label that always gets the height its text needs.

Qt's form layouts ask a word-wrapped label for its height at one width and
then lay it out at another, so a message of three lines could get the height
of two and hide its last line under the hint below (or under the buttons of a
table). This label keeps its minimum height at what its text needs at its
actual width and reports no height-for-width, so the layouts above it work
with plain minimum sizes, which they never squeeze.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._relayout_pending = False

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(self.minimumHeight(), 0) or hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.minimumHeight() or hint.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """Minimum height = the wrapped text's height at the current width.

        Measured with the font metrics, as QLabel lays out plain text:
        heightForWidth() would include the minimum height set here before."""
        rect = self.contentsRect()
        margin = self.margin()
        available = rect.width() - 2 * margin
        if available <= 0 or not self.text():
            needed = 0
        else:
            flags = Qt.TextFlag.TextWordWrap | self.alignment()
            bounds = self.fontMetrics().boundingRect(
                0, 0, available, 1 << 20, int(flags), self.text()
            )
            needed = bounds.height() + 2 * margin + (self.height() - rect.height())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
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
