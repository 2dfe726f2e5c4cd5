"""The Export menu: CloudFormation and Terraform files, and the clipboard.

Register-input JSON (File > Export JSON) stays in FileActions; this module adds
the other targets. Each export is written atomically; the members a target
cannot express come back from the converter as warnings, which are shown after
the file is written so the user knows what to add by hand.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from wizard.domain.findings import Finding
from wizard.domain.text.plural import plural
from wizard.ui.draft.field_names import field_name
from wizard.ui.draft.file_actions import FileActions
from wizard.ui.draft.screen_words import finding_text
from wizard.ui.widgets.table_findings import where_text

# Used in the copied command line until the draft has been saved or exported.
PLACEHOLDER_FILE = "task-definition.json"
T = TypeVar("T")


def cli_command(path: str) -> str:
    """The AWS CLI command line that registers the JSON file at ``path``."""
    target = str(Path(path).resolve()) if path else PLACEHOLDER_FILE
    # One shell word even when the path has spaces or quotes in it.
    argument = shlex.quote(f"file://{target}")
    return f"aws ecs register-task-definition --cli-input-json {argument}"


def cloudformation_format(path: str) -> Literal["json", "yaml"]:
    """JSON for a .json file name, YAML for anything else (CloudFormation's default)."""
    return "json" if Path(path).suffix.lower() == ".json" else "yaml"


class ExportActions(QObject):
    """Signals:
    status(str): a short note for the status bar.
    """

    status = Signal(str)

    def __init__(self, files: FileActions) -> None:
        super().__init__(files)
        self.files = files
        self.controller = files.controller

    # --- clipboard --------------------------------------------------------------
    @Slot()
    def copy_json(self) -> bool:
        text = self.files.register_json()
        if text is None:
            return False
        QGuiApplication.clipboard().setText(text)
        self.status.emit(self.tr("Copied the register-input JSON to the clipboard"))
        return True

    @Slot()
    def copy_cli_command(self) -> str:
        command = cli_command(self.files.last_json_path)
        QGuiApplication.clipboard().setText(command)
        if self.files.last_json_path:
            self.status.emit(self.tr("Copied the AWS CLI command line"))
        else:
            self.status.emit(
                self.tr(
                    "Copied the AWS CLI command line; export the JSON as {0} first, "
                    "or save the draft and copy again"
                ).format(PLACEHOLDER_FILE)
            )
        return command

    # --- files ------------------------------------------------------------------
    @Slot()
    def export_cloudformation(self) -> bool:
        from wizard.domain.formats.cloudformation import cloudformation_template

        # Convert before asking for a file: a draft that cannot be exported
        # should say so before the user picks a name.
        export = self._convert(cloudformation_template)
        if export is None:
            return False
        path = self.files.ask_save_path(
            self.tr("Export CloudFormation template"),
            self.files.suggested_name(".yaml"),
            self.tr(
                "CloudFormation YAML (*.yaml *.yml);;CloudFormation JSON (*.json);;All files (*)"
            ),
        )
        if not path:
            return False
        text = export.text(cloudformation_format(path))
        return self._write(path, text, export.warnings, "CloudFormation")

    @Slot()
    def export_terraform(self) -> bool:
        from wizard.domain.formats.terraform import to_terraform

        export = self._convert(to_terraform)
        if export is None:
            return False
        path = self.files.ask_save_path(
            self.tr("Export Terraform resource"),
            self.files.suggested_name(".tf"),
            self.tr("Terraform files (*.tf);;All files (*)"),
        )
        return bool(path) and self._write(path, export.text, export.warnings, "Terraform")

    # --- helpers ----------------------------------------------------------------
    def _convert(self, convert: Callable[[dict[str, Any]], T]) -> T | None:
        from wizard.domain.formats.exporter import ExportError

        try:
            return convert(self.controller.document)
        except ExportError as exc:
            self.files.refuse_export(exc)
            return None

    def _write(self, path: str, text: str, warnings: list[Finding], target: str) -> bool:
        if not self.files.write(path, text):
            return False
        name = Path(path).name
        self.status.emit(self.tr("Exported {0}").format(name))
        if warnings:
            # Each where the screen shows it ("web › Port mapping 2 › Name") and in
            # the screen's words; the API members are in the "(API: …)" note.
            document = self.controller.document
            lines = [where_text(field_name(document, w.path), finding_text(w)) for w in warnings]
            self.files.show_info(
                self.tr("Exported with warnings"),
                plural(
                    len(warnings),
                    self.tr(
                        "{0} was written, but {1} cannot express {2} member of the draft; "
                        "it was left out. Add it by hand if you need it."
                    ),
                    self.tr(
                        "{0} was written, but {1} cannot express {2} members of the draft; "
                        "they were left out. Add them by hand if you need them."
                    ),
                ).format(name, target, len(warnings)),
                "\n".join(lines),
            )
        return True
