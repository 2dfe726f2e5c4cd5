"""Wiring the AWS features into the main window: the Account menu, the connection
in the status bar, Register on the review page, the pickers beside the fields,
and the connected region as the default awslogs region.

The profile, region and endpoint URL of the last successful connection are
remembered (names only, in the preferences); while not connected, the Account
menu's first entry and a button in the status bar offer them again. Nothing
connects by itself: a start-up must not send a request the user did not ask for.

The main window calls :func:`install_aws_ui` once; nothing else in the window
needs to know about AWS.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolButton

from wizard import APP_NAME
from wizard.services.errors import AwsError
from wizard.services.pull import Pulled
from wizard.ui.app import settings
from wizard.ui.aws.account import AccountState
from wizard.ui.aws.connect_dialog import ConnectDialog, check_connection
from wizard.ui.aws.field_pickers import FieldPickers
from wizard.ui.aws.messages import AwsErrorDialog, Notice
from wizard.ui.aws.open_dialog import OpenFromAccountDialog
from wizard.ui.aws.placement import place_after
from wizard.ui.aws.preflight_install import install_preflight
from wizard.ui.aws.register_flow import RegisterFlow, RegisterPanel
from wizard.ui.jobs import Job
from wizard.ui.pages.base import PageId

STATUS_MS = 8000


class AwsUi(QObject):
    """Everything AWS in one window. ``window`` is a MainWindow (typed loosely: the
    window module imports this package, not the other way round).

    Signals: draft_pulled(object): a revision was opened as the draft (a Pulled).
    """

    draft_pulled = Signal(object)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.account = AccountState(self)
        self._reconnect_job: Job | None = None
        review = window.wizard.review
        self.register_panel = RegisterPanel(review)
        # Stretch: the status line beside the button needs room for an ARN.
        if not place_after(review.export_button, self.register_panel, stretch=4):
            review.layout().addWidget(self.register_panel)  # still reachable, just lower
        self.register_flow = RegisterFlow(
            window,
            window.controller,
            self.account,
            self.register_panel,
            jump=window.wizard.jump_to,
            ensure_connected=self.connect_account,
        )
        self.preflight = install_preflight(
            window, self.account, self.register_flow, self.connect_account
        )
        self.pickers = FieldPickers(window, self.account)
        window.wizard.pages[PageId.CONTAINERS].set_region_provider(self.region)
        self._build_menu()
        from wizard.ui.revisions.install import install_revisions_ui

        # Account > Revisions... and the Review page's button (issue 17).
        self.revisions_ui = install_revisions_ui(self)
        self.status_label = QLabel(window)
        self.status_label.setAccessibleName(self.tr("AWS connection"))
        window.statusBar().addPermanentWidget(self.status_label)
        # The same action as the menu's first entry: one click from the status bar.
        self.reconnect_button = QToolButton(window)
        self.reconnect_button.setDefaultAction(self.reconnect_action)
        self.reconnect_button.setAutoRaise(True)
        window.statusBar().addPermanentWidget(self.reconnect_button)
        self.account.changed.connect(self._remember)
        self.account.changed.connect(self._update)
        self._update()

    def _build_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Account"))
        self.menu = menu
        self.reconnect_action = self._action(self.tr("Connect again"), self.reconnect)
        self.reconnect_action.setStatusTip(
            self.tr("Connect with the profile and region used last time")
        )
        self.connect_action = self._action(self.tr("&Connect..."), self.connect_account)
        self.disconnect_action = self._action(self.tr("&Disconnect"), self.disconnect_account)
        menu.addSeparator()
        self.open_action = self._action(self.tr("&Open from account..."), self.open_from_account)

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    @Slot()
    def _update(self) -> None:
        if self._reconnect_job is None:  # else it says that it is connecting
            self.status_label.setText(self.account.describe())
        self.disconnect_action.setEnabled(self.account.is_connected)
        choice = settings.last_aws_connection()
        offered = choice is not None and not self.account.is_connected
        if choice is not None:
            self.reconnect_action.setText(self.reconnect_text(choice))
        self.reconnect_action.setVisible(offered)
        self.reconnect_action.setEnabled(offered and self._reconnect_job is None)
        self.reconnect_button.setVisible(offered)

    def reconnect_text(self, choice: settings.AwsChoice) -> str:
        # "&" in a profile name would otherwise become a mnemonic and vanish.
        profile = choice.display_profile.replace("&", "&&")
        if choice.endpoint_url:
            return self.tr("Connect as {0} ({1}) via {2}").format(
                profile, choice.region, choice.endpoint_url.replace("&", "&&")
            )
        return self.tr("Connect as {0} ({1})").format(profile, choice.region)

    @Slot()
    def _remember(self) -> None:
        """A successful connection is the one offered at the next start. Disconnecting
        forgets only the live session, so it is offered again."""
        connection = self.account.connection
        if connection is not None:
            settings.set_last_aws_connection(
                settings.AwsChoice(connection.profile, connection.region, connection.endpoint_url)
            )

    def region(self) -> str:
        """The awslogs region a new log configuration gets: the connected one, else
        the Region the sizing panel prices for (which starts from the environment's)."""
        return self.account.region or self.window.sizing_panel.price_region()

    # --- actions ------------------------------------------------------------------------
    @Slot()
    def connect_account(self) -> bool:
        return ConnectDialog.launch(self.window, self.account)

    @Slot()
    def reconnect(self) -> None:
        """Connect with the remembered profile and region, checked in a worker as the
        Connect dialog does; a failure (an expired SSO login, say) shows the mapped
        message with its fix."""
        choice = settings.last_aws_connection()
        if choice is None or self._reconnect_job is not None or self.account.is_connected:
            return
        try:
            connection = self.account.open_connection(
                choice.profile, choice.region, choice.endpoint_url
            )
        except AwsError as exc:
            self._reconnect_failed(exc)
            return

        def checked(_families: object) -> None:
            # The Connect dialog may have connected elsewhere meanwhile: that choice wins.
            if not self.account.is_connected:
                self.account.use(connection)

        self._reconnect_job = self.account.runner.submit(
            check_connection(connection),
            on_result=checked,
            on_error=self._reconnect_failed,
            on_finished=self._reconnect_finished,
            owner=self,
            name="reconnect-check",
        )
        self.status_label.setText(
            self.tr("AWS: connecting as {0} in {1}...").format(
                connection.display_profile, connection.region
            )
        )
        self._update()

    def _reconnect_failed(self, error: AwsError) -> None:
        # Not "connecting" any more while the message is on screen.
        self.status_label.setText(self.account.describe())
        AwsErrorDialog.ask(
            self.window,
            self.tr("Could not connect"),
            error,
            self.tr("Account > Connect... lets you choose another profile or region."),
        )

    def _reconnect_finished(self, job: Job) -> None:
        if self._reconnect_job is job:
            self._reconnect_job = None
            self._update()

    @Slot()
    def disconnect_account(self) -> None:
        self.account.drop_connection()

    @Slot()
    def open_from_account(self) -> None:
        if not self.account.is_connected and not self.connect_account():
            return
        pulled = OpenFromAccountDialog.ask(self.window, self.account)
        if pulled is not None:
            self.open_pulled(pulled)

    def open_pulled(self, pulled: Pulled) -> None:
        """The pulled revision becomes the draft; its notes say what was left out."""
        window = self.window
        reference = f"{pulled.document.get('family', '')}:{pulled.revision}"
        # Through FileActions: the draft no longer belongs to the file that was open
        # (Save must not overwrite it), and undo gives that file back.
        label = self.tr("Open {0} from the account").format(reference)
        window.files.load_draft(copy.deepcopy(pulled.document), label)
        window.wizard.start_over()
        window.setWindowTitle(self.tr("{0} (from the account) – {1}").format(reference, APP_NAME))
        text = self.tr(
            "Opened revision {0}. Changes you register become the family's next revision."
        ).format(reference)
        window.statusBar().showMessage(text, STATUS_MS)
        self.draft_pulled.emit(pulled)
        Notice.inform(window, self.tr("Opened from the account"), text, "\n".join(pulled.notes))


def install_aws_ui(window: Any) -> AwsUi:
    """Add the AWS features to ``window`` (a MainWindow); returns them for tests and menus.
    Installing twice returns the first installation."""
    existing = getattr(window, "aws_ui", None)
    if isinstance(existing, AwsUi):
        return existing
    ui = AwsUi(window)
    window.aws_ui = ui  # keep it reachable from the window (it is a child QObject as well)
    return ui
