"""Account > Revisions… and the Review page's Revisions… button.

One Revisions window per main window, shown again (not rebuilt) on each use;
it opens on the draft's family when the draft has one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from wizard.services.pull import Pulled
from wizard.ui.aws.placement import place_after
from wizard.ui.revisions.review_changes import ReviewChanges

if TYPE_CHECKING:
    from wizard.ui.revisions.revisions_window import RevisionsWindow


class RevisionsUi(QObject):
    """``aws_ui`` is the window's AwsUi (typed loosely, as AwsUi types its window)."""

    def __init__(self, aws_ui: Any) -> None:
        super().__init__(aws_ui)
        self.aws_ui = aws_ui
        window = aws_ui.window
        self.window_: RevisionsWindow | None = None
        self.action = QAction(self.tr("&Revisions..."), window)
        self.action.setStatusTip(
            self.tr("A family's revisions: where each is used, compare, prune, run once")
        )
        self.action.triggered.connect(self.show_revisions)
        aws_ui.menu.addAction(self.action)
        review = window.wizard.review
        self.review_button = QPushButton(self.tr("Revisions..."), review)
        self.review_button.setToolTip(
            self.tr("The family's registered revisions: compare with the draft, prune, run once")
        )
        self.review_button.clicked.connect(self.show_revisions)
        if not place_after(aws_ui.register_panel.register_button, self.review_button):
            review.layout().addWidget(self.review_button)
        # "N changes since revision M", above the JSON, once the draft came from the account.
        self.review_changes = ReviewChanges(window.controller, aws_ui.account, review)
        if not place_after(review.export_note, self.review_changes):
            review.layout().addWidget(self.review_changes)
        aws_ui.draft_pulled.connect(self._pulled)
        aws_ui.register_flow.registered.connect(self.review_changes.set_registered)

    def _pulled(self, pulled: Pulled) -> None:
        family = pulled.document.get("family", "")
        self.review_changes.set_base(pulled.document, f"{family}:{pulled.revision}")

    @Slot()
    def show_revisions(self) -> RevisionsWindow | None:
        aws_ui = self.aws_ui
        if not aws_ui.account.is_connected and not aws_ui.connect_account():
            return None
        if self.window_ is None:
            # Imported on first use: the window's start-up never pays for it.
            from wizard.ui.revisions.revisions_window import RevisionsWindow

            window = aws_ui.window
            self.window_ = RevisionsWindow(
                aws_ui.account, aws_ui.open_pulled, window.controller.snapshot, window
            )
            family = window.controller.document.get("family")
            if isinstance(family, str):
                # Chosen when the families arrive, if the account has it.
                self.window_.family = family
        self.window_.show()
        self.window_.raise_()
        self.window_.activateWindow()
        return self.window_


def install_revisions_ui(aws_ui: Any) -> RevisionsUi:
    return RevisionsUi(aws_ui)
