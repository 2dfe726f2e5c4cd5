"""A check box for the API's "ENABLED" / "DISABLED" switches (EFS transit
encryption and IAM authorization), where absent means DISABLED.

Checking stores "ENABLED"; unchecking removes the member (the default), so the
exported JSON stays minimal. An explicit "DISABLED" from a file shows unchecked
and is kept until the user changes it.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox

from wizard.ui.draft.controller import REMOVE, DraftController
from wizard.ui.widgets.field_row import PointerSource, _Binder

ENABLED = "ENABLED"


class EnabledBinder(_Binder):
    editor: QCheckBox

    def __init__(self, controller: DraftController, ptr: PointerSource, box: QCheckBox) -> None:
        super().__init__(controller, ptr, box)
        box.clicked.connect(self.toggled)
        self.sync()

    @Slot(bool)
    def toggled(self, checked: bool) -> None:
        self.store(ENABLED if checked else REMOVE)

    @Slot(str)
    def sync(self, _changed: str = "") -> None:
        box = self.editor
        wanted = self.value() == ENABLED
        if box.isChecked() != wanted:
            box.setChecked(wanted)


def bind_enabled(controller: DraftController, ptr: PointerSource, box: QCheckBox) -> EnabledBinder:
    return EnabledBinder(controller, ptr, box)
