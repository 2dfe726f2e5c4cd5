"""Every AWS call is bounded: the answer's size, the whole call's time, and calls that
change the account are sent once whatever the error. Against a misbehaving HTTP
server on 127.0.0.1 (tests/aws_fixtures.py: bounded, it stops by itself) and the
real botocore clients the program makes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from botocore.retries import standard

from tests.aws_fixtures import BOOK, Drip, Endless, Reset, Slow, write_json
from tests.drivers import default_sigint
from tests.services.conftest import REGION
from wizard.cli import main
from wizard.services import session, transport
from wizard.services.errors import AwsError
from wizard.services.gateway import gateway_for
from wizard.services.pull import pull
from wizard.services.secret_store import secret_store_for
from wizard.services.sent_once import SENT_ONCE
from wizard.services.session import connect

ECS = "AmazonEC2ContainerServiceV20141113."
REGISTER = ECS + "RegisterTaskDefinition"
DESCRIBE = ECS + "DescribeTaskDefinition"
REQUEST = {"family": "book", "containerDefinitions": [{"name": "a", "image": "nginx:1.27"}]}
REPO = Path(__file__).resolve().parents[2]
# ECS's answer for a family with no revision: register then has nothing to compare with.
MISSING = (400, {"__type": "ClientException", "message": "Unable to describe task definition."})


@pytest.fixture(autouse=True)
def fast(monkeypatch):
    # Short limits so that a test waits a second at most; no backoff between tries.
    monkeypatch.setenv(session.ENV_READ_TIMEOUT, "0.3")
    monkeypatch.setenv(session.ENV_CALL_DEADLINE, "1")
    monkeypatch.setattr(standard.ExponentialBackoff, "delay_amount", lambda self, ctx: 0)


def wait_for(condition, seconds: float = 10) -> bool:
    """Whether ``condition`` holds within ``seconds`` (another thread's doing)."""
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            return False
        time.sleep(0.02)
    return True


def connection(url: str):
    return connect(None, REGION, url)


# -- size -----------------------------------------------------------------------------


def test_an_answer_that_never_ends_is_cut_at_the_cap(fault_server):
    server = fault_server(lambda target: Endless(), threaded=True)
    with pytest.raises(AwsError) as caught:
        pull(gateway_for(connection(server.url)), "book")
    error = caught.value
    assert error.kind == "too-large"
    assert f"was larger than {transport.MAX_RESPONSE_BYTES // 2**20} MiB" in error.message
    assert "ecs:DescribeTaskDefinition" in error.message and error.hint
    # The client walked away (the server's writes failed) long before the 64 MiB the
    # server would send (the rest sits in socket buffers), and did not ask again.
    assert wait_for(lambda: server.abandoned == 1)
    assert server.streamed_bytes < Endless().limit // 2
    assert server.requests == [DESCRIBE]


def test_an_answer_just_under_the_cap_is_read(fault_server):
    filler = "x" * (transport.MAX_RESPONSE_BYTES - 4096)
    task = {"family": "book", "revision": 1, "containerDefinitions": [{"image": filler}]}
    server = fault_server(lambda target: (200, {"taskDefinition": task}))
    described = gateway_for(connection(server.url)).describe_task_definition("book")
    assert described["taskDefinition"]["containerDefinitions"][0]["image"] == filler


def test_a_registration_answered_without_end_may_have_been_made(tmp_path, fault_server, capsys):
    server = fault_server(
        lambda target: Endless() if target == REGISTER else MISSING,
        threaded=True,
    )
    code, out, err = run_cli(
        ["register", "--no-verify", write_json(tmp_path, "b.json", BOOK)], server, capsys
    )
    assert code == 3 and out == ""
    assert "larger than 4 MiB" in err
    assert "may have been registered all the same" in err
    assert "nothing was changed" not in err
    assert server.requests.count(REGISTER) == 1


# -- time -----------------------------------------------------------------------------


@pytest.mark.parametrize("headers", [False, True], ids=["body", "status line"])
def test_one_byte_at_a_time_ends_at_the_deadline(fault_server, capsys, headers):
    # Each byte comes well within the read timeout, which therefore never fires.
    server = fault_server(lambda target: Drip(0.05, headers=headers), threaded=True)
    code, out, err = run_cli(["pull", "book"], server, capsys)
    assert code == 3 and out == ""
    assert f"{server.url}/ did not finish answering ecs:DescribeTaskDefinition" in err
    assert "within 1 seconds" in err
    assert "nothing was changed" in err  # a read
    assert server.requests == [DESCRIBE]  # the deadline covers the retries too
    assert wait_for(lambda: server.abandoned == 1)  # the connection was shut down


def test_the_deadline_covers_retries(fault_server):
    # Each try times out after 0.3 s; the third would start past the 1 s deadline.
    server = fault_server(lambda target: Slow(3), threaded=True)
    with pytest.raises(AwsError) as caught:
        gateway_for(connection(server.url)).describe_task_definition("book")
    assert caught.value.kind == "timeout"
    assert 1 <= len(server.requests) < session.MAX_RETRIES + 1


def test_the_deadline_can_be_overridden(monkeypatch):
    monkeypatch.setenv(session.ENV_CALL_DEADLINE, "2.5")
    assert session.call_deadline() == 2.5
    monkeypatch.setenv(session.ENV_CALL_DEADLINE, "soon")
    assert session.call_deadline() == transport.CALL_DEADLINE_S


# -- sent once ------------------------------------------------------------------------


def error_answer(status: int, code: str, text: str):
    """An error answer in the call's protocol: JSON, or XML for IAM's query protocol
    (whose requests name no X-Amz-Target, so their target has no dot)."""

    def respond(target: str):
        if "." in target:
            return status, {"__type": code, "message": text}
        xml = (
            f"<ErrorResponse><Error><Type>Receiver</Type><Code>{code}</Code>"
            f"<Message>{text}</Message></Error><RequestId>1</RequestId></ErrorResponse>"
        )
        return status, xml.encode()

    return respond


FAULTS = {
    "500": error_answer(500, "ServiceFailure", "internal"),
    "503": error_answer(503, "ServiceUnavailable", "unavailable"),
    "throttled": error_answer(400, "Throttling", "Rate exceeded"),
    "reset": lambda target: Reset(),
    "timeout": lambda target: Slow(3),
}
# The change a call asks for may have been made after every fault but throttling.
MAY_EXIST = {"500", "503", "reset", "timeout"}


def _register(conn):
    return gateway_for(conn).register_task_definition(REQUEST)


def _log_group(conn):
    return gateway_for(conn).create_log_group("/ecs/book")


def _parameter(conn):
    return secret_store_for(conn).put_parameter("/book/db-password", "hunter2hunter2")


def _secret(conn):
    return secret_store_for(conn).create_secret("book/db-password", "hunter2hunter2")


def _role(conn):
    return gateway_for(conn).create_execution_role("ecsTaskExecutionRole")


CALLS = {
    "RegisterTaskDefinition": (_register, REGISTER, "aws ecs list-task-definitions"),
    "CreateLogGroup": (_log_group, "Logs_20140328.CreateLogGroup", "aws logs describe-log-groups"),
    "PutParameter": (_parameter, "AmazonSSM.PutParameter", "aws ssm describe-parameters"),
    "CreateSecret": (_secret, "secretsmanager.CreateSecret", "aws secretsmanager describe-secret"),
    "CreateRole": (_role, "CreateRole", "aws iam get-role --role-name ecsTaskExecutionRole"),
}


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("call", CALLS)
def test_a_change_is_sent_once_whatever_the_error(fault_server, call, fault):
    run, target, check = CALLS[call]
    server = fault_server(FAULTS[fault], threaded=True)
    with pytest.raises(AwsError) as caught:
        run(connection(server.url))
    error = caught.value
    assert server.requests == [target], "sent more than once"
    assert error.maybe_applied is (fault in MAY_EXIST)
    if fault in MAY_EXIST:
        assert "may have been made all the same" in error.message
        assert check in error.hint
    else:
        assert error.kind == "throttled" and "may have been made" not in error.message
    assert "hunter2" not in error.message + error.hint


def test_reads_are_still_retried(fault_server):
    server = fault_server(FAULTS["503"])
    with pytest.raises(AwsError) as caught:
        gateway_for(connection(server.url)).list_log_groups()
    assert caught.value.kind == "server" and not caught.value.maybe_applied
    assert len(server.requests) == session.MAX_RETRIES + 1


def test_every_client_the_services_layer_makes_knows_the_sent_once_calls():
    conn = connect(None, REGION, "http://127.0.0.1:9")
    for service, operations in SENT_ONCE.items():
        model = conn.client(service).meta.service_model
        for operation in operations:
            model.operation_model(operation)  # a typo would raise OperationNotFoundError


# -- the command line -----------------------------------------------------------------


def run_cli(argv, server, capsys):
    code = main([*argv, "--endpoint-url", server.url, "--region", REGION])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_password_in_the_endpoint_url_is_never_printed(tmp_path, fault_server, capsys):
    server = fault_server(lambda target: Slow(3), threaded=True)
    url = server.url.replace("http://", "http://deploy:s3cr3t-pw@")
    book = write_json(tmp_path, "b.json", BOOK)
    for argv in (["pull", "book"], ["register", "--no-verify", book]):
        assert main([*argv, "--endpoint-url", url, "--region", REGION]) == 3
        err = capsys.readouterr().err
        assert "s3cr3t-pw" not in err
        assert "http://[redacted]@127.0.0.1" in err
    assert main(["pull", "book", "--endpoint-url", "http://u:s3cr3t-pw@127.0.0.1:1/"]) == 3
    err = capsys.readouterr().err
    assert "Could not reach http://[redacted]@127.0.0.1:1/" in err and "s3cr3t-pw" not in err


def test_ctrl_c_during_a_registration_says_it_may_exist(tmp_path, fault_server, aws_home):
    server = fault_server(
        lambda target: Slow(30) if target == REGISTER else MISSING,
        threaded=True,
    )
    path = write_json(tmp_path, "b.json", BOOK)
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        session.ENV_READ_TIMEOUT: "60",
        session.ENV_CALL_DEADLINE: "60",
    }
    argv = [
        sys.executable,
        "-m",
        "wizard",
        "register",
        "--no-verify",
        path,
        "--endpoint-url",
        server.url,
    ]
    process = subprocess.Popen(
        argv,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_sigint,  # Ctrl+C reaches it whatever the suite inherited
    )
    try:
        for _ in range(300):  # until the registration is on its way (30 s at most)
            if REGISTER in server.requests or process.poll() is not None:
                break
            time.sleep(0.1)
        assert REGISTER in server.requests, process.communicate(timeout=10)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 130
    assert out == ""
    assert "interrupted while registering" in err
    assert "may have been registered all the same" in err
    assert "aws ecs list-task-definitions --family-prefix book" in err
    assert "Traceback" not in err
    assert json.loads(Path(path).read_text(encoding="utf-8"))["family"] == "book"


def test_the_readme_states_the_limits_the_code_has():
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert f"larger than **{transport.MAX_RESPONSE_BYTES // 2**20} MiB**" in readme
    assert f"ends after **{transport.CALL_DEADLINE_S:g} s**" in readme
    assert session.ENV_CALL_DEADLINE in readme
    for operation in sorted(set().union(*SENT_ONCE.values())):
        assert operation in readme, operation
