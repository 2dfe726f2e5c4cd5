"""What every wizard page shares.

A page owns some JSON Pointer prefixes of the draft (``PREFIXES``, from
:mod:`wizard.ui.pages.page_of`, which decides for every pointer which page shows
it). Errors never lock Next: the user moves freely and sees each page's errors
on the page and in the step list; Export and Register are where they hold the
user back. The review page jumps to a finding by asking the page that owns its
path to focus the field (:meth:`DraftPage.focus_pointer`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from wizard.domain.findings import Finding
from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.page_of import PageId, claim, page_of
from wizard.ui.widgets.field_row import hidden_in_visible_window

__all__ = ["DraftPage", "PageId"]


class DraftPage(QWizardPage):
    PAGE_ID: PageId
    # Pointer prefixes this page edits (page_of.PAGE_PREFIXES).
    PREFIXES: tuple[str, ...] = ()

    def __init__(self, controller: DraftController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        # Pointer -> widget to focus, filled by the page as it builds its rows.
        self.focus_targets: dict[str, QWidget] = {}
        # claim() functions of the other pages, set by the wizard.
        self.other_claims: list[Callable[[str], int]] = []
        self._last_complete: bool | None = None
        self._followers: list[Callable[[str], None]] = []
        self._draft_stale = False

    def follow_draft(self, slot: Callable[[str], None]) -> None:
        """Call ``slot(pointer)`` on draft changes while the page is on screen; a
        page off screen catches up once when shown (edits on one page must not
        pay for refreshing the five others)."""
        if not self._followers:
            self.controller.document_changed.connect(self._draft_changed)
        self._followers.append(slot)

    @Slot(str)
    def _draft_changed(self, ptr: str) -> None:
        if hidden_in_visible_window(self):
            self._draft_stale = True
            return
        for slot in self._followers:
            slot(ptr)

    def showEvent(self, event: QShowEvent) -> None:
        if self._draft_stale:
            self._draft_stale = False
            for slot in self._followers:
                slot("")
        super().showEvent(event)

    def isComplete(self) -> bool:
        # Free movement: an error never locks Next (see the module docstring).
        return True

    def page_findings(self) -> list[Finding]:
        """The findings shown on this page (its step in the step list counts them)."""
        return [f for f in self.controller.findings if page_of(f.path) is self.PAGE_ID]

    def owns(self, ptr: str) -> bool:
        return self.claim(ptr) > 0

    def claim(self, ptr: str) -> int:
        """How specifically this page shows ``ptr`` (see page_of.claim)."""
        return claim(self.PAGE_ID, ptr)

    def focus_pointer(self, ptr: str) -> bool:
        """Show and focus the field for ``ptr`` (or its nearest owner); True if found."""
        probe = ptr
        while probe:
            widget = self.focus_targets.get(probe)
            if widget is not None:
                widget.setFocus()
                return True
            probe = probe.rsplit("/", 1)[0]
        return False

    def intro(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("pageIntro")
        label.setWordWrap(True)
        return label
