"""Container mount points and volumes-from, for one container at a time.

The container combo marks containers whose entries have errors, so a problem
in a container that is not shown is still visible.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from wizard.ui.draft.controller import DraftController
from wizard.ui.widgets.form_rows import FormRows
from wizard.ui.widgets.rows_editor import RowsEditor
from wizard.ui.widgets.table_columns import Column


class MountsEditor(QWidget):
    """Signals:
    rebuilt(): rows were recreated; :meth:`focus_map` changed.
    """

    rebuilt = Signal()

    def __init__(self, controller: DraftController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.index = 0
        form = FormRows(self, nested=True)
        self.container_combo = QComboBox(self)
        self.container_combo.setToolTip(
            self.tr("The mount points and volumes-from below belong to this container.")
        )
        self.container_combo.activated.connect(self.select)
        form.field(self.tr("C&ontainer"), self.container_combo)
        self.mount_points = RowsEditor(
            controller,
            lambda: f"/containerDefinitions/{self.index}/mountPoints",
            self._mount_columns(),
            name=self.tr("Mount points"),
            new_row=self._new_mount,
            noun=self.tr("mount point"),
            add_text=self.tr("Add mount point"),
            empty_text=self.tr("This container mounts no volumes."),
            parent=self,
        )
        form.field(self.tr("Mount points"), self.mount_points, buddy=self.mount_points.add_button)
        self.volumes_from = RowsEditor(
            controller,
            lambda: f"/containerDefinitions/{self.index}/volumesFrom",
            self._from_columns(),
            name=self.tr("Volumes from"),
            new_row=lambda: {"readOnly": False},
            noun=self.tr("volumes-from entry"),
            add_text=self.tr("Add volumes from a container"),
            empty_text=self.tr("This container takes no volumes from other containers."),
            parent=self,
        )
        form.field(
            self.tr("Volumes from"),
            self.volumes_from,
            buddy=self.volumes_from.add_button,
            hint=self.tr(
                "Mounts every volume that the source container mounts, at the same paths."
            ),
        )
        for editor in (self.mount_points, self.volumes_from):
            editor.rebuilt.connect(self.rebuilt)
        controller.document_changed.connect(self._refresh_containers)
        self._refresh_containers()

    def _mount_columns(self) -> list[Column]:
        return [
            Column(
                "sourceVolume",
                self.tr("Source volume"),
                kind="choice",
                tooltip=self.tr("A volume defined above."),
                choices=self._volume_choices,
            ),
            Column(
                "containerPath",
                self.tr("Container path"),
                placeholder=self.tr("e.g. /usr/share/nginx/html"),
                tooltip=self.tr("Where the volume appears inside the container."),
                stretch=2,
            ),
            Column(
                "readOnly",
                self.tr("Read only"),
                kind="check",
                tooltip=self.tr("The container can read the volume but not write to it."),
                stretch=0,
            ),
        ]

    def _from_columns(self) -> list[Column]:
        return [
            Column(
                "sourceContainer",
                self.tr("Source container"),
                kind="choice",
                tooltip=self.tr("The container whose volumes this container mounts too."),
                choices=self._container_choices,
                stretch=2,
            ),
            Column(
                "readOnly",
                self.tr("Read only"),
                kind="check",
                tooltip=self.tr("The container can read those volumes but not write to them."),
                stretch=0,
            ),
        ]

    def _volume_names(self) -> list[str]:
        volumes = self.controller.get("/volumes")
        items = volumes if isinstance(volumes, list) else []
        return [v["name"] for v in items if isinstance(v, dict) and isinstance(v.get("name"), str)]

    def _volume_choices(self) -> list[tuple[str, Any]]:
        return [(self.tr("Choose a volume"), None)] + [(n, n) for n in self._volume_names()]

    def _container_choices(self) -> list[tuple[str, Any]]:
        names = [
            c["name"]
            for i, c in enumerate(self.controller.containers)
            if i != self.index and isinstance(c.get("name"), str) and c.get("name")
        ]
        return [(self.tr("Choose a container"), None)] + [(n, n) for n in names]

    def _new_mount(self) -> dict[str, Any]:
        names = self._volume_names()
        # The only volume is the obvious choice; with several the user picks.
        mount: dict[str, Any] = {"sourceVolume": names[0]} if len(names) == 1 else {}
        mount.update(containerPath="", readOnly=False)
        return mount

    # --- container selection -------------------------------------------------
    def container_text(self, index: int, container: dict[str, Any]) -> str:
        name = container.get("name")
        if isinstance(name, str) and name:
            text = name
        else:
            text = self.tr("Container {n} (no name yet)").format(n=index + 1)
        prefixes = (
            f"/containerDefinitions/{index}/mountPoints",
            f"/containerDefinitions/{index}/volumesFrom",
        )
        if self.controller.has_errors_under(*prefixes):
            text = "⚠ " + text
        return text

    @Slot()
    def _refresh_containers(self, _changed: str = "") -> None:
        containers = self.controller.containers
        shown = [self.container_combo.itemText(i) for i in range(self.container_combo.count())]
        if self._unchanged(containers, shown):
            return
        texts = [self.container_text(i, c) for i, c in enumerate(containers)]
        if texts != shown:
            self.container_combo.clear()
            self.container_combo.addItems(texts)
        if self.index >= len(containers):
            self.select(max(len(containers) - 1, 0))
        self.container_combo.setCurrentIndex(self.index if containers else -1)

    def _unchanged(self, containers: list[dict[str, Any]], shown: list[str]) -> bool:
        """Whether the change left every entry as shown: only the containers it
        touched are looked at (when the list holds containers only, so that
        positions in the draft are positions in the combo)."""
        changed = self.controller.changed_containers()
        everything = self.controller.get("/containerDefinitions")
        if changed is None or not isinstance(everything, list):
            return False
        if not len(everything) == len(containers) == len(shown):
            return False
        return all(
            i >= len(containers) or self.container_text(i, containers[i]) == shown[i]
            for i in changed
        )

    @Slot(int)
    def select(self, index: int) -> None:
        self.index = max(index, 0)
        self.container_combo.setCurrentIndex(self.index)
        self.mount_points.reload()
        self.volumes_from.reload()

    def focus_map(self) -> dict[str, QWidget]:
        return {**self.mount_points.focus_map, **self.volumes_from.focus_map}

    def focus(self, ptr: str) -> bool:
        """Show the container of ``ptr`` (/containerDefinitions/<i>/...) and focus the field."""
        parts = ptr.split("/")
        if len(parts) > 2 and parts[2].isdigit() and int(parts[2]) != self.index:
            self.select(int(parts[2]))
        if any(editor.focus_pointer(ptr) for editor in (self.mount_points, self.volumes_from)):
            return True
        self.container_combo.setFocus()
        return True
