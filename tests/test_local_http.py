"""The server every local HTTP double runs on stays bounded: requests, body, lifetime."""

from __future__ import annotations

import http.client
import threading
import time
from http.server import BaseHTTPRequestHandler

import pytest

from tests.local_http import LocalServer, read_body, send


class Echo:
    """Answers each request with the number of body bytes it read (capped at 1000)."""

    def __init__(self) -> None:
        self.requests: list[str] = []

    def __call__(self, h: BaseHTTPRequestHandler) -> None:
        self.requests.append(h.command)
        body = read_body(h, cap=1000)
        send(h, 200, {"Content-Type": "text/plain"}, str(len(body)).encode())


def ask(url: str, method: str = "POST", body: bytes = b"") -> tuple[int, bytes]:
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=5)
    try:
        conn.request(method, "/", body=body or None)
        answer = conn.getresponse()
        return answer.status, answer.read()
    finally:
        conn.close()


def wait_until_closed(url: str, seconds: float = 10) -> bool:
    """Whether the port stops taking connections within ``seconds`` (polled)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            ask(url, "GET")
        except OSError:
            return True
        time.sleep(0.05)
    return False


def test_a_body_is_read_up_to_the_cap_and_head_gets_no_body():
    echo = Echo()
    server = LocalServer(echo, methods=("POST", "HEAD"), lifetime=30)
    try:
        assert ask(server.url, "POST", b"x" * 5000) == (200, b"1000")
        assert ask(server.url, "POST", b"abc") == (200, b"3")
        assert ask(server.url, "HEAD") == (200, b"")
    finally:
        server.stop()
    assert echo.requests == ["POST", "POST", "HEAD"]


def test_a_method_the_double_does_not_speak_is_refused():
    echo = Echo()
    server = LocalServer(echo, methods=("POST",), lifetime=30)
    try:
        status, _ = ask(server.url, "GET")
    finally:
        server.stop()
    assert status == 501
    assert echo.requests == []


def test_it_stops_serving_once_the_double_counted_max_requests():
    # One request at a time (the fault server's default): the count is exact.
    echo = Echo()
    server = LocalServer(
        echo,
        methods=("POST", "GET"),
        lifetime=30,
        served=lambda: len(echo.requests),
        max_requests=2,
        threaded=False,
    )
    try:
        assert ask(server.url)[0] == 200
        assert ask(server.url)[0] == 200
        assert wait_until_closed(server.url)
    finally:
        server.stop()
    assert echo.requests == ["POST", "POST"]


def test_a_threaded_server_also_stops_at_the_count():
    # The count is read between accepted connections: a request already on its
    # way may still be answered, none after that.
    echo = Echo()
    server = LocalServer(
        echo,
        methods=("POST", "GET"),
        lifetime=30,
        served=lambda: len(echo.requests),
        max_requests=2,
    )
    try:
        assert ask(server.url)[0] == 200
        assert ask(server.url)[0] == 200
        assert wait_until_closed(server.url)
    finally:
        server.stop()
    assert echo.requests[:2] == ["POST", "POST"]
    assert len(echo.requests) <= 3


@pytest.mark.parametrize("threaded", [True, False])
def test_it_stops_by_itself_after_its_lifetime(threaded):
    server = LocalServer(Echo(), methods=("GET",), lifetime=0.5, threaded=threaded)
    try:
        assert wait_until_closed(server.url)
    finally:
        server.stop()


def test_stop_ends_a_slow_answer_that_waits_on_it():
    entered, woke = threading.Event(), threading.Event()

    def slow(h: BaseHTTPRequestHandler) -> None:
        entered.set()
        server.stopped.wait(60)
        woke.set()

    def call() -> None:
        try:
            ask(server.url, "GET")
        except OSError:
            pass  # no answer: the double gave none

    server = LocalServer(slow, methods=("GET",), lifetime=60)
    caller = threading.Thread(target=call, daemon=True)
    caller.start()
    try:
        assert entered.wait(10)
        assert not woke.is_set()
    finally:
        server.stop()
    assert woke.wait(10)
    caller.join(10)
