"""Page 5, "Monitoring and tags": trace and metric collection (an ADOT collector
sidecar, as in the console) and the task definition's tags.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QWidget

from wizard.ui.draft.controller import DraftController
from wizard.ui.draft.screen_words import finding_words
from wizard.ui.pages.base import PageId
from wizard.ui.pages.page_layout import ScrollingPage, section
from wizard.ui.pages.page_of import PAGE_PREFIXES
from wizard.ui.pages.sidecars import (
    ADOT_NAME,
    collection_state,
    config_argument,
    set_collection,
    sidecar_index,
)
from wizard.ui.widgets.form_rows import hint_label, notice_label
from wizard.ui.widgets.tags_table import MAX_TAGS, TagsTable


class MonitoringPage(ScrollingPage):
    PAGE_ID = PageId.MONITORING
    PREFIXES = PAGE_PREFIXES[PageId.MONITORING]

    def __init__(self, controller: DraftController) -> None:
        super().__init__(controller)
        column = self.scroll_column(
            self.tr("Monitoring and tags"),
            self.tr(
                "Collect traces and metrics with an OpenTelemetry sidecar, and tag the task "
                "definition."
            ),
        )
        column.addWidget(self._build_monitoring())
        column.addWidget(self._build_tags())
        column.addStretch(1)
        self.follow_draft(self._sync)
        self._sync()

    # --- monitoring -----------------------------------------------------------
    def _build_monitoring(self) -> QWidget:
        box, form = section(self.tr("Monitoring"), self)
        form.line(
            hint_label(
                self.tr(
                    "Both options add one AWS Distro for OpenTelemetry collector container "
                    "({name}). Your application sends OpenTelemetry data to it at "
                    "localhost:4317 (gRPC) or localhost:4318 (HTTP)."
                ).format(name=ADOT_NAME),
                box,
            )
        )
        self.trace_check = QCheckBox(self.tr("Use trace collection (AWS X-Ray)"), box)
        self.trace_check.setAccessibleName(self.tr("Use trace collection"))
        self.trace_check.setToolTip(
            self.tr("The collector forwards your application's traces to AWS X-Ray.")
        )
        self.metric_check = QCheckBox(self.tr("Use metric collection (Amazon CloudWatch)"), box)
        self.metric_check.setAccessibleName(self.tr("Use metric collection"))
        self.metric_check.setToolTip(
            self.tr(
                "The collector sends your application's metrics and the task's CPU, memory, "
                "network and storage metrics to Amazon CloudWatch."
            )
        )
        for check in (self.trace_check, self.metric_check):
            check.clicked.connect(self._collection_clicked)
            form.line(check)
        self.sidecar_status = hint_label("", box)
        form.line(self.sidecar_status)
        form.line(
            hint_label(
                self.tr(
                    "The collector uses the task role: it needs X-Ray write access for traces "
                    "(e.g. the AWSXRayDaemonWriteAccess policy) and CloudWatch access for "
                    "metrics (e.g. CloudWatchAgentServerPolicy)."
                ),
                box,
            )
        )
        self.role_warning = notice_label(box, "warning")
        self.role_warning.setText(
            self.tr(
                "No task role is set: the collector cannot send anything. Set the task role on "
                "the \u201cTask size, roles and network\u201d page."
            )
        )
        form.line(self.role_warning)
        return box

    @Slot()
    def _collection_clicked(self) -> None:
        set_collection(self.controller, self.trace_check.isChecked(), self.metric_check.isChecked())

    # --- tags -------------------------------------------------------------
    def _build_tags(self) -> QWidget:
        box, form = section(self.tr("Tags"), self)
        form.line(
            hint_label(
                self.tr(
                    "Up to {max} tags to organise and find the task definition. Keys have 1 to "
                    "128 characters, values up to 256; keys starting with aws: are reserved."
                ).format(max=MAX_TAGS),
                box,
            )
        )
        self.tags = TagsTable(self.controller, box)
        self.tags.rebuilt.connect(self._tags_rebuilt)
        form.line(self.tags)
        self.tags_message = notice_label(box, "error")
        form.line(self.tags_message)
        self._tags_rebuilt()
        return box

    @Slot()
    def _tags_rebuilt(self) -> None:
        for ptr in [p for p in self.focus_targets if p == "/tags" or p.startswith("/tags/")]:
            del self.focus_targets[ptr]
        self.focus_targets.update(self.tags.focus_map)

    # --- draft -> widgets ---------------------------------------------------
    @Slot(str)
    def _sync(self, _changed: str = "") -> None:
        traces, metrics = collection_state(self.controller)
        self.trace_check.setChecked(traces)
        self.metric_check.setChecked(metrics)
        index = sidecar_index(self.controller)
        if index is None:
            self.sidecar_status.setText(self.tr("No collector sidecar in this task definition."))
        else:
            container = self.controller.get(f"/containerDefinitions/{index}")
            self.sidecar_status.setText(
                self.tr(
                    "Container {name} (container {n}) runs with --config={config}. "
                    "Change its image or settings on the Containers page."
                ).format(
                    name=ADOT_NAME,
                    n=index + 1,
                    config=config_argument(container) or self.tr("its own configuration"),
                )
            )
        role = self.controller.get("/taskRoleArn")
        needs_role = index is not None and not (isinstance(role, str) and role.strip())
        self.role_warning.setVisible(needs_role)
        self._sync_tags_message()

    def _sync_tags_message(self) -> None:
        # Findings about the list as a whole (e.g. too many tags); the ones
        # about a key or value show under that field.
        found = self.controller.findings_at("/tags")
        self.tags_message.setVisible(bool(found))
        self.tags_message.setText(" ".join(finding_words(f)[0] for f in found))
