"""Wiring the AWS features into the main window: the Account menu, the connection
in the status bar, Register on the review page, the pickers beside the fields,
and the connected region as the default awslogs region.

The main window calls :func:`install_aws_ui` once; nothing else in the window
needs to know about AWS.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from wizard import APP_NAME
from wizard.services.pull import Pulled
from wizard.ui.aws.account import AccountState
from wizard.ui.aws.connect_dialog import ConnectDialog
from wizard.ui.aws.field_pickers import FieldPickers
from wizard.ui.aws.messages import Notice
from wizard.ui.aws.open_dialog import OpenFromAccountDialog
from wizard.ui.aws.placement import place_after
from wizard.ui.aws.register_flow import RegisterFlow, RegisterPanel
from wizard.ui.container_editor.context import environment_region
from wizard.ui.pages.base import PageId

STATUS_MS = 8000


class AwsUi(QObject):
    """Everything AWS in one window. ``window`` is a MainWindow (typed loosely: the
    window module imports this package, not the other way round)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.account = AccountState(self)
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
        self.pickers = FieldPickers(window, self.account)
        window.wizard.pages[PageId.CONTAINERS].set_region_provider(self.region)
        self._build_menu()
        self.status_label = QLabel(window)
        self.status_label.setAccessibleName(self.tr("AWS connection"))
        window.statusBar().addPermanentWidget(self.status_label)
        self.account.changed.connect(self._update)
        self._update()

    def _build_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Account"))
        self.menu = menu
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
        self.status_label.setText(self.account.describe())
        self.disconnect_action.setEnabled(self.account.is_connected)

    def region(self) -> str:
        """The awslogs region a new log configuration gets: the connected one first."""
        return self.account.region or environment_region()

    # --- actions ------------------------------------------------------------------------
    @Slot()
    def connect_account(self) -> bool:
        return ConnectDialog.launch(self.window, self.account)

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
        window.controller.replace_document(copy.deepcopy(pulled.document))
        window.wizard.restart()
        reference = f"{pulled.document.get('family', '')}:{pulled.revision}"
        window.setWindowTitle(self.tr("{0} (from the account) – {1}").format(reference, APP_NAME))
        text = self.tr(
            "Opened revision {0}. Changes you register become the family's next revision."
        ).format(reference)
        window.statusBar().showMessage(text, STATUS_MS)
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
