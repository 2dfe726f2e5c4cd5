"""Editors for the fields of a volume type (see :mod:`volume_types`).

Each editor is bound through a pointer callable that follows the volume
selected in the volume editor; the returned syncer (binder or table) is
re-synced when the selection changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.volume_types import VolumeField
from wizard.ui.widgets.enabled_binder import bind_enabled
from wizard.ui.widgets.field_row import bind_check, bind_combo, bind_text
from wizard.ui.widgets.key_value_table import KeyValueTable


# Texts use literal translate() calls in the volume editor's context: lupdate
# extracts only literal ones, and a helper would file them under no context.
def make_field_editor(
    controller: DraftController, page: QWidget, spec: VolumeField, ptr: Callable[[], str]
) -> tuple[QWidget, Any]:
    """(editor, syncer) for one field; the editor's accessible name is its label."""
    if spec.kind == "map":
        table = KeyValueTable(
            controller,
            ptr,
            name=spec.label,
            key_title=QCoreApplication.translate("VolumeEditor", "Key"),
            value_title=QCoreApplication.translate("VolumeEditor", "Value"),
            parent=page,
        )
        return table, table
    editor: QWidget
    if spec.kind == "check":
        editor = QCheckBox(spec.label, page)
        binder: Any = bind_check(controller, ptr, editor, remove_when_default=True)
    elif spec.kind == "enabled":
        editor = QCheckBox(QCoreApplication.translate("VolumeEditor", "Enabled"), page)
        binder = bind_enabled(controller, ptr, editor)
    elif spec.kind == "scope":
        editor = QComboBox(page)
        editor.addItem(
            QCoreApplication.translate("VolumeEditor", "task (removed with the task)"), "task"
        )
        editor.addItem(
            QCoreApplication.translate("VolumeEditor", "shared (outlives the task)"), "shared"
        )
        binder = bind_combo(controller, ptr, editor)
    else:
        editor = QLineEdit(page)
        editor.setPlaceholderText(spec.placeholder)
        binder = bind_text(
            controller,
            ptr,
            editor,
            integer=spec.kind == "int",
            empty_removes=not spec.keep_empty,
        )
    editor.setAccessibleName(spec.label)
    return editor, binder
