"""The Review page's "changes since revision N" line, for a draft that came from the account.

When a revision is opened from the account (or the draft has just been
registered), it becomes the base: the line says how many changes the draft has
made since (the semantic diff, as ``diff`` and Register count them), with
Compare… to see them side by side. After a registration it also offers Run once…
for the new revision. The diff is computed only while the Review page is shown,
a moment after the last edit, so typing elsewhere never pays for it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from wizard.domain.diff import semantic_diff
from wizard.domain.text.plural import plural
from wizard.services.gateway import Registered
from wizard.ui.aws.account import AccountState
from wizard.ui.draft.controller import DraftController
from wizard.ui.revisions.compare_view import CompareDialog

REFRESH_DELAY_MS = 300


class ReviewChanges(QWidget):
    def __init__(
        self, controller: DraftController, account: AccountState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewChanges")
        self.controller = controller
        self.account = account
        self.base: dict[str, Any] | None = None
        self.base_name = ""
        self.registered: Registered | None = None
        self.change_count = 0
        self._stale = True
        self.dialog: QWidget | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Changes since the revision the draft came from"))
        self.compare_button = QPushButton(self.tr("Compare…"), self)
        self.compare_button.setToolTip(self.tr("The changes side by side"))
        self.compare_button.clicked.connect(self.compare)
        self.run_button = QPushButton(self.tr("Run once…"), self)
        self.run_button.clicked.connect(self.run_once)
        row.addWidget(self.label)
        row.addWidget(self.compare_button)
        row.addWidget(self.run_button)
        row.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        controller.document_changed.connect(self._draft_changed)
        self.run_button.hide()
        self.hide()

    def set_base(self, document: dict[str, Any], name: str) -> None:
        """The revision the draft is compared with (a pulled or just registered one)."""
        self.base = document
        self.base_name = name
        self._stale = True
        self.show()
        self.refresh()

    def set_registered(self, registered: Registered) -> None:
        """The draft was just registered: it is the base now, and it can be run once."""
        self.registered = registered
        self.run_button.setText(self.tr("Run revision {0} once…").format(registered.revision))
        self.run_button.show()
        self.set_base(self.controller.snapshot(), f"{registered.family}:{registered.revision}")

    @Slot()
    def _draft_changed(self, *_args: object) -> None:
        if self.base is None:
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self.base is None:
            return
        self._stale = False
        self.change_count = len(semantic_diff(self.base, self.controller.document))
        if self.change_count:
            text = plural(
                self.change_count,
                self.tr("{0} change since revision {1}."),
                self.tr("{0} changes since revision {1}."),
            ).format(self.change_count, self.base_name)
        else:
            text = self.tr("No changes since revision {0}.").format(self.base_name)
        self.label.setText(text)
        self.compare_button.setEnabled(self.change_count > 0)

    @Slot()
    def compare(self) -> None:
        if self.base is None:
            return
        self.dialog = CompareDialog(
            self.base, self.controller.snapshot(), self.base_name, self.tr("draft"), self
        )
        self.dialog.show()

    @Slot()
    def run_once(self) -> None:
        from wizard.ui.revisions.run_dialog import RunOnceDialog

        if self.registered is None:
            return
        self.dialog = RunOnceDialog(self.account, self.registered.arn, self.window())
        self.dialog.show()
