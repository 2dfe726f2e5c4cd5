"""Guard against the PySide6 build that leaks references to None/True/False.

PySide6-Essentials 6.12.0 on Python 3.11 takes a reference from None (and the
booleans) on every Qt call that returns them, and never gives it back; the
interpreter aborts with "none_dealloc" after a few thousand edits. The project
pins a version without the bug; this test fails if one slips in.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QWidget


def test_qt_calls_do_not_drain_none_or_bool_references(qtbot):
    widget = QWidget()
    box = QCheckBox()
    qtbot.addWidget(widget)
    qtbot.addWidget(box)
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(2000):
        widget.update()
        box.isChecked()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    # Allow noise from other objects; the bug loses 2000 at once.
    assert all(a > b - 500 for a, b in zip(after, before, strict=True)), (before, after)
