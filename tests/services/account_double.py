"""A local double of the AWS endpoint for the preflight tests, in front of moto.

Every request the real boto3 clients send reaches it on 127.0.0.1 and is
recorded as ``service:Action`` (the service from the request's SigV4 scope,
the action from ``X-Amz-Target``, the query ``Action`` or the REST path), so a
test can assert which calls were made. Then:

- ``iam:SimulatePrincipalPolicy``, which moto does not implement, is answered
  here in IAM's real query protocol (XML), with a decision per action and
  resource from ``decide``;
- an action listed in ``deny`` gets the service's AccessDenied answer in its own
  protocol; one listed in ``throttle`` gets ThrottlingException that many times;
- everything else is forwarded to moto as it came.

Bounded: at most ``max_requests`` requests, and it stops by itself after
``lifetime`` seconds.
"""

from __future__ import annotations

import http.client
import json
import re
import threading
import urllib.parse
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from xml.sax.saxutils import escape

from tests.local_http import LocalServer, read_body, send

Decide = Callable[[str, str, str], str]  # (role ARN, action, resource) -> EvalDecision

_SCOPE = re.compile(r"Credential=[^/]+/\d{8}/[^/]+/([^/]+)/aws4_request")
_QUERY_SERVICES = {"iam", "sts"}


def allow_all(role: str, action: str, resource: str) -> str:
    return "allowed"


class AccountDouble:
    def __init__(
        self,
        moto_url: str,
        *,
        decide: Decide = allow_all,
        deny: set[str] | None = None,
        throttle: dict[str, int] | None = None,
        max_requests: int = 5000,
        lifetime: float = 120,
    ) -> None:
        self.moto = urllib.parse.urlsplit(moto_url)
        self.decide = decide
        self.deny = set(deny or ())
        self.throttle = dict(throttle or {})
        self.calls: list[str] = []
        self.simulated: list[tuple[str, str, str]] = []
        self._lock = threading.Lock()
        self._max = max_requests
        # Past max_requests it answers 503 itself (a test sees the cap, not a hang).
        self._server = LocalServer(
            self._handle,
            methods=("GET", "POST", "PUT", "HEAD", "DELETE"),
            lifetime=lifetime,
            keep_alive=True,
        )
        self.url = self._server.url

    def stop(self) -> None:
        self._server.stop()

    # -- one request --------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        body = read_body(h)
        service = _service(h.headers.get("Authorization", ""))
        action = _action(service, h.command, h.path, h.headers.get("X-Amz-Target", ""), body)
        name = f"{service}:{action}"
        with self._lock:
            if len(self.calls) >= self._max:
                send(h, 503, {}, b"")
                return
            self.calls.append(name)
            throttled = self.throttle.get(name, 0) > 0
            if throttled:
                self.throttle[name] -= 1
        if name in self.deny:
            self._error(
                h,
                service,
                "AccessDenied",
                403,
                f"User: arn:aws:iam::123456789012:user/dev is not authorized to perform: {name}",
            )
        elif throttled:
            self._error(h, service, "Throttling", 400, "Rate exceeded")
        elif name == "iam:SimulatePrincipalPolicy":
            self._simulate(h, body)
        else:
            self._forward(h, body)

    def _forward(self, h: BaseHTTPRequestHandler, body: bytes) -> None:
        conn = http.client.HTTPConnection(self.moto.hostname, self.moto.port, timeout=30)
        headers = {k: v for k, v in h.headers.items() if k.lower() not in ("host", "connection")}
        headers["Host"] = self.moto.netloc
        try:
            conn.request(h.command, h.path, body=body or None, headers=headers)
            answer = conn.getresponse()
            data = answer.read()
            kept = {
                k: v
                for k, v in answer.getheaders()
                if k.lower()
                not in ("transfer-encoding", "connection", "content-length", "server", "date")
            }
            if h.command == "HEAD":
                kept["Content-Length"] = answer.getheader("Content-Length") or "0"
            send(h, answer.status, kept, data)
        finally:
            conn.close()

    def _simulate(self, h: BaseHTTPRequestHandler, body: bytes) -> None:
        form = urllib.parse.parse_qs(body.decode())
        role = form.get("PolicySourceArn", [""])[0]
        actions = [v[0] for k, v in sorted(form.items()) if k.startswith("ActionNames.member.")]
        resources = [v[0] for k, v in sorted(form.items()) if k.startswith("ResourceArns.member.")]
        members = []
        for action in actions:
            for resource in resources or ["*"]:
                decision = self.decide(role, action, resource)
                with self._lock:
                    self.simulated.append((role, action, resource))
                members.append(
                    "<member>"
                    f"<EvalActionName>{escape(action)}</EvalActionName>"
                    f"<EvalResourceName>{escape(resource)}</EvalResourceName>"
                    f"<EvalDecision>{decision}</EvalDecision>"
                    "<MatchedStatements/><MissingContextValues/>"
                    "</member>"
                )
        xml = (
            '<SimulatePrincipalPolicyResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">'
            "<SimulatePrincipalPolicyResult><IsTruncated>false</IsTruncated>"
            f"<EvaluationResults>{''.join(members)}</EvaluationResults>"
            "</SimulatePrincipalPolicyResult>"
            "<ResponseMetadata><RequestId>double</RequestId></ResponseMetadata>"
            "</SimulatePrincipalPolicyResponse>"
        )
        send(h, 200, {"Content-Type": "text/xml"}, xml.encode())

    def _error(
        self, h: BaseHTTPRequestHandler, service: str, code: str, status: int, text: str
    ) -> None:
        if service in _QUERY_SERVICES:
            xml = (
                "<ErrorResponse><Error><Type>Sender</Type>"
                f"<Code>{code}</Code><Message>{escape(text)}</Message></Error>"
                "<RequestId>double</RequestId></ErrorResponse>"
            )
            send(h, status, {"Content-Type": "text/xml"}, xml.encode())
        elif service == "s3":
            send(h, status, {}, b"")
        else:
            json_code = {
                "AccessDenied": "AccessDeniedException",
                "Throttling": "ThrottlingException",
            }[code]
            data = json.dumps({"__type": json_code, "message": text}).encode()
            send(
                h,
                status,
                {"Content-Type": "application/x-amz-json-1.1", "x-amzn-ErrorType": json_code},
                data,
            )


def _service(authorization: str) -> str:
    m = _SCOPE.search(authorization)
    return m.group(1) if m else "?"


def _action(service: str, method: str, path: str, target: str, body: bytes) -> str:
    if target:
        return target.rsplit(".", 1)[-1]
    if service in _QUERY_SERVICES:
        form = urllib.parse.parse_qs(body.decode(errors="replace"))
        return form.get("Action", ["?"])[0]
    if service == "s3":
        return {"HEAD": "HeadObject", "GET": "GetObject", "PUT": "PutObject"}.get(method, method)
    if service == "elasticfilesystem":
        if "access-points" in path:
            return "DescribeAccessPoints" if method == "GET" else "CreateAccessPoint"
        if "file-systems" in path:
            return "DescribeFileSystems" if method == "GET" else "CreateFileSystem"
    return f"{method} {urllib.parse.urlsplit(path).path}"
