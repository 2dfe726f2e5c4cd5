"""The multi-page wizard, in the order of the ECS console's flow.

Only the first page is built with the window; the others are built right after
the first paint (:meth:`TaskDefinitionWizard.ensure_pages`), so the user sees
the wizard in about the time a bare QWizard needs. Anything that needs a later
page calls ``ensure_pages()`` (the ``pages`` and ``review`` properties do).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget, QWizard

from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.base import DraftPage, PageId
from wizard.ui.pages.launch_page import LaunchPage

if TYPE_CHECKING:  # the later pages are imported when first shown
    from wizard.ui.pages.review_page import ReviewPage


def _later_page_classes() -> tuple[type[DraftPage], ...]:
    from wizard.ui.pages.containers_page import ContainersPage
    from wizard.ui.pages.monitoring_page import MonitoringPage
    from wizard.ui.pages.review_page import ReviewPage
    from wizard.ui.pages.storage_page import StoragePage
    from wizard.ui.pages.task_size_page import TaskSizePage

    return (TaskSizePage, ContainersPage, StoragePage, MonitoringPage, ReviewPage)


class TaskDefinitionWizard(QWizard):
    """Signals:
    pages_ready(): every page exists (emitted once).
    """

    pages_ready = Signal()

    def __init__(self, controller: DraftController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("taskDefinitionWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # All options in one call: each setOption lays the buttons out again.
        # (HaveFinishButtonOnEarlyPages stays off: not in the set.)
        options = QWizard.WizardOption.NoCancelButton | QWizard.WizardOption.NoBackButtonOnStartPage
        self.setOptions(options)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Done"))
        self._pages: dict[PageId, DraftPage] = {}
        self._add_page(LaunchPage(controller))
        self._complete = False
        controller.analysis_changed.connect(self._explain_next)
        self.currentIdChanged.connect(self._explain_next)

    @Slot()
    def ensure_pages(self) -> None:
        if self._complete:
            return
        self._complete = True
        for cls in _later_page_classes():
            self._add_page(cls(self.controller))
        for page_id, page in self._pages.items():
            if page_id is not PageId.REVIEW:
                page.other_claims = [
                    other.claim
                    for other_id, other in self._pages.items()
                    if other_id not in (page_id, PageId.REVIEW)
                ]
        self.review.jump_requested.connect(self.jump_to)
        self.pages_ready.emit()

    def _add_page(self, page: DraftPage) -> None:
        self.setPage(int(page.PAGE_ID), page)
        self._pages[page.PAGE_ID] = page

    @Slot()
    def _explain_next(self, *_: object) -> None:
        """A disabled Next button says which error holds it back."""
        page = self._pages.get(PageId(self.currentId())) if self.currentId() >= 0 else None
        blocking = page.blocking_findings() if page is not None else []
        if blocking:
            first = blocking[0]
            more = len(blocking) - 1
            text = self.tr("Fix this first: {0}").format(first.message)
            if more:
                text += " " + self.tr("(and {0} more)").format(more)
        else:
            text = ""
        button = self.button(QWizard.WizardButton.NextButton)
        if button.toolTip() != text:
            button.setToolTip(text)

    def nextId(self) -> int:
        # Until the later pages exist, page 1 still leads on (never "Done").
        current = self.currentId()
        if current < int(PageId.REVIEW):
            return current + 1
        return -1

    @property
    def pages(self) -> dict[PageId, DraftPage]:
        self.ensure_pages()
        return self._pages

    @property
    def review(self) -> ReviewPage:
        self.ensure_pages()
        from wizard.ui.pages.review_page import ReviewPage  # imported lazily

        page = self._pages[PageId.REVIEW]
        assert isinstance(page, ReviewPage)
        return page

    def page_for(self, ptr: str) -> PageId:
        """The page that shows the field at ``ptr`` most specifically (review for the root)."""
        best, best_claim = PageId.REVIEW, 0
        for page_id, page in self.pages.items():
            claim = page.claim(ptr) if page_id is not PageId.REVIEW else 0
            if claim > best_claim:
                best, best_claim = page_id, claim
        return best

    def go_to(self, target: PageId) -> None:
        """Walk Back/Next to ``target`` (QWizard has no direct jump)."""
        self.ensure_pages()
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
        page = self._pages.get(PageId(self.currentId()))
        if page is not None:
            page.focus_pointer(ptr)
