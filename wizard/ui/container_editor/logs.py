"""Log collection: awslogs filled in sensibly, FireLens or another Docker driver."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from wizard.domain.edits.log_defaults import awslogs_configuration
from wizard.ui.container_editor.binders import PresenceBinder, TrueStringBinder
from wizard.ui.container_editor.context import EditorContext
from wizard.ui.container_editor.section import Section
from wizard.ui.widgets.field_row import ComboBinder, bind_combo
from wizard.ui.widgets.form_rows import hint_label
from wizard.ui.widgets.key_value_table import KeyValueTable
from wizard.ui.widgets.list_table import ListTable
from wizard.ui.widgets.table_columns import Column

OPTIONS = "/logConfiguration/options"
SECRET_OPTIONS = "/logConfiguration/secretOptions"
GROUP, REGION, PREFIX = "awslogs-group", "awslogs-region", "awslogs-stream-prefix"
CREATE_GROUP = "awslogs-create-group"
AWSLOGS_FIELDS = (GROUP, REGION, PREFIX, CREATE_GROUP, "mode")


def awslogs_options(ctx: EditorContext) -> dict[str, str]:
    """What the console fills in: group /ecs/<family>, the current region, prefix ecs.
    The region is left out when unknown, so its field asks for it."""
    family = ctx.controller.get("/family") or ctx.get("/name") or "my-task"
    return dict(awslogs_configuration(str(family), ctx.region_provider())["options"])


def switch_driver(config: Any, driver: str, awslogs_defaults: dict[str, str]) -> dict[str, Any]:
    """The log configuration with another driver: awslogs gets its required options
    (keeping any already typed); leaving awslogs drops the awslogs-* options,
    which no other driver understands. Other members (secretOptions) are kept."""
    result = dict(config) if isinstance(config, dict) else {}
    options = result.get("options")
    options = dict(options) if isinstance(options, dict) else {}
    if driver == "awslogs":
        options = {**awslogs_defaults, **options}
    else:
        options = {k: v for k, v in options.items() if not k.startswith("awslogs-")}
    result["logDriver"] = driver
    if options:
        result["options"] = options
    else:
        result.pop("options", None)
    return {"logDriver": driver, **{k: v for k, v in result.items() if k != "logDriver"}}


class DriverBinder(ComboBinder):
    def __init__(self, ctx: EditorContext, combo: QComboBox) -> None:
        self.ctx = ctx
        super().__init__(ctx.controller, ctx.ptr("/logConfiguration/logDriver"), combo)

    @Slot(int)
    def activated(self, index: int) -> None:
        combo = self.editor
        driver = combo.itemData(index)
        config = self.ctx.get("/logConfiguration")
        self.ctx.set("/logConfiguration", switch_driver(config, driver, awslogs_options(self.ctx)))


class LoggingSection(Section):
    EXPANDED = True
    PREFIXES = ("/logConfiguration",)
    STATE_MEMBERS = PREFIXES

    def title(self) -> str:
        return self.tr("Logging")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.use_logs = QCheckBox(self.tr("Use log collection"), self)
        self.track(
            PresenceBinder(
                self.controller,
                ctx.ptr("/logConfiguration"),
                self.use_logs,
                lambda: {"logDriver": "awslogs", "options": awslogs_options(ctx)},
            )
        )
        self.add_field(
            self.tr("Log collection"),
            "/logConfiguration",
            self.use_logs,
            self.tr(
                "Send the container's standard output and error to a log destination; "
                "by default Amazon CloudWatch Logs through the awslogs driver."
            ),
        )
        self.driver = QComboBox(self)
        # Its longest item (FireLens: ...) would set the editor's minimum width and,
        # in a longer language, push the whole form sideways: the combo still grows
        # with the form, it just no longer refuses to shrink below that item.
        self.driver.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.driver.setMinimumContentsLength(24)
        for label, value in self._drivers():
            self.driver.addItem(label, value)
        self.track(DriverBinder(ctx, self.driver))
        self.add_field(
            self.tr("Log driver"),
            "/logConfiguration/logDriver",
            self.driver,
            self.tr("Fargate supports awslogs, splunk and awsfirelens."),
        )
        self._build_awslogs()
        self.note = hint_label(
            self.tr(
                "FireLens routes this container's logs through a log router container "
                "(Fluent Bit or Fluentd) that has a firelensConfiguration; give the "
                "destination's options here (e.g. Name, region, delivery_stream)."
            ),
            self,
        )
        self.rows.line(self.note)
        self.options = KeyValueTable(
            self.controller,
            ctx.ptr(OPTIONS),
            name=self.tr("Log options"),
            key_title=self.tr("Option"),
            value_title=self.tr("Value"),
            hidden_keys=self._hidden_options,
            parent=self,
        )
        self.options_block = self.add_wide(self.tr("Log options"), OPTIONS, self.options)
        self._build_secret_options()
        self.update_state()

    def _build_secret_options(self) -> None:
        self.secret_options = ListTable(
            self.controller,
            self.ctx.ptr(SECRET_OPTIONS),
            [
                Column(
                    "name",
                    self.tr("Option"),
                    tooltip=self.tr("The log driver option to set, e.g. splunk-token."),
                ),
                Column(
                    "valueFrom",
                    self.tr("Secrets Manager or SSM parameter ARN"),
                    tooltip=self.tr(
                        "A Secrets Manager secret ARN or an SSM Parameter Store ARN; a "
                        "parameter name works in the same Region."
                    ),
                ),
            ],
            name=self.tr("Secret log options"),
            add_text=self.tr("Add secret option"),
            parent=self,
        )
        self.secret_options_block = self.add_wide(
            self.tr("Secret log options"),
            SECRET_OPTIONS,
            self.secret_options,
            hint=self.tr(
                "Log driver options whose values come from a secret (secretOptions), such "
                "as a Splunk token; the task execution role needs permission to read them."
            ),
        )

    def _drivers(self) -> list[tuple[str, str]]:
        ec2 = self.tr("{0} (EC2 only)")
        return [
            (self.tr("Amazon CloudWatch (awslogs)"), "awslogs"),
            (self.tr("FireLens: Firehose, Kinesis, OpenSearch, S3… (awsfirelens)"), "awsfirelens"),
            (self.tr("Splunk (splunk)"), "splunk"),
            *((ec2.format(d), d) for d in ("json-file", "syslog", "journald", "gelf", "fluentd")),
        ]

    def _build_awslogs(self) -> None:
        self.group = self.line(
            self.tr("Log group"),
            f"{OPTIONS}/{GROUP}",
            self.tr(
                "The CloudWatch Logs group, e.g. /ecs/<family>. It must exist unless "
                "awslogs-create-group is true and the execution role may create it."
            ),
        )
        self.region = self.line(
            self.tr("Region"),
            f"{OPTIONS}/{REGION}",
            self.tr("The Region of the log group, e.g. eu-west-1."),
            placeholder=self.tr("e.g. eu-west-1"),
        )
        self.stream_prefix = self.line(
            self.tr("Stream prefix"),
            f"{OPTIONS}/{PREFIX}",
            self.tr("Streams are named prefix/container-name/task-id; required on Fargate."),
        )
        self.create_group = QCheckBox(self.tr("ECS creates it at task start"), self)
        self.track(
            TrueStringBinder(
                self.controller, self.ctx.ptr(f"{OPTIONS}/{CREATE_GROUP}"), self.create_group
            )
        )
        self.add_field(
            self.tr("Create group"),
            f"{OPTIONS}/{CREATE_GROUP}",
            self.create_group,
            self.tr(
                "The log group must exist when the task starts. Connected to an account, "
                "create it now with Create...; otherwise ECS can create it "
                "(awslogs-create-group) if the task execution role has logs:CreateLogGroup."
            ),
        )
        self.mode = QComboBox(self)
        for label, value in (
            (self.tr("Default (non-blocking)"), None),
            (self.tr("non-blocking"), "non-blocking"),
            (self.tr("blocking"), "blocking"),
        ):
            self.mode.addItem(label, value)
        self.track(bind_combo(self.controller, self.ctx.ptr(f"{OPTIONS}/mode"), self.mode))
        self.add_field(
            self.tr("Delivery mode"),
            f"{OPTIONS}/mode",
            self.mode,
            self.tr(
                "blocking stops the application from writing when logs cannot be "
                "delivered; non-blocking buffers and may drop logs instead."
            ),
        )

    def _hidden_options(self) -> tuple[str, ...]:
        return AWSLOGS_FIELDS if self.ctx.get("/logConfiguration/logDriver") == "awslogs" else ()

    def update_state(self) -> None:
        on = isinstance(self.ctx.get("/logConfiguration"), dict)
        awslogs = on and self.ctx.get("/logConfiguration/logDriver") == "awslogs"
        self.show_row("/logConfiguration/logDriver", on)
        for key in AWSLOGS_FIELDS:
            self.show_row(f"{OPTIONS}/{key}", awslogs)
        self.note.setVisible(on and self.ctx.get("/logConfiguration/logDriver") == "awsfirelens")
        self.options_block.setVisible(on)
        self.secret_options_block.setVisible(on)
