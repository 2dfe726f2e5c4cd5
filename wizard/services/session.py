"""Profiles, regions and clients, through botocore's own session handling.

The user's ``~/.aws/config`` and ``~/.aws/credentials`` (or the files named by
``AWS_CONFIG_FILE`` / ``AWS_SHARED_CREDENTIALS_FILE``) are read by botocore,
so SSO profiles, ``source_profile`` chains and ``credential_process`` behave as
they do in the AWS CLI. This module only looks at profile *names* and
non-secret settings (region, whether SSO is used); it never reads, keeps, logs
or prints a credential value.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import boto3
import botocore.session
from botocore import exceptions as bex
from botocore.config import Config

from wizard.domain.text.redact import redact_userinfo
from wizard.services.errors import AwsError, map_error, no_region_error
from wizard.services.messages import message
from wizard.services.transport import CALL_DEADLINE_S, harden

# Standard mode retries throttling, 5xx and connection errors (timeouts and dropped
# connections included) with capped exponential backoff. botocore's "max_attempts"
# counts retries: one try plus up to five more, then the error reaches the user.
MAX_RETRIES = 5
# botocore waits 60 s for a connection and 60 s for each read by default: with six
# tries a silent endpoint would keep the user waiting twelve minutes. ECS answers
# in well under a second; these leave room for a slow link.
CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 20.0
# Overrides for a slow link, or for tests that must not wait: seconds, or a count.
ENV_CONNECT_TIMEOUT = "ECS_TASKDEF_WIZARD_CONNECT_TIMEOUT"
ENV_READ_TIMEOUT = "ECS_TASKDEF_WIZARD_READ_TIMEOUT"
ENV_MAX_RETRIES = "ECS_TASKDEF_WIZARD_MAX_RETRIES"
# The whole call, retries included (see ``transport``): seconds.
ENV_CALL_DEADLINE = "ECS_TASKDEF_WIZARD_CALL_DEADLINE"


def _env_number(name: str, default: float, minimum: float) -> float:
    """The environment's value of ``name`` when it is a number >= ``minimum``."""
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value >= minimum else default


def client_config() -> Config:
    """Retries and timeouts of every client, with the environment's overrides."""
    return Config(
        retries={
            "mode": "standard",
            "max_attempts": int(_env_number(ENV_MAX_RETRIES, MAX_RETRIES, 0)),
        },
        connect_timeout=_env_number(ENV_CONNECT_TIMEOUT, CONNECT_TIMEOUT_S, 0.01),
        read_timeout=_env_number(ENV_READ_TIMEOUT, READ_TIMEOUT_S, 0.01),
    )


RETRY_CONFIG = client_config()


def call_deadline() -> float:
    """Seconds a whole call may take, with the environment's override."""
    return _env_number(ENV_CALL_DEADLINE, CALL_DEADLINE_S, 0.01)


def make_client(session: Any, service: str, **options: Any) -> Any:
    """A client of ``session`` with the retry config, the size cap, the deadline and
    the sent-once rule (every client of the services layer is made here)."""
    client = session.client(service, config=client_config(), **options)
    harden(client, call_deadline())
    return client


ALL_SERVICES = ("ecs", "iam", "ecr", "logs", "secretsmanager", "ssm")

# Settings whose presence tells what kind of profile it is; their values are not read
# except for ``region``.
_SSO_KEYS = ("sso_start_url", "sso_session", "sso_account_id")
_KEY_KEYS = ("aws_access_key_id",)
_ROLE_KEYS = ("role_arn",)
_PROCESS_KEYS = ("credential_process",)


@dataclass(frozen=True)
class ProfileInfo:
    """A named profile: ``kind`` is ``sso``, ``keys``, ``role``, ``process``, ``login`` or
    ``other``; ``region`` is its configured region, if any."""

    name: str
    kind: str
    region: str | None


def _kind(settings: dict[str, Any]) -> str:
    present = set(settings)
    if present & set(_SSO_KEYS):
        return "sso"
    if "login_session" in present:
        return "login"
    if present & set(_ROLE_KEYS):
        return "role"
    if present & set(_PROCESS_KEYS):
        return "process"
    if present & set(_KEY_KEYS):
        return "keys"
    return "other"


def list_profiles() -> list[ProfileInfo]:
    """Every profile in the config and credentials files, sorted, ``default`` first."""
    session = botocore.session.Session()
    try:
        profiles: dict[str, Any] = session.full_config.get("profiles", {})
    except bex.BotoCoreError as exc:  # a malformed config file
        raise AwsError(
            "bad-config",
            message("bad-config.message", text=str(exc)),
            message("bad-config.hint"),
        ) from None
    infos = [
        ProfileInfo(name, _kind(settings), _str_or_none(settings.get("region")))
        for name, settings in profiles.items()
        if isinstance(settings, dict)
    ]
    return sorted(infos, key=lambda p: (p.name != "default", p.name.lower()))


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def available_regions(service: str = "ecs") -> list[str]:
    """Regions where ``service`` exists, from botocore's bundled endpoint data (no network)."""
    session = boto3.Session()
    regions = set(session.get_available_regions(service))
    regions.update(session.get_available_regions(service, partition_name="aws-us-gov"))
    regions.update(session.get_available_regions(service, partition_name="aws-cn"))
    return sorted(regions)


@dataclass
class AwsConnection:
    """Clients made from one ``boto3.Session`` with one retry config and endpoint.

    Build it on the GUI thread (boto3 sessions are not thread-safe; clients are)
    and hand it to worker threads.
    """

    profile: str | None
    region: str
    endpoint_url: str | None
    clients: dict[str, Any] = field(default_factory=dict)

    def client(self, service: str) -> Any:
        try:
            return self.clients[service]
        except KeyError:
            raise AwsError(
                "not-connected",
                message("client-missing.message", service=service),
                message("client-missing.hint", service=service),
            ) from None

    @property
    def display_profile(self) -> str:
        return self.profile or "default"


def connect(
    profile: str | None = None,
    region: str | None = None,
    endpoint_url: str | None = None,
    services: Iterable[str] = ALL_SERVICES,
) -> AwsConnection:
    """Clients for ``services``; raises :class:`AwsError` for a missing profile or region.

    Credentials are not resolved here: botocore does it on the first call, so a
    missing or expired login is reported by that call, with its action named.
    """
    try:
        session = boto3.Session(profile_name=profile or None, region_name=region or None)
    except bex.BotoCoreError as exc:
        raise map_error(exc, profile=profile) from None
    if not session.region_name:
        raise no_region_error(profile)
    # AWS_PROFILE may have chosen the profile; hints ("aws sso login --profile P") need its name.
    chosen = profile or (session.profile_name if session.profile_name != "default" else None)
    conn = AwsConnection(chosen, session.region_name, endpoint_url or None)
    try:
        for service in services:
            conn.clients[service] = make_client(session, service, endpoint_url=endpoint_url or None)
    except ValueError as exc:  # botocore rejects a malformed endpoint URL this way
        raise AwsError(
            "bad-endpoint",
            message(
                "bad-endpoint.message",
                url=redact_userinfo(str(endpoint_url)),
                text=redact_userinfo(str(exc)),
            ),
            message("bad-endpoint.hint"),
        ) from None
    except bex.BotoCoreError as exc:
        raise map_error(exc, profile=profile, endpoint_url=endpoint_url) from None
    return conn
