"""Findings inside tables: a marker and tooltip per cell, a message line below.

Shared by :class:`~wizard.ui.widgets.list_table.ListTable` and
:class:`~wizard.ui.widgets.key_value_table.KeyValueTable` (and the other message
lines under lists: the containers page, the container's JSON view). A table
cannot host a FieldRow per cell, so the most severe finding of a cell becomes the
cell's icon and tooltip, and the table's findings are summarised in one label
under it. Every text goes through ``screen_words.finding_text``, as a field row's
message does: the labels the screen shows, the API members in an "(API: …)" note.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QWidget

from wizard.domain.findings import Finding, Severity
from wizard.ui.draft.screen_words import finding_text
from wizard.ui.widgets.field_row import repolish
from wizard.ui.widgets.severity_marks import severity_icon
from wizard.ui.widgets.wrapped_label import WrappedLabel

# Most lines the message label lists before "and N more".
MAX_MESSAGE_LINES = 4


MARKER_ROLE = Qt.ItemDataRole.UserRole + 41


def worst(findings: Sequence[Finding]) -> Finding | None:
    return min(findings, key=lambda f: f.severity.rank) if findings else None


def mark_item(item: QTableWidgetItem, findings: Sequence[Finding], base_tooltip: str) -> None:
    """Icon and tooltip of one cell from the findings at or below it."""
    top = worst(findings)
    # Setting an icon repaints the cell even when it is the same one; this runs
    # on every keystroke, so only touch the item when the severity changed.
    marker = top.severity.value if top else ""
    if item.data(MARKER_ROLE) != marker:
        item.setData(MARKER_ROLE, marker)
        item.setIcon(severity_icon(top.severity if top else None))
    lines = [finding_text(f) for f in sorted(findings, key=lambda f: f.severity.rank)]
    tooltip = "\n".join([base_tooltip, *lines] if base_tooltip else lines)
    if item.toolTip() != tooltip:
        item.setToolTip(tooltip)


def show_summary(label: QLabel, lines: list[tuple[Finding, str]], more_text: str) -> None:
    """Fill the message label under a table; ``lines`` pairs a finding with where
    it is, as the table names it ("Row 2, Container port", "" for the table).

    Only the lines shown are put into words: a table with hundreds of findings
    renders four of them on each change."""
    if not lines:
        label.hide()
        label.clear()
        return
    ordered = sorted(lines, key=lambda pair: pair[0].severity.rank)
    texts = [
        where_text(where, finding_text(finding)) for finding, where in ordered[:MAX_MESSAGE_LINES]
    ]
    if len(ordered) > MAX_MESSAGE_LINES:
        texts.append(more_text.format(len(ordered) - MAX_MESSAGE_LINES))
    label.setText("\n".join(texts))
    label.setProperty("severity", ordered[0][0].severity.value)
    repolish(label)
    label.show()


def where_text(where: str, text: str) -> str:
    """ "Row 2, Container port: <message>", or the message alone for no place."""
    if not where:
        return text
    return QCoreApplication.translate("Findings", "{0}: {1}").format(where, text)


def mark_widget(widget: QWidget, findings: Sequence[Finding]) -> None:
    """The same invalid / warning properties a FieldRow puts on its editor."""
    top = worst(findings)
    invalid = top is not None and top.severity is Severity.ERROR
    warning = top is not None and top.severity is Severity.WARNING
    if widget.property("invalid") != invalid or widget.property("warning") != warning:
        widget.setProperty("invalid", invalid)
        widget.setProperty("warning", warning)
        repolish(widget)


def message_label(parent: QWidget) -> QLabel:
    label = WrappedLabel("", parent)
    label.setObjectName("fieldMessage")
    label.hide()
    return label


def escape_key(key: str) -> str:
    """One JSON Pointer segment (RFC 6901)."""
    return key.replace("~", "~0").replace("/", "~1")
