"""Value syntaxes of the compose specification, parsed without side effects.

Durations ("1m30s"), byte sizes ("512M"), CPU counts ("0.5"), port specs
("127.0.0.1:8080:80/udp") and short volume specs ("data:/var/lib:ro"), plus
variable interpolation. Each parser returns None (or raises nothing) on text it
cannot read; the importer turns that into a finding.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

MIB = 1024 * 1024

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(us|µs|ms|s|m|h|d)")
_DURATION_UNITS = {
    "us": 1e-6,
    "µs": 1e-6,
    "ms": 1e-3,
    "s": 1.0,
    "m": 60.0,
    "h": 3600.0,
    "d": 86400.0,
}
# Docker reads memory sizes with binary multiples (k = 1024), with an optional "b".
_BYTES = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([bkmgt]?)b?\s*\Z", re.IGNORECASE)
_BYTE_UNITS = {"": 1, "b": 1, "k": 1024, "m": MIB, "g": 1024 * MIB, "t": 1024 * 1024 * MIB}


def parse_duration(value: Any) -> float | None:
    """Seconds of a compose duration: "30s", "1m30s", "1h5m", "500ms"; a number is seconds."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if value >= 0 else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    total, end = 0.0, 0
    for match in _DURATION_PART.finditer(text):
        if match.start() != end:
            return None
        total += float(match.group(1)) * _DURATION_UNITS[match.group(2)]
        end = match.end()
    return total if end == len(text) else None


def whole_seconds(seconds: float) -> tuple[int, bool]:
    """Seconds rounded up to a whole number (ECS takes integers) and whether it changed."""
    whole = math.ceil(seconds - 1e-9)
    return whole, not math.isclose(whole, seconds)


def parse_mib(value: Any) -> tuple[int, bool] | None:
    """MiB (rounded up) of a compose byte value: "512M", "1g", "256m", 1073741824.

    Returns (MiB, rounded); None when the text is not a size.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        size = float(value)
    elif isinstance(value, str) and (match := _BYTES.match(value)):
        size = float(match.group(1)) * _BYTE_UNITS[match.group(2).lower()]
    else:
        return None
    if size <= 0:
        return None
    mib = math.ceil(size / MIB - 1e-9)
    return mib, not math.isclose(mib * MIB, size)


def parse_cpus(value: Any) -> int | None:
    """CPU units (1 vCPU = 1024) of a compose ``cpus`` value: 0.5, "1.5"."""
    if isinstance(value, bool):
        return None
    try:
        cpus = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(cpus) or cpus <= 0:
        return None
    return max(1, round(cpus * 1024))


@dataclass(frozen=True)
class PortSpec:
    container: str  # "80" or a range "8000-8010"
    host: str | None  # as published, "" for a random host port
    host_ip: str | None
    protocol: str


def parse_port(value: Any) -> PortSpec | None:
    """The short port syntax: "80", "8080:80", "127.0.0.1:8080:80/udp", "[::1]:80:80"."""
    if isinstance(value, int) and not isinstance(value, bool):
        return PortSpec(str(value), None, None, "tcp")
    if not isinstance(value, str) or not value.strip():
        return None
    text, _, protocol = value.strip().partition("/")
    host_ip = None
    if text.startswith("["):
        close = text.find("]")
        if close < 0 or text[close + 1 : close + 2] != ":":
            return None
        host_ip, text = text[1:close], text[close + 2 :]
    parts = text.split(":")
    if len(parts) == 3 and host_ip is None:
        host_ip, parts = parts[0], parts[1:]
    if len(parts) == 1:
        host, container = None, parts[0]
    elif len(parts) == 2:
        host, container = parts
    else:
        return None
    if not _is_port_or_range(container) or (host and not _is_port_or_range(host)):
        return None
    return PortSpec(container, host, host_ip or None, (protocol or "tcp").lower())


def _is_port_or_range(text: str) -> bool:
    return re.fullmatch(r"\d{1,5}(-\d{1,5})?", text) is not None


@dataclass(frozen=True)
class VolumeSpec:
    kind: str  # "volume" (named), "bind", "anonymous"
    source: str | None
    target: str
    read_only: bool
    options: tuple[str, ...]  # mode flags other than ro/rw (z, Z, cached, nocopy, ...)


def parse_volume(text: str) -> VolumeSpec | None:
    """The short volume syntax: "/data", "name:/data", "./src:/app:ro"."""
    parts = text.split(":")
    if len(parts) == 1:
        return VolumeSpec("anonymous", None, parts[0], False, ()) if parts[0] else None
    if len(parts) > 3 or not parts[0] or not parts[1]:
        return None
    source, target = parts[0], parts[1]
    flags = tuple(f for f in (parts[2].split(",") if len(parts) == 3 else []) if f)
    read_only = "ro" in flags
    options = tuple(f for f in flags if f not in ("ro", "rw"))
    kind = "bind" if source.startswith(("/", ".", "~")) else "volume"
    return VolumeSpec(kind, source, target, read_only, options)


# --- variable interpolation ------------------------------------------------------

# Possessive (*+): backtracking into the name made an unclosed "${" in a long
# value quadratic (300 KB took minutes); a shorter name can never match where
# the whole name did not.
_VARIABLE = re.compile(
    r"\$(?:\$|\{(?P<braced>[A-Za-z_][A-Za-z0-9_]*+)(?P<op>:?[-?+])?(?P<arg>[^}]*+)\}"
    r"|(?P<bare>[A-Za-z_][A-Za-z0-9_]*))"
)


@dataclass(frozen=True)
class Interpolated:
    text: str
    defaults: tuple[str, ...]  # variables replaced by their default value
    unresolved: tuple[str, ...]  # variables left as ${NAME} (no environment here)


def interpolate(text: str) -> Interpolated:
    """Resolve compose interpolation without an environment.

    ``$$`` is a literal ``$``; ``${VAR:-default}`` and ``${VAR-default}`` take the
    default; anything else that needs the environment stays as ``${VAR}`` and is
    reported, so the user sees it (the linter flags it as a placeholder too).
    """
    defaults: list[str] = []
    unresolved: list[str] = []

    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group("braced") or match.group("bare")
        op = match.group("op") or ""
        if op.endswith("-"):
            defaults.append(name)
            return match.group("arg") or ""
        unresolved.append(name)
        return "${" + name + "}"

    return Interpolated(_VARIABLE.sub(replace, text), tuple(defaults), tuple(unresolved))
