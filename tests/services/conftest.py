"""The AWS layer's tests use the shared real parts in ``tests/aws_fixtures.py``:
a loopback-only network guard and a private AWS home (both autouse here), a
moto server on 127.0.0.1 and a fault server. Re-exported so that test modules
keep importing helpers from here."""

from __future__ import annotations

from tests.aws_fixtures import (  # noqa: F401 - fixtures are registered by being here
    BOOK,
    LOOPBACK,
    REGION,
    FaultServer,
    Responder,
    aws_home,
    ecs_error,
    fault_server,
    loopback_only,
    moto_server,
    moto_url,
    reset_moto,
    write_json,
)
from tests.services.preflight_world import registry, world  # noqa: F401 - the preflight's account
