"""File > Import docker-compose: services become the containers of a new draft.

The import itself is ``wizard.domain.formats.compose.importer``. This module asks for the file,
refuses bad input with line and column (the current draft untouched), loads a
successful import as one undoable step and then shows the report: every part
of the compose file that could not be mapped, where it is and why.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.findings import Finding, Severity, split_pointer
from wizard.domain.text.plural import plural
from wizard.ui.app import settings
from wizard.ui.draft.file_actions import FileActions
from wizard.ui.draft.screen_words import finding_text
from wizard.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:  # the compose importer loads PyYAML: only when importing a file
    from wizard.domain.formats.compose.importer import ComposeImport


def report_lines(name: str, result: ComposeImport) -> list[tuple[str, str, str, str]]:
    """(file:line:column, severity, compose key, why) for each finding.

    The key as compose names it ("services.web.ports.0"), not a JSON Pointer; why
    in the screen's words (task definition members as the wizard labels them, the
    API members in a note), with what to do."""
    rows = []
    for finding in result.findings:
        line, column = _place(result, finding)
        key = ".".join(split_pointer(finding.path))
        rows.append((f"{name}:{line}:{column}", finding.severity.value, key, finding_text(finding)))
    return rows


def _place(result: ComposeImport, finding: Finding) -> tuple[int, int]:
    if "line" in finding.params and "column" in finding.params:
        return int(finding.params["line"]), int(finding.params["column"])
    return result.position(finding.path)


SEVERITY_NAMES = {
    "error": QT_TRANSLATE_NOOP("ComposeReportDialog", "error"),
    "warning": QT_TRANSLATE_NOOP("ComposeReportDialog", "warning"),
    "info": QT_TRANSLATE_NOOP("ComposeReportDialog", "info"),
}


class ComposeReportDialog(QDialog):
    """What the import did not map, one row per finding."""

    def __init__(
        self, intro: str, rows: list[tuple[str, str, str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composeReportDialog")
        self.setWindowTitle(self.tr("docker-compose import report"))
        label = QLabel(intro, self)
        label.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Import report"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("Where"), self.tr("Severity"), self.tr("Compose key"), self.tr("Why")]
        )
        for row in rows:
            # The severity arrives as the API word ("error"); show it translated.
            severity = SEVERITY_NAMES.get(row[1])
            item = QTreeWidgetItem(
                [row[0], self.tr(str(severity)) if severity else row[1], *row[2:]]
            )
            item.setToolTip(3, row[3])
            self.table.addTopLevelItem(item)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # The Why column shows one line of a long reason: the selected row's
        # reason is shown whole below the table (and in the row's tooltip).
        self.detail = WrappedLabel("", self)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("Why, for the selected row"))
        self.table.currentItemChanged.connect(self._show_detail)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        self.detail.setText(item.text(3) if item is not None else "")


class ComposeActions(QObject):
    """Signals:
    status(str): a short note for the status bar.
    """

    status = Signal(str)

    def __init__(self, files: FileActions) -> None:
        super().__init__(files)
        self.files = files

    # --- dialog wrappers (tests replace these) -------------------------------
    def ask_compose_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.files.window,
            self.tr("Import docker-compose file"),
            settings.last_directory(),
            self.tr("Compose files (*.yml *.yaml);;All files (*)"),
        )
        return path

    def ask_network_mode(self, file_name: str) -> str | None:
        """awsvpc or bridge for the imported task; None when cancelled."""
        from wizard.ui.dialogs.compose_options import ComposeOptionsDialog

        return ComposeOptionsDialog.ask(file_name, self.files.window)

    def show_report(self, intro: str, rows: list[tuple[str, str, str, str]]) -> None:
        dialog = ComposeReportDialog(intro, rows, self.files.window)
        dialog.exec()
        dialog.deleteLater()

    # --- the action -------------------------------------------------------------
    @Slot()
    def import_dialog(self) -> bool:
        path = self.ask_compose_path()
        if not path:
            return False
        # The network mode decides what becomes of addresses between services.
        network_mode = self.ask_network_mode(Path(path).name)
        return self.import_file(path, network_mode) if network_mode else False

    def import_file(self, path: str, network_mode: str = "awsvpc") -> bool:
        """Import ``path`` as a task in ``network_mode`` (awsvpc or bridge); on bad
        input say where and keep the current draft."""
        from wizard.domain.formats.compose.importer import import_compose_bytes
        from wizard.domain.formats.text_input import MAX_INPUT_BYTES
        from wizard.safe_files import read_input

        name = Path(path).name
        try:
            # One byte past the limit lets the importer say "too large" without reading
            # it all; a FIFO or a device never makes the window wait.
            data = read_input(path, MAX_INPUT_BYTES + 1)
        except OSError as exc:
            self._refuse(f"{name}: {self.files.file_problem(exc)}")
            return False
        result = import_compose_bytes(data, network_mode=network_mode)
        if result.document is None:
            errors = [r for r in report_lines(name, result) if r[1] == Severity.ERROR.value]
            self._refuse("\n".join(f"{where}: {why}" for where, _, _, why in errors[:20]))
            return False
        # Only now, with a draft to show for it, ask about unsaved changes.
        if not self.files.maybe_save():
            return False
        label = self.tr("Import {0}").format(name)
        self.files.load_draft(result.document, label)
        settings.set_last_directory(str(Path(path).resolve().parent))
        count = len(result.document.get("containerDefinitions", []))
        self.status.emit(
            plural(
                count,
                self.tr("Imported {0} container from {1}"),
                self.tr("Imported {0} containers from {1}"),
            ).format(count, name)
        )
        rows = report_lines(name, result)
        if rows:
            intro = plural(
                count,
                self.tr(
                    "Imported {0} container from {1} with network mode {2}. These parts of "
                    "the file were not mapped, or need a look:"
                ),
                self.tr(
                    "Imported {0} containers from {1} with network mode {2}. These parts of "
                    "the file were not mapped, or need a look:"
                ),
            ).format(count, name, network_mode)
            self.show_report(intro, rows)
        return True

    def _refuse(self, details: str) -> None:
        self.files.show_error(
            self.tr("Cannot import the file"),
            self.tr("The file was not imported; your current draft is unchanged.")
            + "\n\n"
            + details,
        )
