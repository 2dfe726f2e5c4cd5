"""Startup dependency ordering (``dependsOn``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from wizard.domain.schema.enums import CONTAINER_CONDITIONS
from wizard.ui.container_editor.context import EditorContext
from wizard.ui.container_editor.section import Section
from wizard.ui.widgets.list_table import ListTable
from wizard.ui.widgets.table_columns import Column

CONDITIONS = CONTAINER_CONDITIONS


class DependenciesSection(Section):
    PREFIXES = ("/dependsOn",)

    def title(self) -> str:
        return self.tr("Startup dependency ordering")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table = ListTable(
            self.controller,
            ctx.ptr("/dependsOn"),
            [
                Column(
                    "containerName",
                    self.tr("Container"),
                    "choice",
                    self.other_containers,
                    tooltip=self.tr("The container that must reach the condition first."),
                ),
                Column("condition", self.tr("Condition"), "choice", [(c, c) for c in CONDITIONS]),
            ],
            name=self.tr("Startup dependencies"),
            new_row=self.new_dependency,
            add_text=self.tr("Add dependency"),
            parent=self,
        )
        self.add_wide(
            "",
            "/dependsOn",
            self.table,
            hint=self.tr(
                "This container starts only after each listed container has: START "
                "(started), COMPLETE (exited), SUCCESS (exited with code 0) or HEALTHY "
                "(passed its health check, which it must define). COMPLETE and SUCCESS "
                "cannot wait for an essential container."
            ),
        )

    def other_containers(self) -> list[tuple[str, Any]]:
        names = []
        for i, container in enumerate(self.controller.containers):
            name = container.get("name")
            if i != self.ctx.index and isinstance(name, str) and name:
                names.append((name, name))
        return names

    def new_dependency(self) -> dict[str, Any]:
        others = self.other_containers()
        row: dict[str, Any] = {"containerName": others[0][1]} if others else {}
        row["condition"] = "START"
        return row
