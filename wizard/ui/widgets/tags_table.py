"""The task definition's tags: a :class:`RowsEditor` configured for ``/tags``
(a list of {key, value}), so each finding shows under the key or value it is about.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wizard.ui.draft.controller import DraftController
from wizard.ui.widgets.rows_editor import RowsEditor
from wizard.ui.widgets.table_columns import Column

# Tags per resource (the API reference: at most 50 tags).
MAX_TAGS = 50


class TagsTable(RowsEditor):
    """The task definition's tags at ``/tags``; findings show at each key and value."""

    def __init__(self, controller: DraftController, parent: QWidget | None = None) -> None:
        columns = [
            Column(
                "key",
                self.tr("Key"),
                placeholder=self.tr("e.g. team"),
                tooltip=self.tr(
                    "1 to 128 characters: letters, digits, spaces and + - = . _ : / @. "
                    "Keys starting with aws: are reserved for AWS."
                ),
                keep_empty=True,
            ),
            Column(
                "value",
                self.tr("Value"),
                placeholder=self.tr("optional, e.g. payments"),
                tooltip=self.tr("Up to 256 characters; may be empty."),
                keep_empty=True,
                stretch=2,
            ),
        ]
        super().__init__(
            controller,
            "/tags",
            columns,
            name=self.tr("Tags"),
            new_row=lambda: {"key": "", "value": ""},
            noun=self.tr("tag"),
            add_text=self.tr("Add tag"),
            empty_text=self.tr("No tags."),
            max_rows=MAX_TAGS,
            parent=parent,
        )
