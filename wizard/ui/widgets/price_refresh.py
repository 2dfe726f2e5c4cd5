"""The Price List refresh, run off the GUI thread.

:class:`PriceRefresher` owns a one-thread pool and a signals object that lives
on the GUI thread. The worker (:class:`_RefreshJob`) only calls the service and
emits one of two signals; they are connected with queued connections to the
refresher's slots, so everything that follows (parsing into a price book,
touching widgets) happens on the GUI thread.

The boto3 client is made by the injected factory on the GUI thread before the
job starts: boto3 sessions are not thread-safe, clients are.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from wizard.domain.pricing import estimate as pricing
from wizard.domain.pricing.estimate import PriceBook
from wizard.services.errors import AwsError, map_error
from wizard.services.price_list import (
    ORIGIN,
    ClientFactory,
    fetch_region_prices,
    make_pricing_client,
)


class _Relay(QObject):
    """The worker's only contact with Qt; parented on the GUI thread."""

    done = Signal(object)  # the price-file dict
    failed = Signal(object)  # an AwsError


class _RefreshJob(QRunnable):
    def __init__(self, client: Any, region: str, relay: _Relay) -> None:
        super().__init__()
        self.client = client
        self.region = region
        self.relay = relay

    def run(self) -> None:
        try:
            data = fetch_region_prices(self.client, self.region)
        except Exception as exc:  # noqa: BLE001 - nothing may escape into the pool
            self._emit(self.relay.failed, map_error(exc, action="pricing:GetProducts"))
        else:
            self._emit(self.relay.done, data)

    @staticmethod
    def _emit(signal: Any, payload: object) -> None:
        try:
            signal.emit(payload)
        except RuntimeError:
            pass  # the panel was closed and took the relay with it: nobody listens


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
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        # The running job: the pool does not keep the Python object alive, and a
        # collected runnable never runs (so the refresh would never finish).
        self._job: _RefreshJob | None = None

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
            self.failed.emit(map_error(exc, action="pricing:GetProducts"))
            return False
        self._job = _RefreshJob(client, region, self._relay)
        self.started.emit(region)
        self._pool.start(self._job)
        return True

    def wait(self, msecs: int = 10000) -> bool:
        """Block until the worker is idle (tests, and closing the window)."""
        return self._pool.waitForDone(msecs)

    @Slot(object)
    def _done(self, data: object) -> None:
        self._job = None
        self.finished.emit(data)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._job = None
        self.failed.emit(error if isinstance(error, AwsError) else map_error(error))  # type: ignore[arg-type]


# --- a refresh kept on disk, so that the next start uses it too ---------------------


def load_kept_refresh(path: Path) -> PriceBook:
    """The shipped prices with the kept refresh (if any) laid over them."""
    book = pricing.load_price_book()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return book.merged(pricing.parse_price_book(data, origin=ORIGIN))
    except (OSError, ValueError):
        return book  # no refresh yet, or a damaged file: the shipped prices do


def keep_refresh(path: Path, update: PriceBook) -> None:
    """Add ``update``'s regions to the kept refresh."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        kept = pricing.parse_price_book(data, origin=ORIGIN).merged(update)
    except (OSError, ValueError):
        kept = update
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(pricing.price_book_to_dict(kept), indent=2), encoding="utf-8")
    except OSError:
        pass  # not being able to keep it only costs a refresh next time
