"""Driving page widgets as a user does, for the page tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWizard


def choose(combo: QComboBox, *, text: str | None = None, data: Any = None) -> None:
    """Pick an item the way a click in the popup does (sets it, emits activated)."""
    index = combo.findText(text) if text is not None else combo.findData(data)
    assert index >= 0, f"{text or data!r} not offered: {items(combo)}"
    item = combo.model().item(index)
    assert item is None or item.isEnabled(), f"{text or data!r} is not selectable"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    """Select all, delete, type ``text``."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def toggle(qtbot, button) -> None:
    """Press Space on a check box: a real click, emitting clicked(bool)."""
    qtbot.keyClick(button, Qt.Key.Key_Space)


def next_enabled(wizard: QWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def page_errors(page) -> int:
    """How many errors a page shows (its step in the step list counts them)."""
    from wizard.domain.findings import Severity

    return sum(f.severity is Severity.ERROR for f in page.page_findings())


def needed_height(label: QLabel) -> int:
    """What a fresh word-wrapped label with the same text needs at the label's
    width (measured independently of the label under test): the same name,
    parent and interaction, styled by the same sheet, since a selectable label
    lays its text out in a text document that wraps some texts a line earlier."""
    probe = QLabel(label.text(), label.parentWidget())
    probe.setObjectName(label.objectName())
    probe.setWordWrap(True)
    probe.setTextInteractionFlags(label.textInteractionFlags())
    probe.ensurePolished()
    try:
        return probe.heightForWidth(label.width())
    finally:
        probe.deleteLater()
