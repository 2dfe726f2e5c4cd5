"""The size advisor dialog: every Fargate size that holds the containers, cheapest first.

It reads the containers' needs from the controller's sizing report, lets the
user add headroom, and lists the candidates of
:func:`wizard.domain.sizing.advisor.advise` (x86_64 and ARM64 for Linux, x86_64
for Windows) with their price and headroom. One click on "Apply" writes /cpu,
/memory and, when the platform changes, runtimePlatform.cpuArchitecture
through the controller, so the findings and the sizing panel follow as for
any other edit.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.pricing import estimate as pricing
from wizard.domain.pricing.data import PriceBook
from wizard.domain.pricing.estimate import LINUX_ARM
from wizard.domain.sizing.advisor import Advice, Candidate, Needs, advise
from wizard.domain.sizing.units import memory_label, vcpu_label
from wizard.ui.draft.controller import DraftController
from wizard.ui.widgets.price_texts import problem_text

# The Apply button comes first so that it stays in view in a narrow dialog.
# Marked for lupdate here, translated where the header is built (self.tr).
COLUMNS = (
    "",
    QT_TRANSLATE_NOOP("SizeAdvisorDialog", "Size"),
    QT_TRANSLATE_NOOP("SizeAdvisorDialog", "Platform"),
    QT_TRANSLATE_NOOP("SizeAdvisorDialog", "On-demand / hour"),
    QT_TRANSLATE_NOOP("SizeAdvisorDialog", "On-demand / month"),
    QT_TRANSLATE_NOOP("SizeAdvisorDialog", "Spot / month"),
    QT_TRANSLATE_NOOP("SizeAdvisorDialog", "CPU headroom"),
    QT_TRANSLATE_NOOP("SizeAdvisorDialog", "Memory headroom"),
)


class SizeAdvisorDialog(QDialog):
    """Lists ``advice.candidates``; :meth:`apply` sets one (tests call it directly)."""

    def __init__(
        self,
        controller: DraftController,
        region: str,
        tasks: int,
        book: PriceBook,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.region = region
        self.tasks = tasks
        self.book = book
        self.applied: Candidate | None = None
        self.setWindowTitle(self.tr("Size advisor"))
        self.setObjectName("sizeAdvisorDialog")
        self.resize(1000, 520)
        layout = QVBoxLayout(self)
        self.needs_label = QLabel(self)
        self.needs_label.setWordWrap(True)
        layout.addWidget(self.needs_label)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Headroom above the containers' sums"), self))
        self.headroom_spin = QSpinBox(self)
        self.headroom_spin.setRange(0, 300)
        self.headroom_spin.setSuffix(" %")
        self.headroom_spin.setAccessibleName(self.tr("Headroom percentage"))
        self.headroom_spin.valueChanged.connect(self.recompute)
        row.addWidget(self.headroom_spin)
        row.addStretch(1)
        layout.addLayout(row)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setObjectName("sizingNote")
        layout.addWidget(self.note_label)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(str(c)) if c else "" for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Fargate sizes that fit, cheapest first"))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.advice: Advice | None = None
        self.recompute()

    # --- the list -----------------------------------------------------------
    def needs(self) -> Needs:
        return Needs.from_sums(self.controller.sizing.sums, self.headroom_spin.value())

    def recompute(self) -> None:
        report = self.controller.sizing
        needs = self.needs()
        gib = pricing.ephemeral_gib_of(self.controller.document)
        self.advice = advise(needs, self.region, report.os, self.tasks, gib, self.book)
        self.needs_label.setText(self._needs_text(needs))
        notes = [problem_text(m) for m in self.advice.unpriced]
        if not needs.declared:
            notes.insert(0, self.tr("No container declares CPU or memory: every size fits."))
        self.note_label.setText(" ".join(notes))
        self.note_label.setVisible(bool(notes))
        self._fill(self.advice.candidates)

    def _needs_text(self, needs: Needs) -> str:
        tasks = self.tr("{0} tasks").format(self.tasks) if self.tasks != 1 else self.tr("1 task")
        return self.tr(
            "Containers: Σ CPU {0} units, Σ reserved memory {1} MiB, largest hard limit {2} MiB. "
            "With headroom a size needs at least {3} CPU units and {4} MiB. "
            "Prices for {5}, {6}, cheapest first."
        ).format(
            needs.cpu,
            needs.memory,
            needs.largest_hard,
            needs.min_cpu,
            needs.min_memory,
            self.region,
            tasks,
        )

    def _fill(self, candidates: tuple[Candidate, ...]) -> None:
        report = self.controller.sizing
        current = (
            report.task_cpu,
            report.task_memory,
            pricing.platform_of(self.controller.document),
        )
        self.table.setRowCount(0)
        self.table.setRowCount(len(candidates))
        for row, cand in enumerate(candidates):
            size = f"{vcpu_label(cand.cpu)} / {memory_label(cand.memory)}"
            if (cand.cpu, cand.memory, cand.platform) == current:
                size += self.tr(" (current)")
            spot = cand.spot.per_month if cand.spot else None
            cells = (
                size,
                cand.platform.label,
                pricing.hourly_usd(cand.per_hour) if cand.per_hour is not None else "—",
                pricing.usd(cand.per_month) if cand.per_month is not None else "—",
                pricing.usd(spot) if spot is not None else "—",
                self.tr("{0} units ({1:.0f} %)").format(cand.cpu_free, cand.cpu_headroom_pct),
                self.tr("{0} MiB ({1:.0f} %)").format(cand.memory_free, cand.memory_headroom_pct),
            )
            for col, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                if col >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
            button = QPushButton(self.tr("Apply"), self.table)
            button.setAccessibleName(self.tr("Apply {0} on {1}").format(size, cand.platform.label))
            button.clicked.connect(lambda _=False, c=cand: self.apply(c))
            self.table.setCellWidget(row, 0, button)
        if candidates:
            # Header sizing ignores cell widgets: make room for the button by hand.
            self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(0, button.sizeHint().width() + 8)

    # --- applying -------------------------------------------------------------
    def apply(self, candidate: Candidate) -> None:
        """Write the size (and the architecture, when it changes) to the draft, as one
        undo step."""
        ctl = self.controller
        values: dict[str, object] = {"/cpu": str(candidate.cpu), "/memory": str(candidate.memory)}
        if pricing.platform_of(ctl.document) != candidate.platform:
            if candidate.platform == LINUX_ARM and not ctl.get(
                "/runtimePlatform/operatingSystemFamily"
            ):
                # ARM64 on Fargate needs the Linux family stated with the architecture.
                values["/runtimePlatform/operatingSystemFamily"] = "LINUX"
            values["/runtimePlatform/cpuArchitecture"] = candidate.platform.cpu_architecture
        size = f"{vcpu_label(candidate.cpu)} / {memory_label(candidate.memory)}"
        ctl.set_members(
            values, self.tr("task size {0} on {1}").format(size, candidate.platform.label)
        )
        self.applied = candidate
        self.accept()
