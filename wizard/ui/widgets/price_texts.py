"""The price figures' words in the GUI's language.

``wizard.domain.pricing.estimate`` speaks English (the ``cost`` command prints it): the
origin of the prices ("shipped price data"), their age, why a price is
missing. The sizing panel and the size advisor show those words through these
functions, which recognise the domain's phrases and translate them; a phrase
they do not know is shown as it is rather than lost.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

from wizard.domain.pricing import estimate as pricing
from wizard.domain.pricing.estimate import Estimate

# The domain's names of where prices come from (price_data.py, services/price_list.py).
SHIPPED = "shipped price data"
PRICE_LIST = "AWS Price List API"
REFRESHED = ", refreshed "

# The domain's PriceUnavailable and Estimate.missing messages, as patterns.
_SPOT_PLATFORM = re.compile(r"Fargate Spot does not run (?P<platform>.+) tasks\.")
_NO_PRICE = re.compile(
    r"The (?P<origin>.+) has no (?P<kind>Fargate Spot|Fargate) (?P<platform>\S+) price for "
    r"(?P<region>\S+)\."
)
_NO_REGION = re.compile(
    r"No Fargate prices for region '(?P<region>[^']*)' in the (?P<origin>.+); it has "
    r"(?P<known>.*)\. Refresh the prices from the AWS Price List API\."
)
_NO_STORAGE = re.compile(
    r"ephemeral storage above (?P<free>\d+) GiB \((?P<extra>[\d.]+) GiB\): no price for "
    r"(?P<region>\S+)"
)


def origin_text(origin: str) -> str:
    """ "shipped price data", "AWS Price List API, refreshed 2026-09-11", translated."""
    name, refreshed, when = origin.partition(REFRESHED)
    if name == SHIPPED:
        name = QCoreApplication.translate("PriceTexts", "shipped price data")
    elif name == PRICE_LIST:
        name = QCoreApplication.translate("PriceTexts", "AWS Price List API")
    if refreshed:
        return QCoreApplication.translate("PriceTexts", "{0}, refreshed {1}").format(name, when)
    return name


def age_text(rate_date: str, today: date | None = None) -> str:
    """ "12 days old", "about 5 years old" (see pricing.age_text); "" for no date."""
    days = pricing.age_days(rate_date, today)
    if days is None:
        return ""
    unit, count = pricing.age_in_units(days)
    if unit == "today":
        return QCoreApplication.translate("PriceTexts", "from today")
    if unit == "days" and count == 1:
        return QCoreApplication.translate("PriceTexts", "1 day old")
    if unit == "days":
        return QCoreApplication.translate("PriceTexts", "{0} days old").format(count)
    if unit == "months":
        return QCoreApplication.translate("PriceTexts", "about {0} months old").format(count)
    return QCoreApplication.translate("PriceTexts", "about {0} years old").format(count)


def problem_text(message: str) -> str:
    """A PriceUnavailable or missing-price message of the domain, translated."""
    match = _SPOT_PLATFORM.fullmatch(message)
    if match:
        return QCoreApplication.translate(
            "PriceTexts", "Fargate Spot does not run {0} tasks."
        ).format(match["platform"])
    match = _NO_PRICE.fullmatch(message)
    if match:
        return QCoreApplication.translate(
            "PriceTexts", "The {0} has no {1} {2} price for {3}."
        ).format(origin_text(match["origin"]), match["kind"], match["platform"], match["region"])
    match = _NO_REGION.fullmatch(message)
    if match:
        return QCoreApplication.translate(
            "PriceTexts",
            "No Fargate prices for region '{0}' in the {1}; it has {2}. Refresh the prices "
            "from the AWS Price List API.",
        ).format(match["region"], origin_text(match["origin"]), match["known"])
    match = _NO_STORAGE.fullmatch(message)
    if match:
        return QCoreApplication.translate(
            "PriceTexts", "ephemeral storage above {0} GiB ({1} GiB): no price for {2}"
        ).format(match["free"], match["extra"], match["region"])
    return message


def part_name(name: str) -> str:
    """The name of one itemised part of an estimate (CostPart.name)."""
    if name == "vcpu":
        return "vCPU"
    if name == "memory":
        return QCoreApplication.translate("PriceTexts", "Memory")
    if name == "windows_licence":
        return QCoreApplication.translate("PriceTexts", "Windows licence")
    return QCoreApplication.translate("PriceTexts", "Storage above 20 GiB")


def itemised(est: Estimate | None) -> str:
    """The parts of an estimate, one per line, for a tooltip."""
    if est is None:
        return ""
    line = QCoreApplication.translate("PriceTexts", "{0}: {1} {2} × ${3} × {4} = {5}/hour")
    return "\n".join(
        line.format(
            part_name(p.name),
            f"{p.quantity.normalize():f}",
            p.unit,
            f"{p.unit_price.normalize():f}",
            est.tasks,
            pricing.hourly_usd(p.per_hour),
        )
        for p in est.parts
    )
