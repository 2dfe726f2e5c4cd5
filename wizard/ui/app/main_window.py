"""The main window: the wizard in the middle, the sizing panel always beside it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu, QWidget

from wizard import APP_NAME
from wizard.ui.app import settings
from wizard.ui.app.recent_files import RecentMenu
from wizard.ui.app.startup import FirstPaint
from wizard.ui.app.task_wizard import TaskDefinitionWizard
from wizard.ui.app.theme import Theme, apply_theme
from wizard.ui.draft.controller import DraftController, new_document
from wizard.ui.draft.file_actions import FileActions
from wizard.ui.widgets.price_choice import default_region
from wizard.ui.widgets.sizing_panel import SizingPanel

if TYPE_CHECKING:  # built on first use: their modules stay out of the first paint
    from wizard.ui.aws import AwsUi
    from wizard.ui.dialogs.compose_dialog import ComposeActions
    from wizard.ui.dialogs.export_dialog import ExportActions
    from wizard.ui.dialogs.template_dialog import TemplateActions
    from wizard.ui.draft.autosave import Autosave
    from wizard.ui.widgets.json_editor import JsonEditor


class MainWindow(QMainWindow):
    def __init__(self, controller: DraftController | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        # A fresh draft's first container logs to the Region the sizing panel prices for;
        # it is quiet about fields the user has not reached yet.
        self.controller = controller or DraftController(
            new_document(default_region()), defer_analysis=True, quiet=True
        )
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.wizard = TaskDefinitionWizard(self.controller, self)
        self.setCentralWidget(self.wizard)
        # QWizard starts itself only when shown as a window; as a child it needs this.
        self.wizard.start_over()
        self.sizing_panel = SizingPanel(self.controller, self)
        self.controller.region_provider = self.sizing_panel.price_region
        dock = QDockWidget(self.tr("Sizing"), self)
        dock.setObjectName("sizingDock")
        dock.setWidget(self.sizing_panel)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.json_dock = QDockWidget(self.tr("JSON"), self)
        self.json_dock.setObjectName("jsonDock")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.json_dock)
        self.json_dock.hide()
        self._json_editor: JsonEditor | None = None
        self.json_dock.visibilityChanged.connect(self._json_dock_shown)
        self.wizard.pages_ready.connect(self._pages_ready)
        # Build the other pages and load the rules once the first page is on screen;
        # the timer covers a window that is never painted (hidden, minimised).
        self._started = False
        self.first_paint = FirstPaint(self.wizard.currentPage(), self.finish_startup)
        QTimer.singleShot(2000, self.finish_startup)
        self.files = FileActions(self.controller, self)
        self.files.path_changed.connect(self._path_changed)
        self.files.draft_loaded.connect(self.wizard.start_over)
        self.controller.undo_stack.cleanChanged.connect(self._clean_changed)
        # Export, template and compose actions are built when first used: their
        # modules are not needed for the first paint.
        self._exports: ExportActions | None = None
        self._templates: TemplateActions | None = None
        self._compose: ComposeActions | None = None
        self._autosave: Autosave | None = None  # built on first use, right after the first paint
        self._build_menus()
        self.aws_ui: AwsUi | None = None  # installed after the first paint (it loads boto3)
        self.resize(1280, 860)
        self._path_changed()

    @property
    def autosave(self) -> Autosave:
        if self._autosave is None:
            from wizard.ui.draft.autosave import Autosave

            self._autosave = Autosave(self.files)
            self._autosave.status.connect(self._status)
        return self._autosave

    @property
    def exports(self) -> ExportActions:
        if self._exports is None:
            from wizard.ui.dialogs.export_dialog import ExportActions

            self._exports = ExportActions(self.files)
            self._exports.status.connect(self._status)
        return self._exports

    @property
    def templates(self) -> TemplateActions:
        if self._templates is None:
            from wizard.ui.dialogs.template_dialog import TemplateActions

            self._templates = TemplateActions(self.files)
        return self._templates

    @property
    def compose(self) -> ComposeActions:
        if self._compose is None:
            from wizard.ui.dialogs.compose_dialog import ComposeActions

            self._compose = ComposeActions(self.files)
            self._compose.status.connect(self._status)
        return self._compose

    @property
    def json_editor(self) -> JsonEditor:  # built on first use
        if self._json_editor is None:
            from wizard.ui.widgets.json_editor import JsonEditor

            self._json_editor = JsonEditor(self.controller, self)
            self.json_dock.setWidget(self._json_editor)
        return self._json_editor

    def _json_dock_shown(self, visible: bool) -> None:
        if visible:
            self.json_editor.refresh()

    def finish_startup(self) -> None:
        """Build the remaining pages and compute the findings (idempotent)."""
        if self._started:
            return
        self._started = True
        self.wizard.ensure_pages()
        self.sizing_panel.price_section  # noqa: B018 - builds it (deferred past the first paint)
        self.autosave  # noqa: B018 - starts autosaving (deferred past the first paint)
        self.controller.reanalyse()
        # The Account menu, Register button and pickers (wizard/ui/aws/); imported
        # here because it loads boto3, which the first paint must not wait for.
        from wizard.ui.aws import install_aws_ui

        aws = install_aws_ui(self)
        aws.account.changed.connect(self._account_changed)
        # After the pages exist, on the next turn: a recovered draft fills them.
        QTimer.singleShot(0, self.autosave.offer_recovery)

    def _account_changed(self) -> None:
        """Prices follow the connected account's region, and "Refresh prices" uses
        its profile (the Price List endpoint itself is always us-east-1)."""
        if self.aws_ui is None:
            return
        account = self.aws_ui.account
        connection = account.connection
        if connection is None:
            return
        from wizard.services.price_list import make_pricing_client

        prices = self.sizing_panel.price_section
        prices.set_region(connection.region)
        profile = connection.profile
        prices.set_client_factory(lambda: make_pricing_client(profile=profile))

    def _pages_ready(self) -> None:
        self.wizard.review.export_requested.connect(self.export_json)

    # --- menus ----------------------------------------------------------
    def _build_menus(self) -> None:
        files, keys = self.files, QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New"), self.new_draft, keys.New)
        self._action(
            file_menu,
            self.tr("New from &Template..."),
            lambda: self.templates.new_from_template(),
        )
        self._action(file_menu, self.tr("&Open..."), self.open_dialog, keys.Open)
        self.recent_menu = RecentMenu(files.recent, files.open_recent, self._status, file_menu)
        file_menu.addMenu(self.recent_menu)
        self._action(
            file_menu,
            self.tr("&Import docker-compose file..."),
            lambda: self.compose.import_dialog(),
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Save"), files.save, keys.Save)
        self._action(file_menu, self.tr("Save &As..."), files.save_as, keys.SaveAs)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, keys.Quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addActions([self.undo_action, self.redo_action])
        export_menu = self.menuBar().addMenu(self.tr("E&xport"))
        self._action(
            export_menu, self.tr("&Export JSON..."), self.export_json, QKeySequence("Ctrl+E")
        )
        self._action(
            export_menu,
            self.tr("&CloudFormation..."),
            lambda: self.exports.export_cloudformation(),
        )
        self._action(export_menu, self.tr("&Terraform..."), lambda: self.exports.export_terraform())
        export_menu.addSeparator()
        self._action(
            export_menu,
            self.tr("Copy &JSON"),
            lambda: self.exports.copy_json(),
            QKeySequence("Ctrl+Shift+C"),
        )
        self._action(
            export_menu,
            self.tr("Copy the AWS C&LI command"),
            lambda: self.exports.copy_cli_command(),
        )
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        json_action = self.json_dock.toggleViewAction()
        json_action.setText(self.tr("Edit as &JSON"))
        json_action.setShortcut(QKeySequence("Ctrl+J"))
        view_menu.addAction(json_action)
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        for theme, label in (
            (Theme.SYSTEM, self.tr("Follow the system")),
            (Theme.DARK, self.tr("Dark")),
            (Theme.LIGHT, self.tr("Light")),
        ):
            action = QAction(label, self, checkable=True)
            action.setData(theme.value)
            action.setChecked(theme is settings.theme())
            action.triggered.connect(lambda _=False, t=theme: self.set_theme(t))
            group.addAction(action)
            theme_menu.addAction(action)
        from wizard.ui.app.language_menu import LanguageMenu

        view_menu.addMenu(LanguageMenu(self._status, self))

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def set_theme(self, theme: Theme) -> None:
        """Switch and remember the theme."""
        settings.set_theme(theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)

    # --- files ----------------------------------------------------------
    # New, Open and the rest live in FileActions, which also asks about unsaved
    # changes; the wizard restarts through its draft_loaded signal.
    def new_draft(self) -> bool:
        return self.files.new_draft()

    def open_dialog(self) -> bool:
        return self.files.open_dialog()

    def open_file(self, path: str) -> bool:
        """Load ``path`` into the draft; on bad input show why and keep the draft."""
        return self.files.open_file(path)

    def export_json(self) -> None:
        if self.files.export_json():
            self._status(self.tr("Exported the task definition"))

    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _path_changed(self, *_: object) -> None:
        """Title: the file's name, with "*" while there are unsaved changes."""
        path = self.files.path
        name = Path(path).name if path else self.tr("New task definition")
        self.setWindowTitle(f"{name}[*] – {APP_NAME}")
        self.setWindowModified(self.files.is_modified)

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        settings.set_window_state(self.saveGeometry(), self.saveState())
        self.autosave.finish()  # a clean exit: no recovery offered next time
        event.accept()

    def restore_window_state(self) -> None:
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
