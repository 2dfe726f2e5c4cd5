"""Container timeouts and the restart policy."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from wizard.ui.container_editor.binders import CommaListBinder, RestartPolicyBinder
from wizard.ui.container_editor.context import EditorContext
from wizard.ui.container_editor.section import Section

POLICY = "/restartPolicy"


class TimeoutsSection(Section):
    PREFIXES = ("/startTimeout", "/stopTimeout")

    def title(self) -> str:
        return self.tr("Container timeouts")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.start_timeout = self.line(
            self.tr("Start timeout (seconds)"),
            "/startTimeout",
            self.tr(
                "How long to wait for this container's dependencies to be met before "
                "giving up on starting it. Fargate: 2 to 120 seconds."
            ),
            integer=True,
            placeholder=self.tr("e.g. 120 (optional)"),
        )
        self.stop_timeout = self.line(
            self.tr("Stop timeout (seconds)"),
            "/stopTimeout",
            self.tr(
                "Time between SIGTERM and SIGKILL when the task stops. Fargate: up to 120 "
                "seconds, default 30."
            ),
            integer=True,
            placeholder=self.tr("30 (default)"),
        )


class RestartSection(Section):
    PREFIXES = (POLICY,)
    STATE_MEMBERS = PREFIXES

    def title(self) -> str:
        return self.tr("Restart policy")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.enabled = QCheckBox(self.tr("Restart the container when it exits"), self)
        self.track(RestartPolicyBinder(self.controller, ctx.ptr(POLICY), self.enabled))
        self.add_field(
            self.tr("Restart policy"),
            f"{POLICY}/enabled",
            self.enabled,
            self.tr(
                "ECS restarts the container in place instead of replacing the task. "
                "Not for Windows containers on Fargate."
            ),
        )
        self.exit_codes = QLineEdit(self)
        self.exit_codes.setPlaceholderText(self.tr("e.g. 0, 143"))
        self.track(
            CommaListBinder(
                self.controller,
                ctx.ptr(f"{POLICY}/ignoredExitCodes"),
                self.exit_codes,
                integer=True,
            )
        )
        self.add_field(
            self.tr("Ignored exit codes"),
            f"{POLICY}/ignoredExitCodes",
            self.exit_codes,
            self.tr("Exit codes that do not cause a restart (at most 50), comma-separated."),
            subtree=True,
        )
        self.period = self.line(
            self.tr("Reset period (seconds)"),
            f"{POLICY}/restartAttemptPeriod",
            self.tr(
                "The container must run this long before it may be restarted again: "
                "60 to 1800 seconds."
            ),
            integer=True,
            placeholder=self.tr("300 (default)"),
        )
        # update_state reads the box: follow it when its binder syncs it (undo, a
        # container replaced), which happens after this section's own watch ran.
        self.enabled.toggled.connect(lambda _checked: self.update_state())

    def update_state(self) -> None:
        on = self.enabled.isChecked()
        self.exit_codes.setEnabled(on)
        self.period.setEnabled(on)
