"""Input files that are not plain files: FIFOs, devices, link loops, pipes.

Each command runs in its own process with a time limit, so a hang fails the
test instead of stalling the suite.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.domain.formats.test_cloudformation import BOOK
from wizard.domain.formats.importer import load_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and /dev/fd")
ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        capture_output=True,
        text=True,
        timeout=60,  # a FIFO with no writer used to wait here forever
        cwd=ROOT,
        env=env,
        check=False,
    )


def reasons(path: str) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in load_path(path).findings]


@pytest.mark.parametrize("command", ["lint", "export", "cost", "register --dry-run"])
def test_a_fifo_with_no_writer_is_refused_not_waited_for(tmp_path, command):
    fifo = tmp_path / "task.json"
    os.mkfifo(fifo)
    proc = run(*command.split(), str(fifo))
    assert proc.returncode == 2, proc.stderr
    # lint reports on stdout, the others on stderr
    assert "it is a FIFO with no writer" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr


def test_dev_zero_is_not_a_regular_file():
    assert reasons("/dev/zero") == [
        ("input-unreadable", "The file cannot be read: it is not a regular file.")
    ]
    proc = run("lint", "/dev/zero")
    assert proc.returncode == 2 and "it is not a regular file" in proc.stdout
    assert "2097153" not in proc.stdout


def test_a_symlink_loop_is_called_a_loop(tmp_path):
    (tmp_path / "a.json").symlink_to("b.json")
    (tmp_path / "b.json").symlink_to("a.json")
    assert reasons(str(tmp_path / "a.json")) == [
        ("input-unreadable", "The file cannot be read: it is a symbolic link loop.")
    ]


def test_a_missing_file_and_a_folder_are_still_what_they_were(tmp_path):
    assert [r for r, _ in reasons(str(tmp_path / "none.json"))] == ["input-missing"]
    assert reasons(str(tmp_path)) == [
        ("input-unreadable", "The file cannot be read: it is a directory.")
    ]


def test_a_pipe_being_written_is_read_to_its_end(tmp_path):
    """``lint <(cat task.json)``: the shell hands over /dev/fd/N, a pipe with a writer."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash for process substitution")
    src = tmp_path / "book.json"
    src.write_text(json.dumps(BOOK), encoding="utf-8")
    script = f'"$0" -m wizard lint <(sleep 0.3; cat "{src}")'
    proc = subprocess.run(
        [bash, "-c", script, sys.executable],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr  # read and checked, not refused
    assert "cannot be read" not in proc.stdout + proc.stderr


def test_the_reasons_are_translated(tmp_path):
    fifo = tmp_path / "task.json"
    os.mkfifo(fifo)
    (tmp_path / "a.json").symlink_to("a.json")
    env = dict(os.environ, LANG="zh_CN.UTF-8")
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    proc = run("lint", str(fifo), "/dev/zero", str(tmp_path / "a.json"), env=env)
    assert proc.returncode == 2
    for chinese in ("没有写入方", "不是普通文件", "循环的符号链接"):
        assert chinese in proc.stdout + proc.stderr
    assert "FIFO with no writer" not in proc.stdout + proc.stderr
