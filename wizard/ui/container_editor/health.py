"""Health check: the console's one-line command plus its timings."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from wizard.ui.container_editor.binders import HealthCommandBinder
from wizard.ui.container_editor.context import EditorContext
from wizard.ui.container_editor.section import Section


class HealthSection(Section):
    PREFIXES = ("/healthCheck",)

    def title(self) -> str:
        return self.tr("Health check")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.command = QLineEdit(self)
        self.command.setPlaceholderText("CMD-SHELL, curl -f http://localhost/ || exit 1")
        self.track(
            HealthCommandBinder(self.controller, ctx.ptr("/healthCheck/command"), self.command)
        )
        self.add_field(
            self.tr("Command"),
            "/healthCheck/command",
            self.command,
            self.tr(
                "Run inside the container; exit code 0 means healthy. Start with CMD-SHELL "
                "to run through the container's shell, or CMD to run a program directly."
            ),
            hint=self.tr(
                "Comma-separated, starting with CMD or CMD-SHELL: "
                '"CMD-SHELL, curl -f http://localhost/ || exit 1" or '
                '"CMD, /bin/check, --quick". Leave empty for no health check.'
            ),
            subtree=True,
        )
        self.interval = self.line(
            self.tr("Interval (seconds)"),
            "/healthCheck/interval",
            self.tr("Time between checks: 5 to 300 seconds."),
            integer=True,
            placeholder=self.tr("30 (default)"),
        )
        self.timeout = self.line(
            self.tr("Timeout (seconds)"),
            "/healthCheck/timeout",
            self.tr("How long a check may take before it counts as failed: 2 to 60 seconds."),
            integer=True,
            placeholder=self.tr("5 (default)"),
        )
        self.start_period = self.line(
            self.tr("Start period (seconds)"),
            "/healthCheck/startPeriod",
            self.tr("Grace time after start during which failures do not count: 0 to 300 seconds."),
            integer=True,
            placeholder=self.tr("off (default)"),
        )
        self.retries = self.line(
            self.tr("Retries"),
            "/healthCheck/retries",
            self.tr("Failed checks in a row before the container is unhealthy: 1 to 10."),
            integer=True,
            placeholder=self.tr("3 (default)"),
        )
