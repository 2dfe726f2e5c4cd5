"""What the window remembers: the last AWS connection, the file a draft is bound to
across undo and redo, and the extra launch types of a saved draft."""

from __future__ import annotations

import json
from pathlib import Path

import botocore.session
import pytest
from PySide6.QtCore import Qt

from tests.aws_fixtures import write_sso_profile
from tests.ui.aws_support import *  # noqa: F403 - the AWS fixtures
from tests.ui.aws_support import REGION
from tests.ui.page_driving import choose
from wizard.services.pull import Pulled
from wizard.services.session import connect
from wizard.ui.app import settings
from wizard.ui.aws.connect_dialog import ConnectDialog
from wizard.ui.draft.file_actions import Unsaved

KEY_ID = "AKIAREMEMBEREXAMPLE1"
SECRET = "RememberedNot/FakeSecretKey+0123456789ab"
# The profile's own region differs from the one connected with: the dialog must
# come back with the region chosen, not the config's.
CHOSEN_REGION = "us-west-2"


@pytest.fixture
def dev_profile(aws_home, monkeypatch):
    """A profile "dev" with access keys in the credentials file only."""
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    (aws_home / ".aws" / "config").write_text(
        f"[profile dev]\nregion = {REGION}\n", encoding="utf-8"
    )
    (aws_home / ".aws" / "credentials").write_text(
        f"[dev]\naws_access_key_id = {KEY_ID}\naws_secret_access_key = {SECRET}\n", "utf-8"
    )


def settings_text() -> str:
    return Path(settings._settings().fileName()).read_text(encoding="utf-8")


def open_dialog(qtbot, ui) -> ConnectDialog:
    dialog = ConnectDialog(ui.account, ui.window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# --- 1. the last AWS connection -------------------------------------------------------


def test_nothing_is_remembered_or_offered_before_a_first_connection(qtbot, aws_ui, dev_profile):
    assert settings.last_aws_connection() is None
    assert not aws_ui.reconnect_action.isVisible()
    assert aws_ui.reconnect_button.isHidden()
    aws_ui.reconnect_action.trigger()  # even if reached somehow: nothing to connect to
    assert aws_ui.account.runner.active == 0 and not aws_ui.account.is_connected
    dialog = open_dialog(qtbot, aws_ui)
    assert dialog.profile_combo.currentData() is None  # the default chain
    assert dialog.endpoint_edit.text() == ""
    written = Path(settings._settings().fileName())
    assert not written.exists() or "[aws]" not in settings_text()


def test_a_connection_is_remembered_and_disconnect_forgets_only_the_session(
    qtbot, aws_ui, dev_profile, moto_url
):
    dialog = open_dialog(qtbot, aws_ui)
    choose(dialog.profile_combo, text="dev (access keys)")
    dialog.region_combo.setCurrentText(CHOSEN_REGION)
    dialog.endpoint_edit.setText(moto_url)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: aws_ui.account.is_connected)
    assert settings.last_aws_connection() == settings.AwsChoice("dev", CHOSEN_REGION, moto_url)
    # Names only: the profile's keys never reach the preferences.
    stored = settings_text()
    assert "dev" in stored and CHOSEN_REGION in stored
    assert KEY_ID not in stored and SECRET not in stored
    assert not aws_ui.reconnect_action.isVisible()  # already connected: nothing to offer
    aws_ui.disconnect_action.trigger()
    assert not aws_ui.account.is_connected
    assert settings.last_aws_connection() == settings.AwsChoice("dev", CHOSEN_REGION, moto_url)
    assert aws_ui.menu.actions()[0] is aws_ui.reconnect_action
    assert aws_ui.reconnect_action.isVisible()
    assert aws_ui.reconnect_action.text() == f"Connect as dev ({CHOSEN_REGION}) via {moto_url}"
    again = open_dialog(qtbot, aws_ui)
    assert again.profile_combo.currentData() == "dev"
    assert again.region_combo.currentText() == CHOSEN_REGION  # not the profile's eu-west-1
    assert again.endpoint_edit.text() == moto_url


@pytest.fixture
def remembered_dev(dev_profile, moto_url) -> str:
    """Preferences as a session connected to "dev" through moto left them."""
    settings.set_last_aws_connection(settings.AwsChoice("dev", REGION, moto_url))
    return moto_url


def test_start_up_offers_the_last_connection_and_one_click_connects(qtbot, remembered_dev, aws_ui):
    moto_url = remembered_dev
    qtbot.wait(200)  # a start-up that connected by itself would have started by now
    assert not aws_ui.account.is_connected and aws_ui.account.runner.active == 0
    assert aws_ui.status_label.text() == "AWS: not connected"
    assert aws_ui.menu.actions()[0] is aws_ui.reconnect_action
    offer = f"Connect as dev ({REGION}) via {moto_url}"
    assert aws_ui.reconnect_action.text() == offer
    assert aws_ui.reconnect_button.isVisible() and aws_ui.reconnect_button.text() == offer
    qtbot.mouseClick(aws_ui.reconnect_button, Qt.MouseButton.LeftButton)
    assert aws_ui.account.runner.active == 1  # checked in a worker, as the dialog does
    assert aws_ui.status_label.text() == f"AWS: connecting as dev in {REGION}..."
    assert not aws_ui.reconnect_action.isEnabled()  # no second check while one runs
    qtbot.waitUntil(lambda: aws_ui.account.is_connected)
    connection = aws_ui.account.connection
    assert (connection.profile, connection.region, connection.endpoint_url) == (
        "dev",
        REGION,
        moto_url,
    )
    qtbot.waitUntil(lambda: aws_ui.account.runner.active == 0)
    assert aws_ui.status_label.text() == f"AWS: dev in {REGION} via {moto_url}"
    assert not aws_ui.reconnect_button.isVisible()
    # The connection works: the account's (empty) list of families comes back.
    assert connection.client("ecs").list_task_definition_families()["families"] == []


def test_an_expired_sso_login_on_reconnect_gives_the_usual_message(
    qtbot, aws_home, aws_ui, dialogs, moto_url
):
    write_sso_profile(aws_home, expired_login=True)
    settings.set_last_aws_connection(settings.AwsChoice("corp", REGION, moto_url))
    aws_ui._update()  # as at a start with these preferences
    assert aws_ui.reconnect_action.text() == f"Connect as corp ({REGION}) via {moto_url}"
    aws_ui.reconnect_action.trigger()
    qtbot.waitUntil(lambda: dialogs.has("error"))
    [(title, error, note, *_)] = dialogs.named("error")
    assert title == "Could not connect"
    assert "aws sso login --profile corp" in f"{error.message} {error.hint}"
    assert "Account > Connect..." in note
    assert not aws_ui.account.is_connected
    qtbot.waitUntil(aws_ui.reconnect_action.isEnabled)  # offered again, to retry after login
    assert aws_ui.status_label.text() == "AWS: not connected"
    assert settings.last_aws_connection() == settings.AwsChoice("corp", REGION, moto_url)


def test_a_connection_without_an_endpoint_forgets_the_earlier_endpoint(aws_ui, moto_url):
    settings.set_last_aws_connection(settings.AwsChoice(None, REGION, moto_url))
    aws_ui.account.use(connect(None, REGION, None))  # clients only: nothing is sent
    assert settings.last_aws_connection() == settings.AwsChoice(None, REGION, None)
    assert "endpoint" not in settings_text()
    aws_ui.disconnect_action.trigger()
    assert aws_ui.reconnect_action.text() == f"Connect as default ({REGION})"


def test_a_password_in_the_endpoint_url_is_not_remembered(qapp):
    settings.set_last_aws_connection(
        settings.AwsChoice("dev", REGION, "http://someone:hunter2@127.0.0.1:4566/x")
    )
    remembered = settings.last_aws_connection()
    assert remembered is not None and remembered.endpoint_url == "http://127.0.0.1:4566/x"
    assert "hunter2" not in settings_text() and "someone" not in settings_text()


# --- 2. undo brings back the file the draft was bound to ----------------------------


def write_draft(folder: Path, family: str) -> Path:
    path = folder / f"{family}.json"
    path.write_text(json.dumps({"family": family}), encoding="utf-8")
    return path


def saved_family(path: Path) -> str:
    return json.loads(path.read_text(encoding="utf-8"))["family"]


@pytest.fixture
def bound_to_first(main_window, tmp_path, monkeypatch):
    """The window bound to first.json, saved (clean)."""
    first = tmp_path / "first.json"
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(first))
    main_window.controller.set("/family", "first")
    assert main_window.files.save_as()
    assert main_window.files.path == str(first) and not main_window.isWindowModified()
    return first


def test_save_after_undoing_open_writes_the_previous_file(main_window, bound_to_first, tmp_path):
    second = write_draft(tmp_path, "second")
    assert main_window.open_file(str(second))
    assert main_window.windowTitle().startswith("second.json")
    main_window.undo_action.trigger()
    assert main_window.controller.get("/family") == "first"
    assert main_window.files.path == str(bound_to_first)
    assert main_window.windowTitle().startswith("first.json")
    assert not main_window.isWindowModified()  # first.json is on disk as it is shown
    main_window.redo_action.trigger()
    assert main_window.files.path == str(second) and not main_window.isWindowModified()
    main_window.undo_action.trigger()
    main_window.controller.set("/family", "first-edited")
    assert main_window.isWindowModified()
    assert main_window.files.save()  # no Save As dialog: the window knows its file
    assert saved_family(bound_to_first) == "first-edited"
    assert saved_family(second) == "second"
    assert not main_window.isWindowModified()


def test_undoing_open_over_discarded_changes_shows_them_unsaved(
    main_window, bound_to_first, tmp_path
):
    main_window.controller.set("/family", "first-changed")
    main_window.files.ask_unsaved = lambda: Unsaved.DISCARD
    second = write_draft(tmp_path, "second")
    assert main_window.open_file(str(second)) and not main_window.isWindowModified()
    main_window.undo_action.trigger()
    assert main_window.controller.get("/family") == "first-changed"
    assert main_window.files.path == str(bound_to_first)
    assert main_window.isWindowModified()  # the change was never written to first.json
    assert main_window.files.is_modified
    main_window.redo_action.trigger()
    assert main_window.files.path == str(second) and not main_window.isWindowModified()


def test_undoing_new_and_new_from_template_rebinds_the_file(
    main_window, bound_to_first, monkeypatch
):
    assert main_window.new_draft()
    assert main_window.files.path == ""
    assert main_window.windowTitle().startswith("New task definition")
    main_window.undo_action.trigger()
    assert main_window.files.path == str(bound_to_first)
    assert main_window.windowTitle().startswith("first.json")
    assert not main_window.isWindowModified()
    templates = main_window.templates
    monkeypatch.setattr(templates, "ask_template", lambda: "web-service")
    assert templates.new_from_template()
    assert main_window.files.path == "" and main_window.controller.get("/family") != "first"
    main_window.undo_action.trigger()
    assert main_window.files.path == str(bound_to_first)
    assert main_window.controller.get("/family") == "first"


def test_redo_after_save_as_comes_back_to_the_new_name(
    main_window, bound_to_first, tmp_path, monkeypatch
):
    second = write_draft(tmp_path, "second")
    assert main_window.open_file(str(second))
    renamed = tmp_path / "renamed.json"
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(renamed))
    assert main_window.files.save_as()
    main_window.undo_action.trigger()
    assert main_window.files.path == str(bound_to_first)
    main_window.redo_action.trigger()
    assert main_window.files.path == str(renamed)  # where that draft was last saved
    assert not main_window.isWindowModified()


def test_undoing_a_revision_opened_from_the_account_rebinds_the_file(
    main_window, bound_to_first, dialogs
):
    from wizard.ui.aws import install_aws_ui

    ui = install_aws_ui(main_window)
    document = {"family": "pulled", "containerDefinitions": []}
    arn = "arn:aws:ecs:eu-west-1:123456789012:task-definition/pulled:3"
    ui.open_pulled(Pulled(arn, 3, document, "{}"))
    assert main_window.files.path == ""  # Save must not overwrite first.json
    assert "pulled:3" in main_window.windowTitle()
    main_window.undo_action.trigger()
    assert main_window.files.path == str(bound_to_first)
    assert main_window.windowTitle().startswith("first.json")


# --- 3. the extra launch types travel with the saved draft ---------------------------


def register_input_members() -> set[str]:
    model = botocore.session.get_session().get_service_model("ecs")
    return set(model.operation_model("RegisterTaskDefinition").input_shape.members)


def test_extra_launch_types_are_kept_beside_the_saved_file(
    qtbot, main_window, tmp_path, monkeypatch
):
    target = tmp_path / "web.json"
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(target))
    controller = main_window.controller
    controller.set("/family", "web")
    controller.set_launch_types(("EC2", "EXTERNAL"))
    assert main_window.files.save_as()
    saved = json.loads(target.read_text(encoding="utf-8"))
    # Still register-task-definition input: no key the API does not know.
    assert set(saved) <= register_input_members()
    assert "EXTERNAL" not in json.dumps(saved)
    other = write_draft(tmp_path, "other")
    assert main_window.open_file(str(other))
    assert controller.launch_types == ()  # not inherited from the previous draft
    assert main_window.open_file(str(target))
    assert controller.launch_types == ("EC2", "EXTERNAL")
    main_window.undo_action.trigger()  # back to other.json, without them
    assert controller.launch_types == ()
    # At the next start too, however the path is written.
    from wizard.ui.app.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    again.finish_startup()
    relative = Path("..") / target.parent.name / target.name
    monkeypatch.chdir(target.parent)
    assert again.open_file(str(relative))
    assert again.controller.launch_types == ("EC2", "EXTERNAL")
    # The analysis runs with them: EXTERNAL does not support awsvpc, which the draft has.
    rules = {(f.rule, f.path) for f in again.controller.findings}
    assert ("external-network-mode", "/networkMode") in rules


def test_saving_without_extra_launch_types_forgets_them(main_window, tmp_path, monkeypatch):
    target = tmp_path / "web.json"
    monkeypatch.setattr(main_window.files, "ask_save_path", lambda *a: str(target))
    controller = main_window.controller
    controller.set_launch_types(("EC2",))
    assert main_window.files.save_as()
    assert settings.file_launch_types(str(target)) == ("EC2",)
    controller.set_launch_types(())
    assert main_window.files.save()
    assert settings.file_launch_types(str(target)) is None
    assert main_window.open_file(str(target))
    assert controller.launch_types == ()
    assert "launch_types" not in settings_text()
