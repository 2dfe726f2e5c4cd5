"""Fixtures shared by Qt test modules outside one conftest (import the name to use it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent


@pytest.fixture(autouse=True)
def delete_closed_windows() -> Iterator[None]:
    """pytest-qt closes each test's windows with deleteLater(), which only runs in an
    event loop; without one they pile up and slow later tests (a theme switch
    restyles every live widget). Delete them as each test ends."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
