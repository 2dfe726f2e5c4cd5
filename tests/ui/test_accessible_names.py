"""Every input on every page has an accessible name (screen readers announce it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QCheckBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView)


def _inside_a_composite(widget: QWidget) -> bool:
    """Parts Qt builds inside a combo box, spin box or table (popup lists, the
    spin box's line edit, header views) are named through their owner."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def test_every_input_on_every_page_has_an_accessible_name(main_window):
    missing = []
    for page_id, page in main_window.wizard.pages.items():
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, INPUTS) or _inside_a_composite(widget):
                continue
            name = widget.accessibleName()
            if isinstance(widget, QCheckBox):
                name = name or widget.text()
            if not name.strip():
                missing.append(f"{page_id.name}: {type(widget).__name__} {widget.toolTip()[:50]!r}")
    assert not missing, "\n".join(missing)


def test_the_check_can_fail(main_window):
    from wizard.ui.pages.base import PageId

    family = main_window.wizard.pages[PageId.LAUNCH].family_edit
    family.setAccessibleName("")
    try:
        test_every_input_on_every_page_has_an_accessible_name(main_window)
    except AssertionError as exc:
        assert "LAUNCH: QLineEdit" in str(exc)
    else:
        raise AssertionError("a nameless input was not reported")
