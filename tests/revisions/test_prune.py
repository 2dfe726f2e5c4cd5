"""``revisions`` and ``prune`` against moto (through the ECS double where moto lacks answers).

The ECS double (tests/revisions/ecs_double.py) forwards to moto and adds what moto
cannot produce: an ACTIVE deployment beside the PRIMARY one during a rollout, the
registration time and identity of a revision, and a throttled
DeregisterTaskDefinition half-way through a prune.
"""

from __future__ import annotations

import io
import json

import boto3
import pytest

from tests.aws_fixtures import REGION
from tests.revisions.account_setup import REGISTERED_BY, active_deployment, populate, registration
from tests.revisions.ecs_double import throttled
from wizard.cli import main

IN_USE = {2, 3, 4, 5}


def account(url: str) -> list[str]:
    return ["--endpoint-url", url, "--region", REGION]


def statuses(url: str) -> dict[int, str]:
    ecs = boto3.client("ecs", region_name=REGION, endpoint_url=url)
    out = {}
    for status in ("ACTIVE", "INACTIVE", "DELETE_IN_PROGRESS"):
        for arn in ecs.list_task_definitions(familyPrefix="book", status=status)[
            "taskDefinitionArns"
        ]:
            out[int(arn.rsplit(":", 1)[1])] = status
    return out


@pytest.fixture
def double_url(moto_url, ecs_double):
    arns = populate(moto_url)
    scripts = {
        "DescribeServices": active_deployment(arns[2]),
        "DescribeTaskDefinition": registration,
    }
    return ecs_double(scripts).url


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_revisions_lists_status_images_and_every_use(double_url, capsys):
    assert main(["revisions", "book", "--format", "json", *account(double_url)]) == 0
    report = json.loads(capsys.readouterr().out)
    by_rev = {r["revision"]: r for r in report["revisions"]}
    assert list(by_rev) == [8, 7, 6, 5, 4, 3, 2, 1]
    assert by_rev[1]["status"] == "INACTIVE" and by_rev[8]["status"] == "ACTIVE"
    assert by_rev[8]["images"] == ["wordpress:6.8", "mysql:8.4"]
    assert by_rev[8]["registeredAt"].startswith("2026-05-28T")
    assert by_rev[8]["registeredBy"] == REGISTERED_BY

    def uses(n: int) -> set[tuple[str, str, str, str]]:
        return {(u["kind"], u["cluster"], u["name"], u["detail"]) for u in by_rev[n]["usedBy"]}

    assert ("deployment", "prod", "web", "PRIMARY") in uses(2)
    assert uses(3) == {("deployment", "prod", "web", "ACTIVE")}
    assert ("service", "batch", "worker", "") in uses(4)
    assert [u[0] for u in uses(5)] == ["task"]
    assert not uses(6) and not uses(7) and not uses(1)

    assert main(["revisions", "book", *account(double_url)]) == 0
    text = capsys.readouterr().out
    assert "book:3  ACTIVE  registered" in text
    assert "used by: service web in prod (ACTIVE deployment)" in text


def test_dry_run_shows_the_plan_with_reasons_and_changes_nothing(double_url, moto_url, capsys):
    before = statuses(moto_url)
    code = main(["prune", "book", "--keep", "2", "--delete", "--dry-run", *account(double_url)])
    assert code == 0
    out = capsys.readouterr().out
    assert "  book:8  ACTIVE  kept: one of the newest 2 ACTIVE revisions" in out
    assert "  book:3  ACTIVE  kept: in use by service web in prod (ACTIVE deployment)" in out
    assert "  book:4  ACTIVE  kept: in use by service worker in batch (PRIMARY deployment)" in out
    assert "* book:6  ACTIVE  deregister, then delete: older than the newest 2" in out
    assert "* book:1  INACTIVE  delete: INACTIVE and not in use" in out
    assert "to deregister: 1; to delete: 2" in out
    assert statuses(moto_url) == before


def test_without_a_terminal_it_needs_yes(double_url, moto_url, capsys, monkeypatch):
    before = statuses(moto_url)
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))  # not a terminal: never read
    assert main(["prune", "book", "--keep", "2", *account(double_url)]) == 2
    captured = capsys.readouterr()
    assert "plan for book" in captured.out
    assert "run again with --yes" in captured.err
    assert statuses(moto_url) == before


def test_a_terminal_is_asked_and_no_changes_nothing(double_url, moto_url, capsys, monkeypatch):
    before = statuses(moto_url)
    monkeypatch.setattr("sys.stdin", _Terminal("n\n"))
    assert main(["prune", "book", "--keep", "2", *account(double_url)]) == 2
    err = capsys.readouterr().err
    assert "Deregister 1 revision and delete 0 revisions of book? [y/N]" in err
    assert statuses(moto_url) == before
    monkeypatch.setattr("sys.stdin", _Terminal("y\n"))
    assert main(["prune", "book", "--keep", "2", *account(double_url)]) == 0
    after = statuses(moto_url)
    assert after[6] == "INACTIVE"
    assert {after[n] for n in IN_USE | {7, 8}} == {"ACTIVE"}


def test_prune_with_delete_never_touches_a_revision_in_use(double_url, moto_url, capsys):
    for keep in (2, 1, 1):  # again and again: what is in use survives every run
        code = main(
            ["prune", "book", "--keep", str(keep), "--delete", "--yes", *account(double_url)]
        )
        assert code == 0, capsys.readouterr().err
        after = statuses(moto_url)
        assert {after[n] for n in IN_USE} == {"ACTIVE"}
        assert 8 in after and after[8] == "ACTIVE"
    assert after.get(1) in (None, "DELETE_IN_PROGRESS")
    assert after.get(6) in (None, "DELETE_IN_PROGRESS")
    assert after.get(7) in (None, "DELETE_IN_PROGRESS")


def test_a_throttled_deregister_half_way_is_reported(moto_url, ecs_double, capsys, monkeypatch):
    monkeypatch.setenv("ECS_TASKDEF_WIZARD_MAX_RETRIES", "0")
    boto = boto3.client("ecs", region_name=REGION, endpoint_url=moto_url)
    from tests.revisions.account_setup import book

    for n in range(1, 6):
        boto.register_task_definition(**book(n))
    seen: list[str] = []

    def second_throttled(body, forward):
        seen.append(body["taskDefinition"])
        return throttled() if len(seen) == 2 else forward()

    url = ecs_double({"DeregisterTaskDefinition": second_throttled}).url
    code = main(["prune", "book", "--keep", "1", "--delete", "--yes", *account(url)])
    err = capsys.readouterr().err
    assert code == 3
    assert "prune: deregistered 1, deleted 0." in err
    assert f"failed {seen[1]}: AWS throttled ecs:DeregisterTaskDefinition" in err
    assert "prune: stopped:" in err and "not attempted:" in err
    not_attempted = err.split("not attempted:")[1]
    assert seen[1] not in not_attempted and ":2" in not_attempted
    after = statuses(moto_url)
    assert after[4] == "INACTIVE" and after[3] == "ACTIVE" and after[5] == "ACTIVE"


def test_deletions_ecs_refuses_are_listed_and_exit_1(moto_url, ecs_double, capsys):
    from tests.revisions.account_setup import book

    boto = boto3.client("ecs", region_name=REGION, endpoint_url=moto_url)
    for n in range(1, 4):
        boto.register_task_definition(**book(n))

    def refuse_first(body, forward):
        first, *rest = body["taskDefinitions"]
        if not rest:
            return forward()
        # ECS answers per revision: one refused, the others deleted.
        status, answer = forward()
        answer["failures"] = [{"arn": first, "reason": "TASK_DEFINITION_IN_USE"}]
        return status, answer

    url = ecs_double({"DeleteTaskDefinitions": refuse_first}).url
    code = main(["prune", "book", "--keep", "1", "--delete", "--yes", *account(url)])
    err = capsys.readouterr().err
    assert code == 1
    assert "prune: deregistered 2, deleted 1." in err
    assert (
        "failed arn:aws:ecs:eu-west-1:123456789012:task-definition/book:2: TASK_DEFINITION_IN_USE"
        in (err)
    )


def test_a_family_with_no_revisions(moto_url, capsys):
    assert main(["revisions", "nothing", *account(moto_url)]) == 0
    assert capsys.readouterr().out == "nothing: no revisions in this account and region\n"
    assert main(["prune", "nothing", "--keep", "1", *account(moto_url)]) == 0
    assert "prune: nothing to do." in capsys.readouterr().err
