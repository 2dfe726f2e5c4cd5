"""Edit latency: one edit to the sizing panel and findings updated on screen.

A 10-container definition is loaded into the real main window (offscreen
unless QT_QPA_PLATFORM says otherwise), the Containers page is shown, and
1,000 edits cycle through a container memory value, a container CPU value and
a port. Each sample is the time from the edit to the end of event processing
(analysis, panel, field rows, review page and repaint).
Usage: python bench/edit_latency.py [EDITS]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _stats import summary  # noqa: E402

from tests.rulekit import awslogs, container, fargate_doc  # noqa: E402


def ten_containers() -> dict:
    containers = [
        container(
            f"service-{i}",
            image=f"123456789012.dkr.ecr.eu-west-1.amazonaws.com/service-{i}:1.{i}",
            cpu=64,
            memory=512,
            memoryReservation=256,
            portMappings=[{"containerPort": 8000 + i, "protocol": "tcp"}],
            environment=[{"name": f"SETTING_{j}", "value": str(j)} for j in range(8)],
            logConfiguration=awslogs(f"service-{i}"),
            healthCheck={"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]},
        )
        for i in range(10)
    ]
    return fargate_doc(*containers, cpu="4096", memory="16384")


def main() -> None:
    edits = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    from wizard.ui.app.application import make_application
    from wizard.ui.draft.controller import DraftController
    from wizard.ui.app.main_window import MainWindow
    from wizard.ui.pages.base import PageId

    app = make_application()
    window = MainWindow(DraftController(ten_containers()))
    window.show()
    app.processEvents()
    window.finish_startup()
    window.wizard.go_to(PageId.CONTAINERS)
    app.processEvents()
    controller = window.controller
    kinds = {"memory": [], "cpu": [], "port": []}
    # Every edit changes a value (an unchanged value is not an edit).
    for n in range(edits):
        i = n % 10
        kind = ("memory", "cpu", "port")[n % 3]
        if kind == "memory":
            ptr, value = f"/containerDefinitions/{i}/memory", 400 + n
        elif kind == "cpu":
            ptr, value = f"/containerDefinitions/{i}/cpu", 32 + n % 200
        else:
            ptr, value = f"/containerDefinitions/{i}/portMappings/0/containerPort", 20000 + n
        start = time.perf_counter()
        controller.set(ptr, value)
        app.processEvents()
        kinds[kind].append((time.perf_counter() - start) * 1000)
    every = [x for samples in kinds.values() for x in samples]
    print(f"10 containers, {edits} edits on the Containers page (budget: p95 under 5 ms)")
    for kind, samples in kinds.items():
        print(f"  {kind:<7} {summary(samples)}")
    print(f"  all     {summary(every)}")


if __name__ == "__main__":
    main()
