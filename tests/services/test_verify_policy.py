"""docs/verify-policy.json allows every call the preflight makes, and nothing that
writes or reads a value."""

from __future__ import annotations

import fnmatch
import json
from pathlib import Path

from tests.services.test_preflight_account import verify

POLICY = Path(__file__).resolve().parents[2] / "docs" / "verify-policy.json"
# The IAM action of a request the double recorded, where it is not "service:Operation".
ACTION_OF = {"s3:HeadObject": "s3:GetObject"}
NEEDS_NO_PERMISSION = {"sts:GetCallerIdentity"}


def allowed_actions() -> list[str]:
    policy = json.loads(POLICY.read_text(encoding="utf-8"))
    actions: list[str] = []
    for statement in policy["Statement"]:
        assert statement["Effect"] == "Allow"
        listed = statement["Action"]
        actions += [listed] if isinstance(listed, str) else listed
    return actions


def test_the_policy_covers_every_call_of_a_full_preflight(world):
    double = world.double()
    verify(world, double)
    made = {ACTION_OF.get(c, c) for c in double.calls} - NEEDS_NO_PERMISSION
    allowed = allowed_actions()
    assert len(made) >= 12
    missing = [a for a in made if not any(fnmatch.fnmatchcase(a, p) for p in allowed)]
    assert missing == []


def test_the_policy_is_read_only_and_reads_no_secret_value():
    allowed = allowed_actions()
    assert not any("*" in a for a in allowed), "no wildcard actions"
    verbs = ("Get", "List", "Describe", "BatchGet", "Simulate")
    assert all(a.split(":", 1)[1].startswith(verbs) for a in allowed), allowed
    assert not {"secretsmanager:GetSecretValue", "ssm:GetParameter", "ssm:GetParameters"} & set(
        allowed
    )
