"""Import docker-compose: the network mode of the task the services become.

Under docker compose the services reach each other by name (``http://api:5000``).
The importer (``wizard.domain.formats.compose``) makes one task of them, in one of
two network modes, and the choice shows in its report:

- **awsvpc** (the default; Fargate): the containers share the task's network
  interface, so such addresses are rewritten to ``localhost`` and reported as done.
- **bridge** (EC2): each container has its own network namespace; a service's
  ``links:`` become its container's ``links``, the addresses are kept, and those
  no link covers are reported, to be made to work with ``links``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.widgets.wrapped_label import WrappedLabel

CONTEXT = "ComposeOptionsDialog"
AWSVPC, BRIDGE = "awsvpc", "bridge"
#: Each mode: its button's text and what the user will see in the report.
MODES: dict[str, tuple[str, str]] = {
    AWSVPC: (
        str(
            QT_TRANSLATE_NOOP(
                "ComposeOptionsDialog",
                "awsvpc (Fargate): the containers share one network interface",
            )
        ),
        str(
            QT_TRANSLATE_NOOP(
                "ComposeOptionsDialog",
                "The report lists each address such as http://api:5000 between services, "
                "rewritten to localhost.",
            )
        ),
    ),
    BRIDGE: (
        str(
            QT_TRANSLATE_NOOP(
                "ComposeOptionsDialog", "bridge (EC2): each container has its own network"
            )
        ),
        str(
            QT_TRANSLATE_NOOP(
                "ComposeOptionsDialog",
                "Each service's links become its container's links. Addresses such as "
                "http://api:5000 between services are kept as they are; the report lists "
                "those no link covers: add links to make them work.",
            )
        ),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ComposeOptionsDialog(QDialog):
    """The network mode for the import; :meth:`network_mode` after it is accepted."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composeOptionsDialog")
        self.setWindowTitle(self.tr("Import docker-compose file"))
        intro = WrappedLabel(
            self.tr("Import the services of {0} as the containers of one task.").format(file_name),
            self,
        )
        box = QGroupBox(self.tr("Network mode"), self)
        column = QVBoxLayout(box)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for mode, (text, _explanation) in MODES.items():
            button = QRadioButton(_tr(text), box)
            button.setObjectName(f"networkMode_{mode}")
            self.group.addButton(button)
            column.addWidget(button)
            self.buttons[mode] = button
        self.explanation = WrappedLabel("", box)
        self.explanation.setObjectName("composeNetworkExplanation")
        self.explanation.setAccessibleName(self.tr("What the report will say"))
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.explanation)
        self.buttons[AWSVPC].setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self._explain())
        self._explain()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def network_mode(self) -> str:
        for mode, button in self.buttons.items():
            if button.isChecked():
                return mode
        return AWSVPC

    def _explain(self) -> None:
        self.explanation.setText(_tr(MODES[self.network_mode()][1]))

    @classmethod
    def ask(cls, file_name: str, parent: QWidget | None) -> str | None:
        """The chosen network mode, None when cancelled."""
        dialog = cls(file_name, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.network_mode() if accepted else None
        finally:
            dialog.deleteLater()
