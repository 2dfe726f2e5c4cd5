"""The "Monitoring and tags" page (to be built out)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from wizard.ui.controller import DraftController
from wizard.ui.pages.base import DraftPage, PageId


class MonitoringPage(DraftPage):
    PAGE_ID = PageId.MONITORING
    PREFIXES = ("/tags",)

    def __init__(self, controller: DraftController) -> None:
        super().__init__(controller)
        self.setTitle(self.tr("Monitoring and tags"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro(self.tr("Monitoring and tags")))
