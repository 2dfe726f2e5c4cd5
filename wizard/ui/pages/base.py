"""What every wizard page shares.

A page owns some JSON Pointer prefixes of the draft (``PREFIXES``). Its Next
button is enabled only when no error lies under them (``isComplete``), and the
review page jumps to a finding by asking the page that owns its path to focus
the field (:meth:`DraftPage.focus_pointer`).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from wizard.domain.findings import Finding, Severity
from wizard.ui.draft.controller import DraftController
from wizard.ui.widgets.field_row import hidden_in_visible_window


class PageId(IntEnum):
    LAUNCH = 0
    TASK_SIZE = 1
    CONTAINERS = 2
    STORAGE = 3
    MONITORING = 4
    REVIEW = 5


class DraftPage(QWizardPage):
    PAGE_ID: PageId
    # Pointer prefixes whose errors block this page's Next button.
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
        controller.analysis_changed.connect(self._analysis_changed)

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

    def _analysis_changed(self) -> None:
        # QWizard re-evaluates every button on completeChanged (about 1 ms), so
        # tell it only when this page's answer actually changed.
        complete = self.isComplete()
        if complete != self._last_complete:
            self._last_complete = complete
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.blocking_findings()

    def blocking_findings(self) -> list[Finding]:
        """The errors that keep Next disabled on this page."""
        return [
            f
            for f in self.controller.findings_under(*self.PREFIXES)
            if f.severity is Severity.ERROR and self.claim(f.path) >= self.claim_threshold(f.path)
        ]

    def owns(self, ptr: str) -> bool:
        return self.claim(ptr) > 0

    def claim(self, ptr: str) -> int:
        """How specifically this page shows ``ptr``: the length of the longest
        matching prefix plus one, 0 when it does not show it. The wizard sends a
        review-page jump to the page with the highest claim."""
        lengths = [len(p) + 1 for p in self.PREFIXES if ptr == p or ptr.startswith(p + "/")]
        return max(lengths, default=0)

    def claim_threshold(self, ptr: str) -> int:
        """Errors block Next only where no other page shows the field more
        specifically (the wizard sets ``other_claims``)."""
        return max((other(ptr) for other in self.other_claims), default=0) + 1

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
