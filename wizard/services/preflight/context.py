"""What every check shares: the document, the account, clients per region, results.

Clients are made before any check runs, on the calling thread (boto3 sessions
are not thread-safe; clients are), one connection per region the definition
names. Checks then run on pool threads and report through :meth:`Preflight.add`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from wizard.domain.findings import Severity
from wizard.services.errors import AwsError
from wizard.services.lookups import Call
from wizard.services.messages import message
from wizard.services.preflight.results import Area, CheckResult, ImageState, Status
from wizard.services.session import AwsConnection

# Every service a check calls; all read-only operations.
SERVICES = ("sts", "iam", "ecr", "logs", "secretsmanager", "ssm", "efs", "s3")

Connector = Callable[[str], AwsConnection]


@dataclass(frozen=True)
class Options:
    """``public_registries``: query Docker Hub, public.ecr.aws, ghcr.io and quay.io.
    ``registry_urls``: a registry host -> base URL override (a mirror, a test double).
    ``registry_timeout``: seconds for each registry request, and for a whole image."""

    public_registries: bool = True
    registry_urls: Mapping[str, str] = field(default_factory=dict)
    registry_timeout: float = 10.0
    max_workers: int = 8


# A pull-through mirror or a local registry in place of a public one:
# "docker.io=https://mirror.example.com,quay.io=https://..." (host=base URL pairs).
ENV_REGISTRY_URLS = "ECS_TASKDEF_WIZARD_REGISTRY_URLS"
ENV_REGISTRY_TIMEOUT = "ECS_TASKDEF_WIZARD_REGISTRY_TIMEOUT"


def options_from_environment(*, public_registries: bool = True) -> Options:
    """Options with the registry settings of the environment (malformed parts ignored)."""
    urls: dict[str, str] = {}
    for pair in os.environ.get(ENV_REGISTRY_URLS, "").split(","):
        host, _, url = pair.strip().partition("=")
        if host and url.startswith(("https://", "http://")):
            urls[host.strip().lower()] = url.strip()
    try:
        timeout = float(os.environ.get(ENV_REGISTRY_TIMEOUT, ""))
    except ValueError:
        timeout = Options.registry_timeout
    if not 0.01 <= timeout <= 300:
        timeout = Options.registry_timeout
    return Options(
        public_registries=public_registries, registry_urls=urls, registry_timeout=timeout
    )


@dataclass(frozen=True)
class Permission:
    """One simulated permission: ``actions`` of ``role`` on ``resource``, for ``check``."""

    check: str
    role: str  # "execution" or "task"
    actions: tuple[str, ...]
    resource: str
    path: str
    subject: str


class Preflight:
    """The state of one preflight run (thread-safe where checks touch it)."""

    def __init__(
        self,
        document: Mapping[str, Any],
        *,
        account: str,
        region: str,
        partition: str,
        connections: Mapping[str, AwsConnection],
        options: Options,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        self.document = document
        self.account = account
        self.region = region
        self.partition = partition
        self.options = options
        self.cancelled = cancelled
        self._connections = dict(connections)
        self._lock = threading.Lock()
        self.results: list[CheckResult] = []
        # Facts one check finds and a later one uses (the permission checks).
        self.role_arns: dict[str, str] = {}  # "execution"/"task" -> ARN of an existing role
        self.permissions: list[Permission] = []

    # -- calls ----------------------------------------------------------------------
    def client(self, service: str, region: str | None = None) -> Any:
        conn = self._connections.get(region or self.region) or self._connections[self.region]
        return conn.client(service)

    def call(self, action: str, fn: Callable[..., Any], **kwargs: Any) -> Any:
        """Run one client call; failures come back as :class:`AwsError`."""
        conn = self._connections[self.region]
        return Call(conn.profile, conn.endpoint_url)(action, fn, **kwargs)

    # -- results --------------------------------------------------------------------
    def add(
        self,
        check: str,
        area: Area,
        status: Status,
        path: str,
        text: str,
        hint: str = "",
        *,
        severity: Severity = Severity.ERROR,
        subject: str = "",
        image_state: ImageState | None = None,
    ) -> CheckResult:
        result = CheckResult(check, area, status, severity, path, text, hint, subject, image_state)
        with self._lock:
            self.results.append(result)
        return result

    def results_of(self, check: str) -> list[CheckResult]:
        with self._lock:
            return [r for r in self.results if r.check == check]

    def results_of_subject(self, check: str, subject: str) -> list[CheckResult]:
        return [r for r in self.results_of(check) if r.subject == subject]

    def need(self, permission: Permission) -> None:
        with self._lock:
            if permission not in self.permissions:
                self.permissions.append(permission)

    def skip(
        self,
        exc: AwsError,
        check: str,
        area: Area,
        path: str,
        *,
        subject: str = "",
        resource: str = "",
        severity: Severity = Severity.ERROR,
        image_state: ImageState | None = None,
    ) -> CheckResult:
        """A check that could not run because a call failed: why, and what would let it."""
        if exc.kind == "access-denied":
            text = message("preflight.skip.denied", action=exc.action or "?")
            hint = message("preflight.skip.denied.hint", action=exc.action or "?")
        else:
            text = message("preflight.skip.failed", text=exc.message)
            hint = exc.hint
        return self.add(
            check,
            area,
            Status.SKIP,
            path,
            text,
            hint,
            severity=severity,
            subject=subject or resource,
            image_state=image_state,
        )

    # -- the document -------------------------------------------------------------------
    def containers(self) -> list[tuple[int, dict[str, Any]]]:
        items = self.document.get("containerDefinitions")
        if not isinstance(items, list):
            return []
        return [(i, c) for i, c in enumerate(items) if isinstance(c, dict)]

    @staticmethod
    def container_name(container: Mapping[str, Any], index: int) -> str:
        name = container.get("name")
        return name if isinstance(name, str) and name else f"#{index + 1}"

    def arn(self, service: str, region: str, resource: str) -> str:
        return f"arn:{self.partition}:{service}:{region}:{self.account}:{resource}"
