"""The Price List refresh, run off the GUI thread through the window's job runner.

:class:`PriceRefresher` starts one refresh at a time as a :class:`~wizard.ui.jobs.Job`;
the job runner delivers its result or error on the GUI thread, so everything that
follows (parsing into a price book, touching widgets) happens there.

The boto3 client is made by the injected factory on the GUI thread before the
job starts: boto3 sessions are not thread-safe, clients are.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from wizard.domain.pricing import data as price_data
from wizard.domain.pricing.data import PriceBook
from wizard.safe_files import private_folder, write_text
from wizard.services.errors import AwsError, map_error
from wizard.services.price_list import (
    ORIGIN,
    ClientFactory,
    fetch_region_prices,
    make_pricing_client,
)
from wizard.ui.jobs import CancelToken, Job, JobRunner

ACTION = "pricing:GetProducts"


class PriceRefresher(QObject):
    """Starts one refresh at a time; ``finished`` / ``failed`` arrive on the GUI thread.

    Signals:
        started(str): a refresh for this region began.
        finished(object): the price-file dict from the Price List API.
        failed(object): an :class:`AwsError`.
    """

    started = Signal(str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, factory: ClientFactory | None = None) -> None:
        super().__init__(parent)
        self.factory: ClientFactory = factory or make_pricing_client
        self._runner = JobRunner(self)
        self._job: Job | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, region: str) -> bool:
        """Begin refreshing ``region``; False when a refresh is already running."""
        if self._job is not None:
            return False
        try:
            client = self.factory()
        except Exception as exc:  # noqa: BLE001 - a bad profile or config is shown, not raised
            self.failed.emit(map_error(exc, action=ACTION))
            return False

        def fetch(_token: CancelToken) -> dict[str, Any]:
            try:
                return fetch_region_prices(client, region)
            except AwsError:
                raise
            except Exception as exc:
                raise map_error(exc, action=ACTION) from exc

        self._job = self._runner.submit(
            fetch, on_result=self._done, on_error=self._failed, name="price refresh"
        )
        self.started.emit(region)
        return True

    def wait(self, msecs: int = 10000) -> bool:
        """Block until the worker is idle (tests, and closing the window)."""
        return self._runner.wait(msecs)

    def _done(self, data: object) -> None:
        self._job = None  # before the signal: a listener may start the next refresh
        self.finished.emit(data)

    def _failed(self, error: AwsError) -> None:
        self._job = None
        self.failed.emit(error)


# --- a refresh kept on disk, so that the next start uses it too ---------------------


def load_kept_refresh(path: Path) -> PriceBook:
    """The shipped prices with the kept refresh (if any) laid over them."""
    book = price_data.load_price_book()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return book.merged(price_data.parse_price_book(data, origin=ORIGIN))
    except (OSError, ValueError):
        return book  # no refresh yet, or a damaged file: the shipped prices do


def keep_refresh(path: Path, update: PriceBook) -> None:
    """Add ``update``'s regions to the kept refresh."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        kept = price_data.parse_price_book(data, origin=ORIGIN).merged(update)
    except (OSError, ValueError):
        kept = update
    try:
        private_folder(path.parent)
        write_text(path, json.dumps(price_data.price_book_to_dict(kept), indent=2), private=True)
    except OSError:
        pass  # not being able to keep it only costs a refresh next time
