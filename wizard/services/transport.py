"""Bounds on every AWS call: answer size, an overall deadline, and sent-once calls.

botocore reads a whole answer into memory and its read timeout counts the time
between two bytes, not the time of a call. An endpoint that answers with a
chunked body that never ends fills the memory; one that sends a byte every few
seconds holds the call forever. :func:`harden` puts three hooks on a client:

- ``before-call``: the call's deadline (:data:`CALL_DEADLINE_S` from its start,
  retries and their waits included) goes into the request context.
- ``before-send``: the request is sent through the client's own HTTP session
  (its proxies, TLS settings and connection pool) on a helper thread, and the
  answer is read in pieces up to :data:`MAX_RESPONSE_BYTES`. The caller waits
  until the deadline at most and the call fails with :class:`CallDeadlineExceeded`.
  If the headers had arrived, the connection is shut down, which ends the helper's
  blocked read at once; if not (urllib3 does not hand out the socket before), the
  helper ends at its next read timeout or when the server closes, holding only the
  connection. A bigger answer ends the call with :class:`AnswerTooLarge`, read no
  further.
  Streaming operations (none of the wizard's) are left to botocore.
- ``needs-retry``: the operations of ``sent_once.SENT_ONCE`` are never sent
  again, whatever the error; nothing is retried past the deadline or after an
  answer too large to read.

The caller's wait is interruptible: Ctrl+C in the command line raises
KeyboardInterrupt at once, even while the answer is outstanding.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

from botocore import exceptions as bex
from botocore.awsrequest import AWSPreparedRequest, AWSResponse

from wizard.services.sent_once import is_sent_once

# A task definition is at most 64 KiB; a describe answer with tags a little more,
# and a page of a list call far less. Anything past this is not an AWS answer.
MAX_RESPONSE_BYTES = 4 * 1024 * 1024
# Retries included. A normal call takes well under a second; a slow link and
# botocore's backoff between tries stay well inside.
CALL_DEADLINE_S = 60.0
_READ_PIECE = 64 * 1024
_DEADLINE_KEY = "ecs_taskdef_wizard_deadline"


class AnswerTooLarge(bex.HTTPClientError):
    """The answer was larger than :data:`MAX_RESPONSE_BYTES`; the rest was not read."""

    fmt = "The answer from {endpoint_url} is larger than {limit} bytes."


class CallDeadlineExceeded(bex.ReadTimeoutError):
    """No complete answer within the call's deadline (a subclass of the read timeout,
    so that code handling a timeout handles this one too)."""

    fmt = "No complete answer from {endpoint_url} within {seconds:g} seconds."


def harden(client: Any, deadline_s: float = CALL_DEADLINE_S) -> None:
    """Put the size cap, the deadline and the sent-once rule on ``client``."""
    events = client.meta.events
    service = client.meta.service_model.service_name  # "ecs", "secretsmanager", ...
    event_id = client.meta.service_model.service_id.hyphenize()
    # botocore's endpoint sends through this session; a client without one (a test
    # double, a future botocore) keeps botocore's own sending, still with sent-once.
    http_session = getattr(getattr(client, "_endpoint", None), "http_session", None)

    def start_clock(context: dict[str, Any], **_: Any) -> None:
        context[_DEADLINE_KEY] = time.monotonic() + deadline_s

    def send(request: AWSPreparedRequest, **_: Any) -> AWSResponse | None:
        if request.stream_output or http_session is None:
            return None
        context = request.context or {}
        deadline = context.get(_DEADLINE_KEY) or time.monotonic() + deadline_s
        return _Exchange(http_session, request).run(deadline, deadline_s)

    def needs_retry(
        caught_exception: BaseException | None = None,
        response: tuple[Any, dict[str, Any]] | None = None,
        operation: Any = None,
        request_dict: dict[str, Any] | None = None,
        **_: Any,
    ) -> None:
        name = operation.name if operation is not None else ""
        context = (request_dict or {}).get("context") or {}
        past = time.monotonic() >= context.get(_DEADLINE_KEY, float("inf"))
        final = isinstance(caught_exception, AnswerTooLarge | CallDeadlineExceeded)
        if not (is_sent_once(service, name) or past or final):
            return None  # botocore decides
        if caught_exception is not None:
            raise caught_exception
        if response is not None:
            http, parsed = response
            if http is not None and http.status_code >= 300:
                error = parsed.get("Error", {}) if isinstance(parsed, dict) else {}
                code = error.get("QueryErrorCode") or error.get("Code")
                raise client.exceptions.from_code(code)(parsed, name)
        return None

    events.register(f"before-call.{event_id}", start_clock, unique_id="ecs-taskdef-wizard-clock")
    events.register(f"before-send.{event_id}", send, unique_id="ecs-taskdef-wizard-send")
    # First among the service's retry handlers: raising ends the call before
    # botocore's retry handler schedules another try.
    events.register_first(
        f"needs-retry.{event_id}", needs_retry, unique_id="ecs-taskdef-wizard-retry"
    )


class _Exchange:
    """One request and its answer, on a helper thread the caller can give up on."""

    def __init__(self, http_session: Any, request: AWSPreparedRequest) -> None:
        self._session = http_session
        self._request = request
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._raw: Any = None
        self._abandoned = False
        self._response: AWSResponse | None = None
        self._error: BaseException | None = None

    def run(self, deadline: float, deadline_s: float) -> AWSResponse:
        remaining = deadline - time.monotonic()
        if remaining <= 0:  # a retry due after the deadline: not sent at all
            raise CallDeadlineExceeded(endpoint_url=self._request.url, seconds=deadline_s)
        worker = threading.Thread(target=self._exchange, name="aws-http", daemon=True)
        worker.start()
        try:
            finished = self._done.wait(remaining)
        except BaseException:  # KeyboardInterrupt: stop reading, let it through
            self._abandon()
            raise
        if not finished:
            self._abandon()
            raise CallDeadlineExceeded(endpoint_url=self._request.url, seconds=deadline_s)
        if self._error is not None:
            raise self._error
        assert self._response is not None
        return self._response

    def _exchange(self) -> None:
        request = self._request
        # stream_output: botocore's session returns after the headers, the body unread.
        streamed = AWSPreparedRequest(
            request.method, request.url, request.headers, request.body, True, request.context
        )
        try:
            response = self._session.send(streamed)
            with self._lock:
                self._raw = response.raw
                abandoned = self._abandoned
            if abandoned:
                _close(response.raw)
                return
            body = _read_capped(response.raw, request.url)
            self._response = AWSResponse(
                request.url, response.status_code, response.headers, _Read(body)
            )
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            self._error = exc
        finally:
            self._done.set()

    def _abandon(self) -> None:
        with self._lock:
            self._abandoned = True
            raw = self._raw
        if raw is not None:
            _shut_down(raw)  # wakes the helper thread's blocked read


def _read_capped(raw: Any, url: str) -> bytes:
    """The whole body, or :class:`AnswerTooLarge` once it passes the cap."""
    from urllib3 import exceptions as u3  # botocore's own HTTP library

    pieces: list[bytes] = []
    size = 0
    try:
        for piece in raw.stream(_READ_PIECE, decode_content=False):
            size += len(piece)
            if size > MAX_RESPONSE_BYTES:
                _close(raw)  # the rest is never read; the connection is not reused
                raise AnswerTooLarge(endpoint_url=url, limit=MAX_RESPONSE_BYTES)
            pieces.append(piece)
    except u3.ReadTimeoutError as exc:
        _close(raw)
        raise bex.ReadTimeoutError(endpoint_url=url, error=exc) from None
    except (u3.ProtocolError, u3.HTTPError, OSError) as exc:
        _close(raw)
        raise bex.ConnectionClosedError(endpoint_url=url, error=exc) from None
    raw.release_conn()
    return b"".join(pieces)


def _shut_down(raw: Any) -> None:
    try:
        raw.shutdown()  # urllib3 2.3+: made for ending a read from another thread
    except Exception:  # noqa: BLE001 - older urllib3, or already released
        sock = getattr(getattr(raw, "_connection", None), "sock", None)
        try:
            if sock is not None:
                import socket

                sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _close(raw: Any) -> None:
    try:
        raw.close()
    except Exception:  # noqa: BLE001 - closing a broken connection may fail too
        pass


class _Read:
    """A body already read, in the shape ``AWSResponse.content`` reads from."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, *_: Any, **__: Any) -> Iterator[bytes]:
        yield self._body
