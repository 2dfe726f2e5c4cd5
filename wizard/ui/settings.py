"""Preferences remembered between runs (QSettings; never credentials or drafts).

Kept in the user's configuration directory as an INI file; tests point
QSettings at a temporary directory.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from wizard.ui.theme import Theme


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ecs-taskdef-wizard", "wizard"
    )


def theme() -> Theme:
    value = _settings().value("view/theme", Theme.SYSTEM.value)
    try:
        return Theme(str(value))
    except ValueError:
        return Theme.SYSTEM


def set_theme(choice: Theme) -> None:
    _settings().setValue("view/theme", choice.value)


def language() -> str:
    """The GUI language chosen in View > Language: "system", "en" or "zh_CN"
    (see wizard.ui.i18n; an unknown stored value means "system")."""
    value = str(_settings().value("view/language", "system"))
    return value if value in ("system", "en", "zh_CN") else "system"


def set_language(choice: str) -> None:
    _settings().setValue("view/language", choice)


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    settings = _settings()
    geometry = settings.value("window/geometry")
    state = settings.value("window/state")
    return (
        geometry if isinstance(geometry, QByteArray) else None,
        state if isinstance(state, QByteArray) else None,
    )


def set_window_state(geometry: QByteArray, state: QByteArray) -> None:
    settings = _settings()
    settings.setValue("window/geometry", geometry)
    settings.setValue("window/state", state)


def last_directory() -> str:
    return str(_settings().value("files/last_directory", ""))


def set_last_directory(path: str) -> None:
    _settings().setValue("files/last_directory", path)
