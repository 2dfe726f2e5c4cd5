"""The dialogs of Register: what blocks it, warnings to accept, the diff, the result.

Each has one classmethod that shows it modally and returns a plain value, so
the flow reads as a sequence of questions and tests replace exactly one call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.findings import Finding
from wizard.services.gateway import Registered
from wizard.ui.revisions.compare_view import CompareView
from wizard.ui.widgets.findings_list import FindingsList
from wizard.ui.widgets.form_rows import FormRows


def _intro(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FindingsDialog(QDialog):
    """Findings with "Go to field"; ``proceed_text`` adds a button that accepts them."""

    def __init__(
        self,
        title: str,
        intro: str,
        findings: list[Finding],
        proceed_text: str,
        parent: QWidget | None,
        document: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 420)
        self.pointer: str | None = None
        self.proceed = False
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(intro, self))
        self.findings = FindingsList(self)
        # The draft, so that the Field column names containers as the screen does.
        self.findings.set_findings(findings, document)
        first = self.findings.tree.topLevelItem(0)
        if first is not None:
            self.findings.tree.setCurrentItem(first)
        self.findings.finding_activated.connect(self._go)
        layout.addWidget(self.findings, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        if proceed_text:
            go_on = buttons.addButton(proceed_text, QDialogButtonBox.ButtonRole.AcceptRole)
            go_on.clicked.connect(self._proceed)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _go(self, ptr: str) -> None:
        self.pointer = ptr
        self.reject()

    def _proceed(self) -> None:
        self.proceed = True
        self.accept()


class BlockedDialog(FindingsDialog):
    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        intro: str,
        findings: list[Finding],
        document: Mapping[str, Any] | None = None,
    ) -> str | None:
        """Nothing is sent; returns the pointer the user chose to go to, or None."""
        dialog = cls(title, intro, findings, "", parent, document)
        dialog.exec()
        dialog.deleteLater()
        return dialog.pointer


# Texts needed outside a dialog (or before it exists) are translated with a literal
# context at each call: lupdate extracts only literal translate() calls.
class WarningsDialog(FindingsDialog):
    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        findings: list[Finding],
        document: Mapping[str, Any] | None = None,
    ) -> tuple[bool, str | None]:
        """(register anyway?, pointer the user chose to go to instead)."""
        dialog = cls(
            QGuiApplication.translate("RegisterDialogs", "Register despite warnings?"),
            QGuiApplication.translate(
                "RegisterDialogs",
                "AWS accepts this task definition, but these are documented risks or "
                "unsupported combinations. Register anyway, or go and fix them.",
            ),
            findings,
            QGuiApplication.translate("RegisterDialogs", "Register anyway"),
            parent,
            document,
        )
        dialog.exec()
        dialog.deleteLater()
        return dialog.proceed, dialog.pointer


class DiffDialog(QDialog):
    """What registering changes compared with the family's latest ACTIVE revision.

    With ``compare`` (before, after, before's name, after's name) the changes are
    shown side by side per container and section; else as lines.
    """

    def __init__(
        self,
        summary: str,
        lines: list[str],
        parent: QWidget | None,
        compare: tuple[dict[str, Any], dict[str, Any], str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a new revision"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.summary = _intro(summary, self)
        self.summary.setAccessibleName(self.tr("What registering changes"))
        layout.addWidget(self.summary)
        self.changes = QPlainTextEdit(self)
        self.changes.setReadOnly(True)
        self.changes.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.changes.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.changes.setAccessibleName(self.tr("Changes from the latest revision"))
        self.changes.setPlainText("\n".join(lines))
        self.changes.setVisible(bool(lines) and compare is None)
        layout.addWidget(self.changes, 1)
        self.compare_view: CompareView | None = None
        if compare is not None and lines:
            self.resize(900, 520)
            self.compare_view = CompareView(self)
            self.compare_view.compare(*compare)
            self.compare_view.summary.hide()  # the summary above says it
            layout.addWidget(self.compare_view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        register = buttons.addButton(self.tr("Register"), QDialogButtonBox.ButtonRole.AcceptRole)
        register.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        summary: str,
        lines: list[str],
        compare: tuple[dict[str, Any], dict[str, Any], str, str] | None = None,
    ) -> bool:
        """True: register; the summary says against which revision, lines list the changes."""
        dialog = cls(summary, lines, parent, compare)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted


class RegisteredDialog(QDialog):
    """The new revision's ARN and number, each with a Copy button."""

    def __init__(self, registered: Registered, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Registered"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(
                self.tr("Registered revision {revision} of {family}.").format(
                    revision=registered.revision, family=registered.family
                ),
                self,
            )
        )
        form = FormRows(label_width=0)
        self.arn_edit = self._copyable(form, self.tr("ARN"), registered.arn)
        self.revision_edit = self._copyable(form, self.tr("Revision"), str(registered.revision))
        layout.addLayout(form.layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _copyable(self, form: FormRows, label: str, value: str) -> QLineEdit:
        cell = QWidget(self)
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(value, cell)
        edit.setReadOnly(True)
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(value) + 24)
        copy = QPushButton(self.tr("Copy"), cell)
        copy.setAccessibleName(self.tr("Copy the {0}").format(label))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(value))
        row.addWidget(edit, 1)
        row.addWidget(copy)
        form.field(label, edit, cell=cell)
        return edit

    @classmethod
    def launch(cls, parent: QWidget | None, registered: Registered) -> None:
        dialog = cls(registered, parent)
        dialog.exec()
        dialog.deleteLater()
