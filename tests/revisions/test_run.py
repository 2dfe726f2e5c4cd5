"""``run`` against moto through the ECS double.

moto's ECS starts a task RUNNING at once and never stops it with a reason, so the
ECS double (tests/revisions/ecs_double.py) forwards RunTask, StopTask and
CloudWatch Logs to moto and scripts DescribeTasks with the states of a real task
life (tests/revisions/task_stories.py): one that reaches RUNNING, one stopped by
CannotPullContainerError, one whose essential container exits 1 after writing logs.
Ctrl+C is a real SIGINT to a real ``ecs-taskdef-wizard run`` process.
"""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import boto3
import pytest

from tests.aws_fixtures import REGION, write_json
from tests.drivers import default_sigint
from tests.revisions.task_stories import (
    EXITS_1,
    PULL_ERROR,
    PULL_FAILS,
    STARTS,
    Story,
    logged_book,
    write_logs_on_run,
)
from wizard.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fast_polls(monkeypatch):
    monkeypatch.setenv("ECS_TASKDEF_WIZARD_POLL_SECONDS", "0.02")


@pytest.fixture
def registered(moto_url):
    ecs = boto3.client("ecs", region_name=REGION, endpoint_url=moto_url)
    ecs.create_cluster(clusterName="dev")
    ecs.register_task_definition(**logged_book())
    return ecs


def run_args(url: str, *more: str) -> list[str]:
    return ["run", "book", "--cluster", "dev", "--endpoint-url", url, "--region", REGION, *more]


def test_a_task_that_reaches_running(registered, ecs_double, capsys):
    story = Story(STARTS)
    double = ecs_double({"DescribeTasks": story})
    assert main(run_args(double.url)) == 0
    captured = capsys.readouterr()
    statuses = [line.split()[1] for line in captured.out.splitlines() if "container" not in line]
    assert statuses == ["PROVISIONING", "PENDING", "RUNNING"]
    assert "container wordpress: RUNNING, health HEALTHY" in captured.out
    assert "run: launch type FARGATE" in captured.err
    assert "the default VPC vpc-" in captured.err  # awsvpc: the default subnets were used
    assert "the task keeps running; to stop it: aws ecs stop-task --cluster dev" in captured.err
    # RunTask was sent once, with the default VPC's subnet and security group.
    run_calls = [body for action, body in double.calls if action == "RunTask"]
    assert len(run_calls) == 1
    vpc = run_calls[0]["networkConfiguration"]["awsvpcConfiguration"]
    assert vpc["subnets"] and vpc["securityGroups"] and vpc["assignPublicIp"] == "DISABLED"
    assert run_calls[0]["launchType"] == "FARGATE"


def test_a_task_that_cannot_pull_its_image(registered, ecs_double, capsys):
    double = ecs_double({"DescribeTasks": Story(PULL_FAILS)})
    assert main(run_args(double.url, "--wait", "30")) == 1
    captured = capsys.readouterr()
    assert f"stopped reason: {PULL_ERROR} (TaskFailedToStart)" in captured.out
    assert f"container wordpress: STOPPED, reason: {PULL_ERROR}" in captured.out
    assert "run: the task stopped: CannotPullContainerError" in captured.err
    assert "run: container wordpress did not run (CannotPullContainerError" in captured.err
    assert [line.split()[1] for line in captured.out.splitlines()[:3]] == [
        "PROVISIONING",
        "container",
        "container",
    ]


def test_an_essential_container_exits_1_and_its_logs_are_shown(
    registered, moto_url, ecs_double, capsys
):
    logs = {"wordpress": ["starting", "Error: cannot connect to mysql"], "mysql": ["ready"]}
    double = ecs_double(
        {"DescribeTasks": Story(EXITS_1), "RunTask": write_logs_on_run(moto_url, logs)}
    )
    assert main(run_args(double.url, "--logs")) == 1
    captured = capsys.readouterr()
    assert "[wordpress] Error: cannot connect to mysql" in captured.out
    assert "[mysql] ready" in captured.out
    assert "container wordpress: STOPPED, exit code 1" in captured.out
    assert "stopped reason: Essential container in task exited (EssentialContainerExited)" in (
        captured.out
    )
    assert "container wordpress exited with code 1" in captured.err
    # Each log line once, though the streams were read on every poll.
    assert captured.out.count("cannot connect to mysql") == 1


def test_a_file_must_be_registered_as_it_is(registered, tmp_path, ecs_double, capsys):
    double = ecs_double({"DescribeTasks": Story(STARTS)})
    same = write_json(tmp_path, "book.json", logged_book())
    args = run_args(double.url)
    args[1] = same
    assert main(args) == 0
    changed = logged_book()
    changed["containerDefinitions"][0]["image"] = "wordpress:7"
    args[1] = write_json(tmp_path, "changed.json", changed)
    assert main(args) == 2
    assert "Register it first" in capsys.readouterr().err
    assert sum(1 for action, _ in double.calls if action == "RunTask") == 1


def _spawn(url: str, stdin: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "wizard", *run_args(url, "--logs")],
        cwd=ROOT,
        env=env,
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_sigint,  # Ctrl+C reaches it whatever the suite inherited
    )


def _interrupt_when_running(process: subprocess.Popen, story: Story) -> None:
    deadline = time.monotonic() + 60
    while story.calls < len(STARTS) + 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert story.calls > len(STARTS), "the run never reached RUNNING"
    process.send_signal(signal.SIGINT)


def test_ctrl_c_on_a_terminal_offers_to_stop_the_task(registered, moto_url, ecs_double):
    story = Story(STARTS)
    double = ecs_double({"DescribeTasks": story})
    controller, terminal = pty.openpty()
    process = _spawn(double.url, terminal)
    try:
        _interrupt_when_running(process, story)
        os.write(controller, b"y\n")
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
        os.close(controller)
        os.close(terminal)
    assert process.returncode == 130, err
    assert "  RUNNING" in out
    assert "Stop task arn:aws:ecs:" in err and "[y/N]" in err
    assert "asked ECS to stop" in err
    assert double.count("StopTask") == 1
    ecs = boto3.client("ecs", region_name=REGION, endpoint_url=moto_url)
    arn = ecs.list_tasks(cluster="dev")["taskArns"][0]
    assert ecs.describe_tasks(cluster="dev", tasks=[arn])["tasks"][0]["desiredStatus"] == "STOPPED"


def test_ctrl_c_without_a_terminal_leaves_the_task_running(registered, ecs_double):
    story = Story(STARTS)
    double = ecs_double({"DescribeTasks": story})
    process = _spawn(double.url, subprocess.DEVNULL)
    try:
        _interrupt_when_running(process, story)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130, err
    assert "  RUNNING" in out
    assert "the task is left running; to stop it: aws ecs stop-task --cluster dev" in err
    assert double.count("StopTask") == 0
