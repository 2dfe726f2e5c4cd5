"""Preferences remembered between runs (QSettings; never credentials or drafts).

Kept in the user's configuration directory as an INI file; tests point
QSettings at a temporary directory.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QByteArray, QSettings

from wizard.ui.app.theme import Theme


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ecs-taskdef-wizard", "wizard"
    )


def settings_file() -> Path:
    """The preferences file (made private at start: it names profiles, endpoints
    and recent files)."""
    return Path(_settings().fileName())


def theme() -> Theme:
    value = _settings().value("view/theme", Theme.SYSTEM.value)
    try:
        return Theme(str(value))
    except ValueError:
        return Theme.SYSTEM


def set_theme(choice: Theme) -> None:
    _settings().setValue("view/theme", choice.value)


def language() -> str:
    """The GUI language chosen in View > Language: "system", "en" or "zh_CN"
    (see wizard.ui.app.i18n; an unknown stored value means "system")."""
    value = str(_settings().value("view/language", "system"))
    return value if value in ("system", "en", "zh_CN") else "system"


def set_language(choice: str) -> None:
    _settings().setValue("view/language", choice)


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    settings = _settings()
    geometry = settings.value("window/geometry")
    state = settings.value("window/state")
    return (
        geometry if isinstance(geometry, QByteArray) else None,
        state if isinstance(state, QByteArray) else None,
    )


def set_window_state(geometry: QByteArray, state: QByteArray) -> None:
    settings = _settings()
    settings.setValue("window/geometry", geometry)
    settings.setValue("window/state", state)


def last_directory() -> str:
    return str(_settings().value("files/last_directory", ""))


def set_last_directory(path: str) -> None:
    _settings().setValue("files/last_directory", path)


# --- the last AWS connection (names only: botocore keeps the credentials) ------------


# A NamedTuple, not a frozen dataclass: this module is imported before the
# window's first paint, and creating a frozen dataclass costs about 0.5 ms.
class AwsChoice(NamedTuple):
    """What Account > Connect... was last given: ``profile`` None means botocore's
    default chain; ``endpoint_url`` None means the real AWS endpoints."""

    profile: str | None
    region: str
    endpoint_url: str | None = None

    @property
    def display_profile(self) -> str:
        return self.profile or "default"


def last_aws_connection() -> AwsChoice | None:
    """The profile, region and endpoint of the last successful connection, if any."""
    settings = _settings()
    region = str(settings.value("aws/region", "") or "")
    if not region:
        return None  # never connected (or the preferences were cleared)
    profile = str(settings.value("aws/profile", "") or "")
    endpoint = str(settings.value("aws/endpoint_url", "") or "")
    return AwsChoice(profile or None, region, endpoint or None)


def set_last_aws_connection(choice: AwsChoice) -> None:
    settings = _settings()
    settings.setValue("aws/profile", choice.profile or "")
    settings.setValue("aws/region", choice.region)
    endpoint = _without_userinfo(choice.endpoint_url or "")
    if endpoint:
        settings.setValue("aws/endpoint_url", endpoint)
    else:
        # A connection without an override must not inherit an earlier one's emulator.
        settings.remove("aws/endpoint_url")


def _without_userinfo(url: str) -> str:
    """``url`` without a ``user:password@`` part: a password typed into the URL is a
    credential, and credentials are never written to the preferences."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 literal needs its brackets back
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None else f"{host}:{port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


# --- extra launch types of saved drafts -------------------------------------------
# Not in the saved file: it must stay a valid register-task-definition input, and
# the extra launch types are a check the user asked for, not part of the API shape.
LAUNCH_TYPES_KEY = "files/launch_types"
# Enough for every draft a person works on; the oldest entries go first.
MAX_LAUNCH_TYPE_FILES = 200


def _file_key(path: str) -> str:
    # One entry per file however it was reached (relative path, "..", symlinked folder).
    return str(Path(path).expanduser().resolve())


def _launch_type_map() -> dict[str, list[str]]:
    try:
        data = json.loads(str(_settings().value(LAUNCH_TYPES_KEY, "") or "{}"))
    except ValueError:
        return {}  # a hand-edited or damaged value: forget it rather than fail to open files
    if not isinstance(data, dict):
        return {}
    return {
        str(path): [str(t) for t in types]
        for path, types in data.items()
        if isinstance(types, list)
    }


def file_launch_types(path: str) -> tuple[str, ...] | None:
    """The extra launch types saved with the draft at ``path``; None when none were."""
    types = _launch_type_map().get(_file_key(path))
    return tuple(types) if types else None


def set_file_launch_types(path: str, launch_types: tuple[str, ...]) -> None:
    """Remember ``launch_types`` for the draft saved at ``path`` (none: forget it)."""
    entries = _launch_type_map()
    key = _file_key(path)
    entries.pop(key, None)  # re-inserted last: the most recently saved is kept longest
    if launch_types:
        entries[key] = list(launch_types)
    while len(entries) > MAX_LAUNCH_TYPE_FILES:
        del entries[next(iter(entries))]
    settings = _settings()
    if entries:
        settings.setValue(LAUNCH_TYPES_KEY, json.dumps(entries, ensure_ascii=False))
    else:
        settings.remove(LAUNCH_TYPES_KEY)


# --- the preflight ("Check against account") ------------------------------------------


def preflight_public_registries() -> bool:
    """Whether the preflight asks Docker Hub, public.ecr.aws, ghcr.io and quay.io."""
    return bool(_settings().value("preflight/public_registries", True, type=bool))


def set_preflight_public_registries(on: bool) -> None:
    _settings().setValue("preflight/public_registries", bool(on))


def preflight_before_register() -> bool:
    """Whether Register runs the preflight first (as the command line's register does)."""
    return bool(_settings().value("preflight/before_register", True, type=bool))


def set_preflight_before_register(on: bool) -> None:
    _settings().setValue("preflight/before_register", bool(on))
