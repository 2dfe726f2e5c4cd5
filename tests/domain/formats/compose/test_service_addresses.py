"""Service names as host names between the services of one compose file: under
awsvpc they become localhost (and the report says so); under bridge they are
kept and reported, because there only links make a container's name resolve."""

from __future__ import annotations

from wizard.domain.findings import Severity
from wizard.domain.formats.compose.importer import import_compose
from wizard.domain.formats.compose.service_urls import find_service_addresses
from wizard.domain.formats.importer import validate_document

APP = """\
services:
  api:
    image: example/api:1
    environment:
      API_SELF: http://api:5000/health
  web:
    image: example/web:1
    environment:
      API_URL: http://api:5000/v1
      CACHE: redis://:secret@cache:6379/0
      DB_HOST: db
      MODE: api
      DOCS: https://api.example.com/
      PEERS: api:5000,cache:6379
  cache:
    image: redis:7
  db:
    image: postgres:16
"""


def _env(result, container):
    (c,) = [c for c in result.document["containerDefinitions"] if c["name"] == container]
    return {e["name"]: e["value"] for e in c["environment"]}


def test_awsvpc_rewrites_service_addresses_to_localhost_and_reports_them():
    result = import_compose(APP)
    assert result.document["networkMode"] == "awsvpc"
    assert _env(result, "web") == {
        "API_URL": "http://localhost:5000/v1",
        "CACHE": "redis://:secret@localhost:6379/0",
        "DB_HOST": "localhost",
        "MODE": "api",  # not a host variable: a word that happens to be a service name
        "DOCS": "https://api.example.com/",  # a real host name, not the service
        "PEERS": "localhost:5000,localhost:6379",
    }
    # A service naming itself is not reaching another one.
    assert _env(result, "api") == {"API_SELF": "http://api:5000/health"}
    found = {f.path: f for f in result.findings if f.rule == "compose-service-address-localhost"}
    assert set(found) == {
        "/services/web/environment/API_URL",
        "/services/web/environment/CACHE",
        "/services/web/environment/DB_HOST",
        "/services/web/environment/PEERS",
    }
    api_url = found["/services/web/environment/API_URL"]
    assert api_url.severity is Severity.INFO
    assert "http://localhost:5000/v1" in api_url.message and "'api'" not in api_url.hint
    assert found["/services/web/environment/PEERS"].params["services"] == "api, cache"
    # The report does not repeat a password from a URL (the environment keeps it).
    assert "secret" not in found["/services/web/environment/CACHE"].message
    assert "redis://:***@localhost:6379/0" in found["/services/web/environment/CACHE"].message
    model, errors = validate_document(result.document)
    assert model is not None, errors


def test_bridge_keeps_service_addresses_and_points_at_links():
    result = import_compose(APP, network_mode="bridge")
    doc = result.document
    assert doc["networkMode"] == "bridge" and doc["requiresCompatibilities"] == ["EC2"]
    assert _env(result, "web")["API_URL"] == "http://api:5000/v1"
    links = [f for f in result.findings if f.rule == "compose-service-address-links"]
    assert {f.path for f in links} == {
        "/services/web/environment/API_URL",
        "/services/web/environment/CACHE",
        "/services/web/environment/DB_HOST",
        "/services/web/environment/PEERS",
    }
    assert all(f.severity is Severity.WARNING and "links" in f.hint for f in links)
    assert not [f for f in result.findings if f.rule == "compose-service-address-localhost"]


def test_list_form_environment_points_at_the_item():
    text = (
        "services:\n  a:\n    image: x:1\n    environment:\n      - B_URL=http://b:80\n"
        "  b:\n    image: y:1\n"
    )
    result = import_compose(text)
    assert _env(result, "a") == {"B_URL": "http://localhost:80"}
    (finding,) = [f for f in result.findings if f.rule == "compose-service-address-localhost"]
    assert finding.path == "/services/a/environment/0"
    assert result.position(finding.path) == (5, 9)


def test_find_service_addresses_leaves_other_hosts_alone():
    services = {"api", "db"}
    assert find_service_addresses("URL", "http://apiserver:80", services, rewrite=True) is None
    assert find_service_addresses("URL", "http://my.api:80", services, rewrite=True) is None
    assert find_service_addresses("NAME", "db", services, rewrite=True) is None
    found = find_service_addresses("DATABASE_URL", "postgres://u:p@db/app", services, rewrite=True)
    assert found is not None and found.after == "postgres://u:p@localhost/app"
