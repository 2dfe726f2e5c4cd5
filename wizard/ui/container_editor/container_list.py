"""The list of containers: one row each (name, image, essential mark, findings
marker) and the buttons that add, duplicate, remove and reorder them.

Signals:
    selected(int): the container to edit (-1 when there is none).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.findings import Severity
from wizard.ui.draft.controller import DraftController
from wizard.ui.widgets.severity_marks import count_text, severity_icon
from wizard.ui.widgets.table_findings import MARKER_ROLE

# Item data: how many errors the container has (the icon shows it visually).
ERRORS_ROLE = Qt.ItemDataRole.UserRole + 2


class ContainerList(QWidget):
    selected = Signal(int)

    def __init__(self, controller: DraftController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.list = QListWidget(self)
        self.list.setObjectName("containerList")
        self.list.setAccessibleName(self.tr("Containers"))
        self.list.setToolTip(self.tr("Select a container to edit it on the right."))
        self.list.setWordWrap(True)
        # A click on a row moves the selection without select(): the Move
        # buttons must follow it too.
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.currentRowChanged.connect(self.selected)
        blank = QPixmap(32, 32)
        blank.fill(Qt.GlobalColor.transparent)
        self.blank_icon = QIcon(blank)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        specs = (
            ("add", self.tr("Add"), self.tr("Add an empty container"), self.add),
            ("duplicate", self.tr("Duplicate"), self.tr("Copy the selected container"),
             self.duplicate),
            ("remove", self.tr("Remove"), self.tr("Remove the selected container"), self.remove),
            ("up", self.tr("Move up"), self.tr("Move the selected container up"),
             lambda: self.move_current(-1)),
            ("down", self.tr("Move down"), self.tr("Move the selected container down"),
             lambda: self.move_current(1)),
        )  # fmt: skip
        for n, (key, text, tip, slot) in enumerate(specs):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            grid.addWidget(button, n // 2, n % 2)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        controller.analysis_changed.connect(self._analysis_changed)
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)

    def current(self) -> int:
        return self.list.currentRow()

    def select(self, index: int) -> None:
        """Select ``index`` (clamped); emits ``selected`` even if the row is the same,
        because after a removal the same row holds another container."""
        index = min(max(index, 0), self.list.count() - 1)
        with QSignalBlocker(self.list):
            self.list.setCurrentRow(index)
        self._update_buttons()
        self.selected.emit(index)

    # --- operations ---------------------------------------------------------
    def add(self) -> None:
        self.select(self.controller.add_container())

    def duplicate(self) -> None:
        if self.current() >= 0:
            self.select(self.controller.duplicate_container(self.current()))

    def remove(self) -> None:
        index = self.current()
        if index >= 0:
            self.controller.remove_container(index)
            self.select(index)

    def move_current(self, step: int) -> None:
        index = self.current()
        target = index + step
        if 0 <= index and 0 <= target < self.list.count():
            self.controller.move_container(index, target)
            self.select(target)

    # --- showing the draft -------------------------------------------------------
    def _analysis_changed(self) -> None:
        # Only the rows of the containers the change touched (their text or
        # their findings); the list itself changing redraws every row.
        changed = self.controller.changed_containers()
        items = self.controller.get("/containerDefinitions")
        items = items if isinstance(items, list) else []
        if changed is None or self.list.count() != len(items):
            self.refresh()
            return
        for i in sorted(changed):
            if i < len(items):
                self._show_row(self.list.item(i), i, items[i])

    def refresh(self) -> None:
        items = self.controller.get("/containerDefinitions")
        items = items if isinstance(items, list) else []
        before = self.current()
        with QSignalBlocker(self.list):
            while self.list.count() > len(items):
                self.list.takeItem(self.list.count() - 1)
            while self.list.count() < len(items):
                self.list.addItem(QListWidgetItem())
            for i, container in enumerate(items):
                self._show_row(self.list.item(i), i, container)
            if self.list.currentRow() < 0 and items:
                self.list.setCurrentRow(min(max(before, 0), len(items) - 1))
        self._update_buttons()
        if self.current() != before:
            self.selected.emit(self.current())

    def _show_row(self, item: QListWidgetItem, index: int, container: Any) -> None:
        c = container if isinstance(container, dict) else {}
        name = c.get("name") or self.tr("(unnamed)")
        image = c.get("image") or self.tr("(no image)")
        essential = c.get("essential", True) is not False
        # tr() outside the f-string: lupdate does not look inside f-strings.
        first = self.tr("{0}  · essential").format(name) if essential else str(name)
        text = f"{first}\n{image}"
        if item.text() != text:
            item.setText(text)
        found = self.controller.findings_under(f"/containerDefinitions/{index}")
        errors = sum(1 for f in found if f.severity is Severity.ERROR)
        warnings = sum(1 for f in found if f.severity is Severity.WARNING)
        severity = Severity.ERROR if errors else Severity.WARNING if warnings else None
        parts = [count_text(errors, "error")] if errors else []
        if warnings:
            parts.append(count_text(warnings, "warning"))
        tip = ", ".join(parts) if parts else self.tr("No problems found")
        marker = (severity.value if severity else "", tip)
        # This runs on every keystroke; setting the same icon again still repaints
        # the whole list, so only touch the row when its state changed.
        if item.data(MARKER_ROLE) != marker or item.data(ERRORS_ROLE) != errors:
            item.setData(MARKER_ROLE, marker)
            # Rows without a marker get a blank icon so all names start in one column.
            item.setIcon(severity_icon(severity) if severity else self.blank_icon)
            item.setData(ERRORS_ROLE, errors)
            # The marker's meaning for screen readers, which do not see the icon.
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)
        tooltip = f"{name} ({image})\n{tip}"
        if item.toolTip() != tooltip:
            item.setToolTip(tooltip)

    def _update_buttons(self) -> None:
        index, count = self.current(), self.list.count()
        self.buttons["duplicate"].setEnabled(index >= 0)
        self.buttons["remove"].setEnabled(index >= 0)
        self.buttons["up"].setEnabled(index > 0)
        self.buttons["down"].setEnabled(0 <= index < count - 1)
