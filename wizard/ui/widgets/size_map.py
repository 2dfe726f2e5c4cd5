"""The size map: the Fargate size table as a picture you can click.

:class:`SizeMapView` puts the painted grid (:mod:`size_map_canvas`) on the
task size page and in the sizing panel's "Size map" window, with a line on
what the containers need and one on which prices it shows and how old they
are. The cells, fits, reasons and the cheapest fit are computed by
:mod:`wizard.domain.sizing.size_map`; the region and price book are the sizing
panel's (:class:`~wizard.ui.widgets.price_choice.PriceChoice`).

The map is rebuilt and repainted only when what it shows changes: the task
size, the containers' needs, the platform, the region or the prices. Any other
edit (a container name, a port) costs one tuple comparison. While the map is
off screen it waits and catches up when shown.

Choosing a cell sets the task CPU and memory together as one undo step. On EC2,
EXTERNAL or Managed Instances the map gives way to a short note: the task size
there is free.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.pricing import estimate as pricing
from wizard.domain.pricing.data import PriceBook
from wizard.domain.pricing.estimate import Platform
from wizard.domain.sizing.advisor import Needs
from wizard.domain.sizing.size_map import PriceTable, SizeMap, build_size_map, price_table
from wizard.domain.sizing.units import memory_label, vcpu_label
from wizard.ui.draft.controller import DraftController
from wizard.ui.widgets.field_row import hidden_in_visible_window
from wizard.ui.widgets.price_choice import PriceChoice
from wizard.ui.widgets.price_texts import age_text, origin_text, problem_text
from wizard.ui.widgets.size_map_canvas import SizeMapCanvas


class _Inputs(NamedTuple):
    """Everything the map shows depends on; nothing else repaints it."""

    fargate: bool
    launch: tuple[str, ...]
    platform: Platform
    cpu: int | None
    memory: int | None
    needs: Needs
    book: PriceBook  # the same object until the prices change (compared by identity first)
    region: str


class SizeMapView(QWidget):
    """The map with its note, needs and price lines; see the module docstring."""

    def __init__(self, controller: DraftController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("sizeMap")
        self.choice = PriceChoice.of(controller)
        self.rebuilds = 0  # how often the map was recomputed (tests check the budget)
        self._shown: _Inputs | None = None
        self._prices: tuple[tuple[Platform, str, PriceBook], PriceTable] | None = None
        self._stale = False
        layout = self._body = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = self._label(self.tr("Size map note"))
        layout.addWidget(self.note)
        self.canvas = SizeMapCanvas(self)
        self.canvas.chosen.connect(self.choose)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.canvas)
        row.addStretch(1)
        layout.addLayout(row)
        self.needs_label = self._label(self.tr("What the containers need"))
        self.prices_label = self._label(self.tr("Prices shown"))
        layout.addWidget(self.needs_label)
        layout.addWidget(self.prices_label)
        controller.analysis_changed.connect(self.refresh)
        self.choice.changed.connect(self.refresh)
        self.refresh()

    def drawn_size_hint(self) -> QSize:
        """The size the map and its texts want, measured again now: just after
        the map was drawn the cached hints (of the nested rows too) are the
        stub's."""
        self._body.invalidate()
        self._body.activate()
        return self._body.totalSizeHint()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName("fieldHint")
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @property
    def model(self) -> SizeMap | None:
        return self.canvas.model

    # --- draft -> map -------------------------------------------------------
    def _inputs(self) -> _Inputs:
        doc = self.controller.document
        report = self.controller.sizing
        sums = report.sums
        launch = self.controller.applicable_launch_types
        return _Inputs(
            launch.fargate,
            tuple(sorted(launch.checked)),
            pricing.platform_of(doc),
            report.task_cpu,
            report.task_memory,
            Needs.from_sums(sums),
            self.choice.book,
            self.choice.region,
        )

    @Slot()
    def refresh(self) -> None:
        if self._off_screen():
            self._stale = True  # caught up in showEvent
            return
        self.canvas.largest_container = self.controller.sizing.sums.largest_hard_container
        inputs = self._inputs()
        if inputs == self._shown:
            if self.model is not None and inputs.fargate:
                # Only a container's name can change these words without a rebuild.
                self._set(self.needs_label, self._needs_text(self.model))
            return
        self._shown = inputs
        if not inputs.fargate:
            self._show_note(inputs.launch)
            return
        self.rebuilds += 1
        model = build_size_map(
            inputs.needs,
            inputs.platform,
            inputs.region,
            (inputs.cpu, inputs.memory),
            prices=self._price_table(inputs),
        )
        self.note.hide()
        self.canvas.show()
        self.canvas.show_map(model)
        self._set(self.needs_label, self._needs_text(model))
        self._set(self.prices_label, self._prices_text(model))

    def _off_screen(self) -> bool:
        """On a page not shown, or in the size map window after it was closed."""
        if self.isVisible():
            return False
        return hidden_in_visible_window(self) or isinstance(self.window(), QDialog)

    def _price_table(self, inputs: _Inputs) -> PriceTable:
        """Sizes are priced again only for another platform, region or price book."""
        key = (inputs.platform, inputs.region, inputs.book)
        if self._prices is None or self._prices[0] != key:
            table = price_table(inputs.platform, inputs.region, inputs.book)
            self._prices = (key, table)
        return self._prices[1]

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _show_note(self, launch: tuple[str, ...]) -> None:
        if "MANAGED_INSTANCES" in launch:
            text = self.tr(
                "The size map shows Fargate sizes. On Amazon ECS Managed Instances the task "
                "size is free: any CPU units and memory the instances can give."
            )
        elif "EXTERNAL" in launch:
            text = self.tr(
                "The size map shows Fargate sizes. ECS Anywhere (EXTERNAL) tasks take any CPU "
                "units and memory your own servers have, so there is no table to pick from."
            )
        else:
            text = self.tr(
                "The size map shows Fargate sizes. On EC2 the task size is free: any CPU units "
                "and memory the container instances can give, or none at task level."
            )
        self.canvas.hide()
        self._set(self.note, text)
        self._set(self.needs_label, "")
        self._set(self.prices_label, "")

    def _needs_text(self, model: SizeMap) -> str:
        needs = model.needs
        if not needs.declared:
            return self.tr("No container declares CPU or memory yet, so every size fits.")
        text = self.tr("The containers need {0} CPU units and {1} MiB of reserved memory.").format(
            needs.cpu, needs.memory
        )
        if needs.largest_hard:
            text += " " + self.tr("Container {0} has the largest hard limit, {1} MiB.").format(
                self.controller.sizing.sums.largest_hard_container, needs.largest_hard
            )
        report = self.controller.sizing
        cpu, memory = report.task_cpu, report.task_memory
        if model.current is None and cpu is not None and memory is not None:
            text += " " + self.tr("The task size {0} / {1} is not on the map.").format(
                vcpu_label(cpu), memory_label(memory)
            )
        return text

    def _prices_text(self, model: SizeMap) -> str:
        basis = model.price_basis()
        if basis is None:
            reason = problem_text(model.unpriced) if model.unpriced else ""
            return self.tr("No prices, so the cells are not shaded. {0}").format(reason).strip()
        age = age_text(basis.rate_date)
        text = self.tr(
            "Shade: on-demand price per month of one task in {0}, {1} ({2}, {3}{4})."
        ).format(
            basis.region,
            basis.platform.label,
            origin_text(basis.origin),
            basis.rate_date,
            self.tr(", {0}").format(age) if age else "",
        )
        if basis.approximate:
            text += " " + self.tr("The prices are approximate.")
        return text

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)
        if label.isHidden() == bool(text):
            label.setVisible(bool(text))

    # --- map -> draft -------------------------------------------------------
    @Slot(int, int)
    def choose(self, cpu: int, memory: int) -> None:
        """Make (cpu, memory) the task size: one undo step."""
        size = self.tr("{0} / {1}").format(vcpu_label(cpu), memory_label(memory))
        self.controller.set_members(
            {"/cpu": str(cpu), "/memory": str(memory)},
            self.tr("Choose the task size {0}").format(size),
        )


class SizeMapWindow(QDialog):
    """The map in a window of its own, opened from the sizing panel (not modal:
    the user may keep it open beside the pages)."""

    def __init__(self, controller: DraftController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Size map"))
        layout = self._body = QVBoxLayout(self)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self.view = SizeMapView(controller, self._scroll)
        self._scroll.setWidget(self.view)
        layout.addWidget(self._scroll, 1)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._buttons.rejected.connect(self.reject)
        layout.addWidget(self._buttons)
        self._sized = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # Sized at the first show, not when built: the map is drawn only
            # once it is on screen, and before that its size hint is a stub
            # (the window opened at 348 x 260 px, scrolling both ways).
            self._sized = True
            self.view.refresh()
            self.resize(self.fitting_size())

    def fitting_size(self) -> QSize:
        """The whole map with its texts, or as much of it as 90 % of the screen holds."""
        hint = self.view.drawn_size_hint()
        margins = self._body.contentsMargins()
        frame = 2 * self._scroll.frameWidth()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = hint.width() + frame + bar + margins.left() + margins.right()
        height = (
            hint.height()
            + frame
            + self._body.spacing()
            + self._buttons.sizeHint().height()
            + margins.top()
            + margins.bottom()
        )
        screen = self.screen().availableGeometry()
        return QSize(min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.9)))
