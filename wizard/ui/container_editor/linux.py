"""Linux parameters and the read-only root file system."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit

from wizard.ui.container_editor.binders import CommaListBinder
from wizard.ui.container_editor.section import Section
from wizard.ui.widgets.field_row import bind_check

LINUX = "/linuxParameters"


class LinuxSection(Section):
    PREFIXES = ("/readonlyRootFilesystem", LINUX)

    def title(self) -> str:
        return self.tr("Security and Linux parameters")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.read_only = self._check(
            "/readonlyRootFilesystem",
            self.tr("Read-only root file system"),
            self.tr(
                "The container cannot write to its root file system, only to volumes. "
                "Not for Windows containers."
            ),
        )
        self.init_process = self._check(
            f"{LINUX}/initProcessEnabled",
            self.tr("Run an init process"),
            self.tr(
                "Starts an init process (PID 1) that forwards signals and reaps zombie processes."
            ),
        )
        self.cap_add = self._caps(
            "add",
            self.tr("Add capabilities"),
            self.tr(
                "Linux kernel capabilities to add, e.g. SYS_PTRACE, NET_ADMIN. Fargate allows "
                "only SYS_PTRACE."
            ),
            "SYS_PTRACE",
        )
        self.cap_drop = self._caps(
            "drop",
            self.tr("Drop capabilities"),
            self.tr(
                "Kernel capabilities to remove from Docker's default set, e.g. NET_RAW, or ALL."
            ),
            "NET_RAW",
        )
        self.shared_memory = self.line(
            self.tr("Shared memory (MiB)"),
            f"{LINUX}/sharedMemorySize",
            self.tr("Size of /dev/shm (sharedMemorySize). Not on Fargate."),
            integer=True,
            placeholder=self.tr("EC2 only"),
        )
        self.max_swap = self.line(
            self.tr("Maximum swap (MiB)"),
            f"{LINUX}/maxSwap",
            self.tr("Swap the container may use; 0 turns swap off. Not on Fargate."),
            integer=True,
            placeholder=self.tr("EC2 only"),
        )
        self.swappiness = self.line(
            self.tr("Swappiness"),
            f"{LINUX}/swappiness",
            self.tr(
                "0 to 100 (default 60): how readily memory pages are swapped; ignored "
                "without a maximum swap. Not on Fargate."
            ),
            integer=True,
            placeholder=self.tr("60 (default)"),
        )

    def _check(self, rel: str, label: str, help_text: str) -> QCheckBox:
        box = QCheckBox(label, self)
        self.track(
            bind_check(
                self.controller, self.ctx.ptr(rel), box, default=False, remove_when_default=True
            )
        )
        self.add_field(label, rel, box, help_text)
        return box

    def _caps(self, which: str, label: str, help_text: str, example: str) -> QLineEdit:
        rel = f"{LINUX}/capabilities/{which}"
        editor = QLineEdit(self)
        editor.setPlaceholderText(self.tr("comma-separated, e.g. {0}").format(example))
        self.track(CommaListBinder(self.controller, self.ctx.ptr(rel), editor))
        self.add_field(label, rel, editor, help_text, subtree=True)
        return editor
