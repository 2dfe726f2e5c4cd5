"""Page 4, "Storage": ephemeral storage (Fargate), the task's volumes, and each
container's mount points and volumes-from.

Mount points live inside the container definitions, but they are edited here,
so :mod:`wizard.ui.pages.page_of` puts their findings on this page.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLineEdit, QWidget

from wizard.domain.sizing.task_size import (
    DEFAULT_EPHEMERAL_STORAGE_GIB,
    EPHEMERAL_STORAGE_RANGE_GIB,
)
from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.base import PageId
from wizard.ui.pages.mounts_editor import MountsEditor
from wizard.ui.pages.page_layout import ScrollingPage, is_fargate, section
from wizard.ui.pages.page_of import MOUNT_MEMBERS, PAGE_PREFIXES
from wizard.ui.pages.volume_editor import VolumeEditor
from wizard.ui.widgets.field_row import bind_text
from wizard.ui.widgets.findings_row import FindingsRow
from wizard.ui.widgets.form_rows import hint_label

__all__ = ["MOUNT_MEMBERS", "StoragePage"]


class StoragePage(ScrollingPage):
    PAGE_ID = PageId.STORAGE
    PREFIXES = PAGE_PREFIXES[PageId.STORAGE]

    def __init__(self, controller: DraftController) -> None:
        super().__init__(controller)
        column = self.scroll_column(
            self.tr("Storage"),
            self.tr(
                "Give the task scratch space, define volumes and choose where each container "
                "mounts them."
            ),
        )
        column.addWidget(self._build_ephemeral())
        box, form = section(self.tr("Volumes"), self)
        self.volume_editor = VolumeEditor(controller, box)
        form.line(self.volume_editor)
        column.addWidget(box)
        box, form = section(self.tr("Container mount points"), self)
        self.mounts = MountsEditor(controller, box)
        form.line(self.mounts)
        column.addWidget(box)
        column.addStretch(1)
        self.focus_targets["/volumes"] = self.volume_editor.volume_list
        self.follow_draft(self._sync)
        self._sync()

    def _build_ephemeral(self) -> QWidget:
        box, form = section(self.tr("Ephemeral storage"), self)
        low, high = EPHEMERAL_STORAGE_RANGE_GIB
        self.ephemeral_edit = QLineEdit(box)
        self.ephemeral_edit.setPlaceholderText(
            self.tr("{default} (default)").format(default=DEFAULT_EPHEMERAL_STORAGE_GIB)
        )
        self.ephemeral_edit.setMaximumWidth(160)
        bind_text(self.controller, "/ephemeralStorage/sizeInGiB", self.ephemeral_edit, integer=True)
        help_text = self.tr(
            "Disk space of a Fargate task for image layers and bind mounts: {low} to {high} GiB, "
            "or empty for the default {default} GiB."
        ).format(low=low, high=high, default=DEFAULT_EPHEMERAL_STORAGE_GIB)
        self.ephemeral_row = FindingsRow(
            self.controller,
            self.ephemeral_edit,
            help_text,
            subtree=lambda: ("/ephemeralStorage",),
            parent=box,
        )
        self._ephemeral_help = help_text
        self.ephemeral_hint = hint_label(help_text, box)
        form.field(
            self.tr("&Amount (GiB)"),
            self.ephemeral_edit,
            cell=self.ephemeral_row,
            below=(self.ephemeral_hint,),
        )
        self.focus_targets["/ephemeralStorage"] = self.ephemeral_edit
        return box

    @Slot(str)
    def _sync(self, _changed: str = "") -> None:
        fargate = is_fargate(self.controller)
        has_value = self.controller.get("/ephemeralStorage") is not None
        # Only Fargate has configurable ephemeral storage; a value from a file
        # stays editable so its error can be fixed by clearing it.
        self.ephemeral_edit.setEnabled(fargate or has_value)
        self.ephemeral_hint.setText(
            self._ephemeral_help
            if fargate
            else self.tr("Only Fargate tasks can set ephemeral storage.")
        )

    # --- review-page jumps ---------------------------------------------------
    def focus_field(self, ptr: str) -> bool:
        if ptr == "/volumes" or ptr.startswith("/volumes/"):
            return self.volume_editor.focus(ptr)
        if self.owns(ptr) and ptr.startswith("/containerDefinitions/"):
            return self.mounts.focus(ptr)
        return super().focus_field(ptr)
