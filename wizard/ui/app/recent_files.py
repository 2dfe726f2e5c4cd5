"""The File > Open Recent list: the last drafts opened or saved, newest first.

Kept in the preferences (QSettings), at most MAX_RECENT paths. Files that no
longer exist are pruned when the menu opens, with a note in the status bar, so
the list never offers something that cannot be opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from wizard.domain.text.plural import plural

# The settings module keeps its QSettings factory private; reuse it so the
# recent list lands in the same preferences file as everything else.
from wizard.ui.app.settings import _settings

MAX_RECENT = 10
KEY = "files/recent"


class RecentFiles(QObject):
    """Signals:
    changed(): the list changed.
    """

    changed = Signal()

    def paths(self) -> list[str]:
        value = _settings().value(KEY, [])
        # An INI file gives back a one-element list as a plain string.
        items = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        )
        return [str(p) for p in items if p][:MAX_RECENT]

    def add(self, path: str) -> None:
        full = _normalise(path)
        self._store([full, *(p for p in self.paths() if p != full)])

    def remove(self, path: str) -> None:
        full = _normalise(path)
        self._store([p for p in self.paths() if p != full])

    def prune(self) -> list[str]:
        """Drop paths that no longer exist; returns the ones dropped."""
        kept: list[str] = []
        gone: list[str] = []
        for path in self.paths():
            (kept if Path(path).is_file() else gone).append(path)
        if gone:
            self._store(kept)
        return gone

    def clear(self) -> None:
        self._store([])

    def _store(self, paths: list[str]) -> None:
        settings = _settings()
        if paths:
            settings.setValue(KEY, paths[:MAX_RECENT])
        else:
            settings.remove(KEY)
        self.changed.emit()


def _normalise(path: str) -> str:
    # One entry per file however it was reached (relative path, "..", symlinked dir).
    return str(Path(path).expanduser().resolve())


class RecentMenu(QMenu):
    """File > Open Recent, rebuilt each time it opens."""

    def __init__(
        self,
        recent: RecentFiles,
        open_path: Callable[[str], object],
        notify: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Open &Recent"))
        self.setObjectName("recentFilesMenu")
        self.recent = recent
        self._open_path = open_path
        self._notify = notify
        # Filled when opened, not at start-up: checking that files exist can be slow
        # (network folders) and must not delay the first paint.
        self.aboutToShow.connect(self.rebuild)

    @Slot()
    def rebuild(self) -> None:
        gone = self.recent.prune()
        if gone:
            self._notify(
                plural(
                    len(gone),
                    self.tr("Removed {0} missing file from the recent files: {1}"),
                    self.tr("Removed {0} missing files from the recent files: {1}"),
                ).format(len(gone), ", ".join(Path(p).name for p in gone))
            )
        self.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, start=1):
            # &1..&9 and &0 give keyboard access to the first ten entries.
            text = f"&{number % 10} {Path(path).name}"
            action = QAction(text, self)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self._open_path(p))
            self.addAction(action)
        if not paths:
            empty = self.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
            return
        self.addSeparator()
        self.addAction(self.tr("&Clear the list"), self.recent.clear)

    def entries(self) -> list[str]:
        """The paths on offer, in menu order (for tests and accessibility checks)."""
        return [str(a.data()) for a in self.actions() if a.data()]
