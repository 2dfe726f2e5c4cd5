"""Resident memory of the GUI with 10 containers after visiting every page.

Runs the real main window (offscreen unless QT_QPA_PLATFORM says otherwise),
loads a 10-container definition, walks Next through every page and back,
selects every container, and prints VmRSS and the peak (VmHWM) from /proc.
Usage: python bench/memory.py [RUNS]
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import os, sys
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
from edit_latency import ten_containers
from wizard.ui.app.application import make_application
from wizard.ui.draft.controller import DraftController
from wizard.ui.app.main_window import MainWindow
from wizard.ui.pages.base import PageId
app = make_application()
window = MainWindow(DraftController(ten_containers()))
window.show(); app.processEvents(); window.finish_startup()
for page in PageId:
    window.wizard.go_to(page); app.processEvents()
containers = window.wizard.pages[PageId.CONTAINERS]
window.wizard.go_to(PageId.CONTAINERS)
for i in range(10):
    containers.container_list.select(i); app.processEvents()
for n in range(200):
    window.controller.set(f"/containerDefinitions/{{n % 10}}/memory", 400 + n); app.processEvents()
status = open("/proc/self/status").read()
fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
print(fields["VmRSS"].strip(), "|", fields["VmHWM"].strip())
"""


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    code = CHILD.format(root=str(ROOT), bench=str(ROOT / "bench"))
    readings = []
    for _ in range(runs):
        out = (
            subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        rss, peak = (int(part.split()[0]) for part in out.split("|"))
        readings.append((rss / 1024, peak / 1024))
    for rss, peak in readings:
        print(f"resident {rss:.1f} MiB, peak {peak:.1f} MiB")
    worst = max(peak for _, peak in readings)
    print(f"worst peak {worst:.1f} MiB (budget: under 200 MB resident)")


if __name__ == "__main__":
    main()
