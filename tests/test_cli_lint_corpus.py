"""`lint` on every real task definition and on its export: no traceback, documented exits.

The expected exit code comes from outside the linter: 2 exactly when the file is not
a JSON object Python's own parser reads; otherwise 0 or 1 (schema errors included).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sarif_pydantic import Sarif

from tests.domain.test_corpus import FILES
from wizard.cli import main

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not FILES, reason="real corpus not found")


def _parses(path: Path) -> bool:
    try:
        return isinstance(json.loads(path.read_bytes().decode("utf-8-sig")), dict)
    except ValueError:
        return False


def _lint(capsys, *args: str) -> tuple[int, str]:
    code = main(["lint", *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return code, captured.out


def test_every_corpus_file_and_its_export_lint_with_the_documented_exit_code(tmp_path, capsys):
    codes = {}
    for path in FILES:
        code, _ = _lint(capsys, str(path))
        expected = {2} if not _parses(path) else {0, 1}
        assert code in expected, (path.name, code)
        codes[path.name] = code
        if code == 2:
            continue
        exported = tmp_path / path.name
        export_code = main(["export", str(path), "--to", "json", "-o", str(exported)])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.out + captured.err
        if export_code != 0:
            # Only a document that does not fit the API shape cannot be exported.
            assert "error" in captured.err, (path.name, captured.err)
            continue
        again, _ = _lint(capsys, str(exported))
        # Export normalises (units, read-only fields, nulls); it never fixes or adds an error.
        assert again == code, (path.name, code, again)
    # The corpus has broken and invalid files as well as valid ones: all three codes occur.
    assert set(codes.values()) == {0, 1, 2}, codes


def test_whole_corpus_in_one_process_in_every_format(tmp_path):
    names = [str(p) for p in FILES]
    for fmt in ("text", "json", "sarif", "github"):
        run = subprocess.run(
            [sys.executable, "-m", "wizard", "lint", "--format", fmt, *names],
            capture_output=True,
            timeout=300,
            cwd=ROOT,
        )
        out = run.stdout.decode("utf-8")
        err = run.stderr.decode("utf-8")
        assert "Traceback" not in out + err, (fmt, err[-3000:])
        assert run.returncode == 2, (fmt, err[-2000:])  # the corpus holds a broken JSON file
        if fmt == "json":
            assert len(json.loads(out)["files"]) == len(names)
        if fmt == "sarif":
            log = Sarif.model_validate_json(out)
            files = {
                r.locations[0].physical_location.artifact_location.uri
                for r in log.runs[0].results or []
            }
            assert len(files) > len(names) // 2
