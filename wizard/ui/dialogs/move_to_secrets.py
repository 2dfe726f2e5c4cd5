"""The one-click fix for a secret in a plain-text environment variable.

The container editor (a button under the variables and the table's context
menu) and the findings list (for ``environment-secret-value``) open
:class:`MoveToSecretsDialog`. It shows the variable's name, never its value,
proposes a ``valueFrom`` (``wizard.domain.edits.secret_move.suggest_value_from``)
and applies the move through the controller as one undoable step.

With an AWS account connected it can also store the value first (SSM
SecureString or Secrets Manager, in a worker through the account's job
runner); the ARN AWS returns becomes the ``valueFrom``. A failed store leaves
the dialog open and the draft untouched. Without a connection it offers to copy
the value to the clipboard, so the user can create the parameter themselves.

The AWS modules are imported when needed, not with this module: the review
page imports it, and the first page must not wait for boto3.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.edits.secret_move import (
    PARAMETER_STORE,
    SECRETS_MANAGER,
    EnvironmentEntry,
    SecretMoveError,
    account_from_document,
    execution_role_missing,
    find_entry,
    move_to_secrets,
    occurrences,
    region_from_document,
    resource_name,
    suggest_value_from,
)
from wizard.domain.findings import Finding
from wizard.domain.placeholders import find_placeholder
from wizard.services.errors import AwsError
from wizard.ui.draft.controller import DraftController
from wizard.ui.widgets.field_row import set_severity
from wizard.ui.widgets.form_rows import FormRows

if TYPE_CHECKING:
    from wizard.services.secret_store import StoredSecret
    from wizard.ui.aws.account import AccountState
    from wizard.ui.jobs import Job
    from wizard.ui.widgets.findings_list import FindingsList

FIX_RULE = "environment-secret-value"
COPIED_FEEDBACK_MS = 2000
# /containerDefinitions/<i>/environment/<j>[/name|/value]
_ENTRY_POINTER = re.compile(r"^/containerDefinitions/(\d+)/environment/(\d+)(?:/.*)?$")

RegionSource = Callable[[], str]


def entry_of_pointer(ptr: str) -> tuple[int, int] | None:
    """(container index, environment index) of a pointer into an environment entry."""
    m = _ENTRY_POINTER.match(ptr)
    return (int(m.group(1)), int(m.group(2))) if m else None


def find_account(widget: QWidget) -> AccountState | None:
    """The account of the window ``widget`` is in, when the AWS features are installed.

    ``install_aws_ui`` keeps them on the main window as ``aws_ui``; a page or
    dialog shown without a main window (tests, the page alone) has no account.
    The parents are walked rather than asking ``window()``: the embedded wizard
    is a QDialog, which may count as a window of its own.
    """
    node: QWidget | None = widget
    while node is not None:
        ui = getattr(node, "aws_ui", None)
        if ui is not None:
            return getattr(ui, "account", None)
        node = node.parentWidget()
    return None


def _environment_region() -> str:
    from wizard.ui.container_editor.context import environment_region

    return environment_region()


class MoveToSecretsDialog(QDialog):
    """Move one environment variable into ``secrets``; see the module docstring.

    ``account`` is the window's account (connected or not), None without the AWS
    features. The suggested ARN uses the connected account's Region, else the
    Region the draft names, else ``region``, else the environment's.
    """

    def __init__(
        self,
        controller: DraftController,
        container: int,
        entry: int | str,
        *,
        account: AccountState | None = None,
        region: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.account = account
        # Raises SecretMoveError for an entry that is not there: callers check first.
        self.entry: EnvironmentEntry = find_entry(controller.document, container, entry)
        self.applied = False
        self._job: Job | None = None
        self._suggested = ""
        self._region = region
        self.setWindowTitle(self.tr("Move {0} to secrets").format(self.entry.name))
        self.setObjectName("moveToSecretsDialog")
        # No fixed minimum width: the layout's own minimum (the valueFrom field is as
        # wide as a whole ARN) must hold, and a width set here would override it and
        # let the rows overlap on a small screen.
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The value of {0} is plain text in the task definition, visible to anyone who "
                "can describe it. As a secret, ECS reads it from AWS when the task starts and "
                "puts it in the same environment variable."
            ).format(self.entry.name),
            self,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        column.addLayout(self._build_form())
        self.placeholder_note = self._note(column, self.tr("About the placeholders"))
        self.role_note = self._note(column, self.tr("About the task execution role"))
        self.elsewhere_note = self._note(column, self.tr("Where else the value appears"))
        self._build_store_row(column)
        self.error_note = self._note(column, self.tr("Why the move cannot be made"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.move_button = QPushButton(self.tr("Move to secrets"), self)
        self.move_button.setAccessibleName(self.tr("Move the variable to secrets"))
        self.move_button.setDefault(True)
        self.buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.move_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self._suggest()
        self._show_elsewhere()

    # --- building -------------------------------------------------------------------
    def _build_form(self) -> QFormLayout:
        form = FormRows(label_width=0)
        self.name_label = QLabel(self.entry.name, self)
        self.name_label.setAccessibleName(self.tr("Variable name"))
        form.field(self.tr("Variable:"), self.name_label)
        # The value is never shown: only that it exists and how long it is.
        self.value_label = QLabel(
            self.tr("hidden ({0} characters)").format(len(self.entry.value)), self
        )
        self.value_label.setAccessibleName(self.tr("Value (hidden)"))
        form.field(self.tr("Value:"), self.value_label)
        self.store_combo = QComboBox(self)
        self.store_combo.addItem(self.tr("SSM Parameter Store (SecureString)"), PARAMETER_STORE)
        self.store_combo.addItem(self.tr("AWS Secrets Manager"), SECRETS_MANAGER)
        self.store_combo.currentIndexChanged.connect(lambda _i: self._suggest())
        form.field(self.tr("Keep it in:"), self.store_combo)
        self.value_from_edit = QLineEdit(self)
        # Wide enough for a whole parameter ARN, so nobody edits half of one unseen.
        self.value_from_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 96))
        self.value_from_edit.setToolTip(
            self.tr(
                "The ARN of the SSM parameter or Secrets Manager secret ECS reads the value "
                "from; a parameter's name works in the task's own Region."
            )
        )
        self.value_from_edit.textChanged.connect(lambda _t: self._update_notes())
        # The caption of the secrets table's column, so the dialog and the table agree.
        form.field(self.tr("Secrets Manager or SSM parameter ARN:"), self.value_from_edit)
        return form.layout

    def _build_store_row(self, column: QVBoxLayout) -> None:
        self.store_check = QCheckBox(self.tr("Also store the value in AWS now"), self)
        self.store_check.setToolTip(
            self.tr(
                "Create the parameter or secret in the connected account with this value "
                "(an existing one is never overwritten); the secret then reads it from its ARN."
            )
        )
        self.store_check.toggled.connect(lambda _on: self._update_notes())
        column.addWidget(self.store_check)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy the value"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the value to the clipboard"))
        self.copy_button.clicked.connect(self.copy_value)
        row.addWidget(self.copy_button)
        self.copy_hint = QLabel(self)
        self.copy_hint.setObjectName("fieldHint")
        self.copy_hint.setWordWrap(True)
        self.copy_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.copy_hint, 1)
        column.addLayout(row)
        from wizard.ui.aws.busy import BusyBar  # the AWS package loads on first use

        self.busy = BusyBar(self.tr("Storing the value"), self)
        self.busy.cancel_requested.connect(self.cancel_store)
        column.addWidget(self.busy)
        connected = self.connected
        self.store_check.setVisible(connected)
        self.copy_button.setVisible(not connected)
        self.copy_hint.setVisible(not connected)
        self._copied = QTimer(self)
        self._copied.setSingleShot(True)
        self._copied.timeout.connect(lambda: self.copy_button.setText(self.tr("Copy the value")))

    def _note(self, column: QVBoxLayout, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName("statusNote")
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.hide()
        column.addWidget(label)
        return label

    # --- state ------------------------------------------------------------------------
    @property
    def connected(self) -> bool:
        return self.account is not None and self.account.is_connected

    @property
    def store_kind(self) -> str:
        return str(self.store_combo.currentData())

    @property
    def value_from(self) -> str:
        return self.value_from_edit.text().strip()

    @property
    def storing(self) -> bool:
        return self._job is not None

    def _suggest(self) -> None:
        """Propose a valueFrom for the chosen store, unless the user typed their own."""
        if self.value_from_edit.text() not in ("", self._suggested):
            self._update_notes()
            return
        doc = self.controller.document
        containers = doc.get("containerDefinitions")
        container = containers[self.entry.container] if isinstance(containers, list) else {}
        container_name = container.get("name") if isinstance(container, dict) else ""
        family = doc.get("family")
        self._suggested = suggest_value_from(
            family if isinstance(family, str) else "",
            container_name if isinstance(container_name, str) else "",
            self.entry.name,
            self._suggested_region(doc),
            account_from_document(doc),
            self.store_kind,
        )
        self.value_from_edit.setText(self._suggested)
        self._update_notes()

    def _suggested_region(self, doc: dict[str, Any]) -> str:
        # Where a stored value would go first, then where the draft says the task runs.
        if self.connected and self.account is not None and self.account.region:
            return self.account.region
        return region_from_document(doc) or self._region or _environment_region()

    def _update_notes(self) -> None:
        tokens: list[str] = []  # every placeholder, so none is left unsaid
        rest = self.value_from
        while token := find_placeholder(rest):
            tokens.append(token)
            rest = rest.replace(token, "", 1)
        placeholder = ""
        if tokens and not (self.connected and self.store_check.isChecked()):
            placeholder = self.tr(
                "Replace {0} in the parameter ARN with the real value. Until then the draft is "
                "flagged and cannot be registered."
            ).format(", ".join(tokens))
        self._show(self.placeholder_note, placeholder, "warning")
        if execution_role_missing(self.controller.document):
            role = self.tr(
                "This task definition has no task execution role (executionRoleArn). ECS needs "
                "one to read secrets: after the move the findings report it until you set a role "
                "that may call ssm:GetParameters or secretsmanager:GetSecretValue (and "
                "kms:Decrypt for a customer managed key)."
            )
            self._show(self.role_note, role, "warning")
        else:
            role = self.tr(
                "The task execution role must be allowed to read it (ssm:GetParameters or "
                "secretsmanager:GetSecretValue, and kms:Decrypt for a customer managed key)."
            )
            self._show(self.role_note, role, "info")
        name = resource_name(self.value_from, self.store_kind) or self.value_from
        if self.store_kind == PARAMETER_STORE:
            hint = self.tr(
                "No AWS account is connected. Create the SecureString parameter {0} yourself "
                "(Systems Manager console or 'aws ssm put-parameter'), pasting the copied value."
            ).format(name)
        else:
            hint = self.tr(
                "No AWS account is connected. Create the secret {0} yourself (Secrets Manager "
                "console or 'aws secretsmanager create-secret'), pasting the copied value."
            ).format(name)
        self.copy_hint.setText(hint)

    def _show_elsewhere(self) -> None:
        """Say where else the value sits: the move takes it out of this variable only."""
        doc = self.controller.document
        variables = self.controller.get(f"/containerDefinitions/{self.entry.container}/environment")
        moved = {
            f"/containerDefinitions/{self.entry.container}/environment/{i}/value"
            for i, item in enumerate(variables if isinstance(variables, list) else [])
            if isinstance(item, dict) and item.get("name") == self.entry.name
        }
        others = [p for p in occurrences(doc, self.entry.value) if p not in moved]
        text = ""
        if others:
            text = self.tr(
                "The same value also appears at {0}; the move does not change those places."
            ).format(", ".join(others))
        self._show(self.elsewhere_note, text, "warning")

    def _show(self, label: QLabel, text: str, severity: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        set_severity(label, severity)

    def _set_working(self, working: bool) -> None:
        for widget in (self.store_combo, self.value_from_edit, self.store_check, self.move_button):
            widget.setEnabled(not working)

    # --- actions ------------------------------------------------------------------------
    @Slot()
    def copy_value(self) -> None:
        """The value to the clipboard, so the user can create the parameter themselves."""
        QGuiApplication.clipboard().setText(self.entry.value)
        self.copy_button.setText(self.tr("Copied"))
        self._copied.start(COPIED_FEEDBACK_MS)

    @Slot()
    def apply(self) -> None:
        """Store the value first when asked to, then move; problems keep the dialog open."""
        if self.storing:
            return
        self._show(self.error_note, "", "error")
        if self._moved_document() is None:  # check before creating anything in AWS
            return
        if self.connected and self.store_check.isChecked():
            self._start_store()
        else:
            self._finish()

    def _moved_document(self) -> dict[str, Any] | None:
        doc = self.controller.document
        entry: int | str = self.entry.index
        try:
            same = find_entry(doc, self.entry.container, entry).name == self.entry.name
        except SecretMoveError:
            same = False
        if not same:
            entry = self.entry.name  # the list changed under the dialog: find it by name
        try:
            return move_to_secrets(doc, self.entry.container, entry, self.value_from)
        except SecretMoveError as exc:
            self._show(self.error_note, self._error_text(exc), "error")
            return None

    def _error_text(self, exc: SecretMoveError) -> str:
        if exc.kind == "secret-exists":
            return self.tr(
                "The container already has a secret {0}, read from {1}. Remove or rename that "
                "secret first, or use the same parameter ARN."
            ).format(exc.name, exc.existing)
        if exc.kind == "no-value-from":
            return self.tr("Fill in the ARN or name of the parameter or secret.")
        if exc.kind == "secrets-not-a-list":
            return self.tr("The container's secrets are not a list; fix them in the JSON first.")
        return self.tr("The variable is no longer in the container; close this and try again.")

    def _finish(self) -> None:
        moved = self._moved_document()
        if moved is None:
            return
        self.controller.replace_document(
            moved, self.tr("Move {0} to secrets").format(self.entry.name)
        )
        self.applied = True
        self.accept()

    def _start_store(self) -> None:
        from wizard.services.secret_store import secret_store_for

        connection = self.account.connection if self.account is not None else None
        if self.account is None or connection is None:  # disconnected while the dialog was open
            self.busy.show_error(
                AwsError("not-connected", self.tr("No AWS account is connected any more."))
            )
            return
        store = secret_store_for(connection)  # clients are taken here, on the GUI thread
        kind, value = self.store_kind, self.entry.value
        name = resource_name(self.value_from, kind)
        family = self.controller.get("/family") or ""
        description = (
            f"Environment variable {self.entry.name} of task definition family {family}, "
            "moved to secrets by the ECS task definition wizard."
        )
        self._set_working(True)
        self.busy.start(self.tr("Storing the value as {0}...").format(name))
        self._job = self.account.runner.submit(
            lambda _token: store.store(kind, name, value, description),
            on_result=self._stored,
            on_error=self._store_failed,
            on_finished=self._store_finished,
            owner=self,
            name="store-secret",
        )

    def _stored(self, stored: StoredSecret) -> None:
        self.value_from_edit.setText(stored.value_from)
        # Stored now: pressing Move again (after a failed move) must not store it twice.
        self.store_check.setChecked(False)
        self.busy.finish(self.tr("Stored as {0}.").format(stored.value_from))
        self._finish()

    def _store_failed(self, error: AwsError) -> None:
        self.busy.show_error(error)

    def _store_finished(self, _job: Job) -> None:
        self._job = None
        if not self.applied:
            self._set_working(False)
            if self.busy.busy:
                self.busy.finish()

    @Slot()
    def cancel_store(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self._job = None
        self._set_working(False)
        self.busy.finish(
            self.tr(
                "Cancelled; nothing was moved. If the request had already reached AWS, the "
                "parameter or secret may exist now."
            ),
            "warning",
        )

    def reject(self) -> None:
        if self.storing:
            self.cancel_store()
        super().reject()

    # --- opening ------------------------------------------------------------------------
    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        controller: DraftController,
        container: int,
        entry: int | str,
        *,
        account: AccountState | None = None,
        region: str = "",
    ) -> bool:
        """Run the dialog modally; True when the variable was moved."""
        try:
            dialog = cls(
                controller, container, entry, account=account, region=region, parent=parent
            )
        except SecretMoveError:
            return False  # the entry went away (or has no name) before the dialog opened
        dialog.exec()
        applied = dialog.applied
        dialog.deleteLater()
        return applied


def open_move_dialog(
    widget: QWidget,
    controller: DraftController,
    container: int,
    entry: int | str,
    region: str = "",
) -> bool:
    """Open the dialog for a variable, with the account of ``widget``'s window."""
    return MoveToSecretsDialog.ask(
        widget, controller, container, entry, account=find_account(widget), region=region
    )


def install_findings_fix(
    findings: FindingsList,
    controller: DraftController,
    region: RegionSource | None = None,
) -> None:
    """Offer the move on every ``environment-secret-value`` finding of ``findings``."""

    def fix(finding: Finding) -> None:
        where = entry_of_pointer(finding.path)
        if where is not None:
            open_move_dialog(findings, controller, *where, region() if region else "")

    text = QCoreApplication.translate("MoveToSecrets", "Fix: move to secrets...")
    findings.add_fix(FIX_RULE, text, fix)
