"""Run work right after a widget's first paint.

The main window paints its first page before building the other pages and
loading the rules, so the wizard appears about as fast as a bare QWizard.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Records the wall-clock time of ``target``'s first paint and then calls
    ``after`` once, on the next event-loop turn (never inside the paint)."""

    def __init__(self, target: QWidget, after: Callable[[], None] | None = None) -> None:
        super().__init__(target)
        self.at: float | None = None
        self._after = after
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.time()
            watched.removeEventFilter(self)
            if self._after is not None:
                QTimer.singleShot(0, self._after)
        return False
