"""A compact painted bar: an amount used against a limit, with its headroom.

Line one names the amount ("Σ soft 256 of 512 MiB") on the left and the
headroom ("256 MiB free" / "88 MiB over") on the right; below it a thin bar
fills to the used share. The fill is coloured from the theme's accessible
message colours by ``state`` (ok / warning / error), so a rule failure reads
the same way as a field's red border. Painted by hand (no style sheet) so an
update on every keystroke only costs a repaint.

Without a limit (an EC2 task without task memory) only the text is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from wizard.domain.sizing.task_size import Headroom
from wizard.ui.app import theme

STATES = ("ok", "warning", "error")
# Above this share of the limit a bar turns amber even without a finding:
# little headroom is left for the next container or a bigger limit.
NEAR_LIMIT_RATIO = 0.9
_BAR_HEIGHT = 6
_GAP = 3
_SPACING = 8  # between caption and headroom on one line


class UsageBar(QWidget):
    """Used / limit as text and a bar. Read ``state``, ``text`` and ``ratio`` in tests."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._caption = ""
        self._headroom = ""
        self._ratio: float | None = None
        self._state = "ok"

    # --- API ------------------------------------------------------------
    @property
    def state(self) -> str:
        return self._state

    @property
    def ratio(self) -> float | None:
        """used / limit, or None when there is no limit."""
        return self._ratio

    @property
    def text(self) -> str:
        """The whole reading as one sentence, e.g. "Σ CPU 20 of 256 units (236 units free)"."""
        return f"{self._caption} ({self._headroom})" if self._headroom else self._caption

    def set_reading(self, caption: str, headroom: str, ratio: float | None, state: str) -> None:
        """Show a new reading; repaints only when something changed."""
        if state not in STATES:
            raise ValueError(f"unknown bar state {state!r}")
        reading = (caption, headroom, ratio, state)
        if reading == (self._caption, self._headroom, self._ratio, self._state):
            return
        old_height = self.heightForWidth(self.width())
        self._caption, self._headroom, self._ratio, self._state = reading
        self.setAccessibleDescription(self.text)
        if self.heightForWidth(self.width()) != old_height:
            self.updateGeometry()
        self.update()

    def show_reading(self, caption: str, reading: Headroom, unit: str, state: str) -> None:
        """Show ``reading`` as "<caption> <used> of <limit> <unit>" plus its headroom.

        Amounts in bytes are shown in KiB (the JSON size against its 64 KiB limit).
        """
        used = _amount(reading.used, unit)
        if reading.limit is None:
            self.set_reading(f"{caption} {used}", self.tr("no task limit"), None, state)
            return
        free = reading.limit - reading.used
        headroom = (
            self.tr("{0} free").format(_amount(free, unit))
            if free >= 0
            else self.tr("{0} over").format(_amount(-free, unit))
        )
        limit = _amount(reading.limit, unit)
        if unit != "bytes":
            # "256 of 512 MiB" reads better than repeating the unit.
            used = str(reading.used)
        text = self.tr("{0} {1} of {2}").format(caption, used, limit)
        self.set_reading(text, headroom, reading.ratio, state)

    # --- painting -------------------------------------------------------
    def _two_lines(self, width: int) -> bool:
        """True when caption and headroom do not fit side by side: the headroom
        then gets a line of its own instead of eliding the caption."""
        if not self._headroom:
            return False
        metrics = self.fontMetrics()
        needed = metrics.horizontalAdvance(self._caption) + metrics.horizontalAdvance(
            self._headroom
        )
        return needed + _SPACING > width

    def _height(self, lines: int) -> int:
        height = lines * self.fontMetrics().height()
        if self._ratio is not None:
            height += _GAP + _BAR_HEIGHT
        return height + 2

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(2 if self._two_lines(width) else 1)

    def sizeHint(self) -> QSize:
        return QSize(260, self._height(1))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self._height(1))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = QColor(theme.colour(self._state))
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line_height = metrics.height()
        width = self.width()
        two_lines = self._two_lines(width)
        headroom_width = metrics.horizontalAdvance(self._headroom) if self._headroom else 0
        caption_width = width if two_lines else max(0, width - headroom_width - _SPACING)
        caption = metrics.elidedText(self._caption, Qt.TextElideMode.ElideRight, caption_width)
        painter.setPen(text_colour)
        painter.drawText(0, 0, caption_width, line_height, Qt.AlignmentFlag.AlignLeft, caption)
        if self._headroom:
            # A warning or error colours the headroom too, so it is not colour-of-bar only.
            painter.setPen(accent if self._state != "ok" else text_colour)
            top = line_height if two_lines else 0
            align = Qt.AlignmentFlag.AlignRight
            painter.drawText(0, top, width, line_height, align, self._headroom)
        if two_lines:
            line_height *= 2
        if self._ratio is None:
            return
        top = line_height + _GAP
        track = QColor(text_colour)
        track.setAlpha(45)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(QRectF(0, top, width, _BAR_HEIGHT), 3, 3)
        filled = min(max(self._ratio, 0.0), 1.0) * width
        if filled > 0:
            painter.setBrush(accent)
            painter.drawRoundedRect(QRectF(0, top, max(filled, 3.0), _BAR_HEIGHT), 3, 3)
        if self._ratio > 1.0:
            # Over the limit: a notch at the right end marks the overflow.
            painter.setBrush(text_colour)
            painter.drawRect(QRectF(width - 2, top - 1, 2, _BAR_HEIGHT + 2))


def _amount(value: int, unit: str) -> str:
    if unit == "bytes":
        return f"{value / 1024:.1f} KiB" if value % 1024 else f"{value // 1024} KiB"
    return f"{value} {unit}"
