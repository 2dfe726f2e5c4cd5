"""The price section of the sizing panel, the Price List refresh and the size advisor."""

from __future__ import annotations

import copy
import json
from datetime import date

import boto3
import pytest
from botocore.stub import Stubber

from tests.aws_fixtures import aws_home, loopback_only  # noqa: F401 - fixtures
from tests.pricing_records import stub_pages
from wizard.domain.pricing.data import load_price_book
from wizard.ui.dialogs.size_advisor_dialog import SizeAdvisorDialog
from wizard.ui.widgets.price_section import PriceSection
from wizard.ui.widgets.sizing_panel import SizingPanel

pytestmark = pytest.mark.usefixtures("aws_home", "loopback_only")

TODAY = date(2026, 11, 26)
BOOK = {
    "family": "wordpress",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "awsvpc",
    "cpu": "512",
    "memory": "1024",
    "containerDefinitions": [
        {"name": "wordpress", "image": "wordpress:6.5", "cpu": 10, "memoryReservation": 128},
        {"name": "mysql", "image": "mysql:8.0", "cpu": 10, "memoryReservation": 128},
    ],
}


@pytest.fixture
def book():
    return copy.deepcopy(BOOK)


@pytest.fixture
def cache(tmp_path):
    return tmp_path / "prices" / "refreshed.json"


@pytest.fixture
def make_section(qtbot, controller, cache):
    def make(factory=None, region="us-east-1") -> PriceSection:
        section = PriceSection(controller, client_factory=factory, cache_path=cache, today=TODAY)
        qtbot.addWidget(section)
        section.set_region(region)
        return section

    return make


def test_shows_price_source_and_age(make_section, controller, book) -> None:
    controller.replace_document(book)
    section = make_section()
    # 0.5 x 0.04048 + 1 x 0.004445 = 0.024685 per hour; x 730 = 18.02005 per month.
    assert section.on_demand_label.text() == "On-demand: $0.0247/hour · $18.02/month (1 task)"
    # Spot 2026-09-28: 0.5 x 0.01288871 + 0.00141527 = 0.007859625; x 730 = 5.73752625.
    assert section.spot_label.text() == "Spot: $0.00786/hour · $5.74/month (1 task), approximate"
    assert section.source_label.text() == (
        "Prices for us-east-1: shipped price data; on-demand 2026-09-11, about 2 months old; "
        "Spot snapshot 2026-09-28, 59 days old."
    )
    assert "Price List" in section.source_label.toolTip()
    assert "vCPU: 0.5 vCPU × $0.04048 × 1" in section.on_demand_label.toolTip()
    assert not section.note_label.isVisibleTo(section)


def test_tasks_multiply_and_region_changes_prices(make_section, controller, book) -> None:
    controller.replace_document(book)
    section = make_section()
    section.tasks_spin.setValue(3)
    assert section.on_demand_label.text() == "On-demand: $0.0741/hour · $54.06/month (3 tasks)"
    section.set_region("ap-southeast-1")
    # 0.5 x 0.05056 + 0.00553 = 0.03081 per task-hour; x 3 x 730 = 67.4739.
    assert section.on_demand_label.text() == "On-demand: $0.0924/hour · $67.47/month (3 tasks)"
    assert "Spot snapshot 2026-09-29, 58 days old" in section.source_label.text()


def test_arm64_windows_and_storage(make_section, controller, book) -> None:
    book["runtimePlatform"] = {"operatingSystemFamily": "LINUX", "cpuArchitecture": "ARM64"}
    controller.replace_document(book)
    section = make_section()
    # 0.5 x 0.03238 + 0.00356 = 0.01975 per hour; x 730 = 14.4175.
    assert section.on_demand_label.text().startswith("On-demand: $0.0198/hour · $14.42/month")
    controller.set("/runtimePlatform", {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"})
    controller.set("/cpu", "1024")
    controller.set("/memory", "2048")
    controller.set("/ephemeralStorage", {"sizeInGiB": 50})
    # 0.046552 + 2 x 0.00511175 + 0.046 + 30 x 0.000111 = 0.1061055; x 730 = 77.457015.
    assert section.on_demand_label.text().startswith("On-demand: $0.1061/hour · $77.46/month")
    assert "Windows licence" in section.on_demand_label.toolTip()
    assert section.spot_label.text() == "Spot: Fargate Spot does not run Windows/X86_64 tasks."


def test_missing_prices_and_non_fargate_tasks_are_said(make_section, controller, book) -> None:
    controller.replace_document(book)
    section = make_section(region="sa-east-1")
    assert "No Fargate prices for region 'sa-east-1'" in section.on_demand_label.text()
    section.set_region("ap-southeast-1")
    controller.set("/ephemeralStorage", {"sizeInGiB": 40})
    assert "no price for ap-southeast-1" in section.note_label.text()
    controller.set("/requiresCompatibilities", ["EC2"])
    assert section.note_label.text() == (
        "Prices are for Fargate; this task does not require Fargate."
    )
    assert not section.on_demand_label.isVisibleTo(section)


def test_refresh_from_a_recorded_price_list_answer(make_section, controller, book, qtbot, cache):
    book["runtimePlatform"] = {"operatingSystemFamily": "LINUX", "cpuArchitecture": "ARM64"}
    controller.replace_document(book)
    client = boto3.client("pricing", region_name="us-east-1")
    stubber = Stubber(client)
    stub_pages(stubber, "us-west-2")  # us-east-1 figures, standing in for Oregon's
    stubber.activate()
    section = make_section(factory=lambda: client, region="us-west-2")
    assert "no Fargate Linux/ARM64 price for us-west-2" in section.on_demand_label.text()
    assert section.refresh_prices()
    assert not section.refresh_button.isEnabled()
    qtbot.waitUntil(lambda: section.refresh_button.isEnabled(), timeout=10000)
    stubber.assert_no_pending_responses()
    assert section.status_label.text() == "Prices for us-west-2 refreshed."
    # 0.5 x 0.03238 + 0.00356 = 0.01975 per hour: the refreshed ARM64 price is used.
    assert section.on_demand_label.text().startswith("On-demand: $0.0198/hour · $14.42/month")
    assert section.source_label.text().startswith(
        f"Prices for us-west-2: AWS Price List API, refreshed {date.today().isoformat()}; "
        "on-demand 2026-11-20, 6 days old"
    )
    # Kept on disk: the next panel starts with the refreshed prices.
    assert "us-west-2" in json.loads(cache.read_text(encoding="utf-8"))["regions"]
    again = make_section(region="us-west-2")
    assert again.on_demand_label.text() == section.on_demand_label.text()


def test_a_failed_refresh_is_shown(make_section, controller, book, qtbot) -> None:
    controller.replace_document(book)
    client = boto3.client("pricing", region_name="us-east-1")
    stubber = Stubber(client)
    stubber.add_client_error("get_products", "AccessDeniedException", "no")
    stubber.activate()
    section = make_section(factory=lambda: client)
    before = section.on_demand_label.text()
    section.refresh_prices()
    qtbot.waitUntil(lambda: section.refresh_button.isEnabled(), timeout=10000)
    assert section.status_label.text().startswith("Refresh failed: Access denied")
    assert section.status_label.property("severity") == "error"
    assert section.on_demand_label.text() == before


def test_sizing_panel_has_the_section_and_the_advisor(
    qtbot, controller, book, tmp_path, monkeypatch
) -> None:
    # The panel prices in AWS_REGION; other test modules set it to regions whose
    # on-demand prices are not shipped.
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    controller.replace_document(book)
    panel = SizingPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(300, 1100)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.price_section.on_demand_label.text().startswith("On-demand: $")
    assert panel.advisor_button.text() == "Advisor…"
    panel.grab().save(str(tmp_path / "sizing-panel-price.png"))
    panel.advisor_button.click()
    dialog = panel.price_section.findChild(SizeAdvisorDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == len(dialog.advice.candidates) > 0
    dialog.close()


def test_advisor_lists_cheapest_first_and_applies_arm64(qtbot, controller, book) -> None:
    controller.replace_document(book)
    dialog = SizeAdvisorDialog(controller, "us-east-1", 1, load_price_book())
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "0.25 vCPU / 0.5 GB"
    assert dialog.table.item(0, 2).text() == "Linux/ARM64"
    assert dialog.table.item(0, 3).text() == "$0.00988"  # 0.25 x 0.03238 + 0.5 x 0.00356
    sizes = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert sizes.count("0.5 vCPU / 1 GB (current)") == 1
    dialog.headroom_spin.setValue(100)  # 100 %: 40 CPU units, 512 MiB at least
    assert all(c.memory >= 512 for c in dialog.advice.candidates)
    dialog.table.cellWidget(0, 0).click()  # one click
    assert dialog.result() == dialog.DialogCode.Accepted
    assert controller.get("/cpu") == "256" and controller.get("/memory") == "512"
    assert controller.get("/runtimePlatform") == {
        "operatingSystemFamily": "LINUX",
        "cpuArchitecture": "ARM64",
    }


def test_advisor_apply_x86_switches_back_from_arm64(qtbot, controller, book) -> None:
    book["runtimePlatform"] = {"operatingSystemFamily": "LINUX", "cpuArchitecture": "ARM64"}
    controller.replace_document(book)
    dialog = SizeAdvisorDialog(controller, "us-east-1", 1, load_price_book())
    qtbot.addWidget(dialog)
    x86 = next(c for c in dialog.advice.candidates if c.platform.arch == "x86_64")
    dialog.apply(x86)
    assert controller.get("/runtimePlatform/cpuArchitecture") == "X86_64"
    assert (controller.get("/cpu"), controller.get("/memory")) == ("256", "512")


def test_the_panel_says_the_age_as_the_domain_counts_it(qapp) -> None:
    from datetime import date

    from wizard.ui.widgets.price_texts import age_text

    today = date(2026, 12, 6)
    assert age_text("2026-09-11", today) == "about 3 months old"
    assert age_text("2026-12-05", today) == "1 day old"
    assert age_text("2026-11-26", today) == "10 days old"
    assert age_text("2023-12-06", today) == "about 3 years old"
    assert age_text("2026-12-06", today) == "from today"
