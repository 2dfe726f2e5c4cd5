"""The "Launch type and family" page (to be built out)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from wizard.ui.controller import DraftController
from wizard.ui.pages.base import DraftPage, PageId


class LaunchPage(DraftPage):
    PAGE_ID = PageId.LAUNCH
    PREFIXES = ("/family", "/requiresCompatibilities", "/runtimePlatform")

    def __init__(self, controller: DraftController) -> None:
        super().__init__(controller)
        self.setTitle(self.tr("Launch type and family"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro(self.tr("Launch type and family")))
