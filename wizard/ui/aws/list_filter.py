"""Filtering a loaded QListWidget locally, so typing never waits on the network.

Shared by the account dialogs (:class:`~wizard.ui.aws.picker_dialog.PickerDialog`,
:class:`~wizard.ui.aws.open_dialog.OpenFromAccountDialog`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QListWidgetItem


def filter_list(items: QListWidget, text: str) -> None:
    """Hide the rows whose text does not contain ``text`` (ignoring case); when the
    current row is hidden or there is none, the first shown row becomes current."""
    needle = text.strip().lower()
    first_shown: QListWidgetItem | None = None
    for row in range(items.count()):
        item = items.item(row)
        if item is None:
            continue
        hidden = bool(needle) and needle not in item.text().lower()
        item.setHidden(hidden)
        if not hidden and first_shown is None:
            first_shown = item
    current = items.currentItem()
    if current is None or current.isHidden():
        if first_shown is None:
            items.setCurrentRow(-1)  # none shown: no current row
        else:
            items.setCurrentItem(first_shown)


def shown_texts(items: QListWidget) -> list[str]:
    """The texts of the rows the filter left shown, top to bottom."""
    return [items.item(r).text() for r in range(items.count()) if not items.item(r).isHidden()]
