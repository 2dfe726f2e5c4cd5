"""Running revision calls in the window's job runner.

The clients come from the connected account on the GUI thread (as the gateway's
do) and the call runs in a worker; results and errors arrive on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from wizard.services.errors import AwsError
from wizard.services.revisions.account import RevisionAccount
from wizard.ui.aws.account import AccountState
from wizard.ui.jobs import CancelToken, Job

RevisionCall = Callable[[RevisionAccount, CancelToken], Any]


def revision_account(account: AccountState) -> RevisionAccount:
    """The revision calls' clients of the connected account (GUI thread only)."""
    connection = account.connection
    if connection is None:
        _ = account.gateway  # raises the "not connected" AwsError, with its hint
    assert connection is not None
    return RevisionAccount.of(connection)


def submit_revision_call(
    account: AccountState,
    call: RevisionCall,
    *,
    on_result: Callable[[Any], None],
    on_error: Callable[[AwsError], None],
    on_finished: Callable[[Job], None],
    owner: QObject,
    name: str = "",
) -> Job | None:
    try:
        clients = revision_account(account)
    except AwsError as exc:
        on_error(exc)
        return None
    return account.runner.submit(
        lambda token: call(clients, token),
        on_result=on_result,
        on_error=on_error,
        on_finished=on_finished,
        owner=owner,
        name=name,
    )
