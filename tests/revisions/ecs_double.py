"""A local stand-in in front of moto that speaks the ECS JSON protocol.

moto's ECS keeps a task RUNNING from the start, never stops it with a reason,
reports no ACTIVE (draining) deployment beside the PRIMARY one, and never
throttles. This double listens on 127.0.0.1 and forwards every request to the
moto server unchanged, except the actions a test scripts: a script gets the
request body and a ``forward()`` that asks moto, and returns the answer
(status, JSON body) to send instead. It serves a bounded number of requests of
bounded size and stops by itself after ``lifetime`` seconds.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.local_http import LocalServer, read_body, send

MAX_BODY = 1 << 20
TARGET_PREFIX = "AmazonEC2ContainerServiceV20141113."

Answer = tuple[int, dict[str, Any]]
Forward = Callable[[], Answer]
Script = Callable[[dict[str, Any], Forward], Answer]


class EcsDouble:
    def __init__(
        self,
        moto_url: str,
        scripts: dict[str, Script],
        max_requests: int = 2000,
        lifetime: float = 120,
    ) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self._moto_url = moto_url
        self._scripts = scripts
        self._server = LocalServer(
            self._post,
            methods=("POST",),
            lifetime=lifetime,
            served=lambda: len(self.calls),
            max_requests=max_requests,
        )
        self.url = self._server.url

    def _post(self, h: BaseHTTPRequestHandler) -> None:
        raw = read_body(h, MAX_BODY)
        target = h.headers.get("X-Amz-Target", "")
        action = target.removeprefix(TARGET_PREFIX)
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {}
        self.calls.append((action, body))
        headers = {k: v for k, v in h.headers.items() if k.lower() != "host"}

        def forward() -> Answer:
            status, _, data = self._forward(self._moto_url, raw, headers)
            return status, json.loads(data or b"{}")

        script = self._scripts.get(action)
        if script is None:
            # Anything else (EC2's query protocol, CloudWatch Logs) passes as it is.
            status, content_type, data = self._forward(self._moto_url, raw, headers)
        else:
            status, answer = script(body, forward)
            content_type = "application/x-amz-json-1.1"
            data = json.dumps(answer, default=str).encode()
        send(h, status, {"Content-Type": content_type}, data)

    @staticmethod
    def _forward(url: str, raw: bytes, headers: dict[str, str]) -> tuple[int, str, bytes]:
        request = urllib.request.Request(url + "/", data=raw, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                kind = response.headers.get("Content-Type", "application/x-amz-json-1.1")
                return response.status, kind, response.read(MAX_BODY)
        except urllib.error.HTTPError as exc:
            kind = exc.headers.get("Content-Type", "application/x-amz-json-1.1")
            return exc.code, kind, exc.read(MAX_BODY)

    def count(self, action: str) -> int:
        return sum(1 for name, _ in self.calls if name == action)

    def stop(self) -> None:
        self._server.stop()


def throttled() -> Answer:
    return 400, {"__type": "ThrottlingException", "message": "Rate exceeded"}
