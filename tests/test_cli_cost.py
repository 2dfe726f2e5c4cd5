"""``ecs-taskdef-wizard cost FILE``: the estimate, the cheaper sizes, the prices' source."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path

import pytest

from wizard.cli import SUBCOMMANDS, main

BOOK = {
    "family": "wordpress",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "awsvpc",
    "cpu": "1024",
    "memory": "2048",
    "containerDefinitions": [
        {"name": "wordpress", "image": "wordpress:6.5", "cpu": 10, "memoryReservation": 128},
        {"name": "mysql", "image": "mysql:8.0", "cpu": 10, "memoryReservation": 128},
    ],
}


@pytest.fixture(autouse=True)
def no_region_from_the_environment(monkeypatch):
    monkeypatch.delenv("AWS_REGION", raising=False)
    monkeypatch.delenv("AWS_DEFAULT_REGION", raising=False)


def write(tmp_path: Path, content: object, name: str = "task.json") -> str:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def test_cost_is_a_subcommand() -> None:
    assert "cost" in SUBCOMMANDS


def test_text_output(tmp_path, capsys) -> None:
    src = write(tmp_path, BOOK)
    assert main(["cost", src, "--tasks", "2"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == (
        f"{src}: 1 vCPU / 2 GB, Linux/X86_64, us-east-1 (US East (N. Virginia)), 2 tasks"
    )
    # (0.04048 + 2 x 0.004445) x 2 = 0.09874 per hour; x 730 = 72.0802 per month.
    assert lines[1] == "  On-demand  $0.0987/hour  $72.08/month"
    assert lines[2].split() == ["vcpu", "1", "vCPU", "x", "$0.04048", "x", "2", "=", "$0.0810/hour"]
    # Spot: (0.01288871 + 2 x 0.00141527) x 2 = 0.0314385; x 730 = 22.950105.
    assert "  Spot       $0.0314/hour  $22.95/month, approximate" in lines
    assert "Cheaper sizes that still fit the containers (cheapest first):" in lines
    # ARM64 0.25 vCPU / 0.5 GB for 2 tasks: 0.009875 x 2 x 730 = 14.4175; saves 57.66.
    cheapest = lines[
        lines.index("Cheaper sizes that still fit the containers (cheapest first):") + 1
    ]
    assert cheapest.split() == [
        "0.25", "vCPU", "/", "0.5", "GB", "Linux/ARM64", "$0.0198/hour", "$14.42/month",
        "(saves", "$57.66/month)",
    ]  # fmt: skip
    assert "On-demand prices: shipped price data, dated 2026-09-11." in lines
    assert any(
        line.startswith("Spot prices: shipped price data, dated 2026-09-28") for line in lines
    )
    assert any("AWS Price List, AmazonECS offer file for us-east-1" in line for line in lines)
    assert "Note: a size on another CPU architecture needs images built for it." in lines


def test_json_output(tmp_path, capsys) -> None:
    src = write(tmp_path, BOOK)
    assert main(["cost", src, "--region", "ap-southeast-1", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["region"] == "ap-southeast-1" and data["platform"] == "Linux/X86_64"
    # 0.05056 + 2 x 0.00553 = 0.06162 per hour; x 730 = 44.9826.
    assert Decimal(data["on_demand"]["per_hour"]) == Decimal("0.06162")
    assert Decimal(data["on_demand"]["per_month"]) == Decimal("44.9826")
    assert [p["name"] for p in data["on_demand"]["parts"]] == ["vcpu", "memory"]
    assert data["on_demand"]["date"] == "2026-09-11"
    assert any(
        s.startswith("AWS Price List, AmazonECS offer file for ap-southeast-1")
        for s in data["on_demand"]["sources"]
    )
    assert data["spot"]["date"] == "2026-09-29"
    # No ARM64 price for Singapore: the cheaper sizes stay on x86, and that is said.
    assert any("Linux/ARM64" in note for note in data["notes"])
    cheaper = data["cheaper"]
    assert cheaper and all(Decimal(c["per_hour"]) < Decimal("0.06162") for c in cheaper)
    per_hour = [Decimal(c["per_hour"]) for c in cheaper]
    assert per_hour == sorted(per_hour)
    assert data["needs"] == {"cpu": 20, "memory": 256, "largest_hard": 0}


def test_region_from_the_environment(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-southeast-1")
    assert main(["cost", write(tmp_path, BOOK), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["region"] == "ap-southeast-1"
    assert Decimal(data["on_demand"]["per_hour"]) == Decimal("0.06162")  # 0.05056 + 2 x 0.00553


def test_a_region_whose_on_demand_prices_went_says_so(tmp_path, capsys) -> None:
    # eu-central-1 keeps only its Spot snapshot: on-demand had no public source left.
    assert main(["cost", write(tmp_path, BOOK), "--region", "eu-central-1"]) == 1
    assert "no Fargate Linux/X86_64 price for eu-central-1" in capsys.readouterr().err


def test_no_cheaper_size_and_no_needs(tmp_path, capsys) -> None:
    doc = copy.deepcopy(BOOK)
    doc["cpu"], doc["memory"] = "256", "512"
    assert main(["cost", write(tmp_path, doc)]) == 0
    out = capsys.readouterr().out
    # x86 0.25 vCPU / 0.5 GB is the smallest size, but ARM64 is cheaper: only ARM64 is listed.
    listed = out.split("(cheapest first):\n")[1].split("Note:")[0].strip().splitlines()
    assert len(listed) == 2 and all("Linux/ARM64" in line for line in listed)
    doc["runtimePlatform"] = {"cpuArchitecture": "ARM64"}
    assert main(["cost", write(tmp_path, doc)]) == 0
    assert "No cheaper Fargate size holds the containers." in capsys.readouterr().out
    for container in doc["containerDefinitions"]:
        del container["cpu"], container["memoryReservation"]
    assert main(["cost", write(tmp_path, doc)]) == 0
    assert "no container declares CPU or memory" in capsys.readouterr().out


def test_a_file_without_a_fargate_size_says_so(tmp_path, capsys) -> None:
    doc = copy.deepcopy(BOOK)
    del doc["cpu"], doc["memory"]
    assert main(["cost", write(tmp_path, doc)]) == 1
    assert "no Fargate task size" in capsys.readouterr().err


def test_unreadable_input_exits_2_like_lint(tmp_path, capsys) -> None:
    assert main(["cost", write(tmp_path, "{not json")]) == 2
    assert "error [json-syntax]" in capsys.readouterr().err
    assert main(["cost", str(tmp_path / "missing.json")]) == 2


def test_a_region_without_prices_exits_1(tmp_path, capsys) -> None:
    assert main(["cost", write(tmp_path, BOOK), "--region", "sa-east-1"]) == 1
    assert "No Fargate prices for region 'sa-east-1'" in capsys.readouterr().err


def test_bad_usage_exits_2(tmp_path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["cost", write(tmp_path, BOOK), "--tasks", "0"])
    assert caught.value.code == 2


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_errors_are_named_and_exit_1_with_the_estimate_still_printed(tmp_path, capsys, fmt):
    doc = copy.deepcopy(BOOK)
    doc["networkMode"] = "bridge"  # Fargate takes awsvpc only
    src = write(tmp_path, doc)
    assert main(["cost", src, "--format", fmt]) == 1
    captured = capsys.readouterr()
    if fmt == "json":
        assert Decimal(json.loads(captured.out)["on_demand"]["per_hour"]) > 0
    else:
        assert "On-demand" in captured.out
    err = captured.err.splitlines()
    assert any(
        line.startswith(f"{src}:") and "error [fargate-network-mode]" in line for line in err
    ), err
    assert f"{src}: 1 error:" in captured.err


def test_a_definition_without_errors_says_nothing_on_stderr(tmp_path, capsys):
    assert main(["cost", write(tmp_path, BOOK)]) == 0
    assert capsys.readouterr().err == ""
