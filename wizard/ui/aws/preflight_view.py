"""The preflight's checklist: the checks grouped by area, each with its mark
(passed, failed, skipped), the message, and the hint as the tooltip.

Enter or a double-click on a check with a field emits ``check_activated(str)``
with its JSON Pointer, so the page can jump there. Used on the review page and
in the register dialog that lists failures.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.findings import Severity
from wizard.services.preflight.results import Area, CheckResult, Report, Status, sort_key
from wizard.ui.draft.screen_words import screen_finding
from wizard.ui.widgets.severity_marks import severity_icon

POINTER_ROLE = Qt.ItemDataRole.UserRole


class _Tree(QTreeWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            # Qt lets Enter through to the window after activating the row, where the
            # wizard's default button would turn the page the jump just opened.
            event.accept()


class Checklist(QWidget):
    check_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree: QTreeWidget = _Tree(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Result"), self.tr("Check")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Checks against the account"))
        self.tree.setAccessibleDescription(
            self.tr("Enter or double-click a check to go to its field.")
        )
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)
        # The whole message and its hint: a row shows one line of a long message.
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("The selected check and how to fix it"))
        layout.addWidget(self.detail)
        self.tree.currentItemChanged.connect(self._show_detail)

    def area_title(self, area: Area) -> str:
        return {
            Area.ROLES: self.tr("Roles"),
            Area.PERMISSIONS: self.tr("Permissions"),
            Area.IMAGES: self.tr("Images"),
            Area.LOGS: self.tr("Logs"),
            Area.SECRETS: self.tr("Secrets and parameters"),
            Area.STORAGE: self.tr("Storage"),
            Area.ACCOUNT: self.tr("Account and region"),
        }[area]

    def status_text(self, check: CheckResult) -> str:
        if check.status is Status.PASS:
            return self.tr("Passed")
        if check.status is Status.SKIP:
            return self.tr("Skipped")
        if check.severity is Severity.ERROR:
            return self.tr("Failed")
        if check.severity is Severity.WARNING:
            return self.tr("Warning")
        return self.tr("Note")

    def _icon(self, check: CheckResult) -> QIcon:
        pixmap = {
            Status.PASS: QStyle.StandardPixmap.SP_DialogApplyButton,
            Status.SKIP: QStyle.StandardPixmap.SP_MessageBoxQuestion,
        }.get(check.status)
        if pixmap is None:  # a failure: the findings' icon of its severity
            return severity_icon(check.severity)
        return self.style().standardIcon(pixmap)

    def set_checks(self, checks: list[CheckResult]) -> None:
        self.tree.clear()
        self._show_detail(None)
        by_area: dict[Area, list[CheckResult]] = {}
        for check in sorted(checks, key=sort_key):
            by_area.setdefault(check.area, []).append(check)
        for area in Area:
            items = by_area.get(area)
            if not items:
                continue
            failed = sum(c.status is Status.FAIL for c in items)
            skipped = sum(c.status is Status.SKIP for c in items)
            passed = len(items) - failed - skipped
            group = QTreeWidgetItem(
                [
                    self.area_title(area),
                    self.tr("{0} passed, {1} failed, {2} skipped").format(passed, failed, skipped),
                ]
            )
            self.tree.addTopLevelItem(group)
            for check in items:
                # In the screen's words, as the findings: labels, the API members in a note.
                message, hint, api = screen_finding(check.message, check.hint, check.path)
                hint = f"{hint} {api}".strip()
                item = QTreeWidgetItem([self.status_text(check), message])
                item.setIcon(0, self._icon(check))
                item.setData(0, POINTER_ROLE, check.path)
                tip = message + (f"\n{hint}" if hint else "")
                item.setData(1, POINTER_ROLE, tip)
                item.setToolTip(0, tip)
                item.setToolTip(1, tip)
                group.addChild(item)
            # Failures open; areas that only passed or were skipped stay one line each.
            group.setExpanded(failed > 0)
        self.tree.resizeColumnToContents(0)
        first = self._first_failure()
        if first is not None:
            self.tree.setCurrentItem(first)
            self.tree.scrollToItem(first)

    def _first_failure(self) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is not None and group.isExpanded() and group.childCount():
                return group.child(0)
        return None

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        text = item.data(1, POINTER_ROLE) if item is not None else None
        self.detail.setText(text if isinstance(text, str) else "")
        self.detail.setVisible(bool(self.detail.text()))

    def set_report(self, report: Report) -> None:
        self.set_checks(report.checks)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        pointer = item.data(0, POINTER_ROLE)
        if isinstance(pointer, str) and pointer:
            self.check_activated.emit(pointer)
