"""The "Review and create" page (to be built out)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout

from wizard.ui.controller import DraftController
from wizard.ui.pages.base import DraftPage, PageId


class ReviewPage(DraftPage):
    PAGE_ID = PageId.REVIEW
    PREFIXES = ("",)
    jump_requested = Signal(str)
    export_requested = Signal()

    def __init__(self, controller: DraftController) -> None:
        super().__init__(controller)
        self.setTitle(self.tr("Review and create"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro(self.tr("Review and create")))

    def isComplete(self) -> bool:
        return True
