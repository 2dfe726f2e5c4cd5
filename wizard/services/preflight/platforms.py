"""Which platform the task runs on, and which platforms an image manifest offers.

``runtimePlatform`` names the CPU architecture and OS family; Fargate's default
is linux/amd64 (X86_64, LINUX):
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#runtime-platform
A manifest list (Docker) or image index (OCI) lists a platform per manifest;
a single manifest names its platform only in its config blob:
https://github.com/opencontainers/image-spec/blob/main/image-index.md
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

INDEX_TYPES = (
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
)
MANIFEST_TYPES = (
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
)
ACCEPTED_TYPES = INDEX_TYPES + MANIFEST_TYPES

_ARCH = {"X86_64": "amd64", "ARM64": "arm64"}


@dataclass(frozen=True)
class Platform:
    os: str
    architecture: str

    @property
    def text(self) -> str:
        return f"{self.os}/{self.architecture}"


def task_platform(document: Mapping[str, Any]) -> Platform | None:
    """The platform the task needs, or None when the container instance decides it
    (EC2 or EXTERNAL without ``runtimePlatform``)."""
    runtime = document.get("runtimePlatform")
    runtime = runtime if isinstance(runtime, dict) else {}
    arch = runtime.get("cpuArchitecture")
    family = runtime.get("operatingSystemFamily")
    compat = document.get("requiresCompatibilities")
    fargate = not isinstance(compat, list) or not compat or "FARGATE" in compat
    if not arch and not family and not fargate:
        return None
    os_name = "windows" if isinstance(family, str) and family.startswith("WINDOWS") else "linux"
    return Platform(os_name, _ARCH.get(str(arch or "X86_64"), "amd64"))


@dataclass(frozen=True)
class Manifest:
    """A parsed manifest: ``platforms`` for an index, ``config_digest`` for a single one."""

    media_type: str
    platforms: tuple[Platform, ...] = ()
    config_digest: str = ""

    @property
    def is_index(self) -> bool:
        return self.media_type in INDEX_TYPES or bool(self.platforms)


def parse_manifest(text: str | bytes, media_type: str = "") -> Manifest | None:
    try:
        body = json.loads(text)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(body, dict):
        return None
    kind = str(body.get("mediaType") or media_type or "")
    manifests = body.get("manifests")
    if isinstance(manifests, list):
        found = []
        for entry in manifests:
            platform = entry.get("platform") if isinstance(entry, dict) else None
            if isinstance(platform, dict):
                arch = str(platform.get("architecture", ""))
                os_name = str(platform.get("os", ""))
                if arch and os_name and arch != "unknown":  # "unknown" = attestations
                    found.append(Platform(os_name, arch))
        return Manifest(kind or INDEX_TYPES[0], tuple(dict.fromkeys(found)))
    config = body.get("config")
    digest = config.get("digest") if isinstance(config, dict) else None
    return Manifest(kind, (), str(digest) if isinstance(digest, str) else "")


def config_platform(text: bytes) -> Platform | None:
    """The platform of an image config blob ({"architecture", "os", ...})."""
    try:
        body = json.loads(text)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(body, dict) or not body.get("architecture"):
        return None
    return Platform(str(body.get("os", "linux")), str(body["architecture"]))
