"""Message boxes of the AWS features, each behind a one-call wrapper.

Every box is opened through a classmethod (``ask`` when it returns the user's
choice, ``inform`` when it only tells), so tests and scripts replace that one
method instead of clicking through a modal dialog.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wizard.services.errors import AwsError
from wizard.ui.draft.field_names import field_name
from wizard.ui.draft.screen_words import screen_finding


class AwsErrorDialog(QMessageBox):
    """A failed AWS call: what happened, what to do, and "Go to field" when it names one.

    The message and hint speak the screen's words (a field as its label reads, the
    API members in a note), as the findings do; ``document`` (the draft) lets the
    field be named with its container's name rather than its number."""

    def __init__(
        self,
        title: str,
        error: AwsError,
        note: str,
        parent: QWidget | None,
        document: Mapping[str, Any] | None = None,
    ) -> None:
        ptr = error.field_pointer or ""
        message, hint, api = screen_finding(error.message, error.hint, ptr)
        super().__init__(QMessageBox.Icon.Warning, title, message, parent=parent)
        self.setObjectName("awsErrorDialog")
        informative = [text for text in (f"{hint} {api}".strip(), note) if text]
        self.setInformativeText("\n\n".join(informative))
        details = []
        if error.action:
            details.append(self.tr("Action: {0}").format(error.action))
        if error.code:
            details.append(self.tr("Error code: {0}").format(error.code))
        if error.field_pointer:
            place = field_name(document or {}, error.field_pointer)
            details.append(self.tr("Field: {0}").format(place))
            details.append(self.tr("JSON Pointer: {0}").format(error.field_pointer))
        if details:
            self.setDetailedText("\n".join(details))
        self.go_button = None
        if error.field_pointer:  # "" is the whole document: no single field to show
            self.go_button = self.addButton(
                self.tr("Go to field"), QMessageBox.ButtonRole.ActionRole
            )
        self.addButton(QMessageBox.StandardButton.Close)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        error: AwsError,
        note: str = "",
        document: Mapping[str, Any] | None = None,
    ) -> bool:
        """Show the error; True when the user chose "Go to field"."""
        box = cls(title, error, note, parent, document)
        box.exec()
        chosen = box.go_button is not None and box.clickedButton() is box.go_button
        box.deleteLater()
        return chosen


class Notice(QMessageBox):
    """Information the user should read, with an OK button."""

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = cls(QMessageBox.Icon.Information, title, text, parent=parent)
        if details:
            box.setInformativeText(details)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        box.deleteLater()


class Confirm(QMessageBox):
    """A yes/no question whose yes button says what it does."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        details: str = "",
        yes_text: str = "",
    ) -> bool:
        box = cls(QMessageBox.Icon.Question, title, text, parent=parent)
        if details:
            box.setInformativeText(details)
        # A literal context: lupdate would file "box.tr" under a context named "box".
        default_yes = QCoreApplication.translate("Confirm", "Continue")
        yes = box.addButton(yes_text or default_yes, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        box.exec()
        chosen = box.clickedButton() is yes
        box.deleteLater()
        return chosen
