"""The one writer (wizard.safe_files) on real files, links, FIFOs and devices.

Permission rules that root bypasses are checked in a child process that runs
as the unprivileged user ``nobody`` (skipped, with the reason, where this test
cannot drop privileges).
"""

from __future__ import annotations

import functools
import os
import select
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from wizard import safe_files
from wizard.safe_files import Refusal, WriteRefused, write_text

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX files, links and modes")
ROOT = Path(__file__).resolve().parents[1]
NOBODY = 65534


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(params=[True, False], ids=["unnamed-temp", "named-temp"])
def both_temporaries(request, monkeypatch) -> None:
    """Every replace test runs with Linux's unnamed temporary files and with the
    short named ones other systems get."""
    if request.param and not safe_files._unnamed_works:
        pytest.skip("this system has no unnamed temporary files")
    monkeypatch.setattr(safe_files, "_unnamed_works", request.param)


def test_a_new_file_gets_the_umask_and_nothing_is_left_beside_it(tmp_path, both_temporaries):
    old = os.umask(0o027)
    try:
        write_text(tmp_path / "new.json", '{"family": "web"}\n')
    finally:
        os.umask(old)
    assert (tmp_path / "new.json").read_text(encoding="utf-8") == '{"family": "web"}\n'
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o640
    assert listing(tmp_path) == ["new.json"]


def test_an_existing_file_keeps_its_mode_and_inode_changes(tmp_path, both_temporaries):
    target = tmp_path / "task.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o604)
    before = target.stat().st_ino
    write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o604
    assert target.stat().st_ino != before  # replaced, not rewritten in place
    assert listing(tmp_path) == ["task.json"]


def test_set_id_bits_are_not_carried_over(tmp_path):
    target = tmp_path / "task.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o6750)
    write_text(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o750


def test_a_failed_replace_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path, both_temporaries, monkeypatch
):
    target = tmp_path / "task.json"
    target.write_text("old", encoding="utf-8")

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space"):
        write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert listing(tmp_path) == ["task.json"]


def test_a_250_character_name_is_written(tmp_path, both_temporaries):
    name = "t" * 245 + ".json"
    write_text(tmp_path / name, "{}")
    assert listing(tmp_path) == [name]


def test_a_read_only_file_is_refused_even_for_root(tmp_path):
    target = tmp_path / "locked.json"
    target.write_text("keep", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(WriteRefused) as caught:
        write_text(target, "new")
    assert caught.value.reason is Refusal.READ_ONLY
    assert caught.value.strerror == "it is read-only"
    assert target.read_text(encoding="utf-8") == "keep"


def test_a_symlink_is_followed_and_stays_a_link(tmp_path, both_temporaries):
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to("real.json")
    write_text(link, "new")
    assert link.is_symlink() and os.readlink(link) == "real.json"
    assert real.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.json"
    link.symlink_to("made.json")
    write_text(link, "new")
    assert link.is_symlink() and (tmp_path / "made.json").read_text(encoding="utf-8") == "new"


def test_a_symlink_loop_is_refused_as_a_loop(tmp_path):
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    with pytest.raises(WriteRefused) as caught:
        write_text(tmp_path / "a", "x")
    assert caught.value.reason is Refusal.SYMLINK_LOOP
    assert listing(tmp_path) == ["a", "b"]


def test_a_symlink_to_another_file_system_writes_there(tmp_path):
    """The temporary file is made beside the target, so no rename crosses file systems."""
    other = Path("/dev/shm")
    if not other.is_dir() or os.stat(other).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("no second file system (/dev/shm) to link to")
    folder = Path(tempfile.mkdtemp(dir=other))
    try:
        (tmp_path / "out.json").symlink_to(folder / "out.json")
        write_text(tmp_path / "out.json", "across")
        assert (folder / "out.json").read_text(encoding="utf-8") == "across"
        assert listing(folder) == ["out.json"]
    finally:
        shutil.rmtree(folder)


def test_a_hard_linked_file_is_refused_and_both_names_keep_it(tmp_path):
    first = tmp_path / "first.json"
    first.write_text("shared", encoding="utf-8")
    os.link(first, tmp_path / "second.json")
    with pytest.raises(WriteRefused) as caught:
        write_text(first, "new")
    assert caught.value.reason is Refusal.HARD_LINKED
    assert os.path.samefile(first, tmp_path / "second.json")
    assert (tmp_path / "second.json").read_text(encoding="utf-8") == "shared"


def test_a_folder_and_a_socket_are_refused(tmp_path):
    with pytest.raises(WriteRefused) as caught:
        write_text(tmp_path, "x")
    assert caught.value.reason is Refusal.FOLDER
    # A socket path must stay short: tmp_path can be long.
    folder = Path(tempfile.mkdtemp())
    try:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(folder / "s"))
        try:
            with pytest.raises(WriteRefused) as caught:
                write_text(folder / "s", "x")
            assert caught.value.reason is Refusal.SOCKET
            assert stat.S_ISSOCK(os.lstat(folder / "s").st_mode)
        finally:
            server.close()
    finally:
        shutil.rmtree(folder)


def test_a_missing_folder_is_said(tmp_path):
    with pytest.raises(WriteRefused) as caught:
        write_text(tmp_path / "nowhere" / "x.json", "x")
    assert caught.value.reason is Refusal.MISSING_FOLDER


def test_a_fifo_without_reader_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(WriteRefused) as caught:
        write_text(fifo, "x")
    assert caught.value.reason is Refusal.NO_READER
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_fifo_with_a_reader_is_written_through(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader_fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader is present
    text = "x" * 200_000  # larger than a pipe's buffer: the writer must wait, not fail

    def read() -> None:
        # Until all of it arrived, or 30 s: then closing the reader ends a stuck
        # writer with a broken pipe instead of leaving the test waiting forever.
        deadline = time.monotonic() + 30
        got = 0
        try:
            while got < len(text) and time.monotonic() < deadline:
                if not select.select([reader_fd], [], [], 0.1)[0]:
                    continue
                chunk = os.read(reader_fd, 65536)
                if not chunk:  # no writer yet (or any more): look again shortly
                    time.sleep(0.01)
                    continue
                received.append(chunk)
                got += len(chunk)
        finally:
            os.close(reader_fd)

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    try:
        write_text(fifo, text)
    finally:
        thread.join(40)
    assert b"".join(received).decode() == text
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_dev_null_is_written_through_and_stays_a_device():
    write_text("/dev/null", "nothing")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_dev_full_fails_with_no_space_and_stays_a_device():
    with pytest.raises(OSError) as caught:
        write_text("/dev/full", "x")
    assert caught.value.strerror == os.strerror(28)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.parametrize("name", ["/dev/stdout", "/dev/fd/1"])
def test_dev_stdout_redirected_to_a_file_is_appended_not_replaced(tmp_path, name):
    if not os.path.exists(name):
        pytest.skip(f"no {name} here")
    out = tmp_path / "out.txt"
    out.write_text("before\n", encoding="utf-8")
    code = f"from wizard.safe_files import write_text; write_text({name!r}, 'after\\n')"
    with out.open("a", encoding="utf-8") as handle:
        subprocess.run(
            [sys.executable, "-c", code], stdout=handle, cwd=ROOT, check=True, timeout=60
        )
    assert out.read_text(encoding="utf-8") == "before\nafter\n"


def test_private_files_are_0600_whatever_the_umask(tmp_path, both_temporaries):
    old = os.umask(0)
    try:
        folder = safe_files.private_folder(tmp_path / "data" / "app")
        write_text(folder / "autosave.json", "{}", private=True)
        existing = folder / "old.json"
        existing.write_text("{}", encoding="utf-8")
        existing.chmod(0o666)
        write_text(existing, "{}", private=True)
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "autosave.json").stat().st_mode) == 0o600
    assert stat.S_IMODE(existing.stat().st_mode) == 0o600


def test_tighten_makes_an_old_folder_private_and_leaves_links_alone(tmp_path):
    folder = tmp_path / "app"
    (folder / "logs").mkdir(parents=True)
    folder.chmod(0o755)
    (folder / "logs").chmod(0o775)
    (folder / "autosave.json").write_text("{}", encoding="utf-8")
    (folder / "autosave.json").chmod(0o644)
    (folder / "logs" / "crash.log").write_text("x", encoding="utf-8")
    (folder / "logs" / "crash.log").chmod(0o664)
    outside = tmp_path / "outside.txt"
    outside.write_text("x", encoding="utf-8")
    outside.chmod(0o644)
    (folder / "link").symlink_to(outside)
    safe_files.tighten(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "logs").stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "autosave.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / "logs" / "crash.log").stat().st_mode) == 0o600
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644


# --- as root and as an unprivileged user --------------------------------------------


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder both root and ``nobody`` can write (tmp_path is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="safe-files-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


def _drop() -> None:
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


@functools.cache
def _python_for_nobody() -> str | None:
    """An interpreter ``nobody`` may run: the test's own may sit under root's home.
    wizard.safe_files needs only the standard library, so the system's will do."""
    candidates = (
        sys.executable,
        getattr(sys, "_base_executable", ""),
        shutil.which("python3"),
        shutil.which("python3", path=os.defpath),
    )
    for candidate in candidates:
        if not candidate:
            continue
        try:
            probe = subprocess.run(
                [candidate, "-c", "import sys; assert sys.version_info >= (3, 11)"],
                preexec_fn=_drop,
                capture_output=True,
                timeout=60,
                check=False,
            )
        except OSError:
            continue
        if probe.returncode == 0:
            return candidate
    return None


def run_as_nobody(code: str) -> subprocess.CompletedProcess[str]:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("dropping to the user nobody needs root")
    python = _python_for_nobody()
    if python is None:
        pytest.skip("no Python 3.11+ interpreter that the user nobody may run")
    return subprocess.run(
        [python, "-c", code],
        preexec_fn=_drop,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=False,
    )


def test_root_writing_another_users_file_keeps_that_owner(shared_folder):
    if os.geteuid() != 0:
        pytest.skip("writing as root needs root")
    target = shared_folder / "theirs.json"
    target.write_text("old", encoding="utf-8")
    os.chown(target, NOBODY, NOBODY)
    target.chmod(0o600)
    write_text(target, "new")
    st = target.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (NOBODY, NOBODY, 0o600)
    assert target.read_text(encoding="utf-8") == "new"


def test_an_unprivileged_user_cannot_take_over_another_users_file(shared_folder):
    """The folder lets nobody replace root's file, which would then be nobody's: refused."""
    target = shared_folder / "roots.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o666)
    proc = run_as_nobody(
        "from wizard.safe_files import write_text\n"
        "try:\n"
        f"    write_text({str(target)!r}, 'new')\n"
        "except OSError as exc:\n"
        "    print(exc.strerror)\n"
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == Refusal.OWNER.value
    st = target.stat()
    assert (st.st_uid, target.read_text(encoding="utf-8")) == (0, "old")
    assert listing(shared_folder) == ["roots.json"]


def test_an_unprivileged_user_is_refused_a_read_only_file_of_their_own(shared_folder):
    target = shared_folder / "mine.json"
    target.write_text("old", encoding="utf-8")
    os.chown(target, NOBODY, NOBODY)
    target.chmod(0o444)
    proc = run_as_nobody(
        "from wizard.safe_files import write_text\n"
        "try:\n"
        f"    write_text({str(target)!r}, 'new')\n"
        "except OSError as exc:\n"
        "    print(exc.strerror)\n"
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == Refusal.READ_ONLY.value
    assert target.read_text(encoding="utf-8") == "old"


def test_an_unprivileged_user_gets_0600_private_files_with_umask_0(shared_folder):
    proc = run_as_nobody(
        "import os\n"
        "from wizard.safe_files import private_folder, write_text\n"
        "os.umask(0)\n"
        f"folder = private_folder({str(shared_folder / 'state')!r})\n"
        "write_text(folder / 'autosave.json', '{}', private=True)\n"
    )
    assert proc.returncode == 0, proc.stderr
    folder = shared_folder / "state"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    st = (folder / "autosave.json").stat()
    assert (st.st_uid, stat.S_IMODE(st.st_mode)) == (NOBODY, 0o600)


def test_without_unnamed_files_the_write_falls_back_and_leaves_nothing(tmp_path, monkeypatch):
    if not safe_files._unnamed_works:
        pytest.skip("this system has no unnamed temporary files")
    monkeypatch.setattr(safe_files, "_unnamed_works", True)  # restored afterwards
    target = tmp_path / "task.json"
    target.write_text("old", encoding="utf-8")

    def no_unnamed_here(folder):
        raise safe_files._NoUnnamed(system_wide=False)  # as on a FAT stick

    with monkeypatch.context() as patch:
        patch.setattr(safe_files, "_unnamed", no_unnamed_here)
        write_text(target, "one")
    assert safe_files._unnamed_works  # other file systems still get unnamed files

    def cannot_link(fd, name):
        raise safe_files._NoUnnamed(system_wide=True)  # no /proc, or no linkat

    monkeypatch.setattr(safe_files, "_link_descriptor", cannot_link)
    write_text(target, "two")
    assert not safe_files._unnamed_works  # not tried again in this process
    assert target.read_text(encoding="utf-8") == "two"
    assert listing(tmp_path) == ["task.json"]
