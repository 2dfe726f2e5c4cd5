"""Start-up: process start to first painted page, against a bare QWizard.

Each process reports the wall-clock time of its first page's first paint; the
benchmark subtracts the time it spawned the process.

Both run as fresh processes in the same run, alternating, with the same
qdarkstyle theme and the offscreen platform unless QT_QPA_PLATFORM is set.

The bare baseline loads the theme with ``qdarkstyle.load_stylesheet``, as
qdarkstyle documents. The wizard reads the same sheet from qdarkstyle's files
(``wizard.ui.app.theme.qdarkstyle_sheet``), which skips qtpy; a second baseline,
"bare QWizard, sheet as files", loads it that way too, so the cost of the
wizard's own code is visible on its own.

The wizard's modules are byte-compiled first, as pip does when it installs the
wheel: with PYTHONDONTWRITEBYTECODE set, an editable checkout would otherwise
recompile about 30 modules from source on every start (about 35 ms).
Usage: python bench/startup.py [RUNS]
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _stats import summary

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage
import qdarkstyle
app = QApplication(sys.argv[:1])
app.setStyleSheet(qdarkstyle.load_stylesheet(qt_api="pyside6"))
wizard = QWizard()
for title in ("Launch type", "Task size", "Containers", "Storage", "Monitoring", "Review"):
    page = QWizardPage(); page.setTitle(title)
    QVBoxLayout(page).addWidget(QLabel(title)); wizard.addPage(page)
import time
from PySide6.QtCore import QEvent, QObject
class First(QObject):
    at = None
    def eventFilter(self, obj, event):
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.time()
        return False
first = First()
wizard.show()
wizard.currentPage().installEventFilter(first)
def check():
    if first.at is None:
        QTimer.singleShot(5, check)
    else:
        app.quit()
QTimer.singleShot(0, check)
app.exec()
print(f"first paint at {first.at:.6f}")
"""


# The same window, the theme's sheet read from qdarkstyle's files as the wizard does.
BARE_FILES = BARE.replace(
    'app.setStyleSheet(qdarkstyle.load_stylesheet(qt_api="pyside6"))',
    "from wizard.ui.app.theme import qdarkstyle_sheet\napp.setStyleSheet(qdarkstyle_sheet('dark'))",
)
REPO = Path(__file__).resolve().parent.parent

READY: list[float] = []


def run(cmd: list[str]) -> float:
    """Milliseconds from spawning the process to its first painted page."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.time()
    proc = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
    match = re.search(r"first paint at ([0-9.]+)", proc.stdout)
    if not match:
        raise SystemExit(f"no paint time reported by {cmd}: {proc.stdout} {proc.stderr}")
    ready = re.search(r"all pages ready at ([0-9.]+)", proc.stdout)
    if ready:
        READY.append((float(ready.group(1)) - start) * 1000)
    return (float(match.group(1)) - start) * 1000


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    import compileall
    import statistics

    compileall.compile_dir(str(REPO / "wizard"), quiet=1)
    ours, bare, bare_files = [], [], []
    run([sys.executable, "-m", "wizard", "--smoke-test"])  # warm the file cache
    run([sys.executable, "-c", BARE])
    for _ in range(runs):
        ours.append(run([sys.executable, "-m", "wizard", "--smoke-test"]))
        bare.append(run([sys.executable, "-c", BARE]))
        bare_files.append(run([sys.executable, "-c", BARE_FILES]))

    print(f"wizard --smoke-test: {summary(ours)}")
    print(f"bare QWizard:        {summary(bare)}")
    print(f"bare QWizard, sheet as files: {summary(bare_files)}")
    ratio = statistics.median(ours) / statistics.median(bare)
    print(f"ratio (median): {ratio:.2f}x  (budget: 1.5x)")
    strict = statistics.median(ours) / statistics.median(bare_files)
    print(f"ratio against the bare window with the sheet as files: {strict:.2f}x")
    print(f"wizard, all six pages built and rules loaded: {summary(READY[1:])}")


if __name__ == "__main__":
    main()
