"""``verify`` and ``register``'s preflight through the real command line."""

from __future__ import annotations

import json

from tests.aws_fixtures import REGION, write_json
from tests.services.preflight_world import ACCOUNT, World
from wizard.cli import main
from wizard.services.preflight.context import ENV_REGISTRY_URLS
from wizard.services.preflight.references import DOCKER_HUB


def run(world: World, tmp_path, capsys, monkeypatch, *more: str, double=None):
    monkeypatch.setenv(ENV_REGISTRY_URLS, f"{DOCKER_HUB}={world.registry.url}")
    double = double or world.double()
    try:
        path = write_json(tmp_path, "book.json", world.document)
        code = main(["verify", path, "--endpoint-url", double.url, "--region", REGION, *more])
    finally:
        double.stop()
    captured = capsys.readouterr()
    return code, captured.out, captured.err, path


def test_everything_exists_exits_0_with_a_line_per_check(world, tmp_path, capsys, monkeypatch):
    code, out, err, path = run(world, tmp_path, capsys, monkeypatch)
    assert code == 0, out + err
    lines = out.splitlines()
    assert lines[-1].startswith("verify: ") and " 0 failed " in lines[-1]
    assert f"account {ACCOUNT}, region eu-west-1" in lines[-1]
    assert all(line.startswith(f"{path}: pass [") for line in lines[:-1]), out
    assert (
        f"{path}: pass [role.exists] The task execution role 'ecsTaskExecutionRole' exists. "
        "(at /executionRoleArn)" in lines
    )
    assert err == ""


def test_json_output(world, tmp_path, capsys, monkeypatch):
    world.client("logs").delete_log_group(logGroupName="/ecs/book")
    code, out, _, path = run(world, tmp_path, capsys, monkeypatch, "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert set(report) == {"file", "account", "region", "checks", "summary"}
    assert report["file"] == path and report["region"] == REGION
    first = report["checks"][0]
    assert set(first) == {"check", "status", "severity", "path", "message", "hint"}
    assert first["status"] == "fail" and first["check"] == "logs.group"
    assert first["path"] == "/containerDefinitions/0/logConfiguration/options/awslogs-group"
    assert "aws logs create-log-group" in first["hint"]
    summary = report["summary"]
    assert summary["failed"] == 1 and summary["skipped"] == 0
    assert summary["passed"] == len(report["checks"]) - 1


def test_failures_come_first_with_their_hint(world, tmp_path, capsys, monkeypatch):
    world.client("iam").delete_role(RoleName="ecsTaskExecutionRole")
    code, out, _, path = run(world, tmp_path, capsys, monkeypatch)
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{path}: fail error [role.exists] ")
    assert lines[0].endswith("(at /executionRoleArn)")
    assert lines[1].startswith("    hint: ")
    assert any(line.startswith(f"{path}: skip [permission.") for line in lines)


def test_warnings_alone_exit_0(world, tmp_path, capsys, monkeypatch):
    world.client("logs", "us-east-1").create_log_group(logGroupName="/ecs/book")
    options = world.document["containerDefinitions"][0]["logConfiguration"]["options"]
    options["awslogs-region"] = "us-east-1"
    code, out, _, _ = run(world, tmp_path, capsys, monkeypatch)
    assert code == 0
    assert "fail warning [logs.region]" in out


def test_endpoint_down_exits_2_with_one_line(world, tmp_path, capsys):
    path = write_json(tmp_path, "book.json", world.document)
    code = main(["verify", path, "--endpoint-url", "http://127.0.0.1:9", "--region", REGION])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("ecs-taskdef-wizard verify: error: Could not reach")


def test_no_credentials_exits_2(world, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    path = write_json(tmp_path, "book.json", world.document)
    code = main(["verify", path, "--endpoint-url", world.moto_url, "--region", REGION])
    captured = capsys.readouterr()
    assert code == 2 and "No AWS credentials were found" in captured.err
    assert captured.err.count("\n") == 1


def test_unreadable_input_and_bad_usage_exit_2(tmp_path, capsys):
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["verify", str(broken)]) == 2
    assert main(["verify"]) == 2
    assert main(["verify", str(broken), "--format", "xml"]) == 2


def test_chinese_output(world, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    world.client("iam").delete_role(RoleName="ecsTaskExecutionRole")
    code, out, _, _ = run(world, tmp_path, capsys, monkeypatch)
    assert code == 1
    assert "此账户中不存在任务执行角色 'ecsTaskExecutionRole'。" in out


def _revisions(world: World) -> list[str]:
    ecs = world.client("ecs")
    return ecs.list_task_definitions(familyPrefix="book")["taskDefinitionArns"]


def test_register_runs_the_preflight_and_refuses_on_a_failure(world, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(ENV_REGISTRY_URLS, f"{DOCKER_HUB}={world.registry.url}")
    world.client("secretsmanager").delete_secret(
        SecretId=world.ids["secret"], RecoveryWindowInDays=7
    )
    path = write_json(tmp_path, "book.json", world.document)
    account = ["--endpoint-url", world.moto_url, "--region", REGION]
    assert main(["register", path, *account]) == 1
    err = capsys.readouterr().err
    assert "preflight: fail error [secret.deletion]" in err
    assert "register: refused: 1 preflight check failed (above); nothing was sent." in err
    assert _revisions(world) == []
    # --force registers all the same, saying so.
    assert main(["register", path, "--force", *account]) == 0
    assert "registering despite 1 failed preflight check (--force)" in capsys.readouterr().err
    assert len(_revisions(world)) == 1


def test_register_with_a_clean_preflight_and_with_no_verify(world, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(ENV_REGISTRY_URLS, f"{DOCKER_HUB}={world.registry.url}")
    path = write_json(tmp_path, "book.json", world.document)
    double = world.double()
    try:
        account = ["--endpoint-url", double.url, "--region", REGION]
        assert main(["register", path, *account]) == 0
        assert "sts:GetCallerIdentity" in double.calls
        before = len(double.calls)
        assert main(["register", path, "--no-verify", *account]) == 0
        later = double.calls[before:]
    finally:
        double.stop()
    # Without the preflight: only ECS calls (the diff and the registration).
    assert later and all(c.startswith("ecs:") for c in later), later
    assert len(_revisions(world)) == 2
