"""The painted grid of the size map: one cell per valid Fargate size.

CPU values run across, memory down, in the panels of
:func:`wizard.domain.sizing.size_map.panels_for`. A cell is shaded by its monthly
price (on a logarithmic scale: the sizes span two orders of magnitude and a
linear scale would paint every small size alike), hatched when it is too small
for the containers, outlined when it is the task size, and starred when it is
the cheapest one that fits. A legend of the four marks is painted under the
second panel, where the grid leaves room.

Everything is measured from the font, so the picture scales with the screen
and with ``QT_SCALE_FACTOR``. The canvas only paints what it is given
(:meth:`SizeMapCanvas.show_map`); the view decides when that happens.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from wizard.domain.pricing import estimate as pricing
from wizard.domain.sizing.size_map import Cell, Need, Size, SizeMap
from wizard.domain.sizing.units import memory_label, vcpu_label
from wizard.ui.app import theme

_KEYS = {
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
}
_CHOOSE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
STAR = "★"


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a share ``t`` of the way to ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def gb_number(mib: int) -> str:
    """ "0.5", "3", "120": a row label (the column says GB)."""
    return memory_label(mib).removesuffix(" GB")


@dataclass(frozen=True)
class _Geometry:
    cell: QSize
    label_width: int
    header_height: int
    origins: tuple[QPoint, ...]  # top-left of each panel's grid (below its header)
    legend: QPoint
    size: QSize


class SizeMapCanvas(QWidget):
    """Signals: chosen(cpu, memory): the user clicked a cell or pressed Enter on it."""

    chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sizeMapCanvas")
        # The lowest and highest monthly price of the map being painted.
        self._span: tuple[Decimal, Decimal] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleDescription(
            self.tr(
                "Fargate task sizes: CPU across, memory down. Arrow keys move between "
                "sizes, Enter chooses one."
            )
        )
        self.model: SizeMap | None = None
        self.focus_cell: Size | None = None
        self.largest_container: str | None = None  # named in the tooltips
        self.paints = 0  # paint events handled (the keystroke budget is checked on it)
        self._geometry: _Geometry | None = None

    # --- content ----------------------------------------------------------
    def show_map(self, model: SizeMap) -> None:
        """Paint ``model``; the focused cell stays where it was when it still exists."""
        self.model = model
        if self.focus_cell not in model.cells:
            self.focus_cell = model.current or model.cheapest
        self._geometry = None
        self.updateGeometry()
        self._announce()
        self.update()

    def cell_rect(self, size: Size) -> QRect:
        """Where ``size`` is drawn (empty when it is not on the map)."""
        geometry = self._layout()
        if self.model is None:
            return QRect()
        for panel, origin in zip(self.model.panels, geometry.origins, strict=True):
            if size[0] in panel.cpus and size[1] in panel.memories:
                x = (
                    origin.x()
                    + geometry.label_width
                    + panel.cpus.index(size[0]) * geometry.cell.width()
                )
                y = origin.y() + panel.memories.index(size[1]) * geometry.cell.height()
                return QRect(QPoint(x, y), geometry.cell)
        return QRect()

    def cell_at(self, pos: QPoint) -> Size | None:
        if self.model is None:
            return None
        for size in self.model.cells:
            if self.cell_rect(size).contains(pos):
                return size
        return None

    # --- words ------------------------------------------------------------
    def describe(self, size: Size | None) -> str:
        """What a screen reader says for a cell: "1 vCPU, 3 GB, $0.0611 per hour, fits"."""
        cell = self.model.cell(size) if self.model else None
        if cell is None:
            return self.tr("Size map")
        price = (
            self.tr("{0} per hour").format(pricing.hourly_usd(cell.per_hour))
            if cell.per_hour is not None
            else self.tr("price unknown")
        )
        fit = self.tr("fits") if cell.fits else self.tr("too small for the containers")
        parts = [vcpu_label(cell.cpu), memory_label(cell.memory), price, fit]
        if self.model is not None and cell.size == self.model.current:
            parts.append(self.tr("current size"))
        if self.model is not None and cell.size == self.model.cheapest:
            parts.append(self.tr("cheapest that fits"))
        return ", ".join(parts)

    def tooltip_for(self, size: Size) -> str:
        cell = self.model.cell(size) if self.model else None
        if cell is None:
            return ""
        lines = [self.describe(size)]
        if cell.per_month is not None:
            lines.append(self.tr("{0} per month").format(pricing.usd(cell.per_month)))
        lines.extend(self._reason(s.need, s.needed, s.available) for s in cell.shortfalls)
        if self.model is not None and size != self.model.current:
            lines.append(self.tr("Click or press Enter to use this size."))
        return "\n".join(lines)

    def _reason(self, need: Need, needed: int, available: int) -> str:
        if need is Need.CPU:
            return self.tr("The containers' CPU adds up to {0} units; this size has {1}.").format(
                needed, available
            )
        if need is Need.RESERVED:
            return self.tr(
                "The containers reserve {0} MiB of memory together; this size has {1} MiB."
            ).format(needed, available)
        name = self.largest_container or "?"
        return self.tr(
            "Container {0} has a hard memory limit of {1} MiB; this size has {2} MiB."
        ).format(name, needed, available)

    # --- geometry ---------------------------------------------------------
    def _layout(self) -> _Geometry:
        if self._geometry is not None:
            return self._geometry
        metrics = self.fontMetrics()
        pad = max(metrics.horizontalAdvance(" "), 3)
        line = metrics.height()
        cell = QSize(
            max(metrics.horizontalAdvance(f"{STAR} $8,888"), metrics.horizontalAdvance("0.25"))
            + 2 * pad,
            line + pad,
        )
        label_width = metrics.horizontalAdvance("120") + 2 * pad
        header = 2 * line + pad  # the axis caption, then the CPU values
        margin = 2
        panels = self.model.panels if self.model else ()
        origins, x, bottoms = [], margin, []
        for panel in panels:
            origins.append(QPoint(x, margin + header))
            x += label_width + len(panel.cpus) * cell.width() + cell.width() // 2
            bottoms.append(margin + header + len(panel.memories) * cell.height())
        legend_lines = 4
        legend_width = self._legend_width(cell)
        if len(panels) > 1 and bottoms[-1] + (legend_lines + 1) * cell.height() <= bottoms[0]:
            legend = QPoint(origins[-1].x(), bottoms[-1] + cell.height())  # under the last panel
        else:
            legend = QPoint(x, margin + header)  # beside the panels
        width = max(x - cell.width() // 2, legend.x() + legend_width) + margin
        height = max([*bottoms, legend.y() + legend_lines * cell.height()]) + margin
        self._geometry = _Geometry(
            cell, label_width, header, tuple(origins), legend, QSize(width, height)
        )
        return self._geometry

    def _legend_width(self, cell: QSize) -> int:
        metrics = self.fontMetrics()
        texts = [self._range_text(), *self._legend_texts()]
        return 2 * cell.width() + max(metrics.horizontalAdvance(t) for t in texts)

    def _legend_texts(self) -> list[str]:
        return [
            self.tr("too small for the containers"),
            self.tr("current size"),
            self.tr("cheapest that fits"),
        ]

    def _range_text(self) -> str:
        span = self.model.month_range() if self.model else None
        if span is None:
            return self.tr("no prices")
        low, high = span
        return self.tr("{0} to {1} per month").format(pricing.usd(low, 0), pricing.usd(high, 0))

    def sizeHint(self) -> QSize:
        return self._layout().size

    def minimumSizeHint(self) -> QSize:
        return self._layout().size

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._geometry = None
            self.updateGeometry()
        super().changeEvent(event)

    # --- painting ---------------------------------------------------------
    def _colours(self) -> dict[str, QColor]:
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = QColor(theme.colour("info"))
        return {
            "background": background,
            "text": text,
            "cheap": mix(background, accent, 0.12),
            "dear": mix(background, accent, 0.8),
            "grid": mix(background, text, 0.25),
            "hatch": QColor(theme.colour("error")),
            "star": QColor(theme.colour("ok")),
        }

    def _shade(self, cell: Cell, colours: dict[str, QColor]) -> QColor:
        # The range is worked out once per paint (paintEvent): asking the model
        # for it per cell scanned every cell for each of them, 25 ms a paint.
        span = self._span
        if span is None or cell.per_month is None:
            return colours["cheap"]
        low, high = span
        share = 0.0 if high <= low else _log_share(cell.per_month, low, high)
        return mix(colours["cheap"], colours["dear"], share)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        if self.model is None:
            return
        geometry = self._layout()
        colours = self._colours()
        self._span = self.model.month_range()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for panel, origin in zip(self.model.panels, geometry.origins, strict=True):
            self._paint_axes(painter, panel.cpus, panel.memories, origin, geometry, colours)
        for size, cell in self.model.cells.items():
            self._paint_cell(painter, cell, self.cell_rect(size), colours)
        self._paint_marks(painter, colours)
        self._paint_legend(painter, geometry, colours)

    def _paint_axes(
        self,
        painter: QPainter,
        cpus: tuple[int, ...],
        memories: tuple[int, ...],
        origin: QPoint,
        geometry: _Geometry,
        colours: dict[str, QColor],
    ) -> None:
        cell, line = geometry.cell, self.fontMetrics().height()
        painter.setPen(colours["text"])
        left = origin.x() + geometry.label_width
        top = origin.y() - geometry.header_height
        caption = QRect(left, top, len(cpus) * cell.width(), line)
        painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, self.tr("vCPU"))
        corner = QRect(origin.x(), origin.y() - line - 2, geometry.label_width - 4, line)
        painter.drawText(corner, Qt.AlignmentFlag.AlignRight, self.tr("GB"))
        for i, cpu in enumerate(cpus):
            rect = QRect(left + i * cell.width(), origin.y() - line - 2, cell.width(), line)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{cpu / 1024:g}")
        for i, memory in enumerate(memories):
            rect = QRect(
                origin.x(), origin.y() + i * cell.height(), geometry.label_width - 4, cell.height()
            )
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, gb_number(memory)
            )

    def _paint_cell(
        self, painter: QPainter, cell: Cell, rect: QRect, colours: dict[str, QColor]
    ) -> None:
        fill = self._shade(cell, colours)
        painter.fillRect(rect, fill)
        if not cell.fits:
            hatch = QColor(colours["hatch"])
            hatch.setAlpha(150)
            painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(colours["grid"], 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if cell.per_month is not None:
            painter.setPen(_readable_on(fill, colours))
            text_rect = rect.adjusted(2, 0, -4, 0)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(text_rect, align, pricing.usd(cell.per_month, 0))

    def _paint_marks(self, painter: QPainter, colours: dict[str, QColor]) -> None:
        model = self.model
        if model is None:
            return
        if model.cheapest is not None:
            rect = self.cell_rect(model.cheapest)
            self._paint_star(painter, rect.adjusted(3, 0, 0, 0), colours)
        if model.current is not None:
            painter.setPen(QPen(colours["text"], 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.cell_rect(model.current).adjusted(1, 1, -2, -2))
        if self.hasFocus() and self.focus_cell is not None:
            # Around the cell, outside the current-size outline, so both show.
            pen = QPen(colours["text"], 2, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(self.cell_rect(self.focus_cell).adjusted(-2, -2, 1, 1))

    def _paint_star(self, painter: QPainter, rect: QRect, colours: dict[str, QColor]) -> None:
        painter.setPen(colours["star"])
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, STAR)

    def _paint_legend(
        self, painter: QPainter, geometry: _Geometry, colours: dict[str, QColor]
    ) -> None:
        cell = geometry.cell
        x, y = geometry.legend.x(), geometry.legend.y()
        swatch = QRect(x, y + 2, int(cell.width() * 1.5), cell.height() - 4)
        steps = 12
        for i in range(steps):
            part = QRect(
                swatch.x() + swatch.width() * i // steps,
                swatch.y(),
                swatch.width() // steps + 1,
                swatch.height(),
            )
            painter.fillRect(part, mix(colours["cheap"], colours["dear"], i / (steps - 1)))
        texts = [self._range_text(), *self._legend_texts()]
        hatch = QColor(colours["hatch"])
        hatch.setAlpha(150)
        for line, text in enumerate(texts):
            top = y + line * cell.height()
            box = QRect(x, top + 2, int(cell.width() * 1.5), cell.height() - 4)
            if line == 1:
                painter.fillRect(box, colours["cheap"])
                painter.fillRect(box, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            elif line == 2:
                painter.setPen(QPen(colours["text"], 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(box.adjusted(1, 1, -2, -2))
            elif line == 3:
                self._paint_star(painter, box, colours)
            painter.setPen(colours["text"])
            label = QRect(x + 2 * cell.width(), top, self.width() - x, cell.height())
            painter.drawText(
                label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
            )

    # --- input --------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        size = self.cell_at(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or size is None:
            super().mousePressEvent(event)
            return
        self._move_focus(size)
        self.chosen.emit(*size)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if self.model is not None and key in _KEYS:
            target = self.model.step(self.focus_cell, _KEYS[key])
            if target is not None:
                self._move_focus(target)
            return
        if self.model is not None and key in _CHOOSE_KEYS and self.focus_cell is not None:
            self.chosen.emit(*self.focus_cell)
            return
        super().keyPressEvent(event)

    def _move_focus(self, size: Size) -> None:
        if size == self.focus_cell:
            return
        self.focus_cell = size
        self._announce()
        self.update()

    def _announce(self) -> None:
        """The focused cell is the widget's accessible name, read out as it moves."""
        name = self.describe(self.focus_cell)
        if name != self.accessibleName():
            self.setAccessibleName(name)
            if QAccessible.isActive():
                QAccessible.updateAccessibility(
                    QAccessibleEvent(self, QAccessible.Event.NameChanged)
                )

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            size = self.cell_at(event.pos())
            if size is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPos(), self.tooltip_for(size), self, self.cell_rect(size)
                )
            return True
        return super().event(event)


def _log_share(value: Decimal, low: Decimal, high: Decimal) -> float:
    """Where ``value`` lies between ``low`` and ``high`` on a log scale, 0 to 1."""
    if value <= low or low <= 0:
        return 0.0
    return min(math.log(float(value / low)) / math.log(float(high / low)), 1.0)


def _readable_on(fill: QColor, colours: dict[str, QColor]) -> QColor:
    """The theme's text or background colour, whichever stands out more on ``fill``."""
    text, background = colours["text"], colours["background"]
    return text if _distance(fill, text) >= _distance(fill, background) else background


def _distance(a: QColor, b: QColor) -> float:
    return abs(a.lightnessF() - b.lightnessF())
