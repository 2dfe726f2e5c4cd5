"""Container details: name, image, essential, private registry credentials."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from wizard.ui.container_editor.binders import PresenceBinder
from wizard.ui.container_editor.context import EditorContext
from wizard.ui.container_editor.section import Section
from wizard.ui.widgets.field_row import bind_check, bind_text


class BasicsSection(Section):
    EXPANDED = True
    PREFIXES = ("/name", "/image", "/essential", "/repositoryCredentials")
    STATE_MEMBERS = ("/repositoryCredentials",)

    def title(self) -> str:
        return self.tr("Container details")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.name = self.line(
            self.tr("Name"),
            "/name",
            self.tr(
                "Unique within the task definition: up to 255 letters, digits, hyphens and "
                "underscores. Other containers refer to it (dependencies, volumes from)."
            ),
            placeholder=self.tr("e.g. web"),
        )
        self.image = self.line(
            self.tr("Image URI"),
            "/image",
            self.tr("The image the container starts from, with a tag or digest."),
            placeholder=self.tr("e.g. nginx:1.27"),
            hint=self.tr(
                "Docker Hub: nginx:1.27 or myorg/app:2.1 · Amazon ECR: "
                "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:2.1 · ECR Public: "
                "public.ecr.aws/nginx/nginx:1.27. Pin a version tag or an @sha256: digest "
                "so every task runs the same image."
            ),
        )
        self.essential = QCheckBox(self.tr("Essential container"), self)
        self.track(bind_check(self.controller, ctx.ptr("/essential"), self.essential, default=True))
        self.add_field(
            self.tr("Essential"),
            "/essential",
            self.essential,
            self.tr(
                "If an essential container stops, the whole task stops. Every task needs at "
                "least one essential container; sidecars that may finish are not essential."
            ),
        )
        self._build_registry()

    def _build_registry(self) -> None:
        self.private_registry = QCheckBox(self.tr("Private registry authentication"), self)
        self.track(
            PresenceBinder(
                self.controller,
                self.ctx.ptr("/repositoryCredentials"),
                self.private_registry,
                lambda: {"credentialsParameter": ""},
            )
        )
        self.add_field(
            self.tr("Private registry"),
            "/repositoryCredentials",
            self.private_registry,
            self.tr(
                "For images in a private registry other than Amazon ECR: ECS signs in with "
                "credentials kept in AWS Secrets Manager (the task execution role reads them)."
            ),
        )
        self.credentials = QLineEdit(self)
        self.credentials.setPlaceholderText(
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:registry-AbCdEf"
        )
        # Keep an empty value while the toggle is on, so clearing the field does not
        # silently turn private registry authentication off.
        self.track(
            bind_text(
                self.controller,
                self.ctx.ptr("/repositoryCredentials/credentialsParameter"),
                self.credentials,
                empty_removes=False,
            )
        )
        self.add_field(
            self.tr("Secrets Manager ARN or name"),
            "/repositoryCredentials/credentialsParameter",
            self.credentials,
            self.tr("The secret holding the registry's username and password."),
        )
        # update_state reads the box: follow it when its binder syncs it (undo, a
        # container replaced), which happens after this section's own watch ran.
        self.private_registry.toggled.connect(lambda _checked: self.update_state())

    def update_state(self) -> None:
        on = self.private_registry.isChecked()
        self.credentials.setEnabled(on)
        self.show_row("/repositoryCredentials/credentialsParameter", on)
