"""The live sizing panel: task size, container sums against it, Fit, JSON size.

Docked beside every page and refreshed on every ``analysis_changed``. It reads
only ``controller.sizing`` (the domain's SizingReport), ``controller.findings``
and the draft; every widget is built once and a refresh only sets texts and
readings, because it runs on every keystroke.

A bar's colour comes from the rule about it (by rule id), so the panel never
disagrees with the findings list: red for an error, amber for a warning or
when little headroom is left.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.findings import Severity
from wizard.domain.launch_types import assumed_launch_type
from wizard.domain.sizing.quotas import MAX_TASK_DEFINITION_BYTES
from wizard.domain.sizing.task_size import Headroom, SizingReport
from wizard.domain.sizing.units import memory_label, vcpu_label
from wizard.ui.draft.controller import DraftController
from wizard.ui.widgets.field_row import set_severity
from wizard.ui.widgets.opaque_area import OpaqueArea
from wizard.ui.widgets.price_choice import default_region
from wizard.ui.widgets.usage_bar import NEAR_LIMIT_RATIO, UsageBar
from wizard.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from wizard.ui.widgets.price_section import PriceSection

# Which rule colours which bar.
BAR_RULES: dict[str, tuple[str, ...]] = {
    "cpu": ("cpu-sum-above-task",),
    "soft": ("memory-reservation-sum-above-task",),
    "hard": ("memory-hard-sum-above-task",),
    "reserved": ("memory-reserved-sum-above-task",),
    "largest": ("memory-above-task",),
    "json": ("size-task-definition-too-large", "size-task-definition-near-limit"),
}
# When every reserved amount is a memoryReservation the reserved-sum rule stays
# silent (it would repeat the soft-sum one); the reserved bar still turns red.
_ALSO_WHEN_OVER = {"reserved": "memory-reservation-sum-above-task"}
_WATCHED = frozenset(
    [*(rule for rules in BAR_RULES.values() for rule in rules), *_ALSO_WHEN_OVER.values()]
)


def compact_memory_list(values: list[int]) -> str:
    """ "0.5, 1, 2 GB", or for long evenly spaced lists "2–8 GB in 1 GB steps"."""
    if not values:
        return ""
    steps = {b - a for a, b in pairwise(values)}
    in_gb = all(v % 512 == 0 for v in values)
    if len(values) > 4 and len(steps) == 1:
        step = steps.pop()
        if in_gb and step % 512 == 0:
            low, high = (memory_label(v).removesuffix(" GB") for v in (values[0], values[-1]))
            return QCoreApplication.translate("SizingPanel", "{0}–{1} GB in {2} steps").format(
                low, high, memory_label(step)
            )
        return QCoreApplication.translate("SizingPanel", "{0}–{1} MiB in {2} MiB steps").format(
            values[0], values[-1], step
        )
    if in_gb:
        return ", ".join(memory_label(v).removesuffix(" GB") for v in values) + " GB"
    return ", ".join(str(v) for v in values) + " MiB"


def size_text(cpu: int, memory: int) -> str:
    return f"{vcpu_label(cpu)} / {memory_label(memory)}"


class SizingPanel(QWidget):
    """Readable state of the task size; see the module docstring."""

    def __init__(self, controller: DraftController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("sizingPanel")
        self.setAccessibleName(self.tr("Sizing"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        # Opaque: a bar redrawn after an edit repaints the panel under it only.
        body = OpaqueArea(scroll)
        scroll.setWidget(body)
        self._layout = QVBoxLayout(body)
        self._layout.setSpacing(4)
        self._build_task_section()
        self._build_bars()
        # The price section is built on first use (right after the window's first
        # paint): loading the price data must not delay the first page.
        self._body = body
        self._price_index = self._layout.count()
        self._price_section: PriceSection | None = None
        self.advisor_button.clicked.connect(lambda: self.price_section.open_advisor())
        self._build_draft_section()
        self._layout.addStretch(1)
        self.setMinimumWidth(240)
        # What refresh() last showed, by part, and the findings it counted.
        self._shown: dict[str, tuple[object, ...]] | None = None
        self._counted: tuple[dict[str, Severity], int, int] | None = None
        controller.analysis_changed.connect(self.refresh)
        self.refresh()

    # --- building -------------------------------------------------------
    def _heading(self, text: str) -> None:
        label = QLabel(text, self)
        label.setObjectName("panelHeading")
        self._layout.addWidget(label)

    def _label(self, name: str) -> QLabel:
        label = WrappedLabel("", self)
        label.setObjectName("sizingNote")
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(label)
        return label

    def _build_task_section(self) -> None:
        self._heading(self.tr("Task size"))
        self.cpu_label = self._label(self.tr("Task CPU"))
        self.memory_label = self._label(self.tr("Task memory"))
        self.platform_label = self._label(self.tr("Launch type and operating system"))
        self.valid_cpu_label = self._label(self.tr("Valid Fargate CPU values"))
        self.valid_memory_label = self._label(self.tr("Valid Fargate memory values"))
        self.size_note = self._label(self.tr("Task size problem"))
        self.map_button = QPushButton(self.tr("Size map…"), self)
        self.map_button.setToolTip(
            self.tr("Every Fargate size as a picture: price, what fits, the current size")
        )
        self.map_button.clicked.connect(self.show_size_map)
        self._layout.addWidget(self.map_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._map_window: QWidget | None = None

    def _bar(self, name: str, tooltip: str) -> UsageBar:
        bar = UsageBar(name, self)
        bar.set_explanation(tooltip)
        self._layout.addWidget(bar)
        return bar

    def _build_bars(self) -> None:
        self._heading(self.tr("Containers"))
        self.cpu_bar = self._bar(
            self.tr("Sum of container CPU"),
            self.tr("Σ of the containers' CPU units; must not exceed the task CPU (API: cpu)."),
        )
        self.soft_bar = self._bar(
            self.tr("Sum of soft limits"),
            self.tr(
                "Σ of the containers' soft limits; must not exceed the task memory "
                "(API: memoryReservation)."
            ),
        )
        self.hard_bar = self._bar(
            self.tr("Sum of hard limits"),
            self.tr(
                "Σ of the containers' hard limits. It may exceed the task memory (containers "
                "rarely peak together), but then one may be killed (API: memory)."
            ),
        )
        self.reserved_bar = self._bar(
            self.tr("Sum of reserved memory"),
            self.tr(
                "Σ of what each container reserves: its soft limit, else its hard limit. "
                "Must not exceed the task memory (API: memoryReservation, memory)."
            ),
        )
        self.largest_bar = self._bar(
            self.tr("Largest hard limit"),
            self.tr("The largest container memory (hard limit); must fit in the task memory."),
        )
        self.unlimited_note = self._label(self.tr("Containers without memory limits"))
        self._fit_state: tuple[str, bool, str] | None = None
        self.fit_button = QPushButton(self.tr("Fit"), self)
        self.fit_button.setAccessibleName(self.tr("Fit the task size to the containers"))
        self.fit_button.clicked.connect(self.fit)
        self.advisor_button = QPushButton(self.tr("Advisor…"), self)
        self.advisor_button.setToolTip(self.tr("Every Fargate size that fits, cheapest first"))
        fit_row = QHBoxLayout()
        fit_row.addWidget(self.fit_button, 1)
        fit_row.addWidget(self.advisor_button)
        self._layout.addLayout(fit_row)

    def _build_draft_section(self) -> None:
        self._heading(self.tr("Task definition"))
        self.json_bar = self._bar(
            self.tr("JSON size"),
            self.tr("Size of the task definition as compact JSON; AWS accepts at most 64 KiB."),
        )
        row = QHBoxLayout()
        self.errors_label = QLabel(self)
        self.warnings_label = QLabel(self)
        for label, name in (
            (self.errors_label, self.tr("Errors")),
            (self.warnings_label, self.tr("Warnings")),
        ):
            label.setObjectName("sizingNote")
            label.setAccessibleName(name)
            row.addWidget(label)
        row.addStretch(1)
        self._layout.addLayout(row)

    # --- refreshing -----------------------------------------------------
    @property
    def price_section(self) -> PriceSection:
        if self._price_section is None:
            from wizard.ui.widgets.price_section import PriceSection

            self._price_section = PriceSection(self.controller, self._body)
            self._layout.insertWidget(self._price_index, self._price_section)
        return self._price_section

    def price_region(self) -> str:
        """The Region prices are shown for (before the price section is built, the
        one it will start with)."""
        if self._price_section is not None:
            return self._price_section.region()
        return default_region()

    def refresh(self) -> None:
        report = self.controller.sizing
        # The counts and the rules the bars watch change with the findings only.
        if self._counted is None or self.controller.changed_finding_paths != set():
            self._counted = self._count_findings()
        hits, errors, warnings = self._counted
        fargate = self.is_fargate()
        # Most edits (a port, an image, an environment value) change none of
        # what the panel shows; comparing the inputs is cheaper than redrawing,
        # and each part is redrawn only when its own inputs changed.
        platform = self._platform_text()
        watched = tuple(sorted(hits.items()))
        parts: dict[str, tuple[object, ...]] = {
            "task": (report.task_cpu, report.task_memory, report.os, fargate, platform),
            "bars": (report, watched),
            "fit": (report, fargate),
            "json": (self.controller.document_size, watched),
            "counts": (errors, warnings),
        }
        if parts == self._shown:
            return
        shown, self._shown = self._shown or {}, parts
        changed = {name for name, inputs in parts.items() if shown.get(name) != inputs}
        if "task" in changed:
            self._refresh_task(report, fargate, platform)
        if "bars" in changed:
            self._refresh_bars(report, hits)
        if "fit" in changed:
            self._refresh_fit(report, fargate)
        if "json" in changed:
            self._refresh_json(hits)
        if "counts" in changed:
            self._set_count(self.errors_label, errors, self.tr("error"), self.tr("errors"), "error")
            self._set_count(
                self.warnings_label, warnings, self.tr("warning"), self.tr("warnings"), "warning"
            )

    def _count_findings(self) -> tuple[dict[str, Severity], int, int]:
        """The most severe finding of each rule the bars watch, and the numbers of
        errors and warnings."""
        hits: dict[str, Severity] = {}
        errors = warnings = 0
        for f in self.controller.findings:
            errors += f.severity is Severity.ERROR
            warnings += f.severity is Severity.WARNING
            if f.rule in _WATCHED and (f.rule not in hits or f.severity.rank < hits[f.rule].rank):
                hits[f.rule] = f.severity
        return hits, errors, warnings

    def is_fargate(self) -> bool:
        return self.controller.applicable_launch_types.fargate

    def _refresh_task(self, report: SizingReport, fargate: bool, platform: str) -> None:
        cpu, memory = report.task_cpu, report.task_memory
        _set_text(
            self.cpu_label,
            self.tr("CPU: {0} ({1} units)").format(vcpu_label(cpu), cpu)
            if cpu is not None
            else self.tr("CPU: not set"),
        )
        _set_text(self.memory_label, self._memory_text(memory))
        _set_text(self.platform_label, platform)
        _set_visible(self.valid_cpu_label, fargate)
        _set_visible(self.valid_memory_label, fargate)
        if fargate:
            _set_text(self.valid_cpu_label, self._valid_cpu_text(report))
            _set_text(self.valid_memory_label, self._valid_memory_text(report))
        note = self._size_problem(report) if fargate else ""
        _set_note(self.size_note, note, "error")

    def _memory_text(self, memory: int | None) -> str:
        if memory is None:
            return self.tr("Memory: not set")
        label = memory_label(memory)
        if label.endswith("MiB"):
            return self.tr("Memory: {0}").format(label)
        return self.tr("Memory: {0} ({1} MiB)").format(label, memory)

    def _platform_text(self) -> str:
        compat = self.controller.get("/requiresCompatibilities")
        assumed = assumed_launch_type(self.controller.document)
        if assumed is not None:
            launch = self.tr("{0} (assumed)").format(assumed)
        else:
            launch = ", ".join(str(c) for c in compat)
        family = self.controller.get("/runtimePlatform/operatingSystemFamily") or "LINUX"
        arch = self.controller.get("/runtimePlatform/cpuArchitecture") or "X86_64"
        return self.tr("{0} on {1}/{2}").format(launch, family, arch)

    def _valid_cpu_text(self, report: SizingReport) -> str:
        if report.task_memory is None:
            return self.tr("Valid CPU: choose the task memory first")
        size = memory_label(report.task_memory)
        if not report.valid_cpu_for_memory:
            return self.tr("Valid CPU for {0}: none (not a Fargate memory size)").format(size)
        values = ", ".join(vcpu_label(c) for c in report.valid_cpu_for_memory)
        return self.tr("Valid CPU for {0}: {1}").format(size, values)

    def _valid_memory_text(self, report: SizingReport) -> str:
        if report.task_cpu is None:
            return self.tr("Valid memory: choose the task CPU first")
        size = vcpu_label(report.task_cpu)
        if not report.valid_memory_for_cpu:
            return self.tr("Valid memory for {0}: none (not a Fargate CPU size for {1})").format(
                size, report.os.capitalize()
            )
        values = compact_memory_list(report.valid_memory_for_cpu)
        return self.tr("Valid memory for {0}: {1}").format(size, values)

    def _size_problem(self, report: SizingReport) -> str:
        cpu, memory = report.task_cpu, report.task_memory
        if cpu is None or memory is None:
            return self.tr("Fargate needs both a task CPU and a task memory.")
        if memory not in report.valid_memory_for_cpu:
            return self.tr("{0} is not a valid Fargate size.").format(size_text(cpu, memory))
        return ""

    def _refresh_bars(self, report: SizingReport, hits: dict[str, Severity]) -> None:
        for bar, key, caption, reading, unit in (
            (self.cpu_bar, "cpu", self.tr("Σ CPU"), report.cpu, self.tr("units")),
            (self.soft_bar, "soft", self.tr("Σ soft"), report.soft, "MiB"),
            (self.hard_bar, "hard", self.tr("Σ hard"), report.hard, "MiB"),
            (self.reserved_bar, "reserved", self.tr("Σ reserved"), report.reserved, "MiB"),
        ):
            bar.show_reading(caption, reading, unit, _state(key, reading, hits))
        largest = report.largest_hard
        name = report.sums.largest_hard_container
        if name:
            caption = self.tr("Largest hard: {0}").format(name)
            self.largest_bar.show_reading(caption, largest, "MiB", _state("largest", largest, hits))
        else:
            empty = None if largest.limit is None else 0.0
            self.largest_bar.set_reading(self.tr("Largest hard limit: none set"), "", empty, "ok")
        missing = report.sums.containers_without_memory
        note = (
            self.tr("No memory limit: {0} (shares the task memory)").format(", ".join(missing))
            if missing and report.task_memory is not None
            else ""
        )
        _set_note(self.unlimited_note, note, "")

    def _refresh_fit(self, report: SizingReport, fargate: bool) -> None:
        fit = report.fit
        sums = report.sums
        enabled = False
        if not fargate:
            why = self.tr("Fit proposes Fargate sizes; this task does not require Fargate.")
        elif not (sums.cpu or sums.reserved or sums.largest_hard):
            why = self.tr("No container declares CPU or memory yet, so there is nothing to fit.")
        elif fit is None:
            why = self.tr("No Fargate size is large enough for these containers.")
        elif fit == (report.task_cpu, report.task_memory):
            why = self.tr("The task size already is the smallest one that holds the containers.")
        else:
            enabled = True
            why = self.tr(
                "Propose {0}: the smallest valid Fargate size that holds the containers' "
                "declared CPU and memory. Nothing changes until you confirm."
            ).format(size_text(*fit))
        label = self.tr("Fit to {0}").format(size_text(*fit)) if enabled and fit else self.tr("Fit")
        if (label, enabled, why) != self._fit_state:
            self._fit_state = (label, enabled, why)
            self.fit_button.setText(label)
            self.fit_button.setEnabled(enabled)
            self.fit_button.setToolTip(why)
            self.fit_button.setAccessibleDescription(why)

    def _refresh_json(self, hits: dict[str, Severity]) -> None:
        reading = Headroom(self.controller.document_size, MAX_TASK_DEFINITION_BYTES)
        self.json_bar.show_reading(self.tr("JSON"), reading, "bytes", _state("json", reading, hits))

    def _set_count(self, label: QLabel, n: int, one: str, many: str, severity: str) -> None:
        _set_text(label, f"{n} {one if n == 1 else many}")
        set_severity(label, severity if n else "")

    # --- the size map -------------------------------------------------------
    def show_size_map(self) -> QWidget:
        """Open (or raise) the size map window."""
        if self._map_window is None:
            from wizard.ui.widgets.size_map import SizeMapWindow

            self.price_section  # noqa: B018 - the map shows the section's region and prices
            self._map_window = SizeMapWindow(self.controller, self)
        self._map_window.show()
        self._map_window.raise_()
        self._map_window.activateWindow()
        return self._map_window

    # --- Fit --------------------------------------------------------------
    def fit(self) -> bool:
        """Offer the Fit size and apply it after confirmation; True when applied."""
        report = self.controller.sizing
        if report.fit is None or not self.fit_button.isEnabled():
            return False
        cpu, memory = report.fit
        if not self.confirm_fit(cpu, memory):
            return False
        self.controller.set_members(
            {"/cpu": str(cpu), "/memory": str(memory)},
            self.tr("task size {0} (Fit)").format(size_text(cpu, memory)),
        )
        return True

    def confirm_fit(self, cpu: int, memory: int) -> bool:
        """Ask before changing the task size (tests replace this method)."""
        report = self.controller.sizing
        current = (
            size_text(report.task_cpu, report.task_memory)
            if report.task_cpu is not None and report.task_memory is not None
            else self.tr("not set")
        )
        text = self.tr(
            "Change the task size to {0}?\n\nIt is the smallest valid Fargate size that holds "
            "the containers' declared CPU ({1} units) and memory ({2} MiB). Now: {3}."
        ).format(
            size_text(cpu, memory),
            report.sums.cpu,
            max(report.sums.reserved, report.sums.largest_hard),
            current,
        )
        if missing := report.sums.containers_without_memory:
            text += "\n\n" + self.tr(
                "{0} declare no memory; they get what the others leave."
            ).format(", ".join(missing))
        answer = QMessageBox.question(self, self.tr("Fit the task size"), text)
        return answer == QMessageBox.StandardButton.Yes


# --- helpers ---------------------------------------------------------------


def _state(key: str, reading: Headroom, hits: dict[str, Severity]) -> str:
    found = [hits[rule] for rule in BAR_RULES[key] if rule in hits]
    also = _ALSO_WHEN_OVER.get(key)
    if also in hits and reading.over:
        found.append(hits[also])
    if Severity.ERROR in found:
        return "error"
    if found or (reading.ratio is not None and reading.ratio > NEAR_LIMIT_RATIO):
        return "warning"
    return "ok"


def _set_note(label: QLabel, text: str, severity: str) -> None:
    _set_text(label, text)
    _set_visible(label, bool(text))
    set_severity(label, severity)


# Setters below touch Qt only on a real change: the panel refreshes on every
# keystroke and most of it stays the same.
def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _set_visible(widget: QWidget, visible: bool) -> None:
    if widget.isHidden() == visible:
        widget.setVisible(visible)
