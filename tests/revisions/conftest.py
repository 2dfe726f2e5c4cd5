"""The revision commands' tests use the shared real parts of ``tests/aws_fixtures.py``."""

from __future__ import annotations

from tests.aws_fixtures import (  # noqa: F401 - fixtures are registered by being here
    aws_home,
    fault_server,
    loopback_only,
    moto_server,
    moto_url,
)
