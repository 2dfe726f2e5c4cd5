"""Screen readers hear what each input is for, and a field's error when it has one.

Every input on every page has an accessible description or a tooltip (which
screen readers read as its description). A field with an error has the error
message as its accessible description, so it is announced on focus; once fixed,
the field's help text comes back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.test_accessible_names import INPUTS, _inside_a_composite
from tests.ui.ui_text import build_window
from wizard.ui.pages.base import PageId


def undescribed(window) -> list[str]:
    missing = []
    for page_id, page in window.wizard.pages.items():
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, INPUTS) or _inside_a_composite(widget):
                continue
            if not (widget.accessibleDescription().strip() or widget.toolTip().strip()):
                missing.append(
                    f"{page_id.name}: {type(widget).__name__} {widget.accessibleName()!r}"
                )
    return missing


def test_every_input_on_every_page_is_described(qtbot):
    window = build_window(qtbot)
    assert undescribed(window) == []


def test_the_check_can_fail(qtbot):
    window = build_window(qtbot)
    family = window.wizard.pages[PageId.LAUNCH].family_edit
    family.setToolTip("")
    family.setAccessibleDescription("")
    assert "LAUNCH: QLineEdit 'Task definition family'" in undescribed(window)


def test_a_field_error_is_its_accessible_description(qtbot):
    window = build_window(qtbot)
    page = window.wizard.pages[PageId.LAUNCH]
    edit, row = page.family_edit, page.family_row
    help_text = edit.accessibleDescription()
    assert help_text and help_text == row.help_text
    window.controller.set("/family", "no spaces allowed")
    window.controller.reanalyse()
    finding = row.finding()
    assert finding is not None
    assert row.message.isVisibleTo(row)
    assert edit.accessibleDescription() == row.message.text()
    assert edit.accessibleDescription().startswith(finding.message)
    window.controller.set("/family", "web-app")
    window.controller.reanalyse()
    assert row.finding() is None
    assert edit.accessibleDescription() == help_text
