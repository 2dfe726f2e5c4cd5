"""Register's question when the preflight found failures: the failed checks,
"Go to field", Cancel, and "Register anyway"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wizard.domain.text.plural import plural
from wizard.services.preflight.results import CheckResult
from wizard.ui.aws.preflight_view import Checklist


class PreflightFailedDialog(QDialog):
    def __init__(self, failures: list[CheckResult], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Checks against the account failed"))
        self.resize(760, 420)
        self.pointer: str | None = None
        self.proceed = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            plural(
                len(failures),
                self.tr(
                    "{0} check against the account failed: a task from this definition would "
                    "probably not start. Nothing was sent yet."
                ),
                self.tr(
                    "{0} checks against the account failed: a task from this definition would "
                    "probably not start. Nothing was sent yet."
                ),
            ).format(len(failures)),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.checklist = Checklist(self)
        self.checklist.set_checks(failures)
        self.checklist.tree.expandAll()
        self.checklist.check_activated.connect(self._go)
        layout.addWidget(self.checklist, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go_button = buttons.addButton(
            self.tr("Go to field"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.go_button.clicked.connect(self._go_current)
        self.anyway_button = buttons.addButton(
            self.tr("Register anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.anyway_button.clicked.connect(self._anyway)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _anyway(self) -> None:
        self.proceed = True
        self.accept()

    def _go(self, pointer: str) -> None:
        self.pointer = pointer
        self.reject()

    def _go_current(self) -> None:
        item = self.checklist.tree.currentItem()
        pointer = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(pointer, str) and pointer:
            self._go(pointer)

    @staticmethod
    def ask(parent: QWidget, failures: list[CheckResult]) -> tuple[bool, str | None]:
        """(register anyway?, the field to go to)."""
        dialog = PreflightFailedDialog(failures, parent)
        dialog.exec()
        return dialog.proceed, dialog.pointer
