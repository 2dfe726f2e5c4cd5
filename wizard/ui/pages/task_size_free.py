"""Free entry of the task CPU units and memory MiB (EC2, EXTERNAL, Managed Instances).

The text is stored as typed (the API takes strings); the rules check range and
form and the message shows under the field. A small label beside each field
says what the number means in the console's units.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from wizard.domain.sizing.task_size import os_key
from wizard.domain.sizing.units import memory_label, vcpu_label
from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.task_size_pickers import SHOWN, parsed
from wizard.ui.widgets.field_row import FieldRow, bind_text
from wizard.ui.widgets.form_rows import FormRows, hint_label


def approx_vcpu(units: int) -> str:
    """ "= 0.25 vCPU", or "≈ 0.29 vCPU" for units that are no round fraction."""
    return f"= {vcpu_label(units)}" if units % 256 == 0 else f"≈ {units / 1024:.2f} vCPU"


def approx_gb(mib: int) -> str:
    return f"= {memory_label(mib)}" if mib % 512 == 0 else f"≈ {mib / 1024:.2f} GB"


class FreeSizeEntry(QWidget):
    """CPU units and MiB typed freely (EC2, EXTERNAL, Managed Instances)."""

    def __init__(self, controller: DraftController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        form = FormRows(self, nested=True)
        self.cpu_edit, self.cpu_row, self.cpu_equiv = self._entry(
            "/cpu",
            self.tr("optional, e.g. 1024"),
            self.tr(
                "CPU units reserved for the task (1024 = 1 vCPU), 128 to 196608. "
                "Leave empty to reserve CPU per container only."
            ),
        )
        form.field(
            self.tr("&CPU (units)"),
            self.cpu_edit,
            cell=self._line(self.cpu_row, self.cpu_equiv),
            hint=self.tr("1024 units = 1 vCPU; 128 to 196608, or empty."),
        )
        self.memory_edit, self.memory_row, self.memory_equiv = self._entry(
            "/memory",
            self.tr("optional, e.g. 2048"),
            self.tr(
                "Memory for the task in MiB. If you leave it empty, every container needs "
                "its own memory limit or reservation."
            ),
        )
        self.windows_note = hint_label(
            self.tr(
                "Windows containers on EC2 ignore the task-level CPU and memory: "
                "set them per container on the Containers page."
            ),
            self,
        )
        form.field(
            self.tr("&Memory (MiB)"),
            self.memory_edit,
            cell=self._line(self.memory_row, self.memory_equiv),
            below=(
                hint_label(
                    self.tr("1024 MiB = 1 GB. If empty, every container needs a memory limit."),
                    self,
                ),
                self.windows_note,
            ),
        )
        # The same members as the pickers show.
        controller.watch(self, SHOWN, on_document=self.refresh)
        self.refresh()

    def _entry(
        self, ptr: str, placeholder: str, help_text: str
    ) -> tuple[QLineEdit, FieldRow, QLabel]:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        bind_text(self.controller, ptr, edit)
        row = FieldRow(self.controller, ptr, edit, help_text, self)
        equiv = QLabel(self)
        equiv.setObjectName("fieldHint")
        equiv.setMinimumWidth(90)
        return edit, row, equiv

    def _line(self, row: QWidget, equiv: QLabel) -> QWidget:
        line = QWidget(self)
        layout = QHBoxLayout(line)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(row, 1)
        layout.addWidget(equiv)
        return line

    @Slot(str)
    def refresh(self, _changed: str = "") -> None:
        _, cpu = parsed(self.controller, "/cpu")
        _, mem = parsed(self.controller, "/memory")
        self.cpu_equiv.setText(approx_vcpu(cpu) if cpu else "")
        self.memory_equiv.setText(approx_gb(mem) if mem else "")
        family = self.controller.get("/runtimePlatform/operatingSystemFamily")
        self.windows_note.setVisible(os_key(family) == "windows")
