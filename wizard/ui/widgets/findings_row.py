"""A field row for an editor that stands for several places in the draft.

:class:`~wizard.ui.widgets.field_row.FieldRow` shows findings at exactly one
pointer. Some editors cover more: the OS / architecture combo writes both
members of ``runtimePlatform``, the launch type check boxes stand for every
entry of ``requiresCompatibilities``, a volume's type combo for whichever
configuration object the volume holds. :class:`FindingsRow` shows the most
severe finding at any of its ``exact`` pointers or anywhere under its
``subtree`` pointers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QWidget

from wizard.domain.findings import Finding
from wizard.ui.draft.controller import DraftController
from wizard.ui.widgets.field_row import FieldRow

Pointers = Callable[[], Iterable[str]]


def _none() -> Iterable[str]:
    return ()


class FindingsRow(FieldRow):
    def __init__(
        self,
        controller: DraftController,
        editor: QWidget,
        help_text: str = "",
        *,
        exact: Pointers = _none,
        subtree: Pointers = _none,
        parent: QWidget | None = None,
    ) -> None:
        # Set before FieldRow.__init__, which already asks for the finding.
        self._exact = exact
        self._subtree = subtree
        super().__init__(controller, self._first_pointer, editor, help_text, parent)

    def _first_pointer(self) -> str:
        for ptr in (*self._subtree(), *self._exact()):
            return ptr
        return ""

    def finding(self) -> Finding | None:
        exact = set(self._exact())
        found = [f for f in self.controller.findings if f.path in exact]
        subtree = tuple(self._subtree())
        if subtree:
            found += self.controller.findings_under(*subtree)
        return min(found, key=lambda f: f.severity.rank) if found else None
