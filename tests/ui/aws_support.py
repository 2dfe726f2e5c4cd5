"""Shared parts of the GUI's AWS tests: the real local endpoints from
``tests/aws_fixtures.py``, a main window with the AWS features installed, and
a recorder that stands in for every modal dialog wrapper.

Test modules take the fixtures with ``from tests.ui.aws_support import *``
(pytest only sees fixtures in conftest files or in the test module's own
namespace, and ``tests/ui/conftest.py`` belongs to the other GUI tests).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from botocore.retries import standard

from tests.aws_fixtures import (
    BOOK,
    REGION,
    aws_home,
    fault_server,
    loopback_only,
    moto_server,
    moto_url,
)
from wizard.services.session import connect
from wizard.ui.app import settings
from wizard.ui.aws import AwsUi, install_aws_ui
from wizard.ui.aws.messages import AwsErrorDialog, Confirm, Notice
from wizard.ui.aws.preflight_dialog import PreflightFailedDialog
from wizard.ui.aws.register_dialogs import (
    BlockedDialog,
    DiffDialog,
    RegisteredDialog,
    WarningsDialog,
)

ECS_TARGET = "AmazonEC2ContainerServiceV20141113."


class Dialogs:
    """Every modal wrapper replaced: calls are recorded as (name, args) and answered
    from ``answers`` (a value, or a function of the args)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.answers: dict[str, Any] = {
            "blocked": None,
            "warnings": (True, None),
            "diff": True,
            "registered": None,
            "error": False,
            "confirm": True,
            "notice": None,
            "preflight": (True, None),
        }
        for name, owner, attr in (
            ("blocked", BlockedDialog, "ask"),
            ("warnings", WarningsDialog, "ask"),
            ("diff", DiffDialog, "ask"),
            ("registered", RegisteredDialog, "launch"),
            ("error", AwsErrorDialog, "ask"),
            ("confirm", Confirm, "ask"),
            ("notice", Notice, "inform"),
            ("preflight", PreflightFailedDialog, "ask"),
        ):
            monkeypatch.setattr(owner, attr, staticmethod(self._recorder(name)))

    def _recorder(self, name: str) -> Callable[..., Any]:
        def record(_parent: Any, *args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args + tuple(kwargs.values())))
            answer = self.answers[name]
            return answer(*args) if callable(answer) else answer

        return record

    def named(self, name: str) -> list[tuple[Any, ...]]:
        return [args for called, args in self.calls if called == name]

    def has(self, name: str) -> bool:
        return any(called == name for called, _ in self.calls)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries still happen (standard mode), without waiting seconds between them."""
    monkeypatch.setattr(standard.ExponentialBackoff, "delay_amount", lambda self, ctx: 0)


@pytest.fixture
def aws_ui(main_window) -> AwsUi:
    # No waiting for jobs at teardown: pytest-qt closes the window before fixtures end,
    # and the window's job pool waits for its workers when it is destroyed.
    # Register's account checks are off here (they have their own tests, which turn
    # them on): these tests count the requests a registration sends.
    settings.set_preflight_before_register(False)
    return install_aws_ui(main_window)


def connect_to(ui: AwsUi, url: str) -> None:
    """Connected the way the dialog does it, without the dialog."""
    ui.account.use(connect(None, REGION, url))


@pytest.fixture
def connected(aws_ui: AwsUi, moto_url: str) -> AwsUi:
    connect_to(aws_ui, moto_url)
    return aws_ui


def book() -> dict[str, Any]:
    return copy.deepcopy(BOOK)


# What ``from tests.ui.aws_support import *`` brings into a test module: the
# fixtures only (pytest finds them there); helpers are imported by name.
__all__ = [
    "aws_home",
    "aws_ui",
    "connected",
    "dialogs",
    "fault_server",
    "loopback_only",
    "moto_server",
    "moto_url",
    "no_backoff",
]
