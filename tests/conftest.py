"""Test-wide settings: Qt offscreen unless told otherwise, English messages, private
preferences, and the Qt clean-up every GUI test needs.

Qt warnings fail a test: pytest-qt captures them (``qt_log_level_fail`` in
``pyproject.toml``, which also lists the platform noise that is ignored)."""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English messages whatever the developer's shell says (LC_ALL and LC_MESSAGES
# take precedence over LANG, so clear them too).
os.environ["LANG"] = "en_US.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)


import pytest
from PySide6.QtCore import QCoreApplication, QEvent


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory, monkeypatch):
    """Preferences go to a temporary directory, never the developer's own."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))


@pytest.fixture(autouse=True)
def delete_closed_windows() -> Iterator[None]:
    """pytest-qt closes each test's windows with deleteLater(), which only runs in an
    event loop; without one they pile up and slow every later test (a theme switch
    restyles every live widget, so one test took close to a minute late in a run).
    Delete them as each test ends, in every test module."""
    yield
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
