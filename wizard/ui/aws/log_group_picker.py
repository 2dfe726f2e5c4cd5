"""The awslogs log group picker: an existing group, a group created now, or one
ECS creates at task start (``awslogs-create-group``).

The last needs ``logs:CreateLogGroup`` on the task execution role, which the
managed AmazonECSTaskExecutionRolePolicy does not grant; the user is told so
before choosing it. Creating the group here avoids that extra permission.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QWidget

from wizard.ui.aws.account import AccountState
from wizard.ui.aws.messages import Confirm
from wizard.ui.aws.picker_dialog import Loader, PickerDialog, PickItem


@dataclass(frozen=True)
class LogGroupChoice:
    """``create_group``: set ``awslogs-create-group`` to ``"true"`` as well."""

    name: str
    create_group: bool = False


# Texts needed outside a dialog (or before it exists) are translated with a literal
# context at each call: lupdate extracts only literal translate() calls.
def confirm_create_at_start(parent: QWidget | None, name: str) -> bool:
    return Confirm.ask(
        parent,
        QCoreApplication.translate("LogGroupPicker", "Let ECS create the log group?"),
        QCoreApplication.translate(
            "LogGroupPicker",
            "ECS creates {0} when the first task starts if awslogs-create-group is true. The "
            "task execution role then needs logs:CreateLogGroup, which the managed policy "
            "AmazonECSTaskExecutionRolePolicy does not include: add it to the role, or the "
            "task fails to start.",
        ).format(name),
        QCoreApplication.translate(
            "LogGroupPicker",
            "Creating the group now (Create group) needs no extra permission on the role.",
        ),
        QCoreApplication.translate("LogGroupPicker", "Set awslogs-create-group"),
    )


def confirm_create_now(parent: QWidget | None, name: str, region: str) -> bool:
    return Confirm.ask(
        parent,
        QCoreApplication.translate("LogGroupPicker", "Create the log group?"),
        QCoreApplication.translate(
            "LogGroupPicker",
            "The awslogs driver writes to {0}, which must exist when the task starts. "
            "Create it now in {1} in the connected account?",
        ).format(name, region),
        QCoreApplication.translate(
            "LogGroupPicker",
            "A group that exists already is left as it is. Created now, the task execution "
            "role needs no permission to create it.",
        ),
        QCoreApplication.translate("LogGroupPicker", "Create group"),
    )


class LogGroupPickerDialog(PickerDialog):
    def __init__(self, account: AccountState, suggested: str, parent: QWidget | None) -> None:
        super().__init__(
            account,
            QCoreApplication.translate("LogGroupPicker", "CloudWatch Logs group"),
            QCoreApplication.translate(
                "LogGroupPicker",
                "Pick the group for this container's logs, or type a new name in the filter "
                "and create it.",
            ),
            parent,
        )
        self.suggested = suggested
        self.created: bool | None = None
        self.create_button = self.add_action(
            "",
            QCoreApplication.translate("LogGroupPicker", "Create the log group now"),
            self.create_now,
        )
        self.at_start_button = self.add_action(
            QCoreApplication.translate("LogGroupPicker", "Let ECS create it..."),
            QCoreApplication.translate(
                "LogGroupPicker", "Let ECS create the log group when the task starts"
            ),
            self.create_at_start,
        )
        self.filter_edit.textChanged.connect(self._name_changed)
        self._name_changed()

    def loader(self) -> Loader:
        return lambda gw: [
            PickItem(name, LogGroupChoice(name), name) for name in gw.list_log_groups()
        ]

    def empty_text(self) -> str:
        return self.tr("No log groups yet; type a name and create one.")

    def new_name(self) -> str:
        """The filter text when typed (it is the name being looked for), else the suggestion."""
        return self.filter_edit.text().strip() or self.suggested

    @Slot()
    def _name_changed(self) -> None:
        name = self.new_name()
        self.create_button.setText(self.tr("Create group {0}").format(name))
        self.create_button.setEnabled(bool(name))
        self.at_start_button.setEnabled(bool(name))

    @Slot()
    def create_now(self) -> None:
        name = self.new_name()
        if not name:
            return
        self.run(
            lambda gateway: gateway.create_log_group(name),
            lambda created: self._created(name, created),
            self.tr("Creating log group {0}...").format(name),
        )

    def _created(self, name: str, created: bool) -> None:
        # False means it existed already, which serves awslogs just as well. Creating a
        # group is choosing it, so the dialog closes with it.
        self.created = created
        self.choose(LogGroupChoice(name))

    @Slot()
    def create_at_start(self) -> None:
        name = self.new_name()
        if name and confirm_create_at_start(self, name):
            self.choose(LogGroupChoice(name, create_group=True))

    @classmethod
    def ask(
        cls, parent: QWidget | None, account: AccountState, suggested: str = ""
    ) -> LogGroupChoice | None:
        value = cls(account, suggested, parent).result_value()
        return value if isinstance(value, LogGroupChoice) else None
