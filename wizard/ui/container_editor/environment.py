"""Environment variables, environment files and secrets.

A variable flagged by ``environment-secret-value`` gets a "Move ... to
secrets..." button under the table (and every named variable a context-menu
entry); both open ``wizard.ui.dialogs.move_to_secrets``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from wizard.ui.container_editor.context import EditorContext
from wizard.ui.container_editor.section import Section
from wizard.ui.widgets.field_row import set_severity
from wizard.ui.widgets.list_table import ListTable
from wizard.ui.widgets.table_columns import Column

SECRET_RULE = "environment-secret-value"


class EnvironmentSection(Section):
    EXPANDED = True
    PREFIXES = ("/environment", "/environmentFiles", "/secrets")
    STATE_MEMBERS = ("/environment",)

    def title(self) -> str:
        return self.tr("Environment variables and secrets")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.environment = ListTable(
            self.controller,
            ctx.ptr("/environment"),
            [
                Column("name", self.tr("Key"), tooltip=self.tr("The variable's name.")),
                Column(
                    "value",
                    self.tr("Value"),
                    tooltip=self.tr(
                        "Plain text, visible to anyone who can describe the task definition."
                    ),
                ),
            ],
            name=self.tr("Environment variables"),
            add_text=self.tr("Add variable"),
            parent=self,
        )
        self.add_wide(self.tr("Environment variables"), "/environment", self.environment)
        self._build_secret_bar()
        self.environment.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.environment.table.customContextMenuRequested.connect(self._show_context_menu)
        self.environment.table.itemSelectionChanged.connect(self.update_state)
        self.files = ListTable(
            self.controller,
            ctx.ptr("/environmentFiles"),
            [
                Column(
                    "value",
                    self.tr("S3 object ARN"),
                    tooltip=self.tr("e.g. arn:aws:s3:::my-bucket/app/prod.env"),
                )
            ],
            name=self.tr("Environment files"),
            new_row=lambda: {"type": "s3"},
            add_text=self.tr("Add environment file"),
            parent=self,
        )
        self.add_wide(
            self.tr("Environment files"),
            "/environmentFiles",
            self.files,
            hint=self.tr(
                "Up to 10 .env files in Amazon S3, one VARIABLE=value per line; variables "
                "set above take precedence. The task execution role needs read access."
            ),
        )
        self.secrets = ListTable(
            self.controller,
            ctx.ptr("/secrets"),
            [
                Column(
                    "name",
                    self.tr("Environment variable"),
                    tooltip=self.tr("The name the value appears under in the container."),
                ),
                Column(
                    "valueFrom",
                    self.tr("Secrets Manager or SSM parameter ARN"),
                    tooltip=self.tr(
                        "A Secrets Manager secret ARN (optionally ending :json-key::) or an SSM "
                        "Parameter Store ARN; a parameter name works in the same Region."
                    ),
                ),
            ],
            name=self.tr("Secrets"),
            add_text=self.tr("Add secret"),
            parent=self,
        )
        self.add_wide(
            self.tr("Secrets"),
            "/secrets",
            self.secrets,
            hint=self.tr(
                "Injected as environment variables when the container starts; the task "
                "execution role needs permission to read them."
            ),
        )
        self.update_state()

    # --- moving a secret out of the environment --------------------------------------
    def _build_secret_bar(self) -> None:
        """The line under the variables that says which look like secrets, with the fix."""
        self.secret_bar = QWidget(self)
        row = QHBoxLayout(self.secret_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.secret_note = QLabel(self.secret_bar)
        self.secret_note.setObjectName("statusNote")
        self.secret_note.setWordWrap(True)
        self.secret_note.setAccessibleName(self.tr("Variables that look like secrets"))
        set_severity(self.secret_note, "warning")
        row.addWidget(self.secret_note, 1)
        self.move_button = QPushButton(self.secret_bar)
        self.move_button.clicked.connect(lambda: self.move_to_secrets(self.move_target()))
        row.addWidget(self.move_button)
        self.rows.line(self.secret_bar)
        # The whole form row, so a hidden bar leaves no gap between the tables.
        self.rows.set_visible(self.secret_bar, False)

    def secret_rows(self) -> list[int]:
        """Rows of the selected container's variables flagged as plain-text secrets."""
        base = self.ctx.base() + "/environment/"
        rows = set()
        for finding in self.controller.findings_under(self.ctx.base() + "/environment"):
            rest = finding.path[len(base) :].split("/", 1)[0]
            if finding.rule == SECRET_RULE and rest.isdigit():
                rows.add(int(rest))
        return sorted(rows)

    def move_target(self) -> int:
        """The flagged row the button moves: the selected one, else the first (-1: none)."""
        flagged = self.secret_rows()
        current = self.environment.table.currentRow()
        if current in flagged:
            return current
        return flagged[0] if flagged else -1

    def _variable_name(self, row: int) -> str:
        rows = self.environment.rows()
        item = rows[row] if 0 <= row < len(rows) else None
        name = item.get("name") if isinstance(item, dict) else None
        return name if isinstance(name, str) else ""

    def update_state(self) -> None:
        if not hasattr(self, "secret_bar"):
            return  # a change announced while the section is still being built
        flagged = self.secret_rows()
        self.rows.set_visible(self.secret_bar, bool(flagged))
        if not flagged:
            return
        names = [self._variable_name(row) or self.tr("(unnamed)") for row in flagged]
        if len(names) == 1:
            note = self.tr("{0} looks like a secret stored in plain text.").format(names[0])
        else:
            note = self.tr("{0} variables look like secrets stored in plain text: {1}.").format(
                len(names), ", ".join(names)
            )
        self.secret_note.setText(note)
        target = self._variable_name(self.move_target())
        text = self.tr("Move {0} to secrets...").format(target)
        self.move_button.setText(text)
        self.move_button.setAccessibleName(text)
        self.move_button.setToolTip(
            self.tr(
                "Replace the variable with a secret read from SSM Parameter Store or Secrets "
                "Manager (one step, undoable)."
            )
        )

    def context_menu(self, row: int) -> QMenu | None:
        """The table's menu for ``row``: "Move to secrets..." for a named variable."""
        if not self._variable_name(row):
            return None
        menu = QMenu(self)
        action = menu.addAction(self.tr("Move to secrets..."))
        action.triggered.connect(lambda: self.move_to_secrets(row))
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        table = self.environment.table
        menu = self.context_menu(table.rowAt(pos.y()))
        if menu is not None:
            menu.exec(table.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def move_to_secrets(self, row: int) -> bool:
        """Open the dialog for variable ``row`` of the selected container; True if moved."""
        if row < 0:
            return False
        # Imported on use: the dialog reaches into the AWS package, which imports this one.
        from wizard.ui.dialogs.move_to_secrets import open_move_dialog

        return open_move_dialog(
            self, self.controller, self.ctx.index, row, self.ctx.region_provider()
        )
