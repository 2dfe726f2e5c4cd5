"""Account > Connect...: profiles from a temporary AWS config, a real moto endpoint,
and the mapped message when the check call fails."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt

from tests.ui.aws_support import *  # noqa: F403 - the AWS fixtures
from tests.ui.aws_support import REGION, connect_to
from tests.ui.page_driving import choose, items
from wizard.ui.aws.connect_dialog import ConnectDialog

KEY_ID = "AKIAFAKEKEYIDEXAMPLE"
SECRET = "NotToBeShown/FakeSecretKey+0123456789abc"
CONFIG = f"""\
[profile dev]
region = {REGION}

[profile corp]
sso_start_url = https://example.awsapps.com/start
sso_region = eu-west-1
sso_account_id = 123456789012
sso_role_name = Developer
region = eu-central-1

[profile nokeys]
region = eu-west-1
"""


@pytest.fixture
def profiles(aws_home, monkeypatch):
    # Only the files: the keys must come from the profile, not the environment.
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    (aws_home / ".aws" / "config").write_text(CONFIG, encoding="utf-8")
    (aws_home / ".aws" / "credentials").write_text(
        f"[dev]\naws_access_key_id = {KEY_ID}\naws_secret_access_key = {SECRET}\n", "utf-8"
    )


@pytest.fixture
def dialog(qtbot, aws_ui, profiles):
    dlg = ConnectDialog(aws_ui.account, aws_ui.window)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fill(qtbot, dialog: ConnectDialog, profile_label: str, endpoint: str) -> None:
    choose(dialog.profile_combo, text=profile_label)
    dialog.endpoint_edit.clear()
    qtbot.keyClicks(dialog.endpoint_edit, endpoint)


def test_profiles_show_their_kind_and_never_a_credential(dialog):
    offered = items(dialog.profile_combo)
    assert "dev (access keys)" in offered and "corp (IAM Identity Center / SSO)" in offered
    choose(dialog.profile_combo, text="corp (IAM Identity Center / SSO)")
    assert dialog.region_combo.currentText() == "eu-central-1"  # the profile's own region
    assert REGION in items(dialog.region_combo)
    texts = " ".join(offered) + " ".join(items(dialog.region_combo))
    assert KEY_ID not in texts and SECRET not in texts


def test_connect_with_a_profile_and_an_endpoint_url(qtbot, dialog, aws_ui, moto_url):
    fill(qtbot, dialog, "dev (access keys)", moto_url)
    assert dialog.region_combo.currentText() == REGION
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.busy  # the check runs in a worker; the dialog shows it
    qtbot.waitUntil(lambda: aws_ui.account.is_connected)
    connection = aws_ui.account.connection
    assert (connection.profile, connection.region, connection.endpoint_url) == (
        "dev",
        REGION,
        moto_url,
    )
    assert dialog.result() == ConnectDialog.DialogCode.Accepted
    assert aws_ui.status_label.text() == f"AWS: dev in {REGION} via {moto_url}"
    assert aws_ui.disconnect_action.isEnabled()
    assert all(button.isEnabled() for button in aws_ui.pickers.buttons)
    aws_ui.disconnect_action.trigger()
    assert not aws_ui.account.is_connected
    assert not any(button.isEnabled() for button in aws_ui.pickers.buttons)
    assert aws_ui.status_label.text() == "AWS: not connected"


def test_an_expired_sso_login_says_which_command_refreshes_it(qtbot, dialog, aws_ui):
    fill(qtbot, dialog, "corp (IAM Identity Center / SSO)", f"http://127.0.0.1:{free_port()}")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy.busy and dialog.busy.text != "")
    assert "aws sso login --profile corp" in dialog.busy.text
    assert dialog.busy.severity == "error"
    assert not aws_ui.account.is_connected
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.connect_button.isEnabled)  # to try again


def test_an_unreachable_endpoint_is_reported_and_not_connected(qtbot, dialog, aws_ui, no_backoff):
    url = f"http://127.0.0.1:{free_port()}"
    fill(qtbot, dialog, "dev (access keys)", url)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy.busy and dialog.busy.text != "", timeout=30_000)
    assert f"Could not reach {url}" in dialog.busy.text
    assert "local endpoint is running" in dialog.busy.text
    assert not aws_ui.account.is_connected
    assert aws_ui.status_label.text() == "AWS: not connected"


def test_a_malformed_endpoint_url_is_refused_before_any_call(qtbot, dialog, aws_ui):
    fill(qtbot, dialog, "dev (access keys)", "not a url")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "is not valid" in dialog.busy.text
    assert aws_ui.account.runner.active == 0 and not aws_ui.account.is_connected


def test_connect_menu_opens_the_dialog(monkeypatch, aws_ui, moto_url):
    def launch(parent, account):
        assert parent is aws_ui.window
        connect_to(aws_ui, moto_url)
        return True

    monkeypatch.setattr(ConnectDialog, "launch", staticmethod(launch))
    aws_ui.connect_action.trigger()
    assert aws_ui.account.is_connected


def test_connecting_sets_the_price_region(qtbot, main_window, moto_url, monkeypatch):
    from wizard.services.session import connect

    aws = main_window.aws_ui
    connection = connect(None, "eu-west-1", moto_url)
    monkeypatch.setattr(type(aws.account), "connection", property(lambda self: connection))
    aws.account.changed.emit()
    assert main_window.sizing_panel.price_section.region() == "eu-west-1"


def test_a_password_in_the_endpoint_url_is_never_shown(qtbot, dialog, aws_ui, moto_url, no_backoff):
    url = f"http://deploy:s3cr3t-pw@127.0.0.1:{free_port()}"
    fill(qtbot, dialog, "dev (access keys)", url)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy.busy and dialog.busy.text != "", timeout=30_000)
    assert "Could not reach http://[redacted]@127.0.0.1:" in dialog.busy.text
    assert "s3cr3t-pw" not in dialog.busy.text
    qtbot.waitUntil(dialog.connect_button.isEnabled)
    fill(
        qtbot, dialog, "dev (access keys)", moto_url.replace("http://", "http://deploy:s3cr3t-pw@")
    )
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: aws_ui.account.is_connected or not dialog.busy.busy, timeout=30_000)
    assert aws_ui.account.is_connected, dialog.busy.text
    shown = aws_ui.status_label.text()
    assert shown.startswith(f"AWS: dev in {REGION} via http://[redacted]@127.0.0.1:")
    assert "s3cr3t-pw" not in shown


def test_missing_credentials_never_tell_a_gui_user_to_pass_profile(qtbot, dialog, aws_ui):
    (label,) = [text for text in items(dialog.profile_combo) if text.startswith("nokeys")]
    fill(qtbot, dialog, label, f"http://127.0.0.1:{free_port()}")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy.busy and dialog.busy.text != "", timeout=30_000)
    assert "No AWS credentials" in dialog.busy.text
    assert "choose another profile" in dialog.busy.text
    assert "--profile." not in dialog.busy.text and "with --profile" not in dialog.busy.text
    assert not aws_ui.account.is_connected
