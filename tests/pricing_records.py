"""A recorded-style AWS Price List answer for ``pricing:GetProducts`` (AmazonECS).

The shape follows botocore's ``pricing`` model (``PriceList`` is a list of JSON
strings, ``NextToken`` pages) and the product documents the Price List returns
(``product.attributes.usagetype``, ``terms.OnDemand.*.priceDimensions.*``),
as in a public recorded us-east-1 answer of 2022-11-21. It is built here, not
copied: the default figures are the us-east-1 ones of the shipped price file,
and a test that needs other figures says so.
"""

from __future__ import annotations

import json
from typing import Any

US_EAST_1 = {
    "Fargate-vCPU-Hours:perCPU": "0.0404800000",
    "Fargate-GB-Hours": "0.0044450000",
    "Fargate-ARM-vCPU-Hours:perCPU": "0.0323800000",
    "Fargate-ARM-GB-Hours": "0.0035600000",
    "Fargate-Windows-vCPU-Hours:perCPU": "0.0465520000",
    "Fargate-Windows-GB-Hours": "0.0051117500",
    "Fargate-Windows-OS-Hours:perCPU": "0.0460000000",
    "Fargate-EphemeralStorage-GB-Hours": "0.0001110000",
}
PREFIX = {"us-east-1": "USE1", "us-west-2": "USW2", "eu-west-1": "EU", "eu-central-1": "EUC1"}
LOCATION = {
    "us-east-1": "US East (N. Virginia)",
    "us-west-2": "US West (Oregon)",
    "eu-west-1": "EU (Ireland)",
    "eu-central-1": "EU (Frankfurt)",
}
PUBLISHED = "2026-11-20T18:21:30Z"


def product(region: str, usage: str, usd: str, sku: str, published: str = PUBLISHED) -> str:
    """One Price List product document, as the JSON string GetProducts returns."""
    term = f"{sku}.JRTCKXETXF"
    doc: dict[str, Any] = {
        "product": {
            "productFamily": "Compute",
            "attributes": {
                "regionCode": region,
                "servicecode": "AmazonECS",
                "usagetype": f"{PREFIX.get(region, 'XX1')}-{usage}",
                "location": LOCATION.get(region, region),
                "locationType": "AWS Region",
                "operation": "",
            },
            "sku": sku,
        },
        "serviceCode": "AmazonECS",
        "terms": {
            "OnDemand": {
                term: {
                    "priceDimensions": {
                        f"{term}.6YS6EN2CT7": {
                            "unit": "hours",
                            "endRange": "Inf",
                            "beginRange": "0",
                            "description": f"AWS Fargate {usage}",
                            "appliesTo": [],
                            "rateCode": f"{term}.6YS6EN2CT7",
                            "pricePerUnit": {"USD": usd},
                        }
                    },
                    "sku": sku,
                    "effectiveDate": "2026-11-01T00:00:00Z",
                    "offerTermCode": "JRTCKXETXF",
                    "termAttributes": {},
                }
            }
        },
        "version": "20261120182130",
        "publicationDate": published,
    }
    return json.dumps(doc)


def price_list(region: str, prices: dict[str, str] | None = None) -> list[str]:
    """Every Fargate product of ``region``, plus an ECS Anywhere row to be skipped."""
    items = [
        product(region, usage, usd, f"SKU{n:04d}")
        for n, (usage, usd) in enumerate((prices or US_EAST_1).items())
    ]
    items.append(product(region, "ECS-Anywhere-Instance-hours", "0.0102500000", "SKUANY"))
    return items


def request(region: str, token: str | None = None) -> dict[str, Any]:
    """The GetProducts parameters the refresh sends."""
    params: dict[str, Any] = {
        "ServiceCode": "AmazonECS",
        "Filters": [
            {"Type": "TERM_MATCH", "Field": "regionCode", "Value": region},
            {"Type": "TERM_MATCH", "Field": "productFamily", "Value": "Compute"},
        ],
        "FormatVersion": "aws_v1",
        "MaxResults": 100,
    }
    if token:
        params["NextToken"] = token
    return params


def stub_pages(stubber: Any, region: str, prices: dict[str, str] | None = None) -> None:
    """Queue the answer on a botocore Stubber in two pages joined by a NextToken."""
    items = price_list(region, prices)
    half = len(items) // 2
    stubber.add_response(
        "get_products",
        {"FormatVersion": "aws_v1", "PriceList": items[:half], "NextToken": "page-2"},
        request(region),
    )
    stubber.add_response(
        "get_products",
        {"FormatVersion": "aws_v1", "PriceList": items[half:]},
        request(region, "page-2"),
    )
