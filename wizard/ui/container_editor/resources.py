"""Resource allocation limits: CPU units, GPUs, memory hard and soft limits."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from wizard.domain.sizing.units import vcpu_label
from wizard.ui.container_editor.binders import GpuBinder
from wizard.ui.container_editor.context import EditorContext
from wizard.ui.container_editor.section import Section


class ResourcesSection(Section):
    EXPANDED = True
    PREFIXES = ("/cpu", "/memory", "/memoryReservation", "/resourceRequirements")
    STATE_MEMBERS = ("/cpu",)

    def title(self) -> str:
        return self.tr("Resource allocation limits")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cpu = self.line(
            self.tr("CPU units"),
            "/cpu",
            self.tr(
                "CPU reserved for this container; 1024 units are one vCPU. On Linux it is a "
                "relative share: the container may use idle CPU beyond it. Optional on Fargate, "
                "where containers share the task's CPU."
            ),
            integer=True,
            placeholder=self.tr("e.g. 256 (optional)"),
            hint=" ",
        )
        self._cpu_hint = self.hints["/cpu"]
        # CPU units are a whole number: the field takes digits only.
        self.cpu.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self.cpu))
        self.gpu = QLineEdit(self)
        self.gpu.setPlaceholderText(self.tr("e.g. 1 (EC2 GPU instances only)"))
        gpu = self.track(GpuBinder(self.controller, ctx.ptr("/resourceRequirements"), self.gpu))

        def gpu_entry() -> str:
            # Findings about the GPU entry only, not about other accelerators.
            index = gpu.gpu_index()
            return f"{ctx.base()}/resourceRequirements/{index if index >= 0 else '-'}"

        self.add_field(
            self.tr("GPUs"),
            "/resourceRequirements",
            self.gpu,
            self.tr(
                "Number of physical GPUs reserved for the container (resourceRequirements, "
                "type GPU). Needs EC2 GPU instances; Fargate has no GPUs."
            ),
            subtree=True,
            ptr=gpu_entry,
        )
        self.memory = self.line(
            self.tr("Memory hard limit (MiB)"),
            "/memory",
            self.tr("The most memory the container may use (API: memory)."),
            integer=True,
            placeholder=self.tr("e.g. 512 (optional)"),
            hint=self.tr("If the container tries to use more than this, it is killed."),
        )
        self.memory_reservation = self.line(
            self.tr("Memory soft limit (MiB)"),
            "/memoryReservation",
            self.tr("Memory set aside for the container (API: memoryReservation)."),
            integer=True,
            placeholder=self.tr("e.g. 256 (optional)"),
            hint=self.tr(
                "Reserved for the container; it may use more, up to the hard limit, while "
                "the host has memory free."
            ),
        )
        self.update_state()

    def update_state(self) -> None:
        value = self.ctx.get("/cpu")
        text = ""
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            label = vcpu_label(value)
            text = label if label.startswith("≈") else self.tr("= {0}").format(label)
        self._cpu_hint.setText(text)
        self._cpu_hint.setVisible(bool(text))
