"""Account > Revisions...: the families, the revisions of one, where each is used.

Actions on the selected revision: Open (as the draft of the next revision),
Compare with… (another revision), Compare with the draft, Deregister, Delete,
Prune… and Run once…. Every AWS call runs in the window's job runner; the list
is loaded with its uses (services in every cluster, running tasks), so a
revision in use cannot be deregistered or deleted from here: the button is
disabled and says why. Deregister and Delete ask first, naming the revision.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.text.plural import plural
from wizard.services.errors import AwsError
from wizard.services.gateway import Boto3EcsGateway
from wizard.services.pull import Pulled, pull
from wizard.services.revisions.account import RevisionAccount
from wizard.services.revisions.history import Revision, family_history, uses_text
from wizard.services.revisions.prune import (
    DELETE,
    DEREGISTER,
    PlanItem,
    PrunePlan,
    PruneReport,
    execute_prune,
)
from wizard.ui.aws.account import AccountState
from wizard.ui.aws.busy import BusyBar, PurposeJobs, error_text
from wizard.ui.aws.family_columns import family_columns
from wizard.ui.aws.list_filter import filter_list
from wizard.ui.aws.messages import Confirm
from wizard.ui.jobs import CancelToken
from wizard.ui.revisions.compare_view import CompareDialog
from wizard.ui.revisions.revision_jobs import RevisionCall, submit_revision_call

REVISION, STATUS, REGISTERED, IMAGES, USED_BY = range(5)
_ROLE = Qt.ItemDataRole.UserRole


def _gateway(clients: RevisionAccount) -> Boto3EcsGateway:
    return Boto3EcsGateway(
        clients.ecs, profile=clients.call.profile, endpoint_url=clients.call.endpoint_url
    )


class RevisionsWindow(QDialog):
    """Non-modal: the main window stays usable beside it.

    ``open_pulled`` puts a pulled revision into the draft; ``draft`` returns the draft.
    """

    def __init__(
        self,
        account: AccountState,
        open_pulled: Callable[[Pulled], None],
        draft: Callable[[], dict[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.account = account
        self._open_pulled = open_pulled
        self._draft = draft
        self.history: list[Revision] = []
        self.family = ""
        self.compare_dialog: CompareDialog | None = None
        self._note: tuple[str, str] | None = None  # (text, severity) after a change
        self.setObjectName("revisionsWindow")
        self.setWindowTitle(self.tr("Revisions"))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        columns = family_columns(
            self,
            lambda: QTreeWidget(self),
            self.tr("&Revisions (newest first) and where they are used"),
        )
        self.filter_edit, self.families = columns.filter_edit, columns.families
        self.revisions = columns.revisions
        self.revisions.setRootIsDecorated(False)
        self.revisions.setHeaderLabels(
            [
                self.tr("Revision"),
                self.tr("Status"),
                self.tr("Registered (UTC)"),
                self.tr("Images"),
                self.tr("Used by"),
            ]
        )
        # Revision, status and date as wide as their titles and values (the
        # date was cut off in Chinese at the default width); image lists can be long,
        # so Images keeps a width the user can drag, and "Used by" takes the rest.
        header = self.revisions.header()
        for column in (REVISION, STATUS, REGISTERED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        columns.grid.setColumnStretch(0, 1)
        columns.grid.setColumnStretch(1, 4)
        layout.addLayout(columns.grid, 1)
        actions = QHBoxLayout()
        self.open_button = self._button(actions, self.tr("Open"), self.open_selected)
        self.compare_button = self._button(actions, self.tr("Compare with…"), self.compare_other)
        self.draft_button = self._button(
            actions, self.tr("Compare with the draft"), self.compare_draft
        )
        self.deregister_button = self._button(actions, self.tr("Deregister…"), self.deregister)
        self.delete_button = self._button(actions, self.tr("Delete…"), self.delete)
        self.prune_button = self._button(actions, self.tr("Prune…"), self.prune)
        self.run_button = self._button(actions, self.tr("Run once…"), self.run_once)
        actions.addStretch(1)
        self.refresh_button = self._button(actions, self.tr("Refresh"), self.load_families)
        layout.addLayout(actions)
        self.busy = BusyBar(self.tr("Revisions"), self)
        self._jobs = PurposeJobs(self.busy, on_change=self._update_actions)
        self.busy.cancel_requested.connect(self.cancel_jobs)
        layout.addWidget(self.busy)
        self.filter_edit.textChanged.connect(lambda text: filter_list(self.families, text))
        self.families.currentItemChanged.connect(self._family_chosen)
        self.revisions.currentItemChanged.connect(lambda *_: self._update_actions())
        self._update_actions()
        self.load_families()

    def _button(self, row: QHBoxLayout, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # --- jobs -----------------------------------------------------------------------
    def _run(
        self, purpose: str, call: RevisionCall, on_result: Callable[[Any], None], text: str
    ) -> None:
        self._jobs.replace(purpose)
        job = submit_revision_call(
            self.account,
            call,
            on_result=on_result,
            on_error=self._failed,
            on_finished=lambda job: self._jobs.finished(purpose, job),
            owner=self,
            name=f"revisions-{purpose}",
        )
        if job is None:
            return
        self._jobs.started(purpose, job, text)

    def _failed(self, error: AwsError) -> None:
        self.cancel_jobs()
        self.busy.show_error(error)

    @Slot()
    def cancel_jobs(self) -> None:
        self._jobs.cancel_all(self.tr("Cancelled."))

    @property
    def busy_now(self) -> bool:
        return bool(self._jobs)

    # --- families and revisions -------------------------------------------------------
    @Slot()
    def load_families(self) -> None:
        self._run(
            "families",
            lambda clients, _t: _gateway(clients).list_task_definition_families(),
            self._show_families,
            self.tr("Loading task definition families..."),
        )

    def _show_families(self, families: list[str]) -> None:
        current = self.family
        self.families.clear()
        self.families.addItems(families)
        filter_list(self.families, self.filter_edit.text())
        matches = self.families.findItems(current, Qt.MatchFlag.MatchExactly) if current else []
        if matches:
            self.families.setCurrentItem(matches[0])

    def _family_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.revisions.clear()
        self.history = []
        self.family = item.text() if item is not None else ""
        self._update_actions()
        if item is not None:
            self.load_revisions()

    def load_revisions(self) -> None:
        family = self.family

        def call(clients: RevisionAccount, token: CancelToken) -> list[Revision]:
            token.check()
            return family_history(clients, family)

        self._run(
            "revisions",
            call,
            self._show_revisions,
            self.tr("Loading the revisions of {0} and where they are used...").format(family),
        )

    def _show_revisions(self, history: list[Revision]) -> None:
        self.history = history
        self.revisions.clear()
        for rev in history:
            used = uses_text(rev) if rev.in_use else self.tr("not in use")
            item = QTreeWidgetItem(
                [
                    str(rev.revision),
                    rev.status,
                    rev.registered_at.replace("T", " ")[:19],
                    ", ".join(rev.images),
                    used,
                ]
            )
            item.setData(REVISION, _ROLE, rev.arn)
            item.setToolTip(REVISION, rev.arn)
            item.setToolTip(USED_BY, used)
            if rev.registered_by:
                item.setToolTip(REGISTERED, self.tr("by {0}").format(rev.registered_by))
            self.revisions.addTopLevelItem(item)
        for column in (REVISION, STATUS, REGISTERED, IMAGES):
            self.revisions.resizeColumnToContents(column)
        # Images as wide as they need, within reason; "Used by" takes the rest.
        self.revisions.setColumnWidth(IMAGES, min(self.revisions.columnWidth(IMAGES), 320))
        first = self.revisions.topLevelItem(0)
        if first is not None:
            self.revisions.setCurrentItem(first)
        note, self._note = self._note, None
        if note is not None:
            self.busy.finish(*note)
        else:
            count = plural(
                len(history), self.tr("{0}: {1} revision."), self.tr("{0}: {1} revisions.")
            ).format(self.family, len(history))
            self.busy.finish(count, "info")

    def selected(self) -> Revision | None:
        item = self.revisions.currentItem()
        if item is None:
            return None
        arn = item.data(REVISION, _ROLE)
        return next((r for r in self.history if r.arn == arn), None)

    def _update_actions(self) -> None:
        rev = self.selected()
        idle = not self.busy_now
        for button in (self.open_button, self.compare_button, self.draft_button):
            button.setEnabled(idle and rev is not None)
        self.run_button.setEnabled(idle and rev is not None and rev.status == "ACTIVE")
        self.prune_button.setEnabled(idle and bool(self.history))
        in_use = rev is not None and rev.in_use
        why = ""
        if rev is not None and rev.in_use:
            why = self.tr("In use by {0}: ECS still needs it.").format(uses_text(rev))
        self.deregister_button.setEnabled(
            idle and rev is not None and rev.status == "ACTIVE" and not in_use
        )
        self.delete_button.setEnabled(
            idle and rev is not None and rev.status == "INACTIVE" and not in_use
        )
        self.deregister_button.setToolTip(why or self.tr("Make the revision INACTIVE"))
        self.delete_button.setToolTip(
            why or self.tr("Delete an INACTIVE revision for good (DeleteTaskDefinitions)")
        )

    # --- open and compare -----------------------------------------------------------------
    @Slot()
    def open_selected(self) -> None:
        rev = self.selected()
        if rev is None:
            return
        self._run(
            "open",
            lambda clients, _t: pull(_gateway(clients), rev.arn),
            self._open_pulled,
            self.tr("Opening {0}...").format(f"{rev.family}:{rev.revision}"),
        )

    @Slot()
    def compare_other(self) -> None:
        rev = self.selected()
        if rev is None:
            return
        others = [f"{r.family}:{r.revision}" for r in self.history if r.arn != rev.arn]
        if not others:
            self.busy.finish(self.tr("The family has no other revision."), "info")
            return
        other, ok = QInputDialog.getItem(
            self,
            self.tr("Compare with…"),
            self.tr("Compare {0} with:").format(f"{rev.family}:{rev.revision}"),
            others,
            0,
            False,
        )
        if ok and other:
            self.compare_references(other, f"{rev.family}:{rev.revision}")

    def compare_references(self, before: str, after: str) -> None:
        """Compare two revisions (before → after), both described in a worker."""

        def call(
            clients: RevisionAccount, _t: CancelToken
        ) -> tuple[dict[str, Any], dict[str, Any]]:
            gateway = _gateway(clients)
            return gateway.describe_task_definition(before), gateway.describe_task_definition(after)

        self._run(
            "compare",
            call,
            lambda pair: self._show_compare(pair[0], pair[1], before, after),
            self.tr("Comparing {0} with {1}...").format(before, after),
        )

    @Slot()
    def compare_draft(self) -> None:
        rev = self.selected()
        if rev is None:
            return
        reference = f"{rev.family}:{rev.revision}"
        draft = self._draft()
        self._run(
            "compare",
            lambda clients, _t: _gateway(clients).describe_task_definition(rev.arn),
            lambda described: self._show_compare(described, draft, reference, self.tr("draft")),
            self.tr("Comparing {0} with the draft...").format(reference),
        )

    def _show_compare(
        self, before: dict[str, Any], after: dict[str, Any], before_name: str, after_name: str
    ) -> None:
        if self.compare_dialog is not None:
            self.compare_dialog.close()
            self.compare_dialog.deleteLater()
        self.compare_dialog = CompareDialog(before, after, before_name, after_name, self)
        self.compare_dialog.show()

    # --- deregister, delete, prune, run ---------------------------------------------------
    @Slot()
    def deregister(self) -> None:
        rev = self.selected()
        if rev is None or rev.in_use or rev.status != "ACTIVE":
            return
        name = f"{rev.family}:{rev.revision}"
        if not Confirm.ask(
            self,
            self.tr("Deregister {0}").format(name),
            self.tr(
                "Deregister {0}? It becomes INACTIVE: no new task or service can use it. "
                "Nothing uses it now."
            ).format(name),
            yes_text=self.tr("Deregister {0}").format(name),
        ):
            return
        self._change(rev, DEREGISTER, self.tr("Deregistering {0}...").format(name))

    @Slot()
    def delete(self) -> None:
        rev = self.selected()
        if rev is None or rev.in_use or rev.status != "INACTIVE":
            return
        name = f"{rev.family}:{rev.revision}"
        if not Confirm.ask(
            self,
            self.tr("Delete {0}").format(name),
            self.tr("Delete {0} for good? This cannot be undone.").format(name),
            yes_text=self.tr("Delete {0}").format(name),
        ):
            return
        self._change(rev, DELETE, self.tr("Deleting {0}...").format(name))

    def _change(self, rev: Revision, action: str, text: str) -> None:
        """One revision through the prune's own steps: the uses are looked at again
        first (the list may be minutes old), the call is made once, and the report
        says what happened."""
        plan = PrunePlan(rev.family, 1, action == DELETE, [PlanItem(rev, action, "")])
        self._run(
            "change",
            lambda clients, _t: execute_prune(clients, plan),
            lambda report: self._changed_report(rev, action, report),
            text,
        )

    def _changed_report(self, rev: Revision, action: str, report: PruneReport) -> None:
        name = f"{rev.family}:{rev.revision}"
        if report.skipped:
            self._changed(report.skipped[0][1], "warning")
        elif report.error is not None:
            self._changed(error_text(report.error), "error")
        elif report.failed:
            reason = report.failed[0][1]
            self._changed(self.tr("ECS did not delete {0}: {1}").format(name, reason), "error")
        elif action == DELETE:
            self._changed(self.tr("Deleted {0}.").format(name))
        else:
            self._changed(self.tr("Deregistered {0}.").format(name))

    def _changed(self, text: str, severity: str = "info") -> None:
        # Said once the list shows what is true now.
        self._note = (text, severity)
        self.load_revisions()

    @Slot()
    def prune(self) -> None:
        from wizard.ui.revisions.prune_dialog import PruneDialog

        if not self.history:
            return
        dialog = PruneDialog(self.account, self.family, self.history, self)
        dialog.finished.connect(lambda _code: self.load_revisions())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.prune_dialog = dialog

    @Slot()
    def run_once(self) -> None:
        from wizard.ui.revisions.run_dialog import RunOnceDialog

        rev = self.selected()
        if rev is None:
            return
        dialog = RunOnceDialog(self.account, rev.arn, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        self.run_dialog = dialog

    def reject(self) -> None:
        self.cancel_jobs()
        super().reject()
