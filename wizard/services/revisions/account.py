"""The ECS, EC2 and CloudWatch Logs calls of the revision features, behind one object.

Every call goes through :class:`~wizard.services.lookups.Call`, so a failure is an
``AwsError`` naming the IAM action. Mutating calls (DeregisterTaskDefinition,
DeleteTaskDefinitions, RunTask, StopTask) are made exactly once here: no loop
around them; whether botocore may resend is the client factory's business
(``wizard.services.session``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from wizard.services.errors import AwsError
from wizard.services.lookups import Call
from wizard.services.messages import message
from wizard.services.session import AwsConnection

# Batch sizes the APIs accept (DescribeServices: 10, DescribeTasks: 100,
# DeleteTaskDefinitions: 10), from the ECS API reference of each action.
DESCRIBE_SERVICES_BATCH = 10
DESCRIBE_TASKS_BATCH = 100
DELETE_BATCH = 10


def batches(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class RevisionAccount:
    """The clients of one connection; ``ec2`` and ``logs`` may be missing (CLI ``revisions``)."""

    def __init__(
        self,
        ecs: Any,
        ec2: Any = None,
        logs: Any = None,
        *,
        profile: str | None = None,
        endpoint_url: str | None = None,
        region: str = "",
    ) -> None:
        self.ecs = ecs
        self.ec2 = ec2
        self.logs = logs
        self.region = region
        self.call = Call(profile, endpoint_url)

    @classmethod
    def of(cls, conn: AwsConnection) -> RevisionAccount:
        return cls(
            conn.client("ecs"),
            conn.clients.get("ec2"),
            conn.clients.get("logs"),
            profile=conn.profile,
            endpoint_url=conn.endpoint_url,
            region=conn.region,
        )

    def client(self, service: str) -> Any:
        client = getattr(self, service, None)
        if client is None:
            raise AwsError(
                "not-connected",
                message("no-client.message", service=service),
                message("no-client.hint"),
            )
        return client

    def pages(
        self, action: str, service: str, operation: str, key: str, **params: Any
    ) -> list[Any]:
        """Every item of a paginated list (the account's own size bounds it)."""
        client = self.client(service)
        items: list[Any] = []

        def read() -> None:
            for page in client.get_paginator(operation).paginate(**params):
                items.extend(page.get(key, []) or [])

        self.call(action, read)
        return items
