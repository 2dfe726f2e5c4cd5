"""The multi-page wizard, in the order of the ECS console's flow."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from wizard.ui.controller import DraftController
from wizard.ui.pages.base import DraftPage, PageId
from wizard.ui.pages.containers_page import ContainersPage
from wizard.ui.pages.launch_page import LaunchPage
from wizard.ui.pages.monitoring_page import MonitoringPage
from wizard.ui.pages.review_page import ReviewPage
from wizard.ui.pages.storage_page import StoragePage
from wizard.ui.pages.task_size_page import TaskSizePage

PAGE_CLASSES: tuple[type[DraftPage], ...] = (
    LaunchPage,
    TaskSizePage,
    ContainersPage,
    StoragePage,
    MonitoringPage,
    ReviewPage,
)


class TaskDefinitionWizard(QWizard):
    def __init__(self, controller: DraftController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("taskDefinitionWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        self.pages: dict[PageId, DraftPage] = {}
        for cls in PAGE_CLASSES:
            page = cls(controller)
            self.setPage(int(cls.PAGE_ID), page)
            self.pages[cls.PAGE_ID] = page
        for page_id, page in self.pages.items():
            if page_id is not PageId.REVIEW:
                page.other_claims = [
                    other.claim
                    for other_id, other in self.pages.items()
                    if other_id not in (page_id, PageId.REVIEW)
                ]
        self.review.jump_requested.connect(self.jump_to)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Done"))

    @property
    def review(self) -> ReviewPage:
        return self.pages[PageId.REVIEW]  # type: ignore[return-value]

    def page_for(self, ptr: str) -> PageId:
        """The page that shows the field at ``ptr`` (the review page for the root)."""
        best, best_claim = PageId.REVIEW, 0
        for page_id, page in self.pages.items():
            claim = page.claim(ptr) if page_id is not PageId.REVIEW else 0
            if claim > best_claim:
                best, best_claim = page_id, claim
        return best

    def go_to(self, target: PageId) -> None:
        """Walk Back/Next to ``target`` (QWizard has no direct jump)."""
        guard = 0
        while self.currentId() > int(target) and guard < 10:
            self.back()
            guard += 1
        while self.currentId() < int(target) and guard < 20:
            before = self.currentId()
            self.next()
            guard += 1
            if self.currentId() == before:
                break  # a page with errors blocks the way; stay there

    def jump_to(self, ptr: str) -> None:
        target = self.page_for(ptr)
        self.go_to(target)
        page = self.pages.get(PageId(self.currentId()))
        if page is not None:
            page.focus_pointer(ptr)
