"""Where ``-o`` writes, and what it refuses: ``export`` (and ``pull``, which
shares the writer) as users call them. Every failure is one line and exit 2."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.domain.formats.test_cloudformation import BOOK
from wizard.cli import main

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX files, links and devices")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "book.json"
    path.write_text(json.dumps(BOOK, indent=2), encoding="utf-8")
    return path


def one_error_line(capsys, out: object, reason: str) -> None:
    err = capsys.readouterr().err
    assert err == f"export: error: cannot write {out}: {reason}\n"


def test_dash_and_no_output_write_stdout(book, capsys):
    assert main(["export", str(book), "--to", "terraform"]) == 0
    plain = capsys.readouterr().out
    assert main(["export", str(book), "--to", "terraform", "-o", "-"]) == 0
    assert capsys.readouterr().out == plain and plain.startswith("resource ")
    assert sorted(p.name for p in book.parent.iterdir()) == ["book.json"]


def test_another_format_over_the_input_needs_force(book, capsys):
    before = book.read_text(encoding="utf-8")
    assert main(["export", str(book), "--to", "terraform", "-o", str(book)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"export: error: {book} is the input file;") and "--force" in err
    assert err.count("\n") == 1
    assert book.read_text(encoding="utf-8") == before
    assert main(["export", str(book), "--to", "terraform", "-o", str(book), "--force"]) == 0
    assert book.read_text(encoding="utf-8").startswith("resource ")


def test_the_input_through_a_link_is_still_the_input(book, capsys):
    link = book.parent / "alias.json"
    link.symlink_to(book.name)
    assert main(["export", str(book), "--to", "cloudformation", "-o", str(link)]) == 2
    assert "is the input file" in capsys.readouterr().err
    assert json.loads(book.read_text(encoding="utf-8")) == BOOK


def test_json_over_its_own_input_normalises_it_in_place(book, capsys):
    assert main(["export", str(book), "-o", str(book)]) == 0
    assert json.loads(book.read_text(encoding="utf-8"))["family"] == BOOK["family"]


def test_a_missing_folder_is_one_line(book, capsys):
    out = book.parent / "no" / "such" / "out.tf"
    assert main(["export", str(book), "--to", "terraform", "-o", str(out)]) == 2
    one_error_line(capsys, out, "its folder does not exist")


def test_a_folder_is_one_line(book, capsys):
    assert main(["export", str(book), "--to", "terraform", "-o", str(book.parent)]) == 2
    one_error_line(capsys, book.parent, "it is a folder")


def test_a_read_only_file_is_refused(book, capsys):
    out = book.parent / "main.tf"
    out.write_text("keep\n", encoding="utf-8")
    out.chmod(0o444)
    assert main(["export", str(book), "--to", "terraform", "-o", str(out)]) == 2
    one_error_line(capsys, out, "it is read-only")
    assert out.read_text(encoding="utf-8") == "keep\n"


def test_a_hard_linked_file_is_refused(book, capsys):
    out = book.parent / "main.tf"
    out.write_text("keep\n", encoding="utf-8")
    os.link(out, book.parent / "other.tf")
    assert main(["export", str(book), "--to", "terraform", "-o", str(out)]) == 2
    one_error_line(capsys, out, "it has other hard links, which replacing it would break")
    assert os.path.samefile(out, book.parent / "other.tf")


def test_a_fifo_without_reader_is_refused_without_waiting(book, capsys):
    fifo = book.parent / "pipe"
    os.mkfifo(fifo)
    assert main(["export", str(book), "--to", "terraform", "-o", str(fifo)]) == 2
    one_error_line(capsys, fifo, "it is a FIFO with no reader")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_full_disk_is_one_line_and_the_device_stays(book, capsys):
    assert main(["export", str(book), "--to", "terraform", "-o", "/dev/full"]) == 2
    one_error_line(capsys, "/dev/full", os.strerror(28))
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_dev_null_is_written_through(book, capsys):
    assert main(["export", str(book), "-o", "/dev/null"]) == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_250_character_name_works_and_a_256_character_one_is_one_line(book, capsys):
    name = "n" * 247 + ".tf"
    assert main(["export", str(book), "--to", "terraform", "-o", str(book.parent / name)]) == 0
    assert (book.parent / name).read_text(encoding="utf-8").startswith("resource ")
    too_long = book.parent / ("n" * 253 + ".tf")
    assert main(["export", str(book), "--to", "terraform", "-o", str(too_long)]) == 2
    one_error_line(capsys, too_long, os.strerror(36))
    assert sorted(p.name for p in book.parent.iterdir()) == ["book.json", name]


def test_a_symlink_to_another_file_system(book, capsys):
    other = Path("/dev/shm")
    if not other.is_dir() or os.stat(other).st_dev == os.stat(book.parent).st_dev:
        pytest.skip("no second file system (/dev/shm) to link to")
    folder = Path(tempfile.mkdtemp(dir=other))
    try:
        link = book.parent / "main.tf"
        link.symlink_to(folder / "main.tf")
        assert main(["export", str(book), "--to", "terraform", "-o", str(link)]) == 0
        assert link.is_symlink()
        assert (folder / "main.tf").read_text(encoding="utf-8").startswith("resource ")
    finally:
        shutil.rmtree(folder)


def test_an_existing_file_keeps_its_owner(book, capsys):
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("giving a file to another user needs root")
    out = book.parent / "theirs.tf"
    out.write_text("old\n", encoding="utf-8")
    os.chown(out, 65534, 65534)
    out.chmod(0o640)
    assert main(["export", str(book), "--to", "terraform", "-o", str(out)]) == 0
    st = out.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (65534, 65534, 0o640)


@pytest.mark.parametrize("kind", ["folder", "missing-folder", "dev-stdout"])
def test_a_real_process_never_prints_a_traceback(book, kind):
    out = {
        "folder": str(book.parent),
        "missing-folder": str(book.parent / "gone" / "x.tf"),
        "dev-stdout": "/dev/stdout",
    }[kind]
    proc = subprocess.run(
        [sys.executable, "-m", "wizard", "export", str(book), "--to", "terraform", "-o", out],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    if kind == "dev-stdout":
        assert (proc.returncode, proc.stderr) == (0, "")
        assert proc.stdout.startswith("resource ")
    else:
        assert proc.returncode == 2 and "Traceback" not in proc.stderr
        assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("export: error:")
