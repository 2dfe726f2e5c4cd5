"""The Export menu: CloudFormation, Terraform, the clipboard and the CLI command line."""

from __future__ import annotations

import copy
import json

import pytest
import yaml
from PySide6.QtGui import QGuiApplication

from tests.domain.formats.test_cloudformation import BOOK, lint
from tests.domain.formats.test_terraform import parse
from wizard.domain.formats.exporter import to_json
from wizard.ui.dialogs.export_dialog import PLACEHOLDER_FILE, cli_command


@pytest.fixture
def book_window(main_window, monkeypatch):
    main_window.controller.replace_document(copy.deepcopy(BOOK))
    errors: list[str] = []
    infos: list[tuple[str, str]] = []
    files = main_window.files
    monkeypatch.setattr(files, "show_error", lambda title, text: errors.append(text))
    monkeypatch.setattr(
        files, "show_info", lambda title, text, details="": infos.append((text, details))
    )
    main_window.errors, main_window.infos = errors, infos
    return main_window


def save_to(window, monkeypatch, path) -> list[str]:
    filters: list[str] = []

    def ask(title, suggested, file_filter=""):
        filters.append(file_filter)
        return str(path)

    monkeypatch.setattr(window.files, "ask_save_path", ask)
    return filters


@pytest.mark.parametrize("name", ["book.yaml", "book.yml", "book.template"])
def test_cloudformation_yaml_export_writes_a_template_that_lints(
    book_window, monkeypatch, tmp_path, name
):
    target = tmp_path / name
    filters = save_to(book_window, monkeypatch, target)
    assert book_window.exports.export_cloudformation()
    assert "*.yaml" in filters[0]
    text = target.read_text(encoding="utf-8")
    template = yaml.safe_load(text)
    (resource,) = template["Resources"].values()
    assert resource["Type"] == "AWS::ECS::TaskDefinition"
    assert resource["Properties"]["ContainerDefinitions"][0]["Name"] == "wordpress"
    assert lint(text) == []
    assert not book_window.errors and not book_window.infos  # the book exports cleanly
    assert name in book_window.statusBar().currentMessage()


def test_cloudformation_json_by_the_file_extension(book_window, monkeypatch, tmp_path):
    target = tmp_path / "book.json"
    save_to(book_window, monkeypatch, target)
    assert book_window.exports.export_cloudformation()
    template = json.loads(target.read_text(encoding="utf-8"))
    assert template["AWSTemplateFormatVersion"] == "2010-09-09"


def test_terraform_export_parses_back_to_the_container_definitions(
    book_window, monkeypatch, tmp_path
):
    target = tmp_path / "book.tf"
    filters = save_to(book_window, monkeypatch, target)
    assert book_window.exports.export_terraform()
    assert "*.tf" in filters[0]
    _, body, containers = parse(target.read_text(encoding="utf-8"))
    assert body["family"] == "wordpress"
    exported = json.loads(to_json(BOOK))["containerDefinitions"]
    assert containers == exported


def test_export_warnings_are_shown_after_writing(book_window, monkeypatch, tmp_path):
    book_window.controller.set("/trustedExecutionConfiguration", {"isolationMode": "SHARED"})
    target = tmp_path / "book.tf"
    save_to(book_window, monkeypatch, target)
    assert book_window.exports.export_terraform()
    assert target.exists()
    ((text, details),) = book_window.infos
    assert "book.tf was written" in text
    # The place and the member as the screen names them; the API member in the note.
    assert details.startswith("Trusted execution: 'Trusted execution' has no argument")
    assert details.endswith("(API: trustedExecutionConfiguration)")


def test_a_draft_that_does_not_fit_is_refused_before_asking(book_window, monkeypatch):
    book_window.controller.set("/containerDefinitions/0/memory", "12a")
    monkeypatch.setattr(
        book_window.files, "ask_save_path", lambda *a: pytest.fail("asked for a file")
    )
    assert not book_window.exports.export_cloudformation()
    assert not book_window.exports.export_terraform()
    assert not book_window.exports.copy_json()
    assert len(book_window.errors) == 3 and "Fix this first" in book_window.errors[0]


def test_a_failed_export_write_says_so(book_window, monkeypatch, tmp_path):
    save_to(book_window, monkeypatch, tmp_path / "missing" / "book.tf")
    assert not book_window.exports.export_terraform()
    assert book_window.errors and "could not be written" in book_window.errors[0]


def test_copy_json_puts_register_input_on_the_clipboard(book_window):
    QGuiApplication.clipboard().clear()
    assert book_window.exports.copy_json()
    text = QGuiApplication.clipboard().text()
    assert text == to_json(BOOK)
    assert json.loads(text)["family"] == "wordpress"


def test_copy_cli_command_uses_the_last_json_written(book_window, monkeypatch, tmp_path):
    placeholder = book_window.exports.copy_cli_command()
    assert QGuiApplication.clipboard().text() == placeholder
    assert placeholder == (
        f"aws ecs register-task-definition --cli-input-json file://{PLACEHOLDER_FILE}"
    )
    target = tmp_path / "my task.json"
    save_to(book_window, monkeypatch, target)
    book_window.export_json()
    assert target.exists()
    command = book_window.exports.copy_cli_command()
    assert command == f"aws ecs register-task-definition --cli-input-json 'file://{target}'"
    assert QGuiApplication.clipboard().text() == command


def test_cli_command_quotes_only_when_needed(tmp_path):
    plain = tmp_path / "web.json"
    assert cli_command(str(plain)).endswith(f" file://{plain}")
