"""Resource limits (ulimits) and Docker labels."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wizard.domain.schema.enums import ULIMIT_NAMES
from wizard.ui.container_editor.context import EditorContext
from wizard.ui.container_editor.section import Section
from wizard.ui.widgets.key_value_table import KeyValueTable
from wizard.ui.widgets.list_table import ListTable
from wizard.ui.widgets.table_columns import Column


class UlimitsSection(Section):
    PREFIXES = ("/ulimits",)

    def title(self) -> str:
        return self.tr("Resource limits (ulimits)")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table = ListTable(
            self.controller,
            ctx.ptr("/ulimits"),
            [
                Column("name", self.tr("Limit"), "choice", [(n, n) for n in ULIMIT_NAMES]),
                Column("softLimit", self.tr("Soft limit"), "int"),
                Column("hardLimit", self.tr("Hard limit"), "int"),
            ],
            name=self.tr("Ulimits"),
            new_row=lambda: {"name": "nofile"},
            add_text=self.tr("Add ulimit"),
            parent=self,
        )
        self.add_wide(
            "",
            "/ulimits",
            self.table,
            hint=self.tr(
                "Linux resource limits for the container's processes; the soft limit may "
                "not exceed the hard limit. Fargate lets you change only nofile."
            ),
        )


class LabelsSection(Section):
    PREFIXES = ("/dockerLabels",)

    def title(self) -> str:
        return self.tr("Docker labels")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table = KeyValueTable(
            self.controller,
            ctx.ptr("/dockerLabels"),
            name=self.tr("Docker labels"),
            key_title=self.tr("Key"),
            value_title=self.tr("Value"),
            parent=self,
        )
        self.add_wide(
            "",
            "/dockerLabels",
            self.table,
            hint=self.tr("Metadata added to the container (docker run --label)."),
        )
