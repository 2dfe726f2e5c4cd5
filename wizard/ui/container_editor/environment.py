"""Environment variables, environment files and secrets."""

from __future__ import annotations

from wizard.ui.container_editor.section import Section
from wizard.ui.widgets.list_table import Column, ListTable


class EnvironmentSection(Section):
    EXPANDED = True
    PREFIXES = ("/environment", "/environmentFiles", "/secrets")

    def title(self) -> str:
        return self.tr("Environment variables and secrets")

    def __init__(self, ctx, parent=None) -> None:
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
