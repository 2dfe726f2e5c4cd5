"""Which prices the window shows: the price book in use and the region chosen.

The sizing panel's price section owns both (its region list, "Refresh
prices"); the size map on the task size page shows the same ones. Rather than
wiring the two widgets together through the main window, each finds the one
:class:`PriceChoice` of their draft controller with :meth:`PriceChoice.of`: the
price section publishes to it, the map follows its ``changed`` signal.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from wizard.domain import regions

if TYPE_CHECKING:  # the price book's modules are read when a price is first shown
    from wizard.domain.pricing.data import PriceBook


def default_region() -> str:
    """Where prices (and new containers' logs) start: the environment's Region, as the
    AWS CLI would pick it, else us-east-1."""
    return regions.default_region(os.environ)


class PriceChoice(QObject):
    """Signals: changed(): the book or the region is another one."""

    changed = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("priceChoice")
        self._book: PriceBook | None = None  # the shipped book, read when first asked
        self.region = default_region()

    @classmethod
    def of(cls, owner: QObject) -> PriceChoice:
        """The choice shared by everything showing prices for ``owner`` (the controller)."""
        found = owner.findChild(cls, "priceChoice")
        return found if isinstance(found, cls) else cls(owner)

    @property
    def book(self) -> PriceBook:
        if self._book is None:
            from wizard.domain.pricing.data import load_price_book

            self._book = load_price_book()
        return self._book

    def set(self, book: PriceBook, region: str) -> None:
        if book is self._book and region == self.region:
            return
        self._book, self.region = book, region
        self.changed.emit()
