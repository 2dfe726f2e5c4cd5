"""The families with their filter on the left, the chosen family's revisions on the right.

*Open from account* and the *Revisions* window both start from this pair of columns;
built here once, they keep the same words, accessible names, mnemonics and Tab order
(filter, families, revisions: the order the widgets are made in).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QWidget,
)

from wizard.ui.widgets.form_rows import caption_for

View = TypeVar("View", bound=QAbstractItemView)


@dataclass(frozen=True)
class FamilyColumns(Generic[View]):
    grid: QGridLayout
    filter_edit: QLineEdit
    families: QListWidget
    revisions: View


def family_columns(
    parent: QWidget, make_revisions: Callable[[], View], revisions_title: str
) -> FamilyColumns[View]:
    """The grid of both columns. ``make_revisions()`` makes the revisions view (a list
    or a tree, parented to ``parent``) after the families list; ``revisions_title`` is
    its label, with its mnemonic."""
    filter_edit = QLineEdit(parent)
    filter_text = QCoreApplication.translate("FamilyColumns", "Filter families")
    filter_edit.setPlaceholderText(filter_text)
    filter_edit.setAccessibleName(filter_text)
    filter_edit.setClearButtonEnabled(True)
    families = QListWidget(parent)
    revisions = make_revisions()
    # Each caption is its list's buddy and gives the list its accessible name.
    families_title = QCoreApplication.translate("FamilyColumns", "&Families")
    families_label = caption_for(families_title, families, parent)
    revisions_label = caption_for(revisions_title, revisions, parent)
    grid = QGridLayout()
    grid.addWidget(filter_edit, 0, 0)
    grid.addWidget(families_label, 1, 0)
    grid.addWidget(revisions_label, 1, 1)
    grid.addWidget(families, 2, 0)
    grid.addWidget(revisions, 2, 1)
    return FamilyColumns(grid, filter_edit, families, revisions)
