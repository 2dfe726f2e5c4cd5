"""Real AWS parts for tests, with no traffic leaving the machine.

Shared by ``tests/services`` (through its conftest) and the GUI's AWS tests in
``tests/ui`` (which import the fixtures they use):

- Every test runs with a throwaway AWS config, credentials file and HOME, and
  fake keys in the environment, so the developer's real AWS setup is never
  read or touched; instance metadata look-ups are switched off.
- A guard refuses name look-ups and connections to anything but loopback: a
  test that would reach AWS fails loudly instead of sending a packet.
- ``moto_url`` is a real moto server on 127.0.0.1 (one per test process, reset
  before each test that uses it); ``fault_server`` is a tiny HTTP server that
  answers with canned errors and counts the requests it got.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import logging
import os
import socket
import struct
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from tests.local_http import LocalServer, read_body, send
from tests.rulekit import book_example

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
REGION = "eu-west-1"

# The book example (WordPress and MySQL on 0.25 vCPU / 512 MiB), with a tag.
BOOK = book_example(family="book", tags=[{"key": "team", "value": "blog"}])


def _is_loopback(host: object) -> bool:
    return isinstance(host, str) and (host in LOOPBACK or host.startswith("127."))


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_loopback(host):
            raise OSError(f"test guard: no look-up of {host!r} (loopback only)")
        return real_getaddrinfo(host, *args, **kwargs)

    def connect(self: socket.socket, address: Any) -> Any:
        if isinstance(address, tuple) and not _is_loopback(address[0]):
            raise OSError(f"test guard: no connection to {address!r} (loopback only)")
        return real_connect(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)


@pytest.fixture(autouse=True)
def aws_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private HOME with empty AWS files; fake keys and the region in the environment."""
    home = tmp_path / "home"
    (home / ".aws").mkdir(parents=True)
    config, credentials = home / ".aws" / "config", home / ".aws" / "credentials"
    config.write_text("", encoding="utf-8")
    credentials.write_text("", encoding="utf-8")
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(credentials))
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    return home


_MOTO: dict[str, Any] = {}


def shared_moto_url() -> str:
    """The URL of the one moto server of this test process, started on first use.

    The fixture is declared in more than one place (the services conftest, GUI
    test modules) and pytest would start a session-scoped server per place;
    one server, reset per test, serves them all.
    """
    if "url" not in _MOTO:
        from moto.server import ThreadedMotoServer

        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request otherwise
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        _MOTO.update(server=server, url=f"http://{host}:{port}")
        atexit.register(server.stop)
    return str(_MOTO["url"])


@pytest.fixture(scope="session")
def moto_server() -> str:
    return shared_moto_url()


def reset_moto(url: str) -> None:
    """Empty the moto server's state (it reads MOTO_* settings again when rebuilding)."""
    request = urllib.request.Request(f"{url}/moto-api/reset", method="POST")
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200


@pytest.fixture
def moto_url(moto_server: str) -> str:
    """The moto server's URL, its state emptied first so tests do not see each other."""
    reset_moto(moto_server)
    return moto_server


def write_json(tmp_path: Path, name: str, document: object) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return str(path)


Responder = Callable[[str], "tuple[int, dict[str, Any]] | Fault"]


class Fault:
    """A responder may return one of these instead of (status, body)."""


class Slow(Fault):
    """Answer ``then`` only after ``seconds`` (longer than the client's read timeout:
    the client gives up first). The wait ends early when the server stops."""

    def __init__(self, seconds: float, then: tuple[int, dict[str, Any]] = (200, {})) -> None:
        self.seconds = seconds
        self.then = then


class Drop(Fault):
    """Close the connection mid-response: with ``body`` the status line, the headers
    and the first ``body`` bytes of a longer JSON answer; without, nothing at all."""

    def __init__(self, body: int = 0) -> None:
        self.body = body


class Reset(Fault):
    """Reset the connection (TCP RST) once the request has been read: no answer at all."""


class Endless(Fault):
    """A 200 answer with a chunked body that never ends: chunks of zeros until the
    client stops reading, the server stops, or ``limit`` bytes (a bound for the test)."""

    def __init__(self, limit: int = 64 * 1024 * 1024) -> None:
        self.limit = limit


class Drip(Fault):
    """One byte every ``interval`` seconds, each well inside the client's read timeout:
    of the body after the headers, or (``headers``) of the status line itself. Ends
    when the client goes away or the server stops."""

    def __init__(self, interval: float, *, headers: bool = False) -> None:
        self.interval = interval
        self.headers = headers


class FaultServer:
    """Answers every POST with ``respond(target)`` -> (status, JSON body), counting requests.

    Bounded: it serves at most ``max_requests`` requests and stops by itself
    after ``lifetime`` seconds even if nobody calls :meth:`stop`.
    """

    def __init__(
        self,
        respond: Responder,
        max_requests: int = 50,
        lifetime: float = 60,
        *,
        threaded: bool = False,
    ) -> None:
        self.respond = respond
        self.requests: list[str] = []
        # Body bytes written by Endless and Drip answers, and how many of those the
        # client walked away from (the write failed) before they ended by themselves.
        self.streamed_bytes = 0
        self.abandoned = 0
        self._server = LocalServer(
            self._post,
            methods=("POST",),
            lifetime=lifetime,
            served=lambda: len(self.requests),
            max_requests=max_requests,
            threaded=threaded,
        )
        self.url = self._server.url
        self._stopped = self._server.stopped  # Slow, Endless and Drip answers end on stop()

    def _post(self, h: BaseHTTPRequestHandler) -> None:
        body = read_body(h)
        # JSON protocols name the call in a header; query protocols (IAM) in the body.
        target = h.headers.get("X-Amz-Target", "")
        if not target:
            action = urllib.parse.parse_qs(body.decode("utf-8", "replace")).get("Action")
            target = action[0] if action else ""
        self.requests.append(target)
        answer = self.respond(target)
        if isinstance(answer, Drop):
            self._drop(h, answer)
            return
        if isinstance(answer, Reset):
            linger = struct.pack("ii", 1, 0)  # close with RST, not FIN
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
            h.close_connection = True
            return
        if isinstance(answer, Endless | Drip):
            self._stream(h, answer)
            return
        if isinstance(answer, Slow):
            self._stopped.wait(answer.seconds)
            answer = answer.then
        status, payload = answer
        # bytes: an XML answer of a query protocol; anything else is JSON.
        xml = isinstance(payload, bytes)
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        # A client that gave up waiting (a Slow answer) is not an error.
        send(h, status, {"Content-Type": "text/xml" if xml else "application/x-amz-json-1.1"}, data)

    def _stream(self, h: BaseHTTPRequestHandler, fault: Endless | Drip) -> None:
        try:
            if isinstance(fault, Drip) and fault.headers:
                for byte in b"HTTP/1.1 200 OK\r\n":
                    if self._stopped.wait(fault.interval):
                        return
                    h.wfile.write(bytes([byte]))
                    h.wfile.flush()
            h.send_response(200)
            h.send_header("Content-Type", "application/x-amz-json-1.1")
            if isinstance(fault, Endless):
                h.send_header("Transfer-Encoding", "chunked")
            else:
                h.send_header("Content-Length", str(10**9))
            h.end_headers()
            h.wfile.flush()
            if isinstance(fault, Endless):
                chunk = b"%x\r\n%s\r\n" % (65536, b"0" * 65536)
                while self.streamed_bytes < fault.limit and not self._stopped.is_set():
                    h.wfile.write(chunk)
                    self.streamed_bytes += 65536
            else:
                while not self._stopped.wait(fault.interval):
                    h.wfile.write(b" ")
                    h.wfile.flush()
                    self.streamed_bytes += 1
        except OSError:
            self.abandoned += 1  # the client closed the connection
        h.close_connection = True

    @staticmethod
    def _drop(h: BaseHTTPRequestHandler, fault: Drop) -> None:
        if fault.body:
            data = json.dumps({"taskDefinition": {"family": "x" * 4 * fault.body}})
            h.send_response(200)
            h.send_header("Content-Type", "application/x-amz-json-1.1")
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            h.wfile.write(data.encode()[: fault.body])
            h.wfile.flush()
        h.connection.shutdown(socket.SHUT_RDWR)
        h.close_connection = True

    def stop(self) -> None:
        self._server.stop()


@pytest.fixture
def fault_server() -> Iterator[Callable[[Responder], FaultServer]]:
    servers: list[FaultServer] = []

    def start(respond: Responder, **options: Any) -> FaultServer:
        server = FaultServer(respond, **options)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def ecs_error(code: str, message: str, status: int = 400) -> Responder:
    return lambda target: (status, {"__type": code, "message": message})


SSO_START_URL = "https://example.awsapps.com/start"
SSO_CONFIG = f"""\
[profile corp]
sso_start_url = {SSO_START_URL}
sso_region = eu-west-1
sso_account_id = 123456789012
sso_role_name = Developer
region = eu-west-1
"""


def write_sso_profile(aws_home: Path, *, expired_login: bool) -> None:
    """The SSO profile "corp" in ``aws_home``'s config and, with ``expired_login``,
    an expired cached login in botocore's real cache layout (nothing is contacted)."""
    (aws_home / ".aws" / "config").write_text(SSO_CONFIG, encoding="utf-8")
    if not expired_login:
        return
    cache = aws_home / ".aws" / "sso" / "cache"
    cache.mkdir(parents=True)
    key = hashlib.sha1(SSO_START_URL.encode()).hexdigest()
    token = {
        "startUrl": SSO_START_URL,
        "region": "eu-west-1",
        "accessToken": "not-a-real-token",
        "expiresAt": "2020-01-01T00:00:00Z",
    }
    (cache / f"{key}.json").write_text(json.dumps(token), encoding="utf-8")
