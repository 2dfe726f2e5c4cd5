"""A filterable list of things in the account, loaded in a worker, to pick one from.

Subclasses give the loader (a function of the gateway, run off the GUI thread)
and may add action buttons (create a role, create a log group...) that run
their own jobs through :meth:`PickerDialog.run`. The filter works on the loaded
items, so typing never waits on the network.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.services.errors import AwsError
from wizard.services.gateway import Boto3EcsGateway
from wizard.ui.aws.account import AccountState, submit_with_gateway
from wizard.ui.aws.busy import BusyBar
from wizard.ui.aws.list_filter import filter_list, shown_texts
from wizard.ui.jobs import Job

DATA = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PickItem:
    """One row: what the list shows, what picking it returns, a tooltip."""

    label: str
    value: Any
    detail: str = ""


Loader = Callable[[Boto3EcsGateway], list[PickItem]]
GatewayCall = Callable[[Boto3EcsGateway], Any]


class PickerDialog(QDialog):
    def __init__(
        self,
        account: AccountState,
        title: str,
        intro: str,
        parent: QWidget | None = None,
        *,
        load_now: bool = True,
    ) -> None:
        super().__init__(parent)
        self.account = account
        self.value: Any = None
        self._jobs: set[Job] = set()
        self.setWindowTitle(title)
        self.resize(560, 420)
        self.column = QVBoxLayout(self)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.column.addWidget(self.intro)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter"))
        self.filter_edit.setAccessibleName(self.tr("Filter the list"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.column.addWidget(self.filter_edit)
        self.items = QListWidget(self)
        self.items.setAccessibleName(title)
        self.items.itemActivated.connect(lambda _item: self.choose_current())
        self.items.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.column.addWidget(self.items, 1)
        self.action_row = QHBoxLayout()
        self.column.addLayout(self.action_row)
        self.busy = BusyBar(title, self)
        self.busy.cancel_requested.connect(self.cancel_jobs)
        self.busy.offer_retry(self.reload)  # after a network or login failure
        self.column.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.use_button = QPushButton(self.tr("Use"), self)
        self.use_button.setAccessibleName(self.tr("Use the selected item"))
        self.use_button.setDefault(True)
        self.buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.clicked.connect(self.choose_current)
        self.buttons.rejected.connect(self.reject)
        self.column.addWidget(self.buttons)
        self._update_buttons()
        if load_now:
            self.reload()

    # --- loading ----------------------------------------------------------------------
    def loader(self) -> Loader:
        raise NotImplementedError

    def empty_text(self) -> str:
        return self.tr("Nothing found in this account and region.")

    @Slot()
    def reload(self, select: Any = None) -> None:
        self.run(self.loader(), lambda items: self.show_items(items, select), self.tr("Loading..."))

    def show_items(self, items: list[PickItem], select: Any = None) -> None:
        self.items.clear()
        for pick in items:
            item = QListWidgetItem(pick.label)
            item.setData(DATA, pick.value)
            item.setToolTip(pick.detail or pick.label)
            self.items.addItem(item)
        self.apply_filter()
        if select is not None:
            self.select_value(select)
        if not items:
            self.busy.finish(self.empty_text(), "info")

    def select_value(self, value: Any) -> None:
        for row in range(self.items.count()):
            if self.items.item(row).data(DATA) == value:
                self.items.setCurrentRow(row)
                return

    @Slot()
    def apply_filter(self) -> None:
        filter_list(self.items, self.filter_edit.text())
        self._update_buttons()

    def labels(self) -> list[str]:
        """The shown rows' texts (tests and screen readers see the same)."""
        return shown_texts(self.items)

    # --- jobs ---------------------------------------------------------------------------
    def run(self, call: GatewayCall, on_result: Callable[[Any], None], text: str) -> None:
        """Run ``call(gateway)`` in a worker; the gateway is taken here, on the GUI thread."""
        job = submit_with_gateway(
            self.account,
            call,
            on_result=on_result,
            on_error=self.failed,
            on_finished=self._finished,
            owner=self,
        )
        if job is None:  # disconnected meanwhile
            return
        self._jobs.add(job)
        self.busy.start(text)
        self._update_buttons()

    def _finished(self, job: Job) -> None:
        self._jobs.discard(job)
        if not self._jobs and self.busy.busy:
            self.busy.finish()
        self._update_buttons()

    def failed(self, error: AwsError) -> None:
        self.busy.show_error(error)

    @Slot()
    def cancel_jobs(self) -> None:
        for job in self._jobs:
            job.cancel()
        self._jobs.clear()
        if self.busy.busy:
            self.busy.finish(self.tr("Cancelled."), "warning")
        self._update_buttons()

    @property
    def working(self) -> bool:
        return bool(self._jobs)

    # --- choosing ----------------------------------------------------------------------
    def add_action(self, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        self.action_row.addWidget(button)
        return button

    def _update_buttons(self) -> None:
        item = self.items.currentItem()
        self.use_button.setEnabled(item is not None and not item.isHidden() and not self.working)

    @Slot()
    def choose_current(self) -> None:
        item = self.items.currentItem()
        if item is not None and not item.isHidden() and not self.working:
            self.choose(item.data(DATA))

    def choose(self, value: Any) -> None:
        self.value = value
        self.accept()

    def reject(self) -> None:
        self.cancel_jobs()
        super().reject()

    def result_value(self) -> Any:
        """Run modally; the chosen value or None. Deletes the dialog afterwards."""
        self.exec()
        self.deleteLater()
        return self.value
