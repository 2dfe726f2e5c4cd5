"""The GUI's language: which one, and installing its Qt translators.

The choice ("system", "en" or "zh_CN") is remembered in the settings
(:func:`wizard.ui.app.settings.language`); "system" follows the locale variables
exactly as the linter does (``wizard.domain.messages.locale``). It is read once, before
any widget exists, because Qt widgets translate their texts when they are
built: a new choice applies at the next start (the language menu says so).

The same language is given to the domain, so rule messages shown in the GUI
match its labels whatever the environment says.

This runs before the first paint, so it stays cheap: no pages, no catalog
imports, only two small files read (about a millisecond each).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from wizard.domain.messages import locale
from wizard.resource_files import resource_path

SYSTEM = "system"
ENGLISH = locale.ENGLISH
SIMPLIFIED_CHINESE = locale.SIMPLIFIED_CHINESE
CHOICES = (SYSTEM, ENGLISH, SIMPLIFIED_CHINESE)

_running = ENGLISH  # the language installed at start-up (the menu compares with it)


def ui_language(choice: str) -> str:
    """The language a settings choice means: "en" or "zh_CN" as chosen, and for
    "system" (or anything unknown) what the locale variables ask for."""
    if choice in locale.LANGUAGES:
        return choice
    return locale.language_from_environment()


def catalog_path(language: str) -> Path | None:
    """Our compiled translation for ``language`` (None for English or when missing)."""
    if language == ENGLISH:
        return None
    try:
        return resource_path("i18n", f"wizard_{language}.qm")
    except FileNotFoundError:
        return None


def running_language() -> str:
    """The language the GUI was started in (see :func:`install_translators`)."""
    return _running


def install_translators(
    app: QCoreApplication, choice: str, catalog: Path | None = None
) -> list[QTranslator]:
    """Install our translation for ``choice`` ("system", "en" or "zh_CN"; see
    :func:`ui_language`), or the .qm at ``catalog`` (a pseudo-translation, say),
    and Qt's own for its standard buttons and dialogs; returns them for
    :func:`remove_translators`.

    Rule messages follow: a chosen language is imposed on the domain; with
    "system" the domain keeps reading the same locale variables itself.
    """
    global _running
    language = ui_language(choice)
    _running = language
    locale.set_language(None if choice == SYSTEM else language)
    translators: list[QTranslator] = []
    ours = catalog or catalog_path(language)
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            app.installTranslator(translator)
            translators.append(translator)
    if language != ENGLISH:
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            translators.append(qt)
    return translators


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators`: English again, rule messages following
    the environment (tests switch languages within one process)."""
    global _running
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    _running = ENGLISH
    locale.set_language(None)
