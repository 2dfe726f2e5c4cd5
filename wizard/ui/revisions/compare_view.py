"""Compare view: two task definitions side by side, per container and per section.

The comparison is the semantic diff of ``wizard.domain.diff`` (what ECS would see
differently). Each container (by name) and the task's own members are a group;
each member of a group is a section. Sections with changes are expanded with the
changed fields highlighted; unchanged sections are folded, their value shown on
both sides.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.diff import Change, canonical, semantic_diff
from wizard.domain.text.plural import plural
from wizard.ui.draft.field_names import SEPARATOR, field_parts
from wizard.ui.draft.member_labels import member

_MAX_SHOWN = 200
# Translucent, so the highlight reads on the dark and on the light theme.
CHANGED = QColor(230, 160, 0, 70)
ADDED = QColor(40, 170, 70, 70)
REMOVED = QColor(220, 50, 50, 70)
_TONE = {"changed": CHANGED, "added": ADDED, "removed": REMOVED}
FIELD, BEFORE, AFTER = 0, 1, 2
# The API member of a section row (its text is the label the screen shows).
API_ROLE = Qt.ItemDataRole.UserRole + 7


def _section_label(section: str, prefix: str, members: dict[str, Any]) -> str:
    """A task or container member as the pages label it ("Task memory", "Memory
    hard limit"); the member's own name when the pages have no label for it."""
    if prefix:  # a container's member: named inside a one-container document
        document: dict[str, Any] = {"containerDefinitions": [members]}
        ptr = f"/containerDefinitions/0/{section}"
    else:
        document, ptr = members, f"/{section}"
    parts = field_parts(document, ptr)
    return parts[-1] if parts else section


def _path_label(dotted: str) -> str:
    """A change's path below its section ("portMappings.0.containerPort") with every
    API member replaced by its label; names and numbers stay as they are."""
    shown = []
    for part in dotted.split("."):
        known = member(part)
        shown.append(known.text() if known is not None else part)
    return SEPARATOR.join(shown)


def _show(value: Any) -> str:
    if value is None:
        return ""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _containers(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for c in doc.get("containerDefinitions") or []:
        if isinstance(c, dict) and isinstance(c.get("name"), str):
            out[c["name"]] = c
    return out


class CompareView(QWidget):
    """The tree of groups and sections; :meth:`compare` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("compareSummary")
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("compareTree")
        self.tree.setColumnCount(3)
        self.tree.setAccessibleName(self.tr("Differences, per container and section"))
        self.tree.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        # Before and after share the rest equally: side by side.
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tree, 1)
        self.changes: list[Change] = []

    def compare(
        self, before: dict[str, Any], after: dict[str, Any], before_name: str, after_name: str
    ) -> list[Change]:
        self.changes = semantic_diff(before, after)
        self.tree.clear()
        self.tree.setHeaderLabels([self.tr("Field"), before_name, after_name])
        a, b = canonical(before), canonical(after)
        n = len(self.changes)
        self.summary.setText(
            self.tr("No differences.")
            if n == 0
            else plural(
                n,
                self.tr("{0} difference; its section is open, the rest folded."),
                self.tr("{0} differences; changed sections are open, the rest folded."),
            ).format(n)
        )
        task_a = {k: v for k, v in a.items() if k != "containerDefinitions"}
        task_b = {k: v for k, v in b.items() if k != "containerDefinitions"}
        self._group(self.tr("Task"), "", task_a, task_b, present=(True, True))
        ca, cb = _containers(a), _containers(b)
        for name in [*cb, *(n for n in ca if n not in cb)]:
            self._group(
                self.tr("Container {0}").format(name),
                f"containers.{name}",
                ca.get(name, {}),
                cb.get(name, {}),
                present=(name in ca, name in cb),
            )
        return self.changes

    def _group(
        self,
        title: str,
        prefix: str,
        a: dict[str, Any],
        b: dict[str, Any],
        present: tuple[bool, bool],
    ) -> None:
        item = QTreeWidgetItem(self.tree, [title])
        item.setFirstColumnSpanned(False)
        font = item.font(FIELD)
        font.setBold(True)
        item.setFont(FIELD, font)
        if present == (False, True):
            item.setText(AFTER, self.tr("added"))
            self._tone(item, ADDED)
        elif present == (True, False):
            item.setText(BEFORE, self.tr("removed"))
            self._tone(item, REMOVED)
        mine = [c for c in self.changes if self._in_group(c, prefix)]
        for section in [*b, *(k for k in a if k not in b)]:
            label = f"{prefix}.{section}" if prefix else section
            found = [c for c in mine if c.label == label or c.label.startswith(label + ".")]
            shown = _section_label(section, prefix, b or a)
            child = QTreeWidgetItem(item, [shown, _show(a.get(section)), _show(b.get(section))])
            # The API member stays reachable: for section_items() and in the tooltip.
            child.setData(FIELD, API_ROLE, section)
            self._values_in_tooltips(child)
            if not found:
                child.setToolTip(FIELD, self.tr("unchanged") + f" (API: {section})")
                continue
            if len(found) == 1 and found[0].label == label:
                # The whole section is the change: one highlighted row says it all.
                self._tone(child, _TONE.get(found[0].kind, CHANGED))
                child.setToolTip(FIELD, found[0].pointer)
                continue
            self._tone(child, CHANGED)
            for change in found:
                rest = change.label[len(label) + 1 :] or section
                row = QTreeWidgetItem(
                    child, [_path_label(rest), _show(change.old), _show(change.new)]
                )
                self._values_in_tooltips(row)
                self._tone(row, _TONE.get(change.kind, CHANGED))
                row.setToolTip(FIELD, change.pointer)
            child.setExpanded(True)
        item.setExpanded(bool(mine) or present != (True, True))

    @staticmethod
    def _in_group(change: Change, prefix: str) -> bool:
        if prefix:
            return change.label == prefix or change.label.startswith(prefix + ".")
        return not change.label.startswith("containers.")

    @staticmethod
    def _values_in_tooltips(item: QTreeWidgetItem) -> None:
        """A value wider than its column is elided: its tooltip shows it whole
        (up to the same cut-off as the cell)."""
        for column in (BEFORE, AFTER):
            if item.text(column):
                item.setToolTip(column, item.text(column))

    @staticmethod
    def _tone(item: QTreeWidgetItem, color: QColor) -> None:
        for column in (FIELD, BEFORE, AFTER):
            item.setBackground(column, QBrush(color))

    def section_items(self) -> dict[str, QTreeWidgetItem]:
        """Sections by "group/section" title, for tests and accessibility checks."""
        out: dict[str, QTreeWidgetItem] = {}
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            assert group is not None
            for j in range(group.childCount()):
                child = group.child(j)
                assert child is not None
                out[f"{group.text(FIELD)}/{child.data(FIELD, API_ROLE)}"] = child
        return out


class CompareDialog(QDialog):
    def __init__(
        self,
        before: dict[str, Any],
        after: dict[str, Any],
        before_name: str,
        after_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare {0} with {1}").format(before_name, after_name))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.view = CompareView(self)
        self.view.compare(before, after, before_name, after_name)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
