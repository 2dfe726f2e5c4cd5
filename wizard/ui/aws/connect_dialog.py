"""Account > Connect...: a profile, a region, an optional endpoint URL, and a check.

Profiles and regions come from the user's AWS config through botocore (no
network). Connect makes the clients on the GUI thread, then proves the
connection with one cheap call in a worker (listing at most one task
definition family); only when that answers does the window count as connected.
A failure shows the mapped message and its fix (for an expired SSO session:
which ``aws sso login`` to run) and the dialog stays open to try again.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.regions import environment_region
from wizard.services.errors import AwsError
from wizard.services.gateway import gateway_for
from wizard.services.session import AwsConnection, ProfileInfo, available_regions, list_profiles
from wizard.ui.app import settings
from wizard.ui.aws.account import AccountState
from wizard.ui.aws.busy import BusyBar
from wizard.ui.jobs import Job, JobFunction
from wizard.ui.widgets.form_rows import FormRows


def check_connection(connection: AwsConnection) -> JobFunction:
    """The cheap proof that the account answers: the gateway is made here, on the GUI
    thread; the returned function runs in the worker."""
    gateway = gateway_for(connection)
    return lambda _token: gateway.list_task_definition_families(limit=1)


class ConnectDialog(QDialog):
    def __init__(self, account: AccountState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.setWindowTitle(self.tr("Connect to an AWS account"))
        self.setObjectName("connectDialog")
        self._job: Job | None = None
        self._pending: AwsConnection | None = None
        self._profiles: dict[str, ProfileInfo] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Profiles come from your AWS config and credentials files (as for the AWS CLI). "
                "Credentials stay with botocore: this program never stores or shows them."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = FormRows(label_width=0)
        self.profile_combo = QComboBox(self)
        self.region_combo = QComboBox(self)
        self.region_combo.setEditable(True)  # new regions work before botocore lists them
        self.endpoint_edit = QLineEdit(self)
        self.endpoint_edit.setPlaceholderText(
            self.tr("optional, e.g. http://127.0.0.1:4566 for LocalStack")
        )
        form.field(self.tr("&Profile"), self.profile_combo)
        form.field(self.tr("&Region"), self.region_combo)
        form.field(self.tr("&Endpoint URL"), self.endpoint_edit)
        # A form gives its fields only their minimum height when space is short
        # (a long error below appeared): keep them whole, the dialog grows instead.
        for field in (self.profile_combo, self.region_combo, self.endpoint_edit):
            field.setMinimumHeight(field.sizeHint().height())
        layout.addLayout(form.layout)
        self.busy = BusyBar(self.tr("Connecting"), self)
        self.busy.cancel_requested.connect(self.cancel_check)
        self.busy.offer_retry(self.start_check)  # after a network or login failure
        layout.addWidget(self.busy)
        buttons = QDialogButtonBox(self)
        self.connect_button = QPushButton(self.tr("Connect"), self)
        self.connect_button.setDefault(True)
        self.connect_button.setAccessibleName(self.tr("Connect to the account"))
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.connect_button.clicked.connect(self.start_check)
        layout.addWidget(buttons)
        restored = self._fill()
        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        if not restored:
            # Only a fresh choice takes the profile's own region: a region the user
            # connected with (now or last time) wins over the config's.
            self._profile_chosen()

    # --- choices ----------------------------------------------------------------
    def _fill(self) -> bool:
        """Fill the lists; True when the current or last connection was put back."""
        self.profile_combo.addItem(
            self.tr("Default chain (AWS_PROFILE, environment variables, default profile)"), None
        )
        try:
            profiles = list_profiles()
        except AwsError as exc:
            self.busy.show_error(exc)
            profiles = []
        for info in profiles:
            self._profiles[info.name] = info
            label = self.tr("{name} ({kind})").format(name=info.name, kind=self.kind_text(info))
            self.profile_combo.addItem(label, info.name)
        self.region_combo.addItems(available_regions())
        # Blank rather than the alphabetically first region: a wrong region fails silently
        # (empty lists), a missing one is reported.
        self.region_combo.setCurrentIndex(-1)
        region_edit = self.region_combo.lineEdit()  # the combo is editable: it has one
        if region_edit is not None:
            region_edit.setPlaceholderText(self.tr("e.g. eu-west-1"))
        current = self.account.connection
        if current is not None:
            self.select_profile(current.profile)
            self.region_combo.setCurrentText(current.region)
            self.endpoint_edit.setText(current.endpoint_url or "")
            return True
        remembered = settings.last_aws_connection()
        if remembered is not None:
            self.select_profile(remembered.profile)
            self.region_combo.setCurrentText(remembered.region)
            self.endpoint_edit.setText(remembered.endpoint_url or "")
            return True
        return False

    def kind_text(self, info: ProfileInfo) -> str:
        return {
            "sso": self.tr("IAM Identity Center / SSO"),
            "keys": self.tr("access keys"),
            "role": self.tr("assumes a role"),
            "process": self.tr("credential process"),
            "login": self.tr("console login"),
        }.get(info.kind, self.tr("other"))

    def select_profile(self, name: str | None) -> None:
        index = self.profile_combo.findData(name)
        if index >= 0:
            self.profile_combo.setCurrentIndex(index)

    @Slot()
    def _profile_chosen(self) -> None:
        """A profile with its own region proposes it; otherwise the environment's region."""
        info = self._profiles.get(self.profile_combo.currentData() or "")
        if info is None and self.profile_combo.currentData() is None:
            info = self._profiles.get(os.environ.get("AWS_PROFILE") or "default")
        region = (info.region if info else None) or environment_region(os.environ)
        if region:
            self.region_combo.setCurrentText(region)

    # --- connecting ----------------------------------------------------------------
    @Slot()
    def start_check(self) -> None:
        if self._job is not None:
            return
        profile = self.profile_combo.currentData()
        region = self.region_combo.currentText().strip() or None
        endpoint = self.endpoint_edit.text().strip() or None
        try:
            connection = self.account.open_connection(profile, region, endpoint)
        except AwsError as exc:
            self.busy.show_error(exc)
            return
        self._pending = connection
        call = check_connection(connection)
        self._set_inputs_enabled(False)
        self.busy.start(
            self.tr("Checking {0} in {1}...").format(connection.display_profile, connection.region)
        )
        self._job = self.account.runner.submit(
            call,
            on_result=self._checked,
            on_error=self._failed,
            on_finished=self._job_finished,
            owner=self,
            name="connect-check",
        )

    def _checked(self, _families: object) -> None:
        assert self._pending is not None
        self.account.use(self._pending)
        self.busy.finish(self.tr("Connected."))
        self.accept()

    def _failed(self, error: AwsError) -> None:
        self._pending = None
        self.busy.show_error(error)

    def _job_finished(self, job: Job) -> None:
        # A cancelled check finishes late; it must not unlock a newer check's inputs.
        if self._job is job:
            self._job = None
            self._set_inputs_enabled(True)

    @Slot()
    def cancel_check(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
            self._pending = None
            self.busy.finish(self.tr("Cancelled; not connected."), "warning")
            self._set_inputs_enabled(True)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.profile_combo, self.region_combo, self.endpoint_edit):
            widget.setEnabled(enabled)
        self.connect_button.setEnabled(enabled)

    def reject(self) -> None:
        self.cancel_check()
        super().reject()

    @classmethod
    def launch(cls, parent: QWidget | None, account: AccountState) -> bool:
        """Show the dialog; True when the account is connected afterwards."""
        dialog = cls(account, parent)
        dialog.exec()
        dialog.deleteLater()  # parented to the window: would otherwise live as long as it
        return account.is_connected
