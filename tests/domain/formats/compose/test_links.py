"""A service's ``links:``: carried over to the container under bridge (the one mode
where ECS supports links), reported as not needed under awsvpc; and the report's
networking messages say what is true for the network mode chosen."""

from __future__ import annotations

from wizard.domain.analysis import analyse
from wizard.domain.findings import Severity
from wizard.domain.formats.compose.importer import import_compose
from wizard.domain.formats.importer import validate_document

APP = """\
services:
  web:
    image: example/web:1
    links:
      - api
      - cache:redis
    networks: [front]
    environment:
      API_URL: http://api:5000/v1
      CACHE_HOST: redis
      DB_URL: postgres://db:5432/app
  api:
    image: example/api:1
  cache:
    image: redis:7
  db:
    image: postgres:16
"""


def _container(result, name):
    (found,) = [c for c in result.document["containerDefinitions"] if c["name"] == name]
    return found


def _rules(result, rule):
    return {f.path: f for f in result.findings if f.rule == rule}


def test_bridge_carries_links_over_to_the_container():
    result = import_compose(APP, network_mode="bridge")
    assert _container(result, "web")["links"] == ["api", "cache:redis"]
    assert "/services/web/links" not in _rules(result, "compose-networking")
    model, errors = validate_document(result.document)
    assert model is not None, errors
    # The rules accept them: bridge, and each names a container of the task.
    rules = {f.rule for f in analyse(result.document)}
    assert not rules & {"links-network-mode", "links-unknown-container"}


def test_bridge_reports_only_the_services_that_are_not_linked():
    result = import_compose(APP, network_mode="bridge")
    found = _rules(result, "compose-service-address-links")
    # api is linked, so http://api:5000 resolves; db is not.
    assert set(found) == {"/services/web/environment/DB_URL"}
    assert found["/services/web/environment/DB_URL"].params["services"] == "db"
    assert "links:" in found["/services/web/environment/DB_URL"].hint


def test_bridge_networking_message_speaks_of_bridge_not_awsvpc():
    result = import_compose(APP, network_mode="bridge")
    (networks,) = _rules(result, "compose-networking-bridge").values()
    assert networks.path == "/services/web/networks"
    assert "bridge" in networks.message and "links" in networks.message
    assert "awsvpc" not in networks.message and "localhost" not in networks.message + networks.hint
    assert not _rules(result, "compose-networking")


def test_awsvpc_leaves_links_out_and_says_why():
    result = import_compose(APP)
    assert "links" not in _container(result, "web")
    networking = _rules(result, "compose-networking")
    assert set(networking) == {"/services/web/links", "/services/web/networks"}
    assert all("awsvpc" in f.message for f in networking.values())
    assert not _rules(result, "compose-networking-bridge")


def test_a_link_to_no_service_of_the_file_is_reported():
    text = (
        "services:\n  web:\n    image: x:1\n    links: [web, elsewhere, 'api:bad.alias']\n"
        "  api:\n    image: y:1\n"
    )
    result = import_compose(text, network_mode="bridge")
    assert "links" not in _container(result, "web")
    unknown = _rules(result, "compose-link-unknown")
    assert set(unknown) == {"/services/web/links/0", "/services/web/links/1"}
    assert all(f.severity is Severity.WARNING for f in unknown.values())
    assert "/services/web/links/2" in _rules(result, "compose-value-invalid")
