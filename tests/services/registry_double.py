"""A local container registry on 127.0.0.1 that speaks the OCI distribution API.

The anonymous token flow as Docker Hub runs it: a manifest GET without a token
answers 401 with ``WWW-Authenticate: Bearer realm=".../token",service=...,scope=...``;
``GET /token?service=...&scope=repository:NAME:pull`` gives a token for that
scope; the manifest GET with ``Authorization: Bearer TOKEN`` answers. Images:

- ``Index(platforms)``: an OCI image index listing one manifest per platform;
- ``Single(os, arch)``: one Docker v2 manifest, its platform in the config blob
  (``GET /v2/NAME/blobs/DIGEST``);
- ``Status(404 | 429)``, ``Slow(seconds)``.

It records each request path, serves at most ``max_requests`` and stops by
itself after ``lifetime`` seconds.
"""

from __future__ import annotations

import hashlib
import json
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.local_http import LocalServer, send

INDEX = "application/vnd.oci.image.index.v1+json"
MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"
SERVICE = "registry.double"


@dataclass(frozen=True)
class Index:
    platforms: tuple[str, ...]  # "linux/amd64", ...


@dataclass(frozen=True)
class Single:
    os: str
    arch: str


@dataclass(frozen=True)
class Status:
    code: int


@dataclass(frozen=True)
class Slow:
    seconds: float


Image = Index | Single | Status | Slow


def _digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


class RegistryDouble:
    def __init__(
        self, images: dict[str, Image], *, max_requests: int = 500, lifetime: float = 60
    ) -> None:
        """``images``: "NAME:REFERENCE" (e.g. "library/nginx:1.27") -> what it answers."""
        self.images = images
        self.requests: list[str] = []
        self.blobs: dict[str, bytes] = {}
        self._max = max_requests
        # Past max_requests it answers 503 itself (a test sees the cap, not a hang).
        self._server = LocalServer(self._get, methods=("GET", "HEAD"), lifetime=lifetime)
        self.url = self._server.url
        # A Slow answer waits on this: stop() ends it at once.
        self._stopped = self._server.stopped

    def stop(self) -> None:
        self._server.stop()

    def _get(self, h: BaseHTTPRequestHandler) -> None:
        self.requests.append(h.path)
        if len(self.requests) > self._max:
            return send(h, 503, {}, b"")
        url = urllib.parse.urlsplit(h.path)
        if url.path == "/token":
            query = urllib.parse.parse_qs(url.query)
            scope = query.get("scope", [""])[0]
            if query.get("service", [""])[0] != SERVICE or not scope.endswith(":pull"):
                return send(h, 400, {}, b"{}")
            return self._json(h, 200, {"token": "anon:" + scope})
        parts = url.path.split("/")
        if len(parts) < 5 or parts[1] != "v2" or parts[-2] not in ("manifests", "blobs"):
            return send(h, 404, {}, b"")
        name, kind, reference = "/".join(parts[2:-2]), parts[-2], parts[-1]
        if h.headers.get("Authorization") != f"Bearer anon:repository:{name}:pull":
            challenge = (
                f'Bearer realm="{self.url}/token",service="{SERVICE}",'
                f'scope="repository:{name}:pull"'
            )
            return self._json(
                h, 401, {"errors": [{"code": "UNAUTHORIZED"}]}, {"WWW-Authenticate": challenge}
            )
        if kind == "blobs":
            blob = self.blobs.get(reference)
            if blob is None:
                return self._json(h, 404, {"errors": [{"code": "BLOB_UNKNOWN"}]})
            return send(h, 200, {"Content-Type": "application/octet-stream"}, blob)
        image = self.images.get(f"{name}:{reference}")
        if image is None:
            return self._json(h, 404, {"errors": [{"code": "MANIFEST_UNKNOWN"}]})
        if isinstance(image, Status):
            return self._json(h, image.code, {"errors": [{"code": "TOOMANYREQUESTS"}]})
        if isinstance(image, Slow):
            self._stopped.wait(image.seconds)
            return send(h, 200, {}, b"{}")
        if isinstance(image, Index):
            body = {
                "schemaVersion": 2,
                "mediaType": INDEX,
                "manifests": [
                    {
                        "mediaType": "application/vnd.oci.image.manifest.v1+json",
                        "digest": _digest(p.encode()),
                        "size": 100,
                        "platform": {"os": p.split("/")[0], "architecture": p.split("/")[1]},
                    }
                    for p in image.platforms
                ],
            }
            return self._json(h, 200, body, {"Content-Type": INDEX})
        config = json.dumps({"architecture": image.arch, "os": image.os, "rootfs": {}}).encode()
        self.blobs[_digest(config)] = config
        body = {
            "schemaVersion": 2,
            "mediaType": MANIFEST,
            "config": {
                "mediaType": "application/vnd.docker.container.image.v1+json",
                "digest": _digest(config),
                "size": len(config),
            },
            "layers": [],
        }
        return self._json(h, 200, body, {"Content-Type": MANIFEST})

    def _json(
        self,
        h: BaseHTTPRequestHandler,
        status: int,
        body: Any,
        headers: dict[str, str] | None = None,
    ) -> None:
        send(
            h,
            status,
            {"Content-Type": "application/json", **(headers or {})},
            json.dumps(body).encode(),
        )
