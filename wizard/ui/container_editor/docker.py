"""Docker configuration: entry point, command, working directory, user."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wizard.ui.container_editor.context import EditorContext
from wizard.ui.container_editor.section import Section
from wizard.ui.widgets.field_row import bind_lines


class DockerSection(Section):
    PREFIXES = ("/entryPoint", "/command", "/workingDirectory", "/user")

    def title(self) -> str:
        return self.tr("Docker configuration")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.entry_point = self.lines_editor()
        self.entry_point.setPlaceholderText("sh\n-c")
        self.track(bind_lines(self.controller, ctx.ptr("/entryPoint"), self.entry_point))
        self.add_field(
            self.tr("Entry point"),
            "/entryPoint",
            self.entry_point,
            self.tr("Replaces the image's ENTRYPOINT."),
            hint=self.tr("One argument per line. Empty keeps the image's entry point."),
            subtree=True,
        )
        self.command = self.lines_editor()
        self.command.setPlaceholderText("node\nserver.js")
        self.track(bind_lines(self.controller, ctx.ptr("/command"), self.command))
        self.add_field(
            self.tr("Command"),
            "/command",
            self.command,
            self.tr("Replaces the image's CMD (the arguments passed to the entry point)."),
            hint=self.tr("One argument per line. Empty keeps the image's command."),
            subtree=True,
        )
        self.working_directory = self.line(
            self.tr("Working directory"),
            "/workingDirectory",
            self.tr("The directory the command runs in (replaces the image's WORKDIR)."),
            placeholder="/app",
        )
        self.user = self.line(
            self.tr("User"),
            "/user",
            self.tr(
                "Run as this user instead of the image's USER: user, user:group, uid, "
                "uid:gid, user:gid or uid:group. Not for Windows containers."
            ),
            placeholder="1000:1000",
        )
