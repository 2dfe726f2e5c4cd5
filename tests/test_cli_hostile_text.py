"""Text the command line prints from files and servers: lone surrogates, control
characters, file names with newlines, and reports of a flood of findings. Run as
a user runs it (a subprocess with a real stdout) where the encoding matters."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.rulekit import book_example
from wizard.cli import main
from wizard.commands.lint import MAX_JSON_FINDINGS, MAX_TEXT_LINES
from wizard.domain.formats.importer import load_text
from wizard.domain.text.terminal import printable

REPO = Path(__file__).resolve().parents[1]
# A family and a container name, each with half of a surrogate pair (escaped in JSON).
SURROGATES = (
    '{"family": "web\\ud800x", "containerDefinitions": '
    '[{"name": "a\\udfff", "image": "nginx:1.27", "memory": 512}]}'
)
INJECTED = "web\x1b]0;pwned\x07\x1b[31m\nfake.json:1:1: error [x] injected"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """The command in a child process, its output as bytes (a strict UTF-8 locale)."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": ""}
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args], cwd=cwd, env=env, capture_output=True, timeout=120
    )


@pytest.fixture
def files(tmp_path: Path) -> Path:
    # Good files, each with one note (an untagged image) so that each shows in the output.
    good = SURROGATES.replace("web\\ud800x", "good").replace("a\\udfff", "a").replace(":1.27", "")
    (tmp_path / "a.json").write_text(good, encoding="utf-8")
    (tmp_path / "bad.json").write_text(SURROGATES, encoding="ascii")
    (tmp_path / "c.json").write_text(good, encoding="utf-8")
    return tmp_path


def test_a_lone_surrogate_is_a_finding_at_its_pointer():
    found = [f for f in load_text(SURROGATES).findings if f.rule == "text-lone-surrogate"]
    assert [(f.path, f.severity.value) for f in found] == [
        ("/containerDefinitions/0/name", "error"),
        ("/family", "error"),
    ]
    assert "\\ud800" in found[1].message and "AWS cannot take it" in found[1].message
    assert not [
        f
        for f in load_text('{"family": "caf\\u00e9 \\ud83d\\ude00"}').findings
        if f.rule == "text-lone-surrogate"
    ]


def test_one_bad_file_never_takes_the_others_down(files):
    done = run("lint", "a.json", "bad.json", "c.json", cwd=files)
    out = done.stdout.decode("utf-8")  # strict: nothing undecodable was written
    assert done.returncode == 1, done.stderr
    assert "bad.json:1:2: error [text-lone-surrogate] This text holds \\ud800" in out
    assert "(at /containerDefinitions/0/name)" in out and "'a\\udfff'" in out
    assert out.startswith("a.json:") and "\nc.json:" in out
    assert out.rstrip().endswith("in 3 files")
    assert b"Traceback" not in done.stderr


def test_json_lint_of_a_lone_surrogate_is_valid_json(files):
    done = run("lint", "--format", "json", "a.json", "bad.json", "c.json", cwd=files)
    report = json.loads(done.stdout.decode("utf-8"))
    assert done.returncode == 1
    assert [f["file"] for f in report["files"]] == ["a.json", "bad.json", "c.json"]
    rules = {(f["rule"], f["path"]) for f in report["files"][1]["findings"]}
    assert ("text-lone-surrogate", "/family") in rules
    assert report["summary"]["errors"] >= 4


@pytest.mark.parametrize("target", ["json", "cloudformation", "terraform"])
def test_every_export_writes_a_lone_surrogate_as_its_escape(files, target):
    done = run("export", "bad.json", "--to", target, cwd=files)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0, done.stderr
    assert "\\ud800" in out.lower() and "\\udfff" in out.lower()
    assert b"remain" in done.stderr  # the errors are mentioned, not hidden
    if target == "json":
        assert json.loads(out)["family"] == "web\ud800x"  # the escape reads back the same
    written = run("export", "bad.json", "--to", target, "-o", "out.txt", cwd=files)
    assert written.returncode == 0, written.stderr
    assert (files / "out.txt").read_bytes().decode("utf-8") == out


def test_register_dry_run_refuses_a_lone_surrogate_without_crashing(files):
    done = run("register", "--dry-run", "bad.json", cwd=files)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1
    assert "[text-lone-surrogate]" in err and "nothing was sent" in err
    assert "Traceback" not in err


def test_names_and_file_names_cannot_write_to_the_terminal(tmp_path, capsys):
    doc = book_example(family=INJECTED)
    name = tmp_path / "evil\nfake.json:9:9: error [x] forged.json"
    name.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["lint", str(name)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "web\\x1b]0;pwned\\x07\\x1b[31m\\nfake.json:1:1: error [x] injected" in out
    for line in out.splitlines():  # every line is a finding of the file, a hint or the summary
        assert line.startswith((str(tmp_path), "    ")) or line.endswith("in 1 file"), line
    assert "evil\\nfake.json:9:9" in out


def test_printable_escapes_controls_and_keeps_the_rest():
    assert printable("a\tb\r\n\x00\x7f\x9b\u202e") == "a\\tb\\r\\n\\x00\\x7f\\x9b\\u202e"
    text = "容器 'web' — café ✓ C:\\path"
    assert printable(text) == text


def _many_problems(count: int) -> dict:
    """A definition with ``count`` containers, each wrong in three different ways
    (one parent each: the per-rule condensing does not apply)."""
    bad = [{"name": f"c {i}", "image": "", "memory": -1} for i in range(count)]
    return {"family": "big", "containerDefinitions": bad}


def test_a_flood_of_findings_is_capped_per_file_with_a_closing_count(tmp_path, capsys):
    path = tmp_path / "big.json"
    path.write_text(json.dumps(_many_problems(800)), encoding="utf-8")
    assert main(["lint", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    findings = [line for line in lines if line.startswith(f"{path}:") and " [" in line]
    assert len(findings) == MAX_TEXT_LINES
    total = int(lines[-1].split()[0])  # "N errors, 0 warnings in 1 file": all counted
    assert total > MAX_TEXT_LINES
    assert lines[-2] == (
        f"{path}: {total - MAX_TEXT_LINES} more findings not listed (at most {MAX_TEXT_LINES} "
        "per file)"
    )


def test_the_json_report_lists_a_bounded_number_and_counts_the_rest(tmp_path, capsys):
    path = tmp_path / "big.json"
    path.write_text(json.dumps(_many_problems(800)), encoding="utf-8")
    assert main(["lint", "--format", "json", str(path)]) == 1
    report = json.loads(capsys.readouterr().out)
    (entry,) = report["files"]
    assert len(entry["findings"]) == MAX_JSON_FINDINGS
    assert entry["more"] == report["summary"]["errors"] - MAX_JSON_FINDINGS > 0
    assert sum(entry["more_by_rule"].values()) == entry["more"]
    small = tmp_path / "small.json"
    small.write_text(json.dumps(_many_problems(2)), encoding="utf-8")
    main(["lint", "--format", "json", str(small)])
    assert "more" not in json.loads(capsys.readouterr().out)["files"][0]


def test_a_file_that_breaks_the_linter_is_reported_and_the_others_checked(
    files, capsys, monkeypatch
):
    import wizard.commands.lint as lint

    real = lint.run_rules

    def breaks_on_bad(document, launch_types=()):
        if document.get("family") == "web\ud800x":
            raise RuntimeError("a rule broke")
        return real(document, launch_types)

    monkeypatch.setattr(lint, "run_rules", breaks_on_bad)
    monkeypatch.chdir(files)
    assert main(["lint", "a.json", "bad.json", "c.json"]) == 2  # 2: a file was not checked
    out = capsys.readouterr().out
    assert "bad.json:1:1: error [lint-internal-error] The linter failed on this file" in out
    assert "RuntimeError: a rule broke" in out
    assert out.startswith("a.json:") and "\nc.json:" in out and "in 3 files" in out
    assert main(["lint", "--format", "json", "a.json", "bad.json", "c.json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert [f["rule"] for f in report["files"][1]["findings"]] == ["lint-internal-error"]
    assert report["files"][2]["findings"]  # c.json was checked after it
