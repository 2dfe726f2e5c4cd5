"""A wizard process for the crash test: edit, autosave, keep editing, wait to be killed.

    python -m tests.ui.autosave_driver

Runs the real MainWindow (offscreen), applies a first batch of edits through
the controller with a short autosave delay, and once that batch is on disk
prints ``AUTOSAVED <the draft as JSON>``. Then it switches autosave off (a
delay of an hour), applies a second batch, prints ``EDITING`` and runs until
the test kills it: the second batch exists only in memory, as unsaved work
does between two autosaves.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer

from wizard.ui.app.application import make_application


def first_batch(controller) -> None:
    controller.set("/family", "crash-test")
    controller.set("/containerDefinitions/0/name", "web")
    controller.set("/containerDefinitions/0/image", "nginx:1.27")
    index = controller.add_container()
    controller.set(f"/containerDefinitions/{index}/image", "busybox")
    controller.set("/memory", "2048")


def second_batch(controller) -> None:
    controller.set("/family", "lost-after-the-last-autosave")
    controller.remove_container(0)


def main() -> int:
    app = make_application(["autosave-driver"])
    from wizard.ui.app.main_window import MainWindow

    window = MainWindow()
    window.show()
    window.finish_startup()
    window.autosave.timer.setInterval(200)
    first_batch(window.controller)
    expected = json.dumps(window.controller.document, ensure_ascii=False)

    def check() -> None:
        path = window.autosave.draft_path
        if path is None or not path.exists() or path.read_text(encoding="utf-8") != expected:
            QTimer.singleShot(20, check)
            return
        print("AUTOSAVED", expected, flush=True)
        window.autosave.timer.setInterval(3_600_000)
        second_batch(window.controller)
        print("EDITING", flush=True)

    QTimer.singleShot(0, check)
    QTimer.singleShot(60_000, app.quit)  # never outlive a test run that forgot us
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
