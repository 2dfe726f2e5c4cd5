"""Answers that never arrive whole: a read timeout, a dropped connection, a body cut
off mid-way. The request may have been carried out; the errors say so, a
registration is never sent twice behind the user's back, and a cut-off answer
is never taken for a result. Plus the timeouts and their overrides."""

from __future__ import annotations

import pytest
from botocore import exceptions as bex
from botocore.retries import standard

from tests.aws_fixtures import Drop, Slow
from tests.services.conftest import REGION
from wizard.services import session
from wizard.services.errors import AwsError, map_error
from wizard.services.gateway import gateway_for
from wizard.services.pull import pull
from wizard.services.session import connect

TARGET = "AmazonEC2ContainerServiceV20141113."
REQUEST = {"family": "book", "containerDefinitions": [{"name": "a", "image": "nginx:1.27"}]}


@pytest.fixture(autouse=True)
def fast(monkeypatch):
    monkeypatch.setenv(session.ENV_READ_TIMEOUT, "0.3")
    monkeypatch.setattr(standard.ExponentialBackoff, "delay_amount", lambda self, ctx: 0)


def gateway(url: str):
    return gateway_for(connect(None, REGION, url, services=("ecs",)))


def test_a_dropped_connection_and_a_timeout_may_have_been_applied():
    dropped = map_error(
        bex.ConnectionClosedError(endpoint_url="http://127.0.0.1:9/"),
        action="ecs:RegisterTaskDefinition",
    )
    assert dropped.kind == "connection-dropped" and dropped.maybe_applied and dropped.retryable
    assert "was closed before AWS's answer to ecs:RegisterTaskDefinition" in dropped.message
    timeout = map_error(bex.ReadTimeoutError(endpoint_url="http://127.0.0.1:9/"))
    assert timeout.kind == "timeout" and timeout.maybe_applied and timeout.retryable
    refused = map_error(bex.EndpointConnectionError(endpoint_url="http://127.0.0.1:9/"))
    assert refused.kind == "unreachable" and not refused.maybe_applied  # never sent


@pytest.mark.parametrize(("fault", "kind"), [(Drop(), "connection-dropped"), (Slow(3), "timeout")])
def test_a_registration_whose_answer_was_lost_is_not_sent_again(fault_server, fault, kind):
    server = fault_server(lambda target: fault, threaded=True)
    with pytest.raises(AwsError) as caught:
        gateway(server.url).register_task_definition(REQUEST)
    assert caught.value.kind == kind and caught.value.maybe_applied
    assert server.requests == [TARGET + "RegisterTaskDefinition"]
    # Reading is safe to repeat: botocore's standard retries still apply.
    with pytest.raises(AwsError) as caught:
        gateway(server.url).describe_task_definition("book")
    assert caught.value.kind == kind
    assert server.requests.count(TARGET + "DescribeTaskDefinition") == session.MAX_RETRIES + 1


def test_a_cut_off_answer_is_not_a_registration(fault_server):
    server = fault_server(lambda target: Drop(body=40))
    with pytest.raises(AwsError) as caught:
        gateway(server.url).register_task_definition(REQUEST)
    error = caught.value
    assert error.kind == "incomplete-response" and error.maybe_applied
    assert "may have been registered" in error.message
    assert "list-task-definitions" in error.hint


def test_a_cut_off_describe_is_not_an_empty_definition(fault_server):
    server = fault_server(lambda target: Drop(body=40))
    with pytest.raises(AwsError) as caught:
        pull(gateway(server.url), "book:1")
    assert caught.value.kind == "incomplete-response" and not caught.value.maybe_applied


def test_timeouts_are_bounded_and_can_be_overridden(monkeypatch):
    monkeypatch.delenv(session.ENV_READ_TIMEOUT)
    config = session.client_config()
    assert config.connect_timeout == session.CONNECT_TIMEOUT_S
    assert config.read_timeout == session.READ_TIMEOUT_S
    assert config.retries == {"mode": "standard", "max_attempts": session.MAX_RETRIES}
    monkeypatch.setenv(session.ENV_READ_TIMEOUT, "2.5")
    monkeypatch.setenv(session.ENV_CONNECT_TIMEOUT, "not a number")
    monkeypatch.setenv(session.ENV_MAX_RETRIES, "0")
    config = session.client_config()
    assert config.read_timeout == 2.5
    assert config.connect_timeout == session.CONNECT_TIMEOUT_S  # a bad value is ignored
    assert config.retries["max_attempts"] == 0
    client = connect(None, REGION, "http://127.0.0.1:9", services=("ecs",)).client("ecs")
    assert client.meta.config.read_timeout == 2.5
