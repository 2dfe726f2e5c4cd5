"""The "Containers" page (to be built out)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from wizard.ui.controller import DraftController
from wizard.ui.pages.base import DraftPage, PageId


class ContainersPage(DraftPage):
    PAGE_ID = PageId.CONTAINERS
    PREFIXES = ("/containerDefinitions",)

    def __init__(self, controller: DraftController) -> None:
        super().__init__(controller)
        self.setTitle(self.tr("Containers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro(self.tr("Containers")))
