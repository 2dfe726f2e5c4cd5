"""Task CPU and memory editors of the task size page.

On Fargate (:class:`FargateSizePickers`) each combo lists first the values
that are valid with the other one's current choice, then, under a separator,
the remaining sizes with what they need. So the user can start from either
side: picking 2 vCPU while memory is 1 GB keeps 1 GB (the page shows the error)
and offers "Use 4 GB" rather than changing the memory behind their back.

Elsewhere (:class:`FreeSizeEntry`) CPU units and MiB are typed freely; the
rules check them and the message shows under the field.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from wizard.domain.sizing.task_size import (
    fargate_cpu_values,
    fargate_memory_values,
    os_key,
    valid_cpu_for_memory,
    valid_memory_for_cpu,
)
from wizard.domain.sizing.units import memory_label, parse_task_cpu, parse_task_memory, vcpu_label
from wizard.ui.draft.controller import DraftController
from wizard.ui.widgets.field_row import FieldRow
from wizard.ui.widgets.form_rows import FormRows, hint_label

# What the task size editors show: the task size and the operating system
# (whose size table applies).
SHOWN = ("/cpu", "/memory", "/runtimePlatform")


def cpu_list_label(values: list[int]) -> str:
    """ "0.25, 0.5 or 1 vCPU": CPU sizes are few and not a continuous range."""
    numbers = [vcpu_label(v).removesuffix(" vCPU") for v in values]
    if len(numbers) == 1:
        return f"{numbers[0]} vCPU"
    # Module-level helpers translate in the pickers' context (lupdate needs a literal one).
    return QCoreApplication.translate("FargateSizePickers", "{0} or {1} vCPU").format(
        ", ".join(numbers[:-1]), numbers[-1]
    )


def memory_range_label(values: list[int]) -> str:
    """ "2–8 GB", or "16–60 GB in 4 GB steps" when the step is not 1 GB."""
    if not values:
        return "—"
    if len(values) == 1:
        return memory_label(values[0])
    low, high = memory_label(min(values)), memory_label(max(values))
    text = f"{low.removesuffix(' GB')}–{high}" if low.endswith(" GB") else f"{low}–{high}"
    steps = {b - a for a, b in pairwise(values)}
    if len(steps) == 1 and (step := steps.pop()) != 1024:
        text = QCoreApplication.translate("FargateSizePickers", "{0} in {1} steps").format(
            text, memory_label(step)
        )
    elif len(steps) > 1:
        text = ", ".join(memory_label(v) for v in values)
    return text


def nearest(values: list[int], target: int) -> int:
    """The value closest to ``target``; on a tie the larger (more headroom)."""
    return min(values, key=lambda v: (abs(v - target), -v))


def parsed(controller: DraftController, ptr: str) -> tuple[str | None, int | None]:
    raw = controller.get(ptr)
    if raw is None:
        return None, None
    text = raw if isinstance(raw, str) else str(raw)
    result = parse_task_cpu(text) if ptr == "/cpu" else parse_task_memory(text)
    return text, result.value if result else None


class FargateSizePickers(QWidget):
    """CPU and memory combos offering the valid Fargate pairs for the OS."""

    def __init__(self, controller: DraftController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._last_chosen = ""  # "cpu" or "memory": what the user picked last
        self._fix: tuple[str, int] | None = None
        self._shown: tuple[object, ...] = ()
        form = FormRows(self, nested=True)
        self.cpu_combo = QComboBox(self)
        self.cpu_combo.activated.connect(lambda i: self._chosen("cpu", self.cpu_combo, i))
        self.cpu_row = FieldRow(
            controller,
            "/cpu",
            self.cpu_combo,
            self.tr("The vCPUs reserved for the whole task (1 vCPU = 1024 CPU units)."),
            self,
        )
        form.field(self.tr("&CPU"), self.cpu_combo, cell=self.cpu_row)
        self.memory_combo = QComboBox(self)
        self.memory_combo.activated.connect(lambda i: self._chosen("memory", self.memory_combo, i))
        self.memory_row = FieldRow(
            controller,
            "/memory",
            self.memory_combo,
            self.tr("The memory of the whole task; containers share it."),
            self,
        )
        self.status = hint_label("", self)
        self.fix_button = QPushButton(self)
        self.fix_button.hide()
        self.fix_button.clicked.connect(self._apply_fix)
        status_line = QWidget(self)
        line = QHBoxLayout(status_line)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.status, 1)
        line.addWidget(self.fix_button)
        form.field(
            self.tr("&Memory"), self.memory_combo, cell=self.memory_row, below=(status_line,)
        )
        # It shows the task size and the OS's size table: nothing else.
        controller.watch(self, SHOWN, on_document=self.refresh)
        self.refresh()

    def os(self) -> str:
        return os_key(self.controller.get("/runtimePlatform/operatingSystemFamily"))

    def offered(self, combo: QComboBox) -> list[str]:
        """The values listed as valid with the other field (the first section)."""
        return [str(v) for v in combo.property("validValues") or []]

    # --- user choices -------------------------------------------------------
    def _chosen(self, which: str, combo: QComboBox, index: int) -> None:
        value = combo.itemData(index)
        if value is None:  # a section header or the "choose" placeholder
            self.refresh(force=True)
            return
        self._last_chosen = which
        self.controller.set(f"/{which}", value)
        self.refresh()

    @Slot()
    def _apply_fix(self) -> None:
        if self._fix is not None:
            which, value = self._fix
            self.controller.set(f"/{which}", str(value))

    # --- draft -> widgets ---------------------------------------------------
    @Slot(str)
    def refresh(self, _changed: str = "", force: bool = False) -> None:
        os_name = self.os()
        cpu_raw, cpu = parsed(self.controller, "/cpu")
        mem_raw, mem = parsed(self.controller, "/memory")
        shown = (os_name, cpu_raw, mem_raw, self._last_chosen)
        if shown == self._shown and not force:
            return  # an edit elsewhere: keep the lists (and an open popup) as they are
        self._shown = shown
        all_cpu, all_mem = fargate_cpu_values(os_name), fargate_memory_values(os_name)
        cpu_ok, mem_ok = cpu in all_cpu, mem in all_mem
        # (None is never among the values: the is-not-None test only tells the type checker.)
        valid_cpu = valid_cpu_for_memory(mem, os_name) if mem is not None and mem_ok else all_cpu
        valid_mem = valid_memory_for_cpu(cpu, os_name) if cpu is not None and cpu_ok else all_mem
        self._fill(
            self.cpu_combo,
            (cpu_raw, cpu),
            all_cpu,
            valid_cpu,
            vcpu_label,
            self.tr("Valid with {memory}").format(memory=memory_label(mem))
            if mem is not None and mem_ok
            else "",
            self.tr("Other sizes (need a different memory)"),
            lambda v: memory_range_label(valid_memory_for_cpu(v, os_name)),
        )
        self._fill(
            self.memory_combo,
            (mem_raw, mem),
            all_mem,
            valid_mem,
            memory_label,
            self.tr("Valid with {cpu}").format(cpu=vcpu_label(cpu))
            if cpu is not None and cpu_ok
            else "",
            self.tr("Other sizes (need a different CPU)"),
            lambda v: cpu_list_label(valid_cpu_for_memory(v, os_name)),
        )
        self._update_status(os_name, cpu, mem, cpu_ok, mem_ok)

    def _fill(
        self,
        combo: QComboBox,
        current: tuple[str | None, int | None],
        all_values: list[int],
        valid: list[int],
        label: Callable[[int], str],
        valid_header: str,
        other_header: str,
        needs: Callable[[int], str],
    ) -> None:
        raw, value = current
        combo.clear()
        combo.setProperty("validValues", list(valid))
        if raw is None:
            self._add_header(combo, self.tr("Choose…"))
        elif value not in all_values:
            # A value from a file that is no Fargate size: shown, with its error.
            combo.addItem(
                self.tr("{value} (not a Fargate size for this OS)").format(value=raw), raw
            )
        others = [v for v in all_values if v not in valid]
        if others and valid_header:
            self._add_header(combo, valid_header)
        for v in valid:
            combo.addItem(label(v), str(v))
        if others:
            combo.insertSeparator(combo.count())
            self._add_header(combo, other_header)
            for v in others:
                combo.addItem(
                    self.tr("{size} (needs {needs})").format(size=label(v), needs=needs(v)), str(v)
                )
        index = combo.findData(str(value)) if value in all_values else 0
        combo.setCurrentIndex(max(index, 0))

    @staticmethod
    def _add_header(combo: QComboBox, text: str) -> None:
        combo.addItem(text, None)
        model = combo.model()  # a plain QComboBox keeps its items in a QStandardItemModel
        if isinstance(model, QStandardItemModel):
            model.item(combo.count() - 1).setEnabled(False)

    def _update_status(
        self, os_name: str, cpu: int | None, mem: int | None, cpu_ok: bool, mem_ok: bool
    ) -> None:
        parts = []
        if cpu_ok and cpu is not None:
            parts.append(
                self.tr("Valid memory for {cpu}: {range}.").format(
                    cpu=vcpu_label(cpu),
                    range=memory_range_label(valid_memory_for_cpu(cpu, os_name)),
                )
            )
        if mem_ok and mem is not None:
            parts.append(
                self.tr("Valid CPU for {memory}: {list}.").format(
                    memory=memory_label(mem),
                    list=cpu_list_label(valid_cpu_for_memory(mem, os_name)),
                )
            )
        self.status.setText(" ".join(parts))
        self._fix = self._proposed_fix(os_name, cpu, mem, cpu_ok, mem_ok)
        if self._fix is None:
            self.fix_button.hide()
            return
        which, value = self._fix
        text = vcpu_label(value) if which == "cpu" else memory_label(value)
        self.fix_button.setText(self.tr("Use {size}").format(size=text))
        self.fix_button.setToolTip(
            self.tr("Change the task {field} to {size}, the nearest valid size.").format(
                field=self.tr("CPU") if which == "cpu" else self.tr("memory"), size=text
            )
        )
        self.fix_button.show()

    def _proposed_fix(
        self, os_name: str, cpu: int | None, mem: int | None, cpu_ok: bool, mem_ok: bool
    ) -> tuple[str, int] | None:
        """Change the side the user did not just pick, to the nearest valid value."""
        if (
            cpu is None
            or mem is None
            or (cpu_ok and mem_ok and mem in valid_memory_for_cpu(cpu, os_name))
        ):
            return None
        if cpu_ok and (self._last_chosen != "memory" or not mem_ok):
            return "memory", nearest(valid_memory_for_cpu(cpu, os_name), mem)
        if mem_ok:
            return "cpu", nearest(valid_cpu_for_memory(mem, os_name), cpu)
        return None
