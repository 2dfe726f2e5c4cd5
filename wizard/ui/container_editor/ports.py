"""Port mappings, with the host port column only where the network mode allows it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from wizard.domain.schema.enums import APPLICATION_PROTOCOLS, TRANSPORT_PROTOCOLS
from wizard.ui.container_editor.context import EditorContext
from wizard.ui.container_editor.section import Section
from wizard.ui.widgets.form_rows import hint_label
from wizard.ui.widgets.list_table import ListTable
from wizard.ui.widgets.table_columns import Column

PROTOCOLS = tuple((p, p) for p in TRANSPORT_PROTOCOLS)
# How the API's appProtocol values read in the column (names as the protocols spell them).
_APP_PROTOCOL_NAMES = {"http": "HTTP", "http2": "HTTP/2", "grpc": "gRPC"}
APP_PROTOCOLS = (
    ("none", None),
    *((_APP_PROTOCOL_NAMES.get(p, p), p) for p in APPLICATION_PROTOCOLS),
)


def host_port_allowed(network_mode: object, fargate: bool) -> bool:
    """Only bridge maps a container port to a different host port. An omitted
    network mode means bridge on Linux EC2 (Fargate requires awsvpc)."""
    if network_mode is None:
        return not fargate
    return network_mode == "bridge"


class PortsSection(Section):
    EXPANDED = True
    PREFIXES = ("/portMappings",)
    STATE_MEMBERS = PREFIXES

    def title(self) -> str:
        return self.tr("Port mappings")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        columns = [
            Column(
                "containerPort",
                self.tr("Container port"),
                "int",
                tooltip=self.tr("The port the application listens on inside the container."),
            ),
            Column(
                "containerPortRange",
                self.tr("Port range"),
                tooltip=self.tr(
                    "Instead of a container port: a range of ports such as 8000-8099 "
                    "(network mode awsvpc or bridge). Leave the host port empty: ECS maps "
                    "the host ports of a range itself."
                ),
            ),
            Column(
                "hostPort",
                self.tr("Host port"),
                "int",
                tooltip=self.tr(
                    "bridge mode: the port on the instance; empty or 0 lets Docker pick a free "
                    "one (dynamic mapping, for use behind a load balancer)."
                ),
            ),
            Column("protocol", self.tr("Protocol"), "choice", PROTOCOLS),
            Column(
                "name",
                self.tr("Port name"),
                tooltip=self.tr(
                    "Needed for Service Connect: lower-case letters, digits, '_' and '-', "
                    "up to 64 characters."
                ),
            ),
            Column(
                "appProtocol",
                self.tr("App protocol"),
                "choice",
                APP_PROTOCOLS,
                tooltip=self.tr("For Service Connect metrics and routing; none means plain TCP."),
            ),
        ]
        self.table = ListTable(
            self.controller,
            ctx.ptr("/portMappings"),
            columns,
            name=self.tr("Port mappings"),
            new_row=lambda: {"protocol": "tcp"},
            add_text=self.tr("Add port mapping"),
            parent=self,
        )
        self.note: QLabel = hint_label("", self)
        self.rows.line(self.note)
        self.add_wide("", "/portMappings", self.table)
        self.update_state()

    def update_state(self) -> None:
        mode = self.controller.get("/networkMode")
        allowed = host_port_allowed(mode, self.controller.applicable_launch_types.fargate)
        # A host port the mode does not allow stays in view: its message names the
        # Host port column, and the user clears it there.
        shown = allowed or any(
            isinstance(row, dict) and row.get("hostPort") not in (None, row.get("containerPort"))
            for row in self.table.rows()
        )
        column = self.table.column_index("hostPort")
        if self.table.table.isColumnHidden(column) == shown:
            self.table.table.setColumnHidden(column, not shown)
        self.note.setText(self._note(mode, allowed))

    def _note(self, mode: object, allowed: bool) -> str:
        if mode == "none":
            return self.tr(
                "Network mode none: the container has no outside network, so port mappings "
                "are not allowed."
            )
        if allowed:
            return self.tr(
                "Network mode bridge: set a host port to publish the container port on the "
                "instance, or leave it empty for a dynamic port."
            )
        return self.tr(
            "Network mode {0}: the host port is always the container port, so only the "
            "container port is needed."
        ).format(mode)
