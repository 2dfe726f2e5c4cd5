"""Atomic file writes for the GUI (QSaveFile: a crash never leaves half a file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSaveFile


def write_text_atomically(path: Path, text: str) -> None:
    save = QSaveFile(str(path))
    if not save.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise OSError(save.errorString())
    save.write(text.encode("utf-8"))
    if not save.commit():
        raise OSError(save.errorString())
