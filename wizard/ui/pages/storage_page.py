"""The "Storage" page (to be built out)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from wizard.ui.controller import DraftController
from wizard.ui.pages.base import DraftPage, PageId


class StoragePage(DraftPage):
    PAGE_ID = PageId.STORAGE
    PREFIXES = ("/volumes", "/ephemeralStorage")

    def __init__(self, controller: DraftController) -> None:
        super().__init__(controller)
        self.setTitle(self.tr("Storage"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro(self.tr("Storage")))
