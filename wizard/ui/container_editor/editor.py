"""The editor for the selected container: sections in the console's order in a
scroll area, each folding away, with a findings badge in its header."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from wizard.domain.findings import Finding, Severity
from wizard.ui.container_editor.advanced import LabelsSection, UlimitsSection
from wizard.ui.container_editor.basics import BasicsSection
from wizard.ui.container_editor.context import EditorContext, RegionProvider
from wizard.ui.container_editor.dependencies import DependenciesSection
from wizard.ui.container_editor.docker import DockerSection
from wizard.ui.container_editor.environment import EnvironmentSection
from wizard.ui.container_editor.health import HealthSection
from wizard.ui.container_editor.json_section import JsonSection
from wizard.ui.container_editor.linux import LinuxSection
from wizard.ui.container_editor.logs import LoggingSection
from wizard.ui.container_editor.network import NetworkSection
from wizard.ui.container_editor.ports import PortsSection
from wizard.ui.container_editor.resources import ResourcesSection
from wizard.ui.container_editor.restart import RestartSection, TimeoutsSection
from wizard.ui.container_editor.section import Section
from wizard.ui.draft.controller import DraftController
from wizard.ui.draft.watchers import is_under
from wizard.ui.widgets.collapsible_section import CollapsibleSection
from wizard.ui.widgets.form_rows import line_up
from wizard.ui.widgets.opaque_area import OpaqueArea
from wizard.ui.widgets.severity_marks import count_text
from wizard.ui.widgets.table_editor import TableEditor

# The order of the console's container form, then the JSON.
SECTION_CLASSES: tuple[type[Section], ...] = (
    BasicsSection,
    PortsSection,
    ResourcesSection,
    EnvironmentSection,
    LoggingSection,
    RestartSection,
    HealthSection,
    TimeoutsSection,
    NetworkSection,
    DockerSection,
    UlimitsSection,
    LabelsSection,
    DependenciesSection,
    LinuxSection,
    JsonSection,
)


# Widest label column; the longest English caption needs about 170 px.
MAX_CAPTION_WIDTH = 210

SectionT = TypeVar("SectionT", bound=Section)


class ContainerEditor(QWidget):
    def __init__(
        self,
        controller: DraftController,
        region_provider: RegionProvider | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ctx = EditorContext(controller, region_provider, self)
        self.heading = QLabel(self)
        self.heading.setObjectName("containerEditorTitle")
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        # Opaque: a field redrawn after an edit repaints the form under it only.
        body = OpaqueArea(self.scroll_area)
        column = QVBoxLayout(body)
        self.sections: list[Section] = []
        self.folds: list[CollapsibleSection] = []
        for cls in SECTION_CLASSES:
            section = cls(self.ctx)
            fold = CollapsibleSection(section.title(), section, cls.EXPANDED, body)
            column.addWidget(fold)
            self.sections.append(section)
            self.folds.append(fold)
        column.addStretch(1)
        self.json = self.section(JsonSection)
        covered = [p for section in self.sections for p in section.PREFIXES]
        self.json.covered = tuple(covered)
        self.scroll_area.setWidget(body)
        self._align_captions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area)
        controller.analysis_changed.connect(self._analysis_changed)
        self.refresh()

    def _align_captions(self) -> None:
        """One label width for all sections, so the fields start in one column."""
        line_up(
            (caption for section in self.sections for caption in section.captions),
            most=MAX_CAPTION_WIDTH,
        )

    @property
    def index(self) -> int:
        return self.ctx.index

    def section(self, cls: type[SectionT]) -> SectionT:
        return next(s for s in self.sections if isinstance(s, cls))

    def set_index(self, index: int) -> None:
        """Show container ``index``: every field re-reads the draft."""
        self.ctx.set_index(index)
        self.refresh()

    def targets(self) -> dict[str, QWidget]:
        """Container-relative pointer -> widget, for every field the editor shows."""
        merged: dict[str, QWidget] = {}
        for section in self.sections:
            merged.update(section.targets)
        return merged

    # --- findings in the headers ------------------------------------------------
    def _analysis_changed(self) -> None:
        # The heading and badges show the selected container only: an edit of
        # another one leaves them as they are (unless it changed their findings).
        changed = self.controller.changed_containers()
        if changed is None:
            self.refresh()
        elif self.ctx.index in changed:
            # The badges count findings under the container: without a change
            # there (typing a value that is as right as the last), only the
            # heading may have changed (the name).
            paths = self.controller.changed_finding_paths
            base = self.ctx.base()
            if paths is not None and not any(is_under(p, base) for p in paths):
                self._refresh_heading()
            else:
                self.refresh()

    def refresh(self) -> None:
        self._refresh_heading()
        for section, fold in zip(self.sections, self.folds, strict=True):
            fold.set_badge(*self._badge(section.findings()))

    def _refresh_heading(self) -> None:
        containers = self.controller.get("/containerDefinitions")
        count = len(containers) if isinstance(containers, list) else 0
        name = self.ctx.get("/name") or self.tr("(unnamed)")
        heading = self.tr("Container {0} of {1}: {2}").format(self.ctx.index + 1, count, name)
        if self.heading.text() != heading:
            self.heading.setText(heading)

    def _badge(self, found: list[Finding]) -> tuple[str, str]:
        errors = sum(1 for f in found if f.severity is Severity.ERROR)
        warnings = sum(1 for f in found if f.severity is Severity.WARNING)
        if errors:
            return count_text(errors, "error"), Severity.ERROR.value
        if warnings:
            return count_text(warnings, "warning"), Severity.WARNING.value
        return "", ""

    # --- jumping to a field -------------------------------------------------------
    def focus_relative(self, rel: str) -> bool:
        """Unfold, scroll to and focus the field for the container-relative ``rel``
        (or its nearest shown parent, e.g. the table holding a cell)."""
        probe = rel
        while True:
            for section, fold in zip(self.sections, self.folds, strict=True):
                widget = section.targets.get(probe)
                if widget is not None:
                    fold.set_expanded(True)
                    self._focus(widget, rel[len(probe) :])
                    return True
            if not probe:
                break
            probe = probe.rsplit("/", 1)[0]
        if not rel:
            return False
        # A member the form does not show (links, systemControls...): the JSON view.
        json_fold = self.folds[self.sections.index(self.json)]
        json_fold.set_expanded(True)
        self._focus(self.json.text, "")
        return True

    def _focus(self, widget: QWidget, rest: str) -> None:
        if isinstance(widget, TableEditor):
            widget.focus_pointer(widget.pointer + rest)
        else:
            widget.setFocus()
        self.scroll_area.ensureWidgetVisible(widget)
        # The unfolded section is laid out on the next event loop pass.
        QTimer.singleShot(0, self, lambda: self.scroll_area.ensureWidgetVisible(widget))
