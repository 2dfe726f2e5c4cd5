"""View > Language: follow the system, or English, or Simplified Chinese.

The choice is remembered (wizard.ui.app.settings) and applies at the next start:
every widget translates its texts when it is built, so switching in place
would mean rebuilding the window and its half-typed state. The menu says so
in a disabled first entry, and choosing tells it again in the status bar.

The language names are written in their own language ("English", "简体中文"),
so a user who cannot read the current one still finds theirs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from wizard.ui.app import settings
from wizard.ui.app.i18n import ENGLISH, SIMPLIFIED_CHINESE, SYSTEM, running_language, ui_language

# Endonyms: never translated (see the module docstring).
LANGUAGE_NAMES = {ENGLISH: "English", SIMPLIFIED_CHINESE: "简体中文"}


class LanguageMenu(QMenu):
    """Signals:
    language_chosen(str): "system", "en" or "zh_CN", after it was saved.
    """

    language_chosen = Signal(str)

    def __init__(
        self, status: Callable[[str], None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("languageMenu")
        self._status = status
        note = self.addAction(self.tr("Applies after a restart"))
        note.setEnabled(False)
        self.addSeparator()
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.choices: dict[str, QAction] = {}
        current = settings.language()
        for choice, label in (
            (SYSTEM, self.tr("System default")),
            (ENGLISH, LANGUAGE_NAMES[ENGLISH]),
            (SIMPLIFIED_CHINESE, LANGUAGE_NAMES[SIMPLIFIED_CHINESE]),
        ):
            action = QAction(label, self, checkable=True)
            action.setData(choice)
            action.setChecked(choice == current)
            action.triggered.connect(lambda _=False, c=choice: self.choose(c))
            self.group.addAction(action)
            self.addAction(action)
            self.choices[choice] = action

    @Slot(str)
    def choose(self, choice: str) -> str:
        """Remember ``choice``; returns (and shows) what the user is told."""
        settings.set_language(choice)
        self.choices[choice].setChecked(True)
        language = ui_language(choice)
        if language == running_language():
            message = self.tr("Language saved; it is the one in use.")
        else:
            message = self.tr("Language saved: {0} from the next start of the program.").format(
                LANGUAGE_NAMES[language]
            )
        if self._status is not None:
            self._status(message)
        self.language_chosen.emit(choice)
        return message
