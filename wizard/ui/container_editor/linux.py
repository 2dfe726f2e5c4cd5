"""Linux parameters, privileged mode and the read-only root file system.

Privileged mode, tmpfs mounts, host devices, shared memory and swap are not
supported on Fargate:
there those fields are disabled with the reason, unless the draft already sets
them (then the rule's message is at the field and clearing it fixes it).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from wizard.ui.container_editor.binders import CommaListBinder
from wizard.ui.container_editor.context import EditorContext
from wizard.ui.container_editor.section import Section
from wizard.ui.widgets.field_row import bind_check
from wizard.ui.widgets.form_rows import hint_label
from wizard.ui.widgets.list_table import ListTable
from wizard.ui.widgets.table_columns import Column

LINUX = "/linuxParameters"
TMPFS = f"{LINUX}/tmpfs"
DEVICES = f"{LINUX}/devices"


class LinuxSection(Section):
    PREFIXES = ("/readonlyRootFilesystem", "/privileged", LINUX)
    STATE_MEMBERS = ("/privileged", LINUX)

    def title(self) -> str:
        return self.tr("Security and Linux parameters")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.read_only = self._check(
            "/readonlyRootFilesystem",
            self.tr("Read-only root file system"),
            self.tr(
                "The container cannot write to its root file system, only to volumes. "
                "Not for Windows containers."
            ),
        )
        self.privileged = self._check(
            "/privileged",
            self.tr("Privileged"),
            self.tr(
                "Gives the container elevated privileges on the host instance, like the "
                "root user (docker run --privileged). Not on Fargate, not for Windows "
                "containers."
            ),
            hint=" ",  # the reason when the launch type does not allow it
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
            hint=" ",  # the reason when the launch type does not allow it
        )
        self.max_swap = self.line(
            self.tr("Maximum swap (MiB)"),
            f"{LINUX}/maxSwap",
            self.tr("Swap the container may use; 0 turns swap off. Not on Fargate."),
            integer=True,
            placeholder=self.tr("EC2 only"),
            hint=" ",
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
            hint=" ",
        )
        self._build_tmpfs()
        self._build_devices()
        self.update_state()

    def _build_tmpfs(self) -> None:
        self.tmpfs = ListTable(
            self.controller,
            self.ctx.ptr(TMPFS),
            [
                Column(
                    "containerPath",
                    self.tr("Container path"),
                    tooltip=self.tr("Where the tmpfs is mounted, e.g. /tmp."),
                ),
                Column(
                    "size",
                    self.tr("Size (MiB)"),
                    "int",
                    tooltip=self.tr("The most memory the tmpfs may use, in MiB."),
                ),
                Column(
                    "mountOptions",
                    self.tr("Mount options"),
                    "list",
                    tooltip=self.tr("Comma-separated, e.g. rw, noexec, nosuid."),
                ),
            ],
            name=self.tr("tmpfs mounts"),
            add_text=self.tr("Add tmpfs mount"),
            parent=self,
        )
        self.tmpfs_note: QLabel = hint_label("", self)
        self.add_wide(
            self.tr("tmpfs mounts"),
            TMPFS,
            self.tmpfs,
            hint=self.tr("File systems in memory, e.g. for scratch files (--tmpfs)."),
            note=self.tmpfs_note,
        )

    def _build_devices(self) -> None:
        self.devices = ListTable(
            self.controller,
            self.ctx.ptr(DEVICES),
            [
                Column(
                    "hostPath",
                    self.tr("Host path"),
                    tooltip=self.tr("The device on the host instance, e.g. /dev/fuse."),
                ),
                Column(
                    "containerPath",
                    self.tr("Container path"),
                    tooltip=self.tr("Where the device appears in the container; empty: the same."),
                ),
                Column(
                    "permissions",
                    self.tr("Permissions"),
                    "list",
                    tooltip=self.tr(
                        "Comma-separated, any of read, write, mknod; empty gives all three."
                    ),
                ),
            ],
            name=self.tr("Devices"),
            add_text=self.tr("Add device"),
            parent=self,
        )
        self.devices_note: QLabel = hint_label("", self)
        self.add_wide(
            self.tr("Devices"),
            DEVICES,
            self.devices,
            hint=self.tr("Host devices exposed to the container (--device)."),
            note=self.devices_note,
        )

    def _check(self, rel: str, label: str, help_text: str, hint: str = "") -> QCheckBox:
        box = QCheckBox(label, self)
        self.track(
            bind_check(
                self.controller, self.ctx.ptr(rel), box, default=False, remove_when_default=True
            )
        )
        self.add_field(label, rel, box, help_text, hint=hint)
        return box

    def update_state(self) -> None:
        reason = ""
        if self.ctx.on_fargate():
            reason = self.tr("Not supported on Fargate; available on EC2 and external instances.")
        self.limit("/privileged", self.privileged, self.hints["/privileged"], reason)
        self.limit(TMPFS, self.tmpfs, self.tmpfs_note, reason)
        self.limit(DEVICES, self.devices, self.devices_note, reason)
        for rel, editor in (
            (f"{LINUX}/sharedMemorySize", self.shared_memory),
            (f"{LINUX}/maxSwap", self.max_swap),
            (f"{LINUX}/swappiness", self.swappiness),
        ):
            self.limit(rel, editor, self.hints[rel], reason)

    def _caps(self, which: str, label: str, help_text: str, example: str) -> QLineEdit:
        rel = f"{LINUX}/capabilities/{which}"
        editor = QLineEdit(self)
        editor.setPlaceholderText(self.tr("comma-separated, e.g. {0}").format(example))
        self.track(CommaListBinder(self.controller, self.ctx.ptr(rel), editor))
        self.add_field(label, rel, editor, help_text, subtree=True)
        return editor
