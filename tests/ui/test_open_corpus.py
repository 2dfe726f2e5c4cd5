"""Every valid file of the real corpus opens in the wizard and exports the same document.

Reads ../shared/corpus/real (or $ECS_WIZARD_CORPUS); skips, saying why, where absent.
"""

from __future__ import annotations

import pytest

from tests.domain.test_corpus import (
    ACCEPTED,
    CORPUS,
    FILES,
    _botocore_input,
    _normalised_size,
    _parsed,
)
from wizard.domain.formats.exporter import export_document

pytestmark = pytest.mark.skipif(not FILES, reason=f"real corpus not found at {CORPUS}")


def test_every_valid_corpus_file_opens_and_exports_the_same_document(main_window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(main_window.files, "show_error", lambda title, text: shown.append(text))
    for path in ACCEPTED:
        main_window.files.path = ""
        main_window.controller.undo_stack.setClean()
        assert main_window.open_file(str(path)), f"{path.name}: {shown}"
        expected = _normalised_size(_botocore_input(_parsed(path)))
        assert export_document(main_window.controller.document) == expected, path.name
    assert shown == []


def test_files_that_are_not_json_are_refused_with_line_and_column(main_window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(main_window.files, "show_error", lambda title, text: shown.append(text))
    main_window.controller.set("/family", "kept")
    broken = [p for p in FILES if _parsed(p) is None]
    assert broken
    for path in broken:
        assert not main_window.open_file(str(path))
        assert f"{path.name}:" in shown[-1]
    assert main_window.controller.get("/family") == "kept"
