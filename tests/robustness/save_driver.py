"""A wizard process that saves and autosaves a large draft in a loop until killed.

    python -m tests.robustness.save_driver FILE

Runs the real MainWindow (offscreen) with the user's data folder taken from
the environment (the test points XDG_DATA_HOME at its own folder). Generation
N of the draft is :func:`draft` (N); each turn of the loop makes generation N
the draft through the controller, autosaves it (``Autosave.write_now``), then
saves it with File > Save (``FileActions.save``, the atomic writer), and moves
on to N + 1 without waiting. After the first save it prints ``SAVED 1``, so
the test knows FILE exists, and ``AUTOSAVED N`` after each autosave; then it
runs until the test kills it (or a minute has passed, so a forgotten process
never outlives a test run).

Whatever the moment of the kill, FILE must hold one whole generation, and the
autosave must be absent or one whole generation.
"""

from __future__ import annotations

import copy
import os
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LIFETIME_S = 60.0


def draft(generation: int) -> dict[str, Any]:
    """Generation ``generation`` of a draft of about 60 KB: ten containers with long
    environment values (big enough that a write takes a while to kill inside)."""
    containers = [
        {
            "name": f"service-{i}",
            "image": f"registry.example/service-{i}:{generation}",
            "essential": i == 0,
            "memory": 256,
            "portMappings": [{"containerPort": 8000 + i, "protocol": "tcp"}],
            "environment": [
                {"name": f"SETTING_{j}", "value": f"{generation}-{i}-{j}-" + "v" * 300}
                for j in range(16)
            ],
        }
        for i in range(10)
    ]
    return {
        "family": f"generation-{generation}",
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": "4096",
        "memory": "8192",
        "containerDefinitions": containers,
    }


def generation_of(document: Any) -> int:
    """The generation a draft says it is (-1 when it is none of ours)."""
    family = document.get("family") if isinstance(document, dict) else None
    prefix = "generation-"
    if isinstance(family, str) and family.startswith(prefix) and family[len(prefix) :].isdigit():
        return int(family[len(prefix) :])
    return -1


def main() -> int:
    path = sys.argv[1]
    from wizard.ui.app.application import make_application

    app = make_application(["save-driver"])
    from wizard.ui.app.main_window import MainWindow

    window = MainWindow()
    window.show()
    window.finish_startup()
    app.processEvents()
    files, autosave = window.files, window.autosave
    autosave.timer.setInterval(3_600_000)  # written here explicitly, not by the timer
    # The path File > Save writes to, as after a Save As.
    files.ask_save_path = lambda *args: path  # type: ignore[method-assign]
    # A failed save says why on stdout (the test shows the driver's lines when it stops).
    files.show_error = lambda title, text: print(f"ERROR {title}: {text}", flush=True)  # type: ignore[method-assign]
    deadline = time.monotonic() + LIFETIME_S
    generation = 1
    while time.monotonic() < deadline:
        files.load_draft(copy.deepcopy(draft(generation)), f"generation {generation}", files.path)
        if not autosave.write_now():
            print("AUTOSAVE FAILED", flush=True)
            return 1
        # The test may aim a kill at the moment the autosave exists (before and
        # during the save, which removes it); it would rarely land there by chance.
        print(f"AUTOSAVED {generation}", flush=True)
        if not files.save():
            print("SAVE FAILED", flush=True)
            return 1
        if generation == 1:
            print("SAVED 1", flush=True)
        app.processEvents()
        generation += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
