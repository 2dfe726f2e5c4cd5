"""The task's volumes: a list (add, remove) and a form for the selected one.

The form's editors are built once per volume type with pointers that follow
the selection, so selecting another volume only re-syncs them. Switching a
volume's type replaces its configuration member; what the old type held is
kept for this session, so switching back restores it (nothing typed is lost
to a misclick).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.draft.controller import REMOVE, DraftController
from wizard.ui.pages.page_layout import is_fargate
from wizard.ui.pages.volume_fields import make_field_editor
from wizard.ui.pages.volume_types import (
    BIND,
    DOCKER,
    FSX,
    VolumeField,
    VolumeType,
    type_of,
    volume_types,
)
from wizard.ui.widgets.field_row import FieldRow, bind_text
from wizard.ui.widgets.findings_row import FindingsRow
from wizard.ui.widgets.form_rows import FormRows, hint_label
from wizard.ui.widgets.key_value_table import KeyValueTable


class VolumeEditor(QWidget):
    def __init__(self, controller: DraftController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.index = -1
        self.types = volume_types()
        self._stash: dict[tuple[int, str], Any] = {}
        self._syncers: list[Any] = []  # binders, field rows and map tables to re-sync
        self.field_editors: dict[str, QWidget] = {}  # "<member>/<rel>" -> editor
        self.field_rows: dict[str, FieldRow] = {}  # "<member>/<rel>" -> its row
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_list(), 1)
        self.form_host = QWidget(self)
        layout.addWidget(self.form_host, 3)
        self._build_form()
        controller.document_changed.connect(self._document_changed)
        self._document_changed()

    # --- the list -----------------------------------------------------------
    def _build_list(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.volume_list = QListWidget(self)
        self.volume_list.setAccessibleName(self.tr("Volumes"))
        self.volume_list.setAccessibleDescription(
            self.tr("The task's volumes; the form beside the list edits the selected one.")
        )
        self.volume_list.setMinimumWidth(170)
        self.volume_list.currentRowChanged.connect(self.select)
        column.addWidget(self.volume_list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add volume"), self)
        self.add_button.clicked.connect(self.add_volume)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected volume"))
        self.remove_button.clicked.connect(self.remove_volume)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        column.addLayout(buttons)
        return column

    def volumes(self) -> list[Any]:
        value = self.controller.get("/volumes")
        return value if isinstance(value, list) else []

    def volume(self) -> dict[str, Any]:
        volumes = self.volumes()
        item = volumes[self.index] if 0 <= self.index < len(volumes) else None
        return item if isinstance(item, dict) else {}

    def _label(self, index: int, volume: Any) -> str:
        name = volume.get("name") if isinstance(volume, dict) else None
        title = next(t.title for t in self.types if t.key == type_of(volume))
        # tr() outside the f-string: lupdate does not look inside f-strings.
        text = self.tr("{0} — {1}").format(name or self.tr("(unnamed)"), title)
        if self.controller.has_errors_under(f"/volumes/{index}"):
            text = "⚠ " + text  # the list says where the problems are
        return text

    @Slot()
    def add_volume(self) -> int:
        taken = {v.get("name") for v in self.volumes() if isinstance(v, dict)}
        name = next(f"volume-{n}" for n in range(1, 1000) if f"volume-{n}" not in taken)
        count = len(self.volumes())
        if self.controller.get("/volumes") is None:
            self.controller.set("/volumes", [{"name": name}])
        else:
            self.controller.set(f"/volumes/{count}", {"name": name})
        self.volume_list.setCurrentRow(count)
        self.name_edit.setFocus()
        return count

    @Slot()
    def remove_volume(self) -> None:
        if self.index < 0:
            return
        self._stash.clear()  # the indexes after this one are about to shift
        self.controller.set(f"/volumes/{self.index}", REMOVE)
        if not self.volumes():
            self.controller.set("/volumes", REMOVE)

    # --- the form -----------------------------------------------------------
    def _build_form(self) -> None:
        form = FormRows(self.form_host, nested=True)
        self.empty_hint = hint_label(
            self.tr(
                "No volumes. Add one to share files between containers, keep data on Amazon EFS "
                "or attach an EBS volume at deployment."
            ),
            self.form_host,
        )
        form.line(self.empty_hint)
        self.name_edit = QLineEdit(self.form_host)
        self._syncers.append(bind_text(self.controller, lambda: self.ptr("name"), self.name_edit))
        self.name_row = self._row(
            lambda: self.ptr("name"),
            self.name_edit,
            self.tr("Up to 255 letters, numbers, hyphens and underscores; mount points use it."),
        )
        self.name_field = form.field(self.tr("Volume &name"), self.name_edit, cell=self.name_row)
        self.type_combo = QComboBox(self.form_host)
        # Its longest item ("... (not on Fargate)") would otherwise be its minimum width,
        # taken whenever Qt first asks (before or after the Fargate marks): the combo
        # grows with the form all the same, but no longer widens the page.
        self.type_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.type_combo.setMinimumContentsLength(24)
        for volume_type in self.types:
            self.type_combo.addItem(volume_type.title, volume_type.key)
        self.type_combo.activated.connect(self._type_chosen)
        self.type_row = FindingsRow(
            self.controller,
            self.type_combo,
            self.tr("Where the volume's data lives."),
            exact=lambda: (
                [self.ptr(""), self.ptr("configuredAtLaunch")]
                + [self.ptr(t.member) for t in self.types]
            ),
            parent=self.form_host,
        )
        self._syncers.append(self.type_row)
        self.type_field = form.field(self.tr("Volume &type"), self.type_combo, cell=self.type_row)
        # One form per type, only the current one shown. Not a QStackedWidget:
        # that is as tall as its tallest page (Docker's two tables).
        self.type_pages = QWidget(self.form_host)
        pages = QVBoxLayout(self.type_pages)
        pages.setContentsMargins(0, 0, 0, 0)
        for volume_type in self.types:
            pages.addWidget(self._type_page(volume_type))
        form.line(self.type_pages)

    def ptr(self, rel: str) -> str:
        base = f"/volumes/{self.index}"
        return f"{base}/{rel}" if rel else base

    def _row(
        self,
        ptr: Callable[[], str],
        editor: QWidget,
        help_text: str,
        parent: QWidget | None = None,
    ) -> FieldRow:
        row = FieldRow(self.controller, ptr, editor, help_text, parent or self.form_host)
        self._syncers.append(row)
        return row

    def _type_page(self, volume_type: VolumeType) -> QWidget:
        page = QWidget(self.type_pages)
        form = FormRows(page, nested=True)
        form.line(hint_label(volume_type.blurb, page))
        if volume_type.key == BIND:
            self.fargate_bind_note = form.line(
                hint_label(self.tr("On Fargate leave the source path empty."), page)
            )
        for spec in volume_type.fields:
            rel = f"{volume_type.member}/{spec.rel}"
            editor = self._field_editor(page, spec, partial(self.ptr, rel))
            self.field_editors[rel] = editor
            if spec.kind == "map" and isinstance(editor, KeyValueTable):
                form.field(spec.label, editor, buddy=editor.table)
                continue
            row = self._row(partial(self.ptr, rel), editor, spec.help, page)
            self.field_rows[rel] = row
            form.field(spec.label, editor, cell=row)
        return page

    def _field_editor(self, page: QWidget, spec: VolumeField, ptr: Callable[[], str]) -> QWidget:
        editor, syncer = make_field_editor(self.controller, page, spec, ptr)
        self._syncers.append(syncer)
        return editor

    # --- behaviour ----------------------------------------------------------
    @Slot(int)
    def _type_chosen(self, index: int) -> None:
        chosen = next(t for t in self.types if t.key == self.type_combo.itemData(index))
        volume = self.volume()
        if self.index < 0 or type_of(volume) == chosen.key:
            return
        updated = {}
        for key, value in volume.items():
            if key in {t.member for t in self.types}:
                self._stash[(self.index, key)] = value
            else:
                updated[key] = value
        restored = self._stash.pop((self.index, chosen.member), None)
        if restored is None and chosen.initial is not None:
            restored = copy.deepcopy(chosen.initial)
        if restored is not None:
            updated[chosen.member] = restored
        self.controller.set(self.ptr(""), updated)

    @Slot(int)
    def select(self, row: int) -> None:
        self.index = row
        for item in self._syncers:
            (item.refresh if isinstance(item, FieldRow) else item.sync)()
        self._update_form()

    @Slot(str)
    def _document_changed(self, _changed: str = "") -> None:
        volumes = self.volumes()
        labels = [self._label(i, v) for i, v in enumerate(volumes)]
        shown = [self.volume_list.item(i).text() for i in range(self.volume_list.count())]
        if labels != shown:
            keep = self.volume_list.currentRow()
            self.volume_list.blockSignals(True)
            self.volume_list.clear()
            self.volume_list.addItems(labels)
            self.volume_list.blockSignals(False)
            row = min(max(keep, 0), len(labels) - 1)
            self.volume_list.setCurrentRow(row)
            if row != self.index:
                self.select(row)
        self._update_form()

    def _update_form(self) -> None:
        has = 0 <= self.index < len(self.volumes())
        self.empty_hint.setVisible(not has)
        self.name_field.set_visible(has)
        self.type_field.set_visible(has)
        self.type_pages.setVisible(has)
        self.remove_button.setEnabled(has)
        if not has:
            return
        fargate = is_fargate(self.controller)
        self._mark_fargate_types(fargate)
        key = type_of(self.volume())
        self.type_combo.setCurrentIndex(self.type_combo.findData(key))
        self._show_type_page(self.type_combo.findData(key))
        source = self.field_editors["host/sourcePath"]
        # On Fargate a source path is wrong: offer no field for it unless one is
        # already there (from a file), which must stay editable to be cleared.
        has_path = self.controller.get(self.ptr("host/sourcePath")) is not None
        source.setEnabled(not fargate or has_path)
        self.fargate_bind_note.setVisible(fargate)

    def _mark_fargate_types(self, fargate: bool) -> None:
        """Say in the type list which types Fargate cannot run (still selectable:
        a definition may target EC2 as well, and the rules explain the rest)."""
        for i, volume_type in enumerate(self.types):
            text = volume_type.title
            if fargate and volume_type.key in (DOCKER, FSX):
                text = self.tr("{type} (not on Fargate)").format(type=text)
            self.type_combo.setItemText(i, text)

    def _show_type_page(self, index: int) -> None:
        layout = self.type_pages.layout()
        if layout is None:
            return
        for i in range(layout.count()):
            item = layout.itemAt(i)
            page = item.widget() if item is not None else None
            if page is not None:
                page.setVisible(i == index)

    # --- review-page jumps --------------------------------------------------
    def focus(self, ptr: str) -> bool:
        """Select the volume of ``ptr`` (/volumes/<i>/...) and focus its field."""
        parts = ptr.split("/")
        if len(parts) < 3 or not parts[2].isdigit():
            self.volume_list.setFocus()
            return True
        self.volume_list.setCurrentRow(int(parts[2]))
        rel = "/".join(parts[3:])
        while rel:
            editor = self.field_editors.get(rel)
            if isinstance(editor, KeyValueTable):
                # The row of the key the pointer names, else the table.
                if not editor.focus_pointer(ptr):
                    editor.table.setFocus()
                return True
            if editor is not None:
                editor.setFocus()
                return True
            if rel == "name":
                self.name_edit.setFocus()
                return True
            if "/" not in rel:
                break
            rel = rel.rsplit("/", 1)[0]
        self.type_combo.setFocus()
        return True
