"""The multi-page wizard, in the order of the ECS console's flow.

Only the first page is built with the window; the others are built right after
the first paint (:meth:`TaskDefinitionWizard.ensure_pages`), so the user sees
the wizard in about the time a bare QWizard needs. Anything that needs a later
page calls ``ensure_pages()`` (the ``pages`` and ``review`` properties do).

The step list on the left shows every page with its state and its errors and
warnings; a click goes there. Movement is free: errors never lock Next (Export
and Register hold the user back instead). There is no Done button: the wizard
is the window's body, and the review page's Export and Register finish it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget, QWizard

from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.base import DraftPage, PageId
from wizard.ui.pages.launch_page import LaunchPage
from wizard.ui.pages.page_of import PAGE_PREFIXES, page_of
from wizard.ui.step_list import StepList, count_by_page

# Narrower than this the pages clip their fields; a restored window state
# (a dock saved very wide) must not squeeze the wizard below it.
MINIMUM_WIDTH = 440

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
        # QWizard is a QDialog, a top-level window by default; it is the main
        # window's body instead. (QDialog's constructor turns a plain Widget flag
        # into Dialog, so the flag cannot be given there.) Set before the pages
        # and the step list exist: changing the flags later re-creates them all.
        self.setWindowFlags(Qt.WindowType.Widget)
        self.controller = controller
        self.setObjectName("taskDefinitionWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # All options in one call: each setOption lays the buttons out again.
        options = QWizard.WizardOption.NoCancelButton | QWizard.WizardOption.NoBackButtonOnStartPage
        self.setOptions(options)
        # Back and Next only: a Done button would close the wizard (a QDialog),
        # leaving the window without its pages.
        layout = [QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton]
        self.setButtonLayout([*layout, QWizard.WizardButton.NextButton])
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.steps = StepList(self)
        self.setSideWidget(self.steps)
        self._pages: dict[PageId, DraftPage] = {}
        self._add_page(LaunchPage(controller))
        self._complete = False
        # The page the user is on (not the pages a jump walks through) and the
        # pages they have been on.
        self._settled = PageId.LAUNCH
        self._visited: set[PageId] = {PageId.LAUNCH}
        self._walking = False
        self.steps.step_clicked.connect(lambda page: self.go_to(PageId(page)))
        controller.analysis_changed.connect(self._show_steps)
        self.currentIdChanged.connect(self._page_changed)
        self._show_steps()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The titles take a fifth of the wizard at most; in a narrower window
        # (or a longer language) the step list shows numbers and icons.
        self.steps.set_compact(self.steps.full_width() * 5 > event.size().width())
        super().resizeEvent(event)

    def done(self, result: int) -> None:
        """Escape (QDialog's reject) must not hide the wizard: it is the window's body."""

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

    def start_over(self) -> None:
        """Back to the first page with nothing visited (a new or opened draft)."""
        self._walking = True
        try:
            self.restart()
        finally:
            self._walking = False
        self._settled = PageId.LAUNCH
        self._visited = {PageId.LAUNCH}
        self._show_steps()

    # --- where the user is --------------------------------------------------
    @Slot(int)
    def _page_changed(self, page_id: int) -> None:
        if self._walking or page_id < 0:
            return
        page = PageId(page_id)
        left = self._settled
        self._settled = page
        self._visited.add(page)
        if left is not page:
            # Moving past a page shows what it kept quiet about.
            self.controller.reveal(*PAGE_PREFIXES[left])
        if page is PageId.REVIEW:
            self.controller.reveal_all()
        self._show_steps()

    @Slot()
    def _show_steps(self) -> None:
        counts = count_by_page(self.controller.findings)
        self.steps.show_state(self._settled, self._visited, counts)
        errors = counts[self._settled][0]
        if errors:
            text = self.tr(
                "This page has errors; you can go on and fix them later (the step list "
                "on the left shows where they are)."
            )
        else:
            text = ""
        button = self.button(QWizard.WizardButton.NextButton)
        if button.toolTip() != text:
            button.setToolTip(text)

    @property
    def visited(self) -> set[PageId]:
        return set(self._visited)

    def nextId(self) -> int:
        # Until the later pages exist, page 1 still leads on.
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
        """The page that shows the field at ``ptr`` (review for the root)."""
        return page_of(ptr)

    def go_to(self, target: PageId) -> None:
        """Go to ``target`` as one move. QWizard has no direct jump, so this walks
        Back/Next (keeping Back's history in page order); the pages walked
        through are neither visited nor passed."""
        self.ensure_pages()
        self._walking = True
        try:
            guard = 0
            while self.currentId() > int(target) and guard < 10:
                self.back()
                guard += 1
            while self.currentId() < int(target) and guard < 20:
                before = self.currentId()
                self.next()
                guard += 1
                if self.currentId() == before:
                    break
        finally:
            self._walking = False
        self._page_changed(self.currentId())

    def jump_to(self, ptr: str) -> None:
        target = self.page_for(ptr)
        self.go_to(target)
        page = self._pages.get(PageId(self.currentId()))
        if page is not None:
            page.focus_pointer(ptr)
