"""The "Containers" page: the container list on the left, the editor for the
selected container on the right (see ``wizard.ui.container_editor``)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from wizard.ui.container_editor.container_list import ContainerList
from wizard.ui.container_editor.context import RegionProvider
from wizard.ui.container_editor.editor import ContainerEditor
from wizard.ui.draft.controller import DraftController
from wizard.ui.pages.base import DraftPage, PageId
from wizard.ui.pages.page_of import PAGE_PREFIXES
from wizard.ui.widgets.table_findings import message_label, show_summary

_CONTAINER_POINTER = re.compile(r"^/containerDefinitions/(\d+)(/.*)?$")
LIST = "/containerDefinitions"


class ContainersPage(DraftPage):
    PAGE_ID = PageId.CONTAINERS
    PREFIXES = PAGE_PREFIXES[PageId.CONTAINERS]

    def __init__(
        self, controller: DraftController, region_provider: RegionProvider | None = None
    ) -> None:
        super().__init__(controller)
        self.setTitle(self.tr("Containers"))
        self.container_list = ContainerList(controller, self)
        if region_provider is not None:
            controller.region_provider = region_provider  # new containers' awslogs region
        self.editor = ContainerEditor(controller, None, self)
        self.list_message = message_label(self)
        self.empty = QLabel(
            self.tr("This task definition has no containers yet. Press Add to create one."), self
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.empty)
        self._layout()
        self.container_list.selected.connect(self.select)
        controller.analysis_changed.connect(self._show_list_findings)
        self.select(self.container_list.current())
        self._show_list_findings()

    def _layout(self) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.container_list, 1)
        column.addWidget(self.list_message)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # 170 px, or what the buttons' texts need in a longer language: a bare
        # fixed minimum would let the splitter squeeze and clip them.
        left.setMinimumWidth(max(170, left.minimumSizeHint().width()))
        splitter.setSizes([max(200, left.minimumWidth()), 700])
        layout = QVBoxLayout(self)
        layout.addWidget(
            self.intro(
                self.tr(
                    "Define the containers of the task. Each needs a name and an image; at "
                    "least one must be essential. Select a container to edit it; problems "
                    "are marked at the field and in the list."
                )
            )
        )
        layout.addWidget(splitter, 1)

    def set_region_provider(self, provider: RegionProvider) -> None:
        """Where the awslogs region comes from (the shell's selected region), for the
        Use log collection toggle and for the containers the controller makes."""
        self.controller.region_provider = provider

    # --- selection ------------------------------------------------------------
    def select(self, index: int) -> None:
        """Edit container ``index`` (-1: none) and point focus targets at it."""
        if index < 0 or self.controller.get(f"{LIST}/{index}") is None:
            self.stack.setCurrentWidget(self.empty)
            self.focus_targets = {LIST: self.container_list.list}
            return
        self.stack.setCurrentWidget(self.editor)
        if self.container_list.current() != index:
            self.container_list.select(index)  # re-enters select() through the signal
            return
        self.editor.set_index(index)
        base = f"{LIST}/{index}"
        self.focus_targets = {base + rel: w for rel, w in self.editor.targets().items()}
        self.focus_targets[base] = self.editor.targets()["/name"]
        self.focus_targets[LIST] = self.container_list.list

    def focus_pointer(self, ptr: str) -> bool:
        """Select the container a pointer names, then focus its field."""
        match = _CONTAINER_POINTER.match(ptr)
        if match is None:
            if ptr == LIST or ptr.startswith(LIST):
                self.container_list.list.setFocus()
                return True
            return False
        index = int(match.group(1))
        if index >= self.container_list.list.count():
            self.container_list.list.setFocus()
            return True
        self.container_list.select(index)
        rel = match.group(2) or ""
        if not self.editor.focus_relative(rel):
            self.editor.focus_relative("/name")
        return True

    # --- findings about the list as a whole ------------------------------------
    def _show_list_findings(self) -> None:
        found = self.controller.findings_at(LIST)
        show_summary(self.list_message, [(f, "") for f in found], "")
