"""The "Task size, roles and network" page (to be built out)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from wizard.ui.controller import DraftController
from wizard.ui.pages.base import DraftPage, PageId


class TaskSizePage(DraftPage):
    PAGE_ID = PageId.TASK_SIZE
    PREFIXES = (
        "/cpu",
        "/memory",
        "/taskRoleArn",
        "/executionRoleArn",
        "/networkMode",
        "/pidMode",
        "/ipcMode",
    )

    def __init__(self, controller: DraftController) -> None:
        super().__init__(controller)
        self.setTitle(self.tr("Task size, roles and network"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro(self.tr("Task size, roles and network")))
