"""Faults from a local HTTP server, botocore's Stubber and real SSO settings: each is
mapped to a message that says what to do, with exit code 3 and nothing on stdout."""

from __future__ import annotations

import copy
import socket

import pytest
from botocore.retries import standard
from botocore.stub import Stubber

from tests.aws_fixtures import write_sso_profile
from tests.services.conftest import BOOK, REGION, ecs_error, write_json
from wizard.cli import main
from wizard.domain.formats.exporter import export_document
from wizard.services.errors import AwsError
from wizard.services.gateway import gateway_for
from wizard.services.session import connect

TARGET = "AmazonEC2ContainerServiceV20141113."
NEW_FAMILY = (400, {"__type": "ClientException", "message": "Unable to describe task definition."})


def registered(revision: int = 1) -> tuple[int, dict]:
    arn = f"arn:aws:ecs:{REGION}:123456789012:task-definition/book:{revision}"
    return 200, {"taskDefinition": {"taskDefinitionArn": arn, "family": "book", "revision": 1}}


def run_register(tmp_path, url: str, capsys, document: dict = BOOK) -> tuple[int, str, str]:
    path = write_json(tmp_path, "book.json", document)
    code = main(["register", path, "--no-verify", "--endpoint-url", url, "--region", REGION])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_connection_refused_names_the_url(tmp_path, capsys):
    url = f"http://127.0.0.1:{free_port()}"
    code, out, err = run_register(tmp_path, url, capsys)
    assert code == 3 and out == ""
    assert f"Could not reach {url}" in err
    assert "check that the local endpoint is running" in err
    assert "Traceback" not in err


def test_server_errors_are_retried_five_times_then_explained(tmp_path, fault_server, capsys):
    server = fault_server(ecs_error("ServerException", "Service is unavailable.", status=500))
    code, out, err = run_register(tmp_path, server.url, capsys)
    assert code == 3 and out == ""
    assert "AWS had an internal error (ServerException)" in err
    assert "after 6 attempts" in err
    # Standard retry mode; botocore's max_attempts=5 means five retries after the first try.
    assert server.requests == [TARGET + "DescribeTaskDefinition"] * 6


def test_throttling_is_retried_then_explained(tmp_path, fault_server, capsys, monkeypatch):
    # Throttling backoff grows to seconds; the count of attempts is what matters here.
    monkeypatch.setattr(standard.ExponentialBackoff, "delay_amount", lambda self, ctx: 0)
    server = fault_server(ecs_error("ThrottlingException", "Rate exceeded"))
    code, out, err = run_register(tmp_path, server.url, capsys)
    assert code == 3 and out == ""
    assert "AWS throttled ecs:DescribeTaskDefinition" in err
    assert "Wait a minute and try again" in err and "after 6 attempts" in err
    assert len(server.requests) == 6


def test_access_denied_names_the_action(tmp_path, fault_server, capsys):
    denied = (
        400,
        {
            "__type": "AccessDeniedException",
            "message": "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: "
            "ecs:RegisterTaskDefinition on resource: * because no identity-based policy allows it",
        },
    )
    server = fault_server(lambda t: NEW_FAMILY if t.endswith("DescribeTaskDefinition") else denied)
    code, out, err = run_register(tmp_path, server.url, capsys)
    assert code == 3 and out == ""
    assert "may not call ecs:RegisterTaskDefinition" in err
    assert "allow ecs:RegisterTaskDefinition" in err


def test_no_describe_permission_only_skips_the_diff(tmp_path, fault_server, capsys):
    denied = (400, {"__type": "AccessDeniedException", "message": "not authorized"})
    server = fault_server(
        lambda t: denied if t.endswith("DescribeTaskDefinition") else registered()
    )
    code, out, err = run_register(tmp_path, server.url, capsys)
    assert code == 0, err
    assert out.strip().endswith("task-definition/book:1")
    assert "cannot compare with the latest revision" in err


def test_client_exception_points_at_the_field(tmp_path, fault_server, capsys):
    message = "Fargate requires task definition to have execution role ARN to support ECR images."
    rejected = (400, {"__type": "ClientException", "message": message})
    server = fault_server(
        lambda t: NEW_FAMILY if t.endswith("DescribeTaskDefinition") else rejected
    )
    code, out, err = run_register(tmp_path, server.url, capsys)
    assert code == 3 and out == ""
    assert message in err
    assert "field: /executionRoleArn in " in err
    assert "AmazonECSTaskExecutionRolePolicy" in err


def test_stubbed_fargate_size_error_maps_to_task_memory():
    conn = connect(None, REGION, None, services=("ecs",))
    gateway = gateway_for(conn)
    request = export_document(copy.deepcopy(BOOK))
    with Stubber(conn.client("ecs")) as stub:
        stub.add_client_error(
            "register_task_definition",
            service_error_code="ClientException",
            service_message="No Fargate configuration exists for given values: 256 CPU, 512 "
            "memory. See the Amazon ECS documentation for the valid values.",
            http_status_code=400,
        )
        with pytest.raises(AwsError) as caught:
            gateway.register_task_definition(request)
    error = caught.value
    assert error.kind == "invalid-value" and error.code == "ClientException"
    assert error.field_pointer == "/memory"
    assert "ecs-taskdef-wizard sizes --memory 512" in error.hint
    assert error.action == "ecs:RegisterTaskDefinition"


def test_stubbed_container_memory_error_maps_to_that_container():
    conn = connect(None, REGION, None, services=("ecs",))
    request = export_document(copy.deepcopy(BOOK))
    with Stubber(conn.client("ecs")) as stub:
        stub.add_client_error(
            "register_task_definition",
            service_error_code="ClientException",
            service_message="The 'memory' setting for container 'mysql' is greater than for the "
            "task.",
        )
        with pytest.raises(AwsError) as caught:
            gateway_for(conn).register_task_definition(request)
    assert caught.value.field_pointer == "/containerDefinitions/1/memory"


@pytest.mark.parametrize("cached", ["none", "expired"])
def test_expired_sso_login_names_the_refresh_command(
    tmp_path, aws_home, capsys, cached, monkeypatch
):
    # The real botocore SSO provider reads the real cache layout; nothing is contacted.
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    write_sso_profile(aws_home, expired_login=cached == "expired")
    url = f"http://127.0.0.1:{free_port()}"
    path = write_json(tmp_path, "book.json", BOOK)
    assert main(["register", path, "--no-verify", "--profile", "corp", "--endpoint-url", url]) == 3
    err = capsys.readouterr().err
    assert "SSO session of profile 'corp' has expired" in err
    assert "Run 'aws sso login --profile corp'" in err
    assert "not-a-real-token" not in err


def test_no_credentials_says_how_to_configure(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    url = f"http://127.0.0.1:{free_port()}"
    code, out, err = run_register(tmp_path, url, capsys)
    assert code == 3 and out == ""
    assert "No AWS credentials were found for the default profile" in err
    assert "aws configure" in err and "aws sso login" in err
