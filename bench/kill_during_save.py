"""SIGKILL during save and autosave, 30 rounds (the suite runs fewer).

Runs ``tests/robustness/test_kill_during_save.py`` with ``KILL_ROUNDS`` rounds
(30 unless given): the same checks after every kill as in the suite, with the
kills spread over the window in 30 slices instead of the suite's 8 (every other
one, as there, at the next autosave). Prints how long the rounds took and how
many kills found an autosave to recover.

Usage: python bench/kill_during_save.py [ROUNDS] [SEED]
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST = (
    "tests/robustness/test_kill_during_save.py"
    "::test_sigkill_at_random_moments_leaves_whole_files_and_recovery"
)


def main() -> int:
    rounds = sys.argv[1] if len(sys.argv) > 1 else "30"
    env = dict(os.environ, KILL_ROUNDS=rounds, QT_QPA_PLATFORM="offscreen")
    if len(sys.argv) > 2:
        env["KILL_SEED"] = sys.argv[2]
    started = time.monotonic()
    command = [sys.executable, "-m", "pytest", TEST, "-q", "-s", "-p", "no:cacheprovider"]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    took = time.monotonic() - started
    found = [line for line in done.stdout.splitlines() if line.startswith("{'rounds'")]
    print(f"kill during save: {rounds} rounds in {took:.1f} s; {found[-1] if found else '?'}")
    if done.returncode != 0:
        print(done.stdout[-4000:], done.stderr[-2000:], sep="\n")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
