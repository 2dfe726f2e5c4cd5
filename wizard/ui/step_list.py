"""The step list on the wizard's left, like the console's: every page with its
state (current, visited or not yet) and the number of errors and warnings on
it. A click on a step goes there; errors never lock the way.

The list is built with the first page, before the later pages exist, so it
knows the page titles itself and counts findings with
:func:`wizard.ui.pages.page_of.page_of` (the one place that maps a pointer to
its page).

Signals:
    step_clicked(int): the PageId of the step the user chose.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from wizard.domain.findings import Finding, Severity
from wizard.ui.pages.page_of import PageId, page_of
from wizard.ui.widgets.severity_marks import count_text, severity_icon

# Item data: (errors, warnings) on the step; tests and screen readers read it.
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 7


def count_by_page(findings: Iterable[Finding]) -> dict[PageId, tuple[int, int]]:
    """(errors, warnings) per page."""
    counts = {page: [0, 0] for page in PageId}
    for finding in findings:
        if finding.severity is Severity.ERROR:
            counts[page_of(finding.path)][0] += 1
        elif finding.severity is Severity.WARNING:
            counts[page_of(finding.path)][1] += 1
    return {page: (e, w) for page, (e, w) in counts.items()}


class StepList(QListWidget):
    step_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(self.tr("Steps"))
        self.setAccessibleDescription(
            self.tr("Every page of the wizard with its errors and warnings; Enter opens it.")
        )
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setIconSize(QSize(16, 16))
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank = QIcon(blank)
        self._titles = {
            PageId.LAUNCH: self.tr("Launch type and family"),
            PageId.TASK_SIZE: self.tr("Task size, roles and network"),
            PageId.CONTAINERS: self.tr("Containers"),
            PageId.STORAGE: self.tr("Storage"),
            PageId.MONITORING: self.tr("Monitoring and tags"),
            PageId.REVIEW: self.tr("Review and create"),
        }
        for page in PageId:
            item = QListWidgetItem(self)
            item.setData(Qt.ItemDataRole.UserRole, int(page))
        self._shown: tuple[object, ...] | None = None
        self._last: tuple[PageId, set[PageId], dict[PageId, tuple[int, int]]] | None = None
        self._compact = False
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)
        self.setFixedWidth(self.full_width())

    def full_width(self) -> int:
        """Wide enough for the longest title on two lines."""
        metrics = self.fontMetrics()
        longest = max(metrics.horizontalAdvance(t) for t in self._titles.values())
        return min(max(170, longest // 2 + 80), 280)

    def compact_width(self) -> int:
        """Room for a step's number and its findings icon."""
        return self.fontMetrics().horizontalAdvance("0") + self.iconSize().width() + 26

    @property
    def compact(self) -> bool:
        return self._compact

    def set_compact(self, compact: bool) -> None:
        """Numbers and icons only (the titles and states move to the tooltips),
        for a window too narrow to give the titles their room."""
        if compact == self._compact:
            return
        self._compact = compact
        self.setFixedWidth(self.compact_width() if compact else self.full_width())
        self._shown = None
        if self._last is not None:
            self.show_state(*self._last)

    def title(self, page: PageId) -> str:
        return self._titles[page]

    def _chosen(self, item: QListWidgetItem) -> None:
        self.step_clicked.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def show_state(
        self,
        current: PageId,
        visited: set[PageId],
        counts: dict[PageId, tuple[int, int]],
    ) -> None:
        """Show each step's state; touches the items only when something changed
        (it runs on every keystroke)."""
        self._last = (current, visited, counts)
        key = (current, frozenset(visited), tuple(sorted(counts.items())))
        if key == self._shown:
            return
        self._shown = key
        for page in PageId:
            self._show_step(self.item(int(page)), page, page is current, page in visited, counts)
        if self.currentRow() != int(current):
            self.setCurrentRow(int(current))

    def _show_step(
        self,
        item: QListWidgetItem,
        page: PageId,
        is_current: bool,
        was_visited: bool,
        counts: dict[PageId, tuple[int, int]],
    ) -> None:
        errors, warnings = counts.get(page, (0, 0))
        if is_current:
            state = self.tr("Current")
        elif was_visited:
            state = self.tr("Visited")
        else:
            state = self.tr("Not visited yet")
        parts = [count_text(errors, "error")] if errors else []
        if warnings:
            parts.append(count_text(warnings, "warning"))
        problems = ", ".join(parts)
        title = self.tr("{0}. {1}").format(int(page) + 1, self._titles[page])
        second = f"{state} · {problems}" if problems else state
        item.setText(str(int(page) + 1) if self._compact else f"{title}\n{second}")
        font = QFont(self.font())
        font.setBold(is_current)
        item.setFont(font)
        severity = Severity.ERROR if errors else Severity.WARNING if warnings else None
        item.setIcon(severity_icon(severity) if severity else self._blank)
        item.setData(COUNTS_ROLE, (errors, warnings))
        words = f"{title}: {second}"
        item.setToolTip(words)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, second)
