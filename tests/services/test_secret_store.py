"""Storing a secret value against a real moto server: SSM SecureString and Secrets Manager."""

from __future__ import annotations

import pytest

from tests.services.conftest import REGION, ecs_error
from wizard.domain.edits.secret_move import PARAMETER_STORE, SECRETS_MANAGER
from wizard.services.errors import AwsError
from wizard.services.secret_store import SecretStore, secret_store_for
from wizard.services.session import AwsConnection, connect

VALUE = "hunter2hunter2"


@pytest.fixture
def conn(moto_url: str) -> AwsConnection:
    return connect(None, REGION, moto_url)


def test_a_parameter_is_created_as_secure_string(conn):
    stored = secret_store_for(conn).store(
        PARAMETER_STORE, "/web/app/DB_PASSWORD", VALUE, "moved by a test"
    )
    assert stored.store == PARAMETER_STORE
    assert stored.name == "/web/app/DB_PASSWORD"
    assert stored.value_from == f"arn:aws:ssm:{REGION}:123456789012:parameter/web/app/DB_PASSWORD"
    ssm = conn.client("ssm")
    parameter = ssm.get_parameter(Name="/web/app/DB_PASSWORD", WithDecryption=True)["Parameter"]
    assert parameter["Type"] == "SecureString"
    assert parameter["Value"] == VALUE


def test_an_existing_parameter_is_never_overwritten(conn):
    ssm = conn.client("ssm")
    ssm.put_parameter(Name="/web/app/DB_PASSWORD", Value="original", Type="SecureString")
    with pytest.raises(AwsError) as caught:
        secret_store_for(conn).store(PARAMETER_STORE, "/web/app/DB_PASSWORD", VALUE)
    error = caught.value
    assert error.kind == "already-exists"
    assert error.code == "ParameterAlreadyExists"
    assert "'/web/app/DB_PASSWORD' already exists in Parameter Store" in error.message
    assert "Also store" in error.hint
    kept = ssm.get_parameter(Name="/web/app/DB_PASSWORD", WithDecryption=True)["Parameter"]
    assert kept["Value"] == "original"


def test_a_secret_is_created_in_secrets_manager(conn):
    stored = secret_store_for(conn).store(SECRETS_MANAGER, "web/app/DB_PASSWORD", VALUE)
    assert stored.value_from.startswith(
        f"arn:aws:secretsmanager:{REGION}:123456789012:secret:web/app/DB_PASSWORD-"
    )
    sm = conn.client("secretsmanager")
    assert sm.get_secret_value(SecretId=stored.value_from)["SecretString"] == VALUE


def test_an_existing_secret_is_reported(conn):
    sm = conn.client("secretsmanager")
    sm.create_secret(Name="web/app/DB_PASSWORD", SecretString="original")
    with pytest.raises(AwsError) as caught:
        secret_store_for(conn).store(SECRETS_MANAGER, "web/app/DB_PASSWORD", VALUE)
    assert caught.value.kind == "already-exists"
    assert "'web/app/DB_PASSWORD' already exists in Secrets Manager" in caught.value.message
    assert sm.get_secret_value(SecretId="web/app/DB_PASSWORD")["SecretString"] == "original"


def test_access_denied_names_the_action_and_never_shows_the_value(fault_server):
    # A service that echoes the request in its refusal must not put the value on screen.
    denied = ecs_error(
        "AccessDeniedException",
        f"User is not authorized to perform: ssm:PutParameter (value {VALUE})",
    )
    server = fault_server(denied)
    conn = connect(None, REGION, server.url, services=("ssm", "secretsmanager"))
    with pytest.raises(AwsError) as caught:
        secret_store_for(conn).store(PARAMETER_STORE, "/web/app/DB_PASSWORD", VALUE)
    error = caught.value
    assert error.kind == "access-denied"
    assert error.action == "ssm:PutParameter"
    assert "ssm:PutParameter" in error.message
    assert VALUE not in f"{error.message} {error.hint} {error!r}"


def test_service_text_quoting_the_value_is_cut(fault_server):
    server = fault_server(ecs_error("ValidationException", f"Value '{VALUE}' is not allowed"))
    conn = connect(None, REGION, server.url, services=("secretsmanager",))
    with pytest.raises(AwsError) as caught:
        secret_store_for(conn).store(SECRETS_MANAGER, "web/app/X", VALUE)
    assert caught.value.kind == "invalid-value"
    assert "[value hidden]" in caught.value.message
    assert VALUE not in caught.value.message


def test_what_is_refused_before_calling_aws():
    store = SecretStore()
    with pytest.raises(AwsError) as caught:
        store.store(PARAMETER_STORE, "/web/app/X", VALUE)
    assert caught.value.kind == "not-connected"
    for name, value in (("  ", VALUE), ("/web/app/X", "")):
        with pytest.raises(AwsError) as caught:
            store.store(PARAMETER_STORE, name, value)
        assert caught.value.kind == "invalid-value"
    with pytest.raises(ValueError):
        SecretStore(object(), object()).store("vault", "x", VALUE)
