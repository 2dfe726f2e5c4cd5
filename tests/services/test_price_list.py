"""The Price List refresh: a recorded GetProducts answer on a real ``pricing`` client."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import boto3
import pytest
from botocore.stub import Stubber

from tests.pricing_records import price_list, product, request, stub_pages
from wizard.domain.pricing.estimate import estimate, load_price_book, parse_price_book
from wizard.services.errors import AwsError
from wizard.services.price_list import (
    fetch_region_prices,
    make_pricing_client,
    parse_products,
)

TODAY = date(2026, 11, 26)


@pytest.fixture
def client():
    return boto3.client("pricing", region_name="us-east-1")


def test_refresh_reads_every_fargate_price_of_the_region(client) -> None:
    with Stubber(client) as stub:
        stub_pages(stub, "us-east-1")
        data = fetch_region_prices(client, "us-east-1", TODAY)
        stub.assert_no_pending_responses()
    assert data["origin"] == "AWS Price List API" and data["fetched"] == "2026-11-26"
    region = data["regions"]["us-east-1"]
    assert region["name"] == "US East (N. Virginia)"
    assert region["date"] == "2026-11-20"  # the price list's publication date
    prices = region["prices"]
    assert prices["linux_x86_64"] | {"date": "", "source": ""} == {
        "vcpu_hour": "0.04048",
        "gb_hour": "0.004445",
        "date": "",
        "source": "",
    }
    assert prices["linux_arm64"]["vcpu_hour"] == "0.03238"
    assert prices["windows_x86_64"]["licence_vcpu_hour"] == "0.046"
    assert prices["ephemeral_storage"]["gb_hour"] == "0.000111"
    assert set(prices) == {"linux_x86_64", "linux_arm64", "windows_x86_64", "ephemeral_storage"}
    # The result is the price file's structure: the domain reads it as it is.
    book = parse_price_book(json.loads(json.dumps(data)))
    est = estimate(512, 1024, region="us-east-1", book=book)
    assert est.per_hour == Decimal("0.024685")
    assert est.origin == "AWS Price List API, refreshed 2026-11-26"


def test_a_refreshed_region_gains_the_prices_the_shipped_data_lacked(client) -> None:
    # Figures for us-west-2 are the us-east-1 ones, standing in for a real answer.
    with Stubber(client) as stub:
        stub_pages(stub, "us-west-2")
        data = fetch_region_prices(client, "us-west-2", TODAY)
    shipped = load_price_book()
    assert "linux_arm64" not in shipped.regions["us-west-2"].groups
    book = shipped.merged(parse_price_book(data))
    arm = estimate(1024, 2048, "linux/arm64", "us-west-2", book=book)
    assert arm.per_hour == Decimal("0.0395")  # 0.03238 + 2 x 0.00356
    # The Price List has no Spot rows: the shipped Spot snapshot is still there.
    spot = estimate(512, 1024, "linux/x86_64", "us-west-2", spot=True, book=book)
    assert spot.date == "2026-09-29" and spot.approximate


def test_the_parser_is_tolerant() -> None:
    items: list[object] = [
        *price_list("eu-central-1"),
        "not json",
        json.dumps(["a list"]),
        {"product": {"attributes": {"usagetype": "EUC1-Fargate-GB-Hours"}}},  # no terms
        json.loads(
            product("eu-west-1", "Fargate-vCPU-Hours:perCPU", "9.9", "OTHER")
        ),  # wrong region
        product("eu-central-1", "Fargate-Spot-Something", "0.01", "NEW"),  # a row we do not know
        product("eu-central-1", "Fargate-GPU-Hours", "abc", "BAD"),
    ]
    region = parse_products(items, "eu-central-1", TODAY)
    assert region["prices"]["linux_x86_64"]["vcpu_hour"] == "0.04048"
    assert region["name"] == "EU (Frankfurt)"


def test_a_half_read_group_is_dropped() -> None:
    items = [product("eu-central-1", "Fargate-ARM-vCPU-Hours:perCPU", "0.03725", "A")]
    assert parse_products(items, "eu-central-1", TODAY) == {}
    items.append(product("eu-central-1", "Fargate-ARM-GB-Hours", "0.00409", "B"))
    assert set(parse_products(items, "eu-central-1", TODAY)["prices"]) == {"linux_arm64"}


def test_no_fargate_rows_is_not_found(client) -> None:
    with Stubber(client) as stub:
        stub.add_response(
            "get_products", {"FormatVersion": "aws_v1", "PriceList": []}, request("xx-nowhere-1")
        )
        with pytest.raises(AwsError) as caught:
            fetch_region_prices(client, "xx-nowhere-1", TODAY)
    assert caught.value.kind == "not-found"
    assert "xx-nowhere-1" in caught.value.message


@pytest.mark.parametrize(
    ("code", "status", "kind"),
    [
        ("AccessDeniedException", 400, "access-denied"),
        ("ThrottlingException", 400, "throttled"),
        ("InternalErrorException", 500, "server"),
        ("InvalidParameterException", 400, "invalid-value"),
    ],
)
def test_errors_are_mapped(client, code, status, kind) -> None:
    with Stubber(client) as stub:
        stub.add_client_error("get_products", code, "no", http_status_code=status)
        with pytest.raises(AwsError) as caught:
            fetch_region_prices(client, "us-east-1", TODAY)
    assert caught.value.kind == kind
    assert caught.value.code == code


def test_the_client_talks_to_the_us_east_1_endpoint() -> None:
    client = make_pricing_client(boto3.Session(region_name="eu-west-1"))
    assert client.meta.region_name == "us-east-1"
    assert client.meta.service_model.service_name == "pricing"
