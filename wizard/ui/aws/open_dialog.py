"""Account > Open from account...: a family, one of its revisions, then Open.

Families load once (ACTIVE ones, up to the gateway's cap) and the filter box
narrows them locally, so typing never waits on the network. Choosing a family
loads its ACTIVE revisions, newest first. Open pulls the revision in a worker:
describe, read-only members stripped, tags kept. The caller puts the result in
the draft as the start of the family's next revision.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.services.errors import AwsError
from wizard.services.gateway import Boto3EcsGateway, Registered
from wizard.services.pull import Pulled, pull
from wizard.ui.aws.account import AccountState, submit_with_gateway
from wizard.ui.aws.busy import BusyBar, PurposeJobs
from wizard.ui.aws.family_columns import family_columns
from wizard.ui.aws.list_filter import filter_list, shown_texts
from wizard.ui.aws.picker_dialog import DATA


class OpenFromAccountDialog(QDialog):
    def __init__(self, account: AccountState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.pulled: Pulled | None = None
        self.setWindowTitle(self.tr("Open from account"))
        self.setObjectName("openFromAccountDialog")
        self.resize(640, 440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Open a registered revision as the draft of the family's next revision. "
                "Read-only members are removed; tags are kept."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = family_columns(
            self, lambda: QListWidget(self), self.tr("&Revisions (newest first)")
        )
        self.filter_edit, self.families = columns.filter_edit, columns.families
        self.revisions = columns.revisions
        layout.addLayout(columns.grid, 1)
        self.busy = BusyBar(self.tr("Open from account"), self)
        self._jobs = PurposeJobs(self.busy, on_change=self._update_open)
        self.busy.cancel_requested.connect(self.cancel_jobs)
        self.busy.offer_retry(self.retry)
        # The call that failed last, for Retry: (purpose, call, on_result, text).
        self._failed_call: tuple[str, Callable[[Boto3EcsGateway], Any], Any, str] | None = None
        layout.addWidget(self.busy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Reload the families"))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected revision"))
        self.open_button.setEnabled(False)
        self.open_button.setDefault(True)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.families.currentItemChanged.connect(self._family_chosen)
        self.revisions.currentItemChanged.connect(self._update_open)
        self.revisions.itemActivated.connect(lambda _item: self.open_selected())
        self.refresh_button.clicked.connect(self.load_families)
        self.open_button.clicked.connect(self.open_selected)
        self.load_families()

    # --- jobs ---------------------------------------------------------------------
    def _run(
        self,
        purpose: str,
        call: Callable[[Boto3EcsGateway], Any],
        on_result: Callable[[Any], None],
        text: str,
    ) -> None:
        self._jobs.replace(purpose)
        self._failed_call = None
        job = submit_with_gateway(
            self.account,
            call,
            on_result=on_result,
            on_error=lambda error: self._failed(error, (purpose, call, on_result, text)),
            on_finished=lambda job: self._jobs.finished(purpose, job),
            owner=self,
        )
        if job is None:  # disconnected meanwhile
            return
        self._jobs.started(purpose, job, text)

    def _failed(
        self,
        error: AwsError,
        attempt: tuple[str, Callable[[Boto3EcsGateway], Any], Any, str] | None = None,
    ) -> None:
        self.cancel_jobs()
        self._failed_call = attempt
        # Nothing was opened: the draft in the window is untouched until Open succeeds.
        self.busy.show_error(error, retry=attempt is not None and error.retryable)

    @Slot()
    def retry(self) -> None:
        """Run the call that failed last again (Retry on the status line)."""
        if self._failed_call is None:
            return
        purpose, call, on_result, text = self._failed_call
        self._run(purpose, call, on_result, text)

    @Slot()
    def cancel_jobs(self) -> None:
        self._jobs.cancel_all(self.tr("Cancelled."))

    # --- families -----------------------------------------------------------------
    @Slot()
    def load_families(self) -> None:
        self._run(
            "families",
            lambda gateway: gateway.list_task_definition_families(),
            self._show_families,
            self.tr("Loading task definition families..."),
        )

    def _show_families(self, families: list[str]) -> None:
        self.families.clear()
        self.families.addItems(families)
        self.apply_filter()
        if not families:
            self.busy.finish(self.tr("This account and region have no ACTIVE families."), "info")

    @Slot()
    def apply_filter(self) -> None:
        filter_list(self.families, self.filter_edit.text())

    def visible_families(self) -> list[str]:
        return shown_texts(self.families)

    # --- revisions ----------------------------------------------------------------
    def _family_chosen(
        self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None
    ) -> None:
        self.revisions.clear()
        if item is None:
            self._update_open()
            return
        family = item.text()
        self._run(
            "revisions",
            lambda gateway: gateway.list_task_definitions(family),
            self._show_revisions,
            self.tr("Loading the revisions of {0}...").format(family),
        )

    def _show_revisions(self, revisions: list[Registered]) -> None:
        self.revisions.clear()
        for revision in revisions:
            item = QListWidgetItem(self.tr("Revision {0}").format(revision.revision))
            item.setData(DATA, f"{revision.family}:{revision.revision}")
            item.setToolTip(revision.arn)
            self.revisions.addItem(item)
        if self.revisions.count():
            self.revisions.setCurrentRow(0)

    def selected_reference(self) -> str | None:
        item = self.revisions.currentItem()
        return str(item.data(DATA)) if item is not None else None

    def _update_open(self, *_args: object) -> None:
        self.open_button.setEnabled(
            self.selected_reference() is not None and "pull" not in self._jobs
        )

    # --- opening ------------------------------------------------------------------
    @Slot()
    def open_selected(self) -> None:
        reference = self.selected_reference()
        if reference is None or "pull" in self._jobs:
            return
        self._run(
            "pull",
            lambda gateway: pull(gateway, reference),
            self._pulled,
            self.tr("Opening {0}...").format(reference),
        )

    def _pulled(self, pulled: Pulled) -> None:
        self.pulled = pulled
        self.accept()

    def reject(self) -> None:
        self.cancel_jobs()
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, account: AccountState) -> Pulled | None:
        """The pulled revision, or None when the user cancelled."""
        dialog = cls(account, parent)
        dialog.exec()
        dialog.deleteLater()  # parented to the window: would otherwise live as long as it
        return dialog.pulled
