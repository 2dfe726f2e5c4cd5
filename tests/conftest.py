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


# The slowest files, measured with --durations (each takes 30 s or more on the
# 2-core machine). Under ``pytest -n 2 --dist loadfile --no-loadscope-reorder`` files
# go to the two processes in collection order, so these are collected first: left
# to the end, one of them would keep one process busy while the other sits idle.
SLOW_FILES_FIRST = (
    "tests/test_bundle.py",
    "tests/test_packaging.py",
    "tests/ui/test_real_window.py",
    "tests/robustness/test_kill_during_save.py",
    "tests/services/test_awscli.py",
    "tests/domain/schema/test_schema_check.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Slow files first, each file's tests in their own order, the rest as collected."""

    def rank(item: pytest.Item) -> int:
        path = item.nodeid.split("::", 1)[0]
        return SLOW_FILES_FIRST.index(path) if path in SLOW_FILES_FIRST else len(SLOW_FILES_FIRST)

    items.sort(key=rank)  # a stable sort
