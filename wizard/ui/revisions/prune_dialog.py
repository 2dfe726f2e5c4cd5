"""Prune…: the same plan as ``ecs-taskdef-wizard prune``, shown as a list to confirm.

The plan is made from the revisions and uses the Revisions window loaded; it
changes as the user sets how many to keep and whether to delete. Nothing is
changed until the user presses Prune and confirms the question naming the
counts. Carrying out looks at the uses again first (a revision that came into
use meanwhile is skipped) and runs in a worker; the report lists what was done,
what failed and what was not tried.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.text.plural import plural
from wizard.services.revisions.history import Revision
from wizard.services.revisions.prune import (
    KEEP,
    PrunePlan,
    PruneReport,
    execute_prune,
    plan_prune,
)
from wizard.ui.aws.account import AccountState
from wizard.ui.aws.busy import BusyBar
from wizard.ui.aws.messages import Confirm
from wizard.ui.jobs import Job
from wizard.ui.revisions.compare_view import REMOVED
from wizard.ui.revisions.revision_jobs import submit_revision_call
from wizard.ui.widgets.form_rows import FormRows

DEFAULT_KEEP = 5


class PruneDialog(QDialog):
    def __init__(
        self,
        account: AccountState,
        family: str,
        history: list[Revision],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.account = account
        self.family = family
        self.history = history
        self.report: PruneReport | None = None
        self._job: Job | None = None
        self.setObjectName("pruneDialog")
        self.setWindowTitle(self.tr("Prune {0}").format(family))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Deregister the ACTIVE revisions older than the newest ones you keep, unless a "
                "service (in any cluster, any deployment) or a running task uses them. "
                "Revisions in use are never touched."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = FormRows(label_width=0)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(1, 10_000)
        self.keep_spin.setValue(DEFAULT_KEEP)
        self.keep_spin.setMaximumWidth(120)
        form.field(self.tr("&Keep the newest"), self.keep_spin)
        self.delete_check = QCheckBox(self.tr("Also &delete INACTIVE revisions"), self)
        form.field("", self.delete_check)
        layout.addLayout(form.layout)
        self.plan_tree = QTreeWidget(self)
        self.plan_tree.setAccessibleName(self.tr("The plan: what happens to each revision"))
        self.plan_tree.setRootIsDecorated(False)
        self.plan_tree.setHeaderLabels([self.tr("Revision"), self.tr("Status"), self.tr("Plan")])
        layout.addWidget(self.plan_tree, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("pruneSummary")
        layout.addWidget(self.summary)
        self.report_view = QPlainTextEdit(self)
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(self.tr("What the prune did"))
        self.report_view.hide()
        layout.addWidget(self.report_view)
        self.busy = BusyBar(self.tr("Prune"), self)
        layout.addWidget(self.busy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.prune_button = QPushButton(self.tr("Prune…"), self)
        buttons.addButton(self.prune_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.keep_spin.valueChanged.connect(self.refresh_plan)
        self.delete_check.toggled.connect(self.refresh_plan)
        self.prune_button.clicked.connect(self.carry_out)
        self.plan: PrunePlan = plan_prune(family, history, DEFAULT_KEEP, False)
        self.refresh_plan()

    @Slot()
    def refresh_plan(self) -> None:
        self.plan = plan_prune(
            self.family, self.history, self.keep_spin.value(), self.delete_check.isChecked()
        )
        self.plan_tree.clear()
        for item in self.plan.items:
            rev = item.revision
            row = QTreeWidgetItem([str(rev.revision), rev.status, item.reason])
            row.setToolTip(2, item.reason)
            if item.action != KEEP:
                for column in range(3):
                    row.setBackground(column, QBrush(REMOVED))
            row.setData(0, Qt.ItemDataRole.UserRole, item.action)
            self.plan_tree.addTopLevelItem(row)
        self.plan_tree.resizeColumnToContents(0)
        self.plan_tree.resizeColumnToContents(1)
        n, m = len(self.plan.to_deregister), len(self.plan.to_delete)
        self.summary.setText(
            self.tr("To deregister: {0}; to delete: {1}.").format(n, m)
            if not self.plan.empty
            else self.tr("Nothing to do with these settings.")
        )
        self.prune_button.setEnabled(not self.plan.empty and self._job is None)

    def planned(self) -> dict[int, str]:
        """Revision number → planned action (for tests and the summary)."""
        return {i.revision.revision: i.action for i in self.plan.items}

    @Slot()
    def carry_out(self) -> None:
        plan = self.plan
        if plan.empty or self._job is not None:
            return
        n, m = len(plan.to_deregister), len(plan.to_delete)
        if not Confirm.ask(
            self,
            self.tr("Prune {0}").format(self.family),
            self.tr("Deregister {0} and delete {1} of {2}, as listed?").format(
                self._revisions(n), self._revisions(m), self.family
            ),
            self.tr("Revisions that came into use since the list was loaded are skipped."),
            yes_text=self.tr("Prune"),
        ):
            return
        self._job = submit_revision_call(
            self.account,
            lambda clients, _t: execute_prune(clients, plan),
            on_result=self._done,
            on_error=self.busy.show_error,
            on_finished=self._finished,
            owner=self,
            name="prune",
        )
        if self._job is not None:
            self.busy.start(self.tr("Pruning {0}...").format(self.family), cancellable=False)
            self.prune_button.setEnabled(False)
            self.keep_spin.setEnabled(False)
            self.delete_check.setEnabled(False)

    def _revisions(self, count: int) -> str:
        """ "1 revision", "3 revisions": each count of the confirmation names its noun."""
        return plural(count, self.tr("{0} revision"), self.tr("{0} revisions")).format(count)

    def _finished(self, job: Job) -> None:
        if self._job is job:
            self._job = None

    def _done(self, report: PruneReport) -> None:
        self.report = report
        lines = [
            self.tr("Deregistered: {0}; deleted: {1}.").format(
                len(report.deregistered), len(report.deleted)
            )
        ]
        lines += [self.tr("Deregistered {0}").format(a) for a in report.deregistered]
        lines += [self.tr("Deleted {0}").format(a) for a in report.deleted]
        lines += [self.tr("Skipped {0}: {1}").format(a, why) for a, why in report.skipped]
        lines += [self.tr("Failed {0}: {1}").format(a, why) for a, why in report.failed]
        if report.uncertain:
            lines.append(
                self.tr("The answer for {0} was lost: it may have been carried out.").format(
                    report.uncertain
                )
            )
        if report.not_attempted:
            lines.append(self.tr("Not attempted: {0}").format(", ".join(report.not_attempted)))
        self.report_view.setPlainText("\n".join(lines))
        self.report_view.show()
        if report.error is not None:
            self.busy.show_error(report.error, self.tr("The prune stopped; see the list above."))
        elif report.failed:
            self.busy.finish(self.tr("Done, but ECS refused some deletions."), "warning")
        else:
            self.busy.finish(self.tr("Done."), "ok")
