"""Putting AWS buttons into pages that were built without knowing about them.

The pages expose their editors as attributes (``task_role_edit``, a section's
``image``...). A line edit sits alone in its field row's box layout; to put a
button beside it, the edit is moved into a small row widget that takes its
place in that layout. Everything bound to the edit (binders, field messages,
focus targets, label buddies) refers to the edit itself, so it keeps working.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QWidget

ROW_NAME = "awsPickerRow"


def place_beside(editor: QWidget, button: QWidget) -> bool:
    """Put ``button`` right of ``editor``; False when the editor's layout is not a box."""
    parent = editor.parentWidget()
    if parent is None:
        return False
    layout = parent.layout()
    if parent.objectName() == ROW_NAME and layout is not None:
        layout.addWidget(button)  # a second button beside the same editor
        return True
    if not isinstance(layout, QBoxLayout):
        return False
    index = layout.indexOf(editor)
    if index < 0:
        return False
    row = QWidget(parent)
    row.setObjectName(ROW_NAME)
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    layout.removeWidget(editor)
    layout.insertWidget(index, row)
    line.addWidget(editor, 1)
    line.addWidget(button)
    QWidget.setTabOrder(editor, button)
    return True


def place_after(anchor: QWidget, widget: QWidget, stretch: int = 0) -> bool:
    """Insert ``widget`` right after ``anchor`` in whichever box layout holds it."""
    parent = anchor.parentWidget()
    found = _box_holding(parent.layout(), anchor) if parent is not None else None
    if found is None:
        return False
    found.insertWidget(found.indexOf(anchor) + 1, widget, stretch)
    # Built after the page, the widget's inputs would come last on Tab; put them
    # right after the anchor, where they are on screen.
    previous = anchor
    for child in (widget, *widget.findChildren(QWidget)):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            QWidget.setTabOrder(previous, child)
            previous = child
    return True


def _box_holding(layout: QLayout | None, widget: QWidget) -> QBoxLayout | None:
    if layout is None:
        return None
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        found = _box_holding(item.layout() if item is not None else None, widget)
        if found is not None:
            return found
    return None
