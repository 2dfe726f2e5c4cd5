"""The HTTP plumbing every local test double shares: 127.0.0.1, a thread, bounds.

The fault server (``aws_fixtures.py``), the ECS stand-in in front of moto
(``revisions/ecs_double.py``), the preflight's account double and the container
registry double (``services/``) each speak their own protocol, and each needs the
same server around it: a port the system picks on 127.0.0.1, a daemon thread that
serves, request bodies read up to a cap, answers that survive a client that has gone,
and a stop by itself (after ``lifetime`` seconds, or once the double has counted
``max_requests``) so a test that forgets to stop it cannot leave it running. That
server is this one; a double gives it the function that answers one request.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, HTTPServer, ThreadingHTTPServer
from typing import Any

MAX_BODY = 1 << 20

Handle = Callable[[BaseHTTPRequestHandler], None]


class LocalServer:
    """Serves ``handle(request)`` for the HTTP ``methods`` on 127.0.0.1 until stopped.

    ``served()`` is the double's own count of requests: the server stops once it
    reaches ``max_requests``. ``threaded`` answers each connection on a thread of its
    own (a slow answer does not hold up the next request); ``keep_alive`` speaks
    HTTP/1.1 with persistent connections, as the AWS endpoints do.
    ``stopped`` is set on :meth:`stop`: a double's slow answer waits on it.
    """

    def __init__(
        self,
        handle: Handle,
        *,
        methods: Iterable[str],
        lifetime: float,
        served: Callable[[], int] = lambda: 0,
        max_requests: int | None = None,
        threaded: bool = True,
        keep_alive: bool = False,
    ) -> None:
        def answer(request: BaseHTTPRequestHandler) -> None:
            handle(request)

        def log_message(request: BaseHTTPRequestHandler, *args: Any) -> None:
            pass  # no request lines in the test output

        members: dict[str, Any] = {f"do_{method}": answer for method in methods}
        members["log_message"] = log_message
        if keep_alive:
            members["protocol_version"] = "HTTP/1.1"
        handler = type("Handler", (BaseHTTPRequestHandler,), members)
        server_class = ThreadingHTTPServer if threaded else HTTPServer
        self._server = server_class(("127.0.0.1", 0), handler)
        if threaded:
            self._server.daemon_threads = True  # a slow answer never holds up the exit
        self._server.timeout = 0.1
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.stopped = threading.Event()
        self._served = served
        self._max = max_requests
        self._deadline = time.monotonic() + lifetime
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while (
            not self.stopped.is_set()
            and (self._max is None or self._served() < self._max)
            and time.monotonic() < self._deadline
        ):
            self._server.handle_request()
        self._server.server_close()

    def stop(self) -> None:
        self.stopped.set()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=5)


def read_body(request: BaseHTTPRequestHandler, cap: int = MAX_BODY) -> bytes:
    """The request's body, at most ``cap`` bytes of it."""
    length = min(int(request.headers.get("Content-Length") or 0), cap)
    return request.rfile.read(length) if length else b""


def send(
    request: BaseHTTPRequestHandler, status: int, headers: dict[str, str], data: bytes
) -> None:
    """One answer (no body to a HEAD); a client that has gone meanwhile is not an error."""
    try:
        request.send_response(status)
        for key, value in headers.items():
            request.send_header(key, value)
        if "Content-Length" not in headers:
            request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        if request.command != "HEAD":
            request.wfile.write(data)
    except OSError:
        pass
