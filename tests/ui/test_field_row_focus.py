"""Leaving a field ends its quiet, whatever kind of editor it is (issue 18, item 7).

The row listens to the widgets inside its editor that take the focus: the
editor, an editable combo box's line edit, a composite row's line edit and
button. A combo box's popup is left out (the focus comes back to the box).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from tests.rulekit import container, fargate_doc
from wizard.ui.draft.controller import DraftController
from wizard.ui.widgets.field_row import FieldRow

PTR = "/containerDefinitions/0/image"


def quiet_controller() -> DraftController:
    doc = fargate_doc(container(name="web", image=""))
    return DraftController(doc, quiet=True)


def revealed(controller: DraftController) -> bool:
    """The missing image's error shows (a quiet draft holds it back until then)."""
    return bool(controller.findings_at(PTR))


def leave(qtbot, inner: QWidget, elsewhere: QWidget) -> None:
    inner.setFocus()
    qtbot.waitUntil(inner.hasFocus)
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)


def host_with(
    qtbot, controller: DraftController, editor: QWidget
) -> tuple[QWidget, FieldRow, QLineEdit]:
    host = QWidget()
    layout = QHBoxLayout(host)
    row = FieldRow(controller, PTR, editor)
    other = QLineEdit()
    layout.addWidget(row)
    layout.addWidget(other)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    return host, row, other  # the caller keeps the window alive


def test_leaving_an_editable_combo_box_reveals_its_findings(qtbot):
    controller = quiet_controller()
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(["nginx", "httpd"])
    _host, _row, other = host_with(qtbot, controller, combo)
    assert not revealed(controller)
    leave(qtbot, combo.lineEdit(), other)
    assert revealed(controller)


def test_leaving_a_composite_editor_by_its_inner_widgets_reveals_its_findings(qtbot):
    for inner_index in (0, 1):
        controller = quiet_controller()
        editor = QWidget()
        line = QLineEdit(editor)
        button = QPushButton("…", editor)
        layout = QHBoxLayout(editor)
        layout.addWidget(line)
        layout.addWidget(button)
        _host, _row, other = host_with(qtbot, controller, editor)
        leave(qtbot, (line, button)[inner_index], other)
        assert revealed(controller)


def test_a_plain_combo_box_listens_on_itself_not_on_its_popup(qtbot):
    controller = quiet_controller()
    combo = QComboBox()
    combo.addItems(["a", "b"])
    _host, _row, other = host_with(qtbot, controller, combo)
    # The focus leaving the popup's list is not the user leaving the field.
    QApplication.sendEvent(combo.view(), QFocusEvent(QEvent.Type.FocusOut))
    assert not revealed(controller)
    leave(qtbot, combo, other)
    assert revealed(controller)
