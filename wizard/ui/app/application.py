"""Start the GUI."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from wizard import APP_ID, APP_NAME, __version__
from wizard.resource_files import resource_path
from wizard.ui.app.crash import CrashHandler, NativeCrashLog
from wizard.ui.app.theme import apply_theme
from wizard.ui.private_folders import tighten_app_folders

if TYPE_CHECKING:  # imported when the window is built, after the splash
    from wizard.ui.app.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ecs-taskdef-wizard")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(application_icon())
    from wizard.ui.app import settings
    from wizard.ui.app.i18n import install_translators

    # Before any widget exists: widgets translate their texts when they are built.
    install_translators(app, settings.language())
    apply_theme(app, settings.theme())
    return app


def application_icon() -> QIcon:
    """The window icon: the hicolor renderings of resources/icons/ecs-taskdef-wizard.svg
    (PNGs, so no SVG plugin is needed, in a wheel or a frozen bundle alike)."""
    icon = QIcon()
    try:
        hicolor = resource_path("icons", "hicolor")
    except FileNotFoundError:
        return icon
    for png in hicolor.glob(f"*/apps/{APP_ID}.png"):
        side = int(png.parent.parent.name.partition("x")[0])
        icon.addFile(str(png), QSize(side, side))
    return icon


def run_app(file: str | None = None, smoke_test: bool = False) -> int:
    app = make_application()
    tighten_app_folders()  # before anything is written there
    # Installed before the window exists, and told about errors while building
    # it, so that even a failed start ends in a report rather than nothing on a
    # desktop without a terminal. The smoke test prints reports, never waits.
    crash = CrashHandler(interactive=not smoke_test, parent=app)
    crash.install()
    native = NativeCrashLog()
    previous_native_crash = native.collect_previous()
    native.enable()
    try:
        from wizard.ui.app.main_window import MainWindow

        window = MainWindow()
        crash.document = lambda: window.controller.document
        # Lambdas, so the autosave is still built after the first paint.
        crash.recoverable = (
            lambda: window.autosave.write_now(),
            lambda: window.autosave.draft_path,
        )
        if previous_native_crash is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "CrashHandler",
                    "The last session stopped on a crash inside Qt; its report is in %1",
                ).replace("%1", str(previous_native_crash)),
                30000,
            )
        if not smoke_test:
            window.restore_window_state()
        if file:
            window.finish_startup()
            window.open_file(file)
        window.show()
        if smoke_test:
            # An exception the handler caught fails the smoke test (report on stderr).
            return _smoke(app, window) or (1 if crash.records else 0)
        return app.exec()
    except Exception as exc:  # noqa: BLE001 - reported, then the start fails
        crash.handle((type(exc), exc, exc.__traceback__))
        return 1
    finally:
        native.disable()
        crash.uninstall()


def _smoke(app: QApplication, window: MainWindow) -> int:
    """Show the first page, process events until it has painted, build the
    remaining pages, exit 0. Prints the first paint's epoch time so benchmarks
    can measure process start to first paint."""
    paint = window.first_paint
    state: dict[str, float] = {"ok": False, "ready": 0.0}

    def check() -> None:
        if paint is None or paint.at is None:
            QTimer.singleShot(5, check)
            return
        window.finish_startup()
        state["ready"] = time.time()
        state["ok"] = window.isVisible() and window.wizard.currentId() == 0
        app.quit()

    QTimer.singleShot(0, check)
    QTimer.singleShot(10000, app.quit)  # never hang a packaging pipeline
    app.exec()
    if not state["ok"]:
        print("smoke test: the main window did not paint its first page", file=sys.stderr)
        return 1
    print(
        f"smoke test: ok (first paint at {paint.at:.6f}, all pages ready at {state['ready']:.6f})"
    )
    return 0
