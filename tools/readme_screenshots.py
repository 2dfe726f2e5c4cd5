"""Retake the README's screenshots (docs/screenshots/) in real windows.

Run from the repository root under an X server, e.g.
``xvfb-run -a -s "-screen 0 1920x1080x24" python tools/readme_screenshots.py``.
The page shots come from ``tests.ui.screenshot_tour`` (the two-container book
example), the Revisions and Run once shots from ``tests.ui.revisions_tour`` (a
local moto server behind the ECS double); the size map is shot here, with a
container whose hard limit is too large for the small sizes. Nothing leaves the
machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"

# (tour arguments after OUTDIR, the tour's file, the README's file)
PAGE_SHOTS = (
    (("dark", "dark", "en"), "dark-page3.png", "containers-dark.png"),
    (("light", "light", "en"), "light-page2.png", "task-size-light.png"),
    (("dark", "zh-dark", "zh_CN"), "zh-dark-page3.png", "containers-zh-dark.png"),
)
REVISION_SHOTS = (
    (("dark", "en"), "revisions-dark-en.png", "revisions-dark.png"),
    (("light", "en"), "run-light-en.png", "run-once-light.png"),
)


def _run(module: str, *args: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, env=env, check=True)


def _size_map_shot(path: Path) -> None:
    """The task size page scrolled to its size map: 1 vCPU / 3 GB with a 4 GB hard
    limit, so the map hatches the sizes under 4 GB and stars the cheapest that fits."""
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtWidgets import QScrollArea

    from tests.ui.screenshot_tour import BOOK
    from wizard.ui.app.application import make_application
    from wizard.ui.app.main_window import MainWindow
    from wizard.ui.app.theme import Theme, apply_theme
    from wizard.ui.draft.controller import DraftController
    from wizard.ui.pages.page_of import PageId
    from wizard.ui.pages.task_size_page import TaskSizePage

    document = {**BOOK, "cpu": "1024", "memory": "3072"}
    containers = [dict(c) for c in BOOK["containerDefinitions"]]
    containers[0]["memory"] = 4096
    document["containerDefinitions"] = containers
    app = make_application()
    apply_theme(app, Theme.DARK)
    window = MainWindow(DraftController(document))
    window.resize(1280, 860)
    window.show()
    window.finish_startup()
    window.wizard.go_to(PageId.TASK_SIZE)

    def shoot() -> None:
        page = window.wizard.pages[PageId.TASK_SIZE]
        assert isinstance(page, TaskSizePage)
        area = page.findChild(QScrollArea)
        box = page.size_map.parentWidget()
        column = area.widget() if area is not None else None
        if area is not None and column is not None and box is not None:
            # The map's box at the top of the page's scrolling column.
            area.verticalScrollBar().setValue(box.mapTo(column, QPoint(0, 0)).y())
        QTimer.singleShot(300, lambda: app.exit(0 if window.grab().save(str(path)) else 1))

    QTimer.singleShot(800, shoot)
    QTimer.singleShot(20000, lambda: app.exit(2))
    if app.exec() != 0:
        raise SystemExit(f"could not save {path}")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        shots = Path(tmp)
        for args, made, kept in PAGE_SHOTS:
            _run("tests.ui.screenshot_tour", str(shots), *args)
            shutil.copyfile(shots / made, OUT / kept)
        for tour_args, tour_file, readme_file in REVISION_SHOTS:
            _run("tests.ui.revisions_tour", str(shots), *tour_args)
            shutil.copyfile(shots / tour_file, OUT / readme_file)
    _size_map_shot(OUT / "size-map-dark.png")
    print(f"README screenshots retaken in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
