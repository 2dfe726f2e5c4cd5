"""Run a driver script (a small GUI program a test kills or watches) in its own process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent


def spawn_driver(module: str, *args: str, stderr: IO[str]) -> tuple[subprocess.Popen, list[str]]:
    """``python -m module args`` offscreen from the repository root, and the list its
    stdout lines are collected into by a thread. ``stderr`` should be a file: a pipe
    nobody reads could fill up and stall the driver."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
    )
    lines: list[str] = []
    stdout = process.stdout
    assert stdout is not None  # stdout=PIPE above

    def collect() -> None:
        # Closed at end of output (the driver exited or was killed), so no pipe is
        # left open for the garbage collector to warn about.
        with stdout:
            lines.extend(stdout)

    threading.Thread(target=collect, daemon=True).start()
    return process, lines


def default_sigint() -> None:
    """For ``preexec_fn``: the child takes Ctrl+C as a terminal would deliver it.

    A suite started in the background by a shell without job control (``cmd &`` in a
    script) inherits SIGINT ignored, and so would every child; Python then installs
    no KeyboardInterrupt handler, and a test that sends SIGINT would see it ignored.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
