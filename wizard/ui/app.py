"""Start the GUI."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from wizard import APP_ID, APP_NAME, __version__
from wizard.ui.theme import Theme, apply_theme


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ecs-taskdef-wizard")
    app.setDesktopFileName(APP_ID)
    apply_theme(app, Theme.SYSTEM)
    return app


def run_app(file: str | None = None, smoke_test: bool = False) -> int:
    app = make_application()
    from wizard.ui.main_window import MainWindow

    window = MainWindow()
    if file:
        window.open_file(file)
    window.show()
    if smoke_test:
        return _smoke(app, window)
    return app.exec()


def _smoke(app: QApplication, window) -> int:
    """Show the first page, process events until it has painted, exit 0."""
    painted = {"ok": False}

    def check() -> None:
        painted["ok"] = window.isVisible() and window.wizard.currentId() == 0
        app.quit()

    QTimer.singleShot(0, lambda: QTimer.singleShot(50, check))
    QTimer.singleShot(10000, app.quit)  # never hang a packaging pipeline
    app.exec()
    if not painted["ok"]:
        print("smoke test: the main window did not show its first page", file=sys.stderr)
        return 1
    print("smoke test: ok")
    return 0
