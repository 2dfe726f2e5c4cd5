"""Every price in resources/fargate-prices.json cites a public source a user can open.

Allowed: the AWS Price List offer file of AmazonECS (region, publication date and
optionally version, with the usage type of each figure), or the public Fargate
Spot price feed with its snapshot date. The figures themselves must appear in
their citation, so a changed price cannot keep an old source.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any
from urllib.parse import urlparse

import pytest

from wizard.cli import main
from wizard.resource_files import read_resource_text

DATA: dict[str, Any] = json.loads(read_resource_text("fargate-prices.json"))
DATE = r"\d{4}-\d{2}-\d{2}"
PRICE_LIST = re.compile(
    rf"^AWS Price List, AmazonECS offer file for (?P<region>[a-z]{{2}}(-[a-z]+)+-\d) "
    rf"published (?P<date>{DATE})(, version (?P<version>\d{{14}}))?(: (?P<figures>.+))?$"
)
SPOT_FEED = re.compile(
    r"^Fargate Spot price feed https://dftu77xade0tc\.cloudfront\.net/fargate-spot-prices\.json "
    r"\(the Spot prices of https://aws\.amazon\.com/fargate/pricing/\), "
    rf"snapshot (?P<date>{DATE})(: (?P<region>[a-z]{{2}}(-[a-z]+)+-\d) (?P<figures>.+))?$"
)
# A usage type of the Price List with its price: "USE1-Fargate-GB-Hours 0.0044450000".
USAGE_PRICE = re.compile(r"(?:[A-Z0-9]+-)?Fargate-[A-Za-z-]+(?::perCPU)? (\d+\.\d+)")
PUBLIC_HOSTS = {
    "aws.amazon.com",
    "docs.aws.amazon.com",
    "pricing.us-east-1.amazonaws.com",
    "dftu77xade0tc.cloudfront.net",
}
FIGURES = ("vcpu_hour", "gb_hour", "licence_vcpu_hour")
GROUPS = [
    (code, key, group)
    for code, region in DATA["regions"].items()
    for key, group in region["prices"].items()
]


def _numbers(text: str) -> set[Decimal]:
    return {Decimal(n) for n in re.findall(r"\d+\.\d+", text)}


@pytest.mark.parametrize(("code", "key", "group"), GROUPS, ids=lambda v: str(v)[:20])
def test_every_group_cites_the_price_list_or_the_spot_feed(code, key, group):
    source = group["source"]
    if key.startswith("spot_"):
        match = SPOT_FEED.match(source)
        assert match and match["figures"], source
        assert group.get("approximate") is True
    else:
        match = PRICE_LIST.match(source.split(". ")[0].rstrip("."))
        assert match and match["figures"], source
        # Every figure is given with its usage type.
        assert USAGE_PRICE.search(match["figures"]), source
        assert {Decimal(p) for p in USAGE_PRICE.findall(match["figures"])} >= {
            Decimal(group[f]) for f in FIGURES if f in group
        }, source
    assert match["region"] == code, source
    assert match["date"] == group["date"], source
    assert {Decimal(group[f]) for f in FIGURES if f in group} <= _numbers(source)


@pytest.mark.parametrize("code", list(DATA["regions"]))
def test_every_region_source_is_public(code):
    for source in DATA["regions"][code]["source"]:
        assert PRICE_LIST.match(source) or SPOT_FEED.match(source), source


def test_no_private_or_unopenable_reference_anywhere_in_the_file():
    text = json.dumps(DATA)
    for url in re.findall(r"https?://[^\s\"()]+", text):
        assert urlparse(url).hostname in PUBLIC_HOSTS, url
    for phrase in ("search index", "index file", "commit", "src/", "README", "fixture"):
        assert phrase not in text, phrase


def test_removed_figures_are_named_as_missing():
    notes = " ".join(DATA["notes"])
    assert "Left out" in notes
    for code in ("us-west-2", "eu-west-1", "eu-central-1", "ap-northeast-1"):
        assert code in notes
        assert "linux_x86_64" not in DATA["regions"][code]["prices"]


def test_cost_output_cites_the_same_public_sources(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("AWS_REGION", raising=False)
    monkeypatch.delenv("AWS_DEFAULT_REGION", raising=False)
    doc = {
        "family": "web",
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": "1024",
        "memory": "2048",
        "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "essential": True}],
    }
    path = tmp_path / "taskdef.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["cost", str(path), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    sources = [*payload["on_demand"]["sources"], *payload["spot"]["sources"]]
    assert sources
    for source in sources:
        assert PRICE_LIST.match(source.split(". ")[0].rstrip(".")) or SPOT_FEED.match(source), (
            source
        )
