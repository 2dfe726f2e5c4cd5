"""The revision commands' tests use the shared real parts of ``tests/aws_fixtures.py``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.aws_fixtures import (  # noqa: F401 - fixtures are registered by being here
    aws_home,
    fault_server,
    loopback_only,
    moto_server,
    moto_url,
)
from tests.revisions.ecs_double import EcsDouble


@pytest.fixture
def ecs_double(moto_url: str) -> Iterator[Callable[..., EcsDouble]]:  # noqa: F811
    """Start an :class:`EcsDouble` in front of the (reset) moto server; stopped after the test."""
    doubles: list[EcsDouble] = []

    def start(scripts: dict[str, Any] | None = None) -> EcsDouble:
        double = EcsDouble(moto_url, scripts or {})
        doubles.append(double)
        return double

    yield start
    for double in doubles:
        double.stop()
