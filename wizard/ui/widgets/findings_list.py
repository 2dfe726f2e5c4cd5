"""All findings of the draft as a filterable list, errors first.

Selecting a finding shows its message and hint below the list; activating it
(Enter, double-click or "Go to field") emits ``finding_activated`` with its
JSON Pointer, so the wizard can open the page and focus the field.

A rule may have a quick fix (:meth:`FindingsList.add_fix`): for its findings a
fix button appears beside "Go to field", and the context menu offers it too.

Signals:
    finding_activated(str): the pointer of the activated finding.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.findings import Finding, Severity, sort_findings
from wizard.ui.app import theme
from wizard.ui.draft.field_names import field_name
from wizard.ui.draft.screen_words import finding_words
from wizard.ui.widgets.severity_marks import severity_icon
from wizard.ui.widgets.wrapped_label import WrappedLabel

#: The columns whose text wraps: Problem and Field.
_WRAPPED = (1, 2)
#: The Field column takes at most this share of the width; a longer place wraps.
_FIELD_SHARE = 0.35


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped Problem and Field texts at the columns'
    widths (a tree view measures rows without knowing the column's width)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() not in _WRAPPED:
            return size
        width = self._tree.header().sectionSize(index.column()) - 8  # the text margins
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if width <= 0 or not text:
            return size
        flags = int(Qt.TextFlag.TextWordWrap)
        bounds = option.fontMetrics.boundingRect(0, 0, width, 1 << 20, flags, text)
        return QSize(size.width(), max(size.height(), bounds.height() + 4))


@dataclass(frozen=True)
class QuickFix:
    """What fixes a rule's findings: the button / menu text and the handler."""

    text: str
    handler: Callable[[Finding], None]


class FindingsList(QWidget):
    finding_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._places: list[str] = []  # the Field column's texts, as shown
        # Rule id -> its quick fix; registered by whoever can apply it (add_fix).
        self._fixes: dict[str, QuickFix] = {}
        self._names = {
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Info"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_filters())
        self.tree = self._build_tree()
        layout.addWidget(self.tree, 1)
        self.detail = WrappedLabel("", self)
        self.detail.setObjectName("findingDetail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("Selected finding"))
        layout.addWidget(self.detail)

    # --- building -------------------------------------------------------
    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:"), self))
        self.filters: dict[Severity, QCheckBox] = {}
        for severity in Severity:
            box = QCheckBox(self)
            box.setChecked(True)
            box.setAccessibleName(self.tr("Show {0} findings").format(self._names[severity]))
            box.setToolTip(self.tr("List the findings of this severity (clear to hide them)."))
            box.toggled.connect(self._apply_filter)
            row.addWidget(box)
            self.filters[severity] = box
        row.addStretch(1)
        self.go_button = QPushButton(self.tr("Go to field"), self)
        self.go_button.setToolTip(self.tr("Open the page of the selected finding (or Enter)"))
        self.go_button.setAccessibleName(self.tr("Go to the field of the selected finding"))
        self.go_button.clicked.connect(self.activate_current)
        row.addWidget(self.go_button)
        self.fix_button = QPushButton(self)
        self.fix_button.setAccessibleName(self.tr("Fix the selected finding"))
        self.fix_button.clicked.connect(self.fix_current)
        self.fix_button.hide()  # shown for findings that have a quick fix
        row.addWidget(self.fix_button)
        return row

    def _build_tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setAccessibleName(self.tr("Findings"))
        tree.setAccessibleDescription(
            self.tr(
                "Every problem in the task definition; Enter opens the field of the selected one."
            )
        )
        tree.setColumnCount(3)
        tree.setHeaderLabels([self.tr("Severity"), self.tr("Problem"), self.tr("Field")])
        tree.setRootIsDecorated(False)
        # Long messages wrap in the Problem column instead of being cut off;
        # rows follow the column's width (see _rewrap).
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.setItemDelegate(_WrappingDelegate(tree))
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # As wide as its places, up to a share of the width (see _fit_field_column).
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._rewrap)
        tree.installEventFilter(self)
        tree.itemActivated.connect(lambda item, _col: self._activate(item))
        tree.currentItemChanged.connect(self._show_detail)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._show_context_menu)
        return tree

    def _rewrap(self, column: int, _old: int, _new: int) -> None:
        # Row heights are measured once; a wider or narrower Problem or Field
        # column needs them measured again.
        if column in _WRAPPED:
            self.tree.scheduleDelayedItemsLayout()

    def _fit_field_column(self) -> None:
        """The Field column as wide as its longest place, but no wider than a share
        of the view: a longer place wraps (its tooltip holds it whole)."""
        natural = max(
            (self.tree.fontMetrics().horizontalAdvance(place) + 16 for place in self._places[:500]),
            default=0,
        )
        natural = max(natural, self.tree.header().sectionSizeHint(2))
        cap = max(120, int(self.tree.viewport().width() * _FIELD_SHARE))
        width = min(natural, cap)
        if self.tree.columnWidth(2) != width:
            self.tree.setColumnWidth(2, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The tree gets its width from the layout after this widget's resize.
        if watched is self.tree and event.type() == QEvent.Type.Resize:
            self._fit_field_column()
        return False

    # --- content --------------------------------------------------------
    def set_findings(
        self, findings: list[Finding], document: Mapping[str, Any] | None = None
    ) -> None:
        """Show ``findings`` (most severe first), keeping the selection if it still exists.

        ``document`` is the draft they are about: the Field column names each
        place as the screen does, the container by its name (without it, by
        its number)."""
        ordered = sort_findings(list(findings))
        for severity, box in self.filters.items():
            label = f"{self._names[severity]} ({sum(f.severity is severity for f in ordered)})"
            if box.text() != label:
                box.setText(label)
        places = [field_name(document or {}, f.path) for f in ordered]
        if (
            ordered == self._findings
            and places == self._places
            and self.tree.topLevelItemCount() == len(ordered)
        ):
            return  # nothing new: keep the items, the selection and the scroll position
        current = self.current_finding()
        self._findings, self._places = ordered, places
        self.tree.clear()
        items = [self._item(f, place) for f, place in zip(self._findings, places, strict=True)]
        self.tree.addTopLevelItems(items)
        self._apply_filter()
        if current is not None and current in self._findings:
            self.tree.setCurrentItem(items[self._findings.index(current)])
        self._show_detail(self.tree.currentItem())
        self._fit_field_column()

    def _item(self, finding: Finding, place: str) -> QTreeWidgetItem:
        message, hint, api = finding_words(finding)
        hint = f"{hint} {api}".strip()
        item = QTreeWidgetItem([self._names[finding.severity], message, place])
        item.setIcon(0, severity_icon(finding.severity))
        # Colour and the word both say the severity, so it is not colour alone.
        item.setForeground(0, QColor(theme.colour(finding.severity.value)))
        tip = message + ("\n" + hint if hint else "")
        for column in range(2):
            item.setToolTip(column, tip)
        # The place whole, and the JSON Pointer for those who work in the JSON.
        item.setToolTip(2, self._place_tip(place, finding.path))
        item.setData(0, Qt.ItemDataRole.UserRole, finding.path)
        return item

    def _place_tip(self, place: str, ptr: str) -> str:
        return place + "\n" + self.tr("JSON Pointer: {0}").format(ptr or "/")

    def current_place(self) -> str:
        """The Field column's text of the selected finding ("" for none)."""
        item = self.tree.currentItem()
        return item.text(2) if item is not None else ""

    def visible_findings(self) -> list[Finding]:
        """The findings the filters let through, in display order."""
        return [
            f
            for i, f in enumerate(self._findings)
            if (item := self.tree.topLevelItem(i)) is not None and not item.isHidden()
        ]

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        index = self.tree.indexOfTopLevelItem(item)
        return self._findings[index] if 0 <= index < len(self._findings) else None

    def _apply_filter(self) -> None:
        for i, finding in enumerate(self._findings):
            shown = self.filters[finding.severity].isChecked()
            item = self.tree.topLevelItem(i)
            if item is not None:
                item.setHidden(not shown)
        self._show_detail(self.tree.currentItem())

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        finding = self.current_finding() if item is not None and not item.isHidden() else None
        self.go_button.setEnabled(finding is not None)
        fix = self.fix_for(finding)
        self.fix_button.setVisible(fix is not None)
        if fix is not None:
            self.fix_button.setText(fix.text)
            self.fix_button.setToolTip(self.tr("{0} (the change can be undone)").format(fix.text))
        if finding is None:
            shown = len(self.visible_findings())
            self.detail.setText(
                self.tr("Select a finding to see how to fix it.")
                if shown
                else self.tr("Nothing to show: no findings of the chosen kinds.")
            )
            return
        where = self.tr("{0} (JSON Pointer {1})").format(self.current_place(), finding.path or "/")
        message, hint, api = finding_words(finding)
        hint = f"{hint} {api}".strip()
        text = f"{message}\n{hint}" if hint else message
        self.detail.setText(self.tr("{0}\nAt {1}").format(text, where))

    # --- activation -----------------------------------------------------
    def activate_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None and not item.isHidden():
            self._activate(item)

    def _activate(self, item: QTreeWidgetItem) -> None:
        self.finding_activated.emit(str(item.data(0, Qt.ItemDataRole.UserRole)))

    # --- quick fixes ----------------------------------------------------
    def add_fix(self, rule: str, text: str, handler: Callable[[Finding], None]) -> None:
        """Offer ``handler(finding)`` as the one-click fix for findings of ``rule``."""
        self._fixes[rule] = QuickFix(text, handler)
        self._show_detail(self.tree.currentItem())

    def fix_for(self, finding: Finding | None) -> QuickFix | None:
        return self._fixes.get(finding.rule) if finding is not None else None

    def fix_current(self) -> None:
        item = self.tree.currentItem()
        finding = self.current_finding() if item is not None and not item.isHidden() else None
        fix = self.fix_for(finding)
        if finding is not None and fix is not None:
            fix.handler(finding)

    def context_menu(self, item: QTreeWidgetItem | None) -> QMenu | None:
        """The menu for ``item`` (Go to field, and its quick fix if it has one)."""
        if item is None or item.isHidden():
            return None
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Go to field"), self.activate_current)
        fix = self.fix_for(self.current_finding())
        if fix is not None:
            menu.addAction(fix.text, self.fix_current)
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(self.tree.itemAt(pos))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))
            menu.deleteLater()
