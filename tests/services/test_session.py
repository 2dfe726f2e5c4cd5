"""Profiles, regions and clients from temporary AWS config files."""

from __future__ import annotations

import pytest

from wizard.services.errors import AwsError
from wizard.services.session import ALL_SERVICES, available_regions, connect, list_profiles

CONFIG = """\
[default]
region = eu-west-1

[profile corp-sso]
sso_session = corp
sso_account_id = 123456789012
sso_role_name = Developer
region = eu-central-1

[sso-session corp]
sso_start_url = https://example.awsapps.com/start
sso_region = eu-west-1

[profile legacy-sso]
sso_start_url = https://example.awsapps.com/start
sso_region = eu-west-1
sso_account_id = 123456789012
sso_role_name = Developer

[profile deploy]
role_arn = arn:aws:iam::123456789012:role/deploy
source_profile = default

[profile tool]
credential_process = /bin/false
"""
CREDENTIALS = """\
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

[ci]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
"""


@pytest.fixture
def config_files(aws_home):
    (aws_home / ".aws" / "config").write_text(CONFIG, encoding="utf-8")
    (aws_home / ".aws" / "credentials").write_text(CREDENTIALS, encoding="utf-8")
    return aws_home


def test_profiles_from_both_files_with_their_kind_and_region(config_files):
    profiles = {p.name: (p.kind, p.region) for p in list_profiles()}
    assert profiles == {
        "default": ("keys", "eu-west-1"),
        "corp-sso": ("sso", "eu-central-1"),
        "legacy-sso": ("sso", None),
        "deploy": ("role", None),
        "tool": ("process", None),
        "ci": ("keys", None),
    }
    assert list_profiles()[0].name == "default"


def test_profile_info_carries_no_credential(config_files):
    text = repr(list_profiles())
    assert "AKIA" not in text and "wJalr" not in text


def test_no_profiles_is_an_empty_list():
    assert list_profiles() == []


def test_regions_come_from_botocore_data():
    regions = available_regions()
    assert {"eu-west-1", "us-east-1", "ap-southeast-2"} <= set(regions)
    assert regions == sorted(regions)


def test_connect_applies_region_retries_and_endpoint_to_every_client():
    conn = connect(None, "eu-west-1", "http://127.0.0.1:4566")
    assert set(conn.clients) == set(ALL_SERVICES)
    for client in conn.clients.values():
        assert client.meta.endpoint_url == "http://127.0.0.1:4566"
        assert client.meta.region_name == "eu-west-1"
        # botocore stores max_attempts=5 (retries) as total_max_attempts=6 (tries).
        assert client.meta.config.retries == {"mode": "standard", "total_max_attempts": 6}


def test_region_comes_from_the_profile(config_files, monkeypatch):
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    assert connect("corp-sso", services=("ecs",)).region == "eu-central-1"


def test_missing_region_is_an_aws_error(config_files, monkeypatch):
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    with pytest.raises(AwsError) as caught:
        connect("legacy-sso", services=("ecs",))
    assert caught.value.kind == "no-region"
    assert "aws configure set region eu-west-1 --profile legacy-sso" in caught.value.hint


def test_unknown_profile_is_an_aws_error(config_files):
    with pytest.raises(AwsError) as caught:
        connect("nosuch", services=("ecs",))
    assert caught.value.kind == "no-profile" and "'nosuch'" in caught.value.message


def test_bad_endpoint_url_is_an_aws_error():
    with pytest.raises(AwsError) as caught:
        connect(None, "eu-west-1", "not a url", services=("ecs",))
    assert caught.value.kind == "bad-endpoint"


def test_missing_client_is_reported_not_raised_as_key_error():
    conn = connect(None, "eu-west-1", services=("ecs",))
    with pytest.raises(AwsError) as caught:
        conn.client("iam")
    assert caught.value.kind == "not-connected"


def test_profile_chosen_by_aws_profile_is_named_in_hints(config_files, monkeypatch):
    monkeypatch.setenv("AWS_PROFILE", "corp-sso")
    assert connect(services=("ecs",)).profile == "corp-sso"
