"""The AWS account the window is connected to, if any.

Clients are made here, on the GUI thread (boto3 sessions are not thread-safe;
the clients they make are), and handed to jobs through the gateway. Nothing
here reads or keeps a credential: botocore resolves them on the first call.

Signals:
    changed(): connected, disconnected or switched to another profile/region.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from wizard.services.errors import AwsError
from wizard.services.gateway import Boto3EcsGateway, gateway_for
from wizard.services.session import AwsConnection, connect
from wizard.ui.jobs import Job, JobRunner


class AccountState(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = JobRunner(self)
        self._connection: AwsConnection | None = None
        self._gateway: Boto3EcsGateway | None = None

    # --- reading --------------------------------------------------------------
    @property
    def is_connected(self) -> bool:
        return self._connection is not None

    @property
    def connection(self) -> AwsConnection | None:
        return self._connection

    @property
    def region(self) -> str:
        return self._connection.region if self._connection else ""

    @property
    def gateway(self) -> Boto3EcsGateway:
        """The connected account's gateway; ``AwsError('not-connected')`` otherwise."""
        if self._gateway is None:
            raise AwsError(
                "not-connected",
                self.tr("No AWS account is connected."),
                self.tr("Use Account > Connect... first."),
            )
        return self._gateway

    def describe(self) -> str:
        """One line for the status bar: profile, region and the endpoint when overridden."""
        conn = self._connection
        if conn is None:
            return self.tr("AWS: not connected")
        text = self.tr("AWS: {profile} in {region}").format(
            profile=conn.display_profile, region=conn.region
        )
        if conn.endpoint_url:
            text += " " + self.tr("via {url}").format(url=conn.endpoint_url)
        return text

    # --- changing -------------------------------------------------------------
    @staticmethod
    def open_connection(
        profile: str | None, region: str | None, endpoint_url: str | None
    ) -> AwsConnection:
        """Clients for a profile and region, made on the calling (GUI) thread; no network.

        Raises ``AwsError`` for an unknown profile, a missing region or a bad URL.
        """
        return connect(profile, region, endpoint_url)

    def use(self, connection: AwsConnection) -> None:
        """Make ``connection`` the current one (after a check call succeeded)."""
        # Jobs in flight keep the clients they started with: a registration already
        # sent still reports its real outcome.
        self._connection = connection
        self._gateway = gateway_for(connection)
        self.changed.emit()

    def drop_connection(self) -> None:
        """Forget the connection. (Not named ``disconnect``: QObject has one.)"""
        if self._connection is None:
            return
        self._connection = None
        self._gateway = None
        self.changed.emit()


def submit_with_gateway(
    account: AccountState,
    call: Callable[[Boto3EcsGateway], Any],
    *,
    on_result: Callable[[Any], None],
    on_error: Callable[[AwsError], None],
    on_finished: Callable[[Job], None],
    owner: QObject,
    name: str = "",
    on_unavailable: Callable[[AwsError], None] | None = None,
) -> Job | None:
    """Run ``call(gateway)`` in a worker; the gateway is taken here, on the GUI thread.

    When no account is connected (disconnected meanwhile) nothing runs:
    ``on_unavailable`` (``on_error`` by default) gets the error and None is returned.
    """
    try:
        gateway = account.gateway
    except AwsError as exc:
        (on_unavailable or on_error)(exc)
        return None
    return account.runner.submit(
        lambda _token: call(gateway),
        on_result=on_result,
        on_error=on_error,
        on_finished=on_finished,
        owner=owner,
        name=name,
    )
