"""Open, Save, Save As and Export for the main window.

A saved draft is plain register-input JSON (keys in the API's order when the
draft fits the API shape; otherwise the draft as it stands, so saving never
fails because of an error the user has not fixed yet). Writes are atomic.
Dialogs go through small wrapper methods that tests replace.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wizard.domain.findings import Severity
from wizard.ui import settings
from wizard.ui.controller import DraftController
from wizard.ui.file_io import write_text_atomically

JSON_FILTER = "JSON files (*.json);;All files (*)"


def draft_text(document: dict[str, Any]) -> str:
    """The text a draft is saved as."""
    from wizard.domain.exporter import ExportError, to_json

    try:
        return to_json(document)
    except ExportError:
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


class FileActions(QObject):
    """Signals:
    path_changed(str): the file the draft is saved in ("" for a new draft).
    """

    path_changed = Signal(str)

    def __init__(self, controller: DraftController, window: QWidget) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.path = ""

    # --- dialog wrappers (tests replace these) -------------------------------
    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open task definition"), settings.last_directory(), JSON_FILTER
        )
        return path

    def ask_save_path(self, title: str, suggested: str) -> str:
        start = str(Path(settings.last_directory() or ".") / suggested)
        path, _ = QFileDialog.getSaveFileName(self.window, title, start, JSON_FILTER)
        return path

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    # --- actions ----------------------------------------------------------------
    def open_dialog(self) -> bool:
        path = self.ask_open_path()
        return self.open_file(path) if path else False

    def open_file(self, path: str) -> bool:
        """Load ``path`` into the draft; on bad input say why and keep the draft."""
        from wizard.domain.importer import load_path

        result = load_path(path)
        if result.document is None or result.fatal:
            self.show_error(
                self.tr("Cannot open the file"),
                self.tr("The file was not opened; your current draft is unchanged.")
                + "\n\n"
                + "\n".join(_error_lines(path, result)[:20]),
            )
            return False
        self.controller.replace_document(result.document)
        self._set_path(path)
        return True

    def save(self) -> bool:
        return self.save_as() if not self.path else self._write(self.path)

    def save_as(self) -> bool:
        suggested = f"{self.controller.get('/family') or 'task-definition'}.json"
        path = self.ask_save_path(self.tr("Save task definition"), suggested)
        if not path:
            return False
        if self._write(path):
            self._set_path(path)
            return True
        return False

    def export_json(self) -> bool:
        """Register-input JSON for the AWS CLI; refuses a draft that does not fit the API."""
        from wizard.domain.exporter import ExportError, to_json

        try:
            text = to_json(self.controller.document)
        except ExportError as exc:
            self.show_error(
                self.tr("Cannot export yet"), self.tr("Fix this first: {0}").format(exc)
            )
            return False
        suggested = f"{self.controller.get('/family') or 'task-definition'}.json"
        path = self.ask_save_path(self.tr("Export JSON"), suggested)
        return bool(path) and self._write(path, text)

    def _write(self, path: str, text: str | None = None) -> bool:
        try:
            write_text_atomically(Path(path), text or draft_text(self.controller.document))
        except OSError as exc:
            self.show_error(
                self.tr("Cannot save"),
                self.tr("{0} could not be written: {1}. Nothing was changed.").format(path, exc),
            )
            return False
        settings.set_last_directory(str(Path(path).resolve().parent))
        return True

    def _set_path(self, path: str) -> None:
        self.path = path
        settings.set_last_directory(str(Path(path).resolve().parent))
        self.path_changed.emit(path)


def _error_lines(path: str, result) -> list[str]:
    lines = []
    for f in result.findings:
        if f.severity is Severity.ERROR:
            if "line" in f.params:
                line, col = f.params["line"], f.params["column"]
            else:
                line, col = result.position(f.path)
            lines.append(f"{Path(path).name}:{line}:{col}: {f.message}")
    return lines
