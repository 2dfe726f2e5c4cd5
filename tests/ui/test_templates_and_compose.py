"""New from template and Import docker-compose, as the File menu runs them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from wizard.domain.findings import Severity
from wizard.domain.formats.templates import TEMPLATES, load_template
from wizard.ui.dialogs.compose_dialog import ComposeReportDialog
from wizard.ui.dialogs.compose_options import ComposeOptionsDialog
from wizard.ui.dialogs.template_dialog import TemplateDialog
from wizard.ui.draft.file_actions import Unsaved

COMPOSE = """\
services:
  web:
    image: nginx:1.27
    build: .
    ports: ["8080:80"]
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:16
    healthcheck:
      test: ["CMD", "pg_isready"]
    deploy:
      resources:
        limits: {memory: 512M, cpus: "0.5"}
"""


def errors_of(controller) -> list[str]:
    return [f"{f.path}: {f.message}" for f in controller.findings if f.severity is Severity.ERROR]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_each_template_makes_a_draft_that_lints_clean(main_window, monkeypatch, template):
    templates = main_window.templates
    monkeypatch.setattr(templates, "ask_template", lambda: template.id)
    main_window.controller.set("/family", "mine")
    monkeypatch.setattr(main_window.files, "ask_unsaved", lambda: Unsaved.DISCARD)
    assert templates.new_from_template()
    controller = main_window.controller
    assert controller.document == load_template(template.id)
    assert errors_of(controller) == []
    assert not main_window.isWindowModified()  # a fresh start, like File > New
    assert main_window.wizard.currentId() == 0
    main_window.undo_action.trigger()  # undoable: the earlier draft comes back
    assert controller.get("/family") == "mine"


def test_cancelling_the_template_list_changes_nothing(main_window, monkeypatch):
    main_window.controller.set("/family", "mine")
    monkeypatch.setattr(main_window.templates, "ask_template", lambda: "")
    asked: list[int] = []
    monkeypatch.setattr(
        main_window.files, "ask_unsaved", lambda: asked.append(1) or Unsaved.DISCARD
    )
    assert not main_window.templates.new_from_template()
    assert main_window.controller.get("/family") == "mine"
    assert not asked  # cancelling the list should not have asked about saving


def test_template_dialog_lists_titles_and_describes_the_selection(qtbot):
    dialog = TemplateDialog()
    qtbot.addWidget(dialog)
    titles = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert titles == [t.title for t in TEMPLATES]
    assert dialog.description.text() == TEMPLATES[0].description
    dialog.list.setCurrentRow(2)
    assert dialog.description.text() == TEMPLATES[2].description
    assert dialog.chosen_id() == TEMPLATES[2].id
    assert dialog.list.accessibleName()


# --- docker-compose ---------------------------------------------------------------


@pytest.fixture
def compose_window(main_window, monkeypatch):
    reports: list[tuple[str, list]] = []
    errors: list[str] = []
    compose = main_window.compose
    monkeypatch.setattr(compose, "show_report", lambda intro, rows: reports.append((intro, rows)))
    monkeypatch.setattr(main_window.files, "show_error", lambda title, text: errors.append(text))
    monkeypatch.setattr(main_window.files, "ask_unsaved", lambda: Unsaved.DISCARD)
    main_window.reports, main_window.errors = reports, errors
    return main_window


def test_compose_import_makes_containers_and_reports_what_was_not_mapped(
    compose_window, monkeypatch, tmp_path
):
    source = tmp_path / "docker-compose.yml"
    source.write_text(COMPOSE, encoding="utf-8")
    monkeypatch.setattr(compose_window.compose, "ask_compose_path", lambda: str(source))
    monkeypatch.setattr(compose_window.compose, "ask_network_mode", lambda name: "awsvpc")
    compose_window.controller.set("/family", "mine")
    assert compose_window.compose.import_dialog()
    controller = compose_window.controller
    assert [c["name"] for c in controller.containers] == ["web", "db"]
    assert controller.containers[1]["memory"] == 512
    assert errors_of(controller) == []  # lints: the sizing panel's Fit can work on it
    ((intro, rows),) = compose_window.reports
    assert "Imported 2 containers" in intro
    where = {key: place for place, _, key, _ in rows}
    # The key as compose names it, not a JSON Pointer.
    assert where["services.web.build"] == "docker-compose.yml:4:5"
    assert where["services.web.ports.0"] == "docker-compose.yml:5:13"
    assert compose_window.isWindowModified()  # imported, not saved yet
    compose_window.undo_action.trigger()
    assert controller.get("/family") == "mine"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("services:\n  web:\n    image: [a\n", "compose.yml:4:1"),
        ("services: {}\n", "compose.yml:1:1"),
        ("- just\n- a list\n", "compose.yml:1:1"),
        (b"services:\n  web:\n    image: \xff\n", "compose.yml:"),
    ],
)
def test_bad_compose_input_says_where_and_keeps_the_draft(
    compose_window, monkeypatch, tmp_path, text, place
):
    source = tmp_path / "compose.yml"
    if isinstance(text, bytes):
        source.write_bytes(text)
    else:
        source.write_text(text, encoding="utf-8")
    compose_window.controller.set("/family", "mine")
    before = json.dumps(compose_window.controller.document)
    count = compose_window.controller.undo_stack.count()
    assert not compose_window.compose.import_file(str(source))
    assert compose_window.errors and place in compose_window.errors[0]
    assert "unchanged" in compose_window.errors[0]
    assert json.dumps(compose_window.controller.document) == before
    assert compose_window.controller.undo_stack.count() == count
    assert not compose_window.reports


def test_a_missing_compose_file_is_refused(compose_window):
    assert not compose_window.compose.import_file("/nonexistent/compose.yml")
    assert compose_window.errors and "compose.yml" in compose_window.errors[0]


def test_report_dialog_shows_one_row_per_finding(qtbot):
    rows = [
        ("c.yml:4:5", "info", "services.web.build", "build was ignored"),
        ("c.yml:6:5", "warning", "services.web.pid", "pid: host was not imported " * 9),
    ]
    dialog = ComposeReportDialog("Imported", rows)
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItemCount() == 2
    assert dialog.table.topLevelItem(0).text(0) == "c.yml:4:5"
    assert dialog.table.accessibleName()
    # The Why column elides a long reason: the selected row's shows whole below.
    assert dialog.detail.text() == "build was ignored"
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    assert dialog.detail.text() == rows[1][3]


# --- the network mode of an import ----------------------------------------------------
#
# File > Import docker-compose asks for the network mode: awsvpc (the default, Fargate)
# rewrites addresses between services to localhost, bridge (EC2) keeps them and the
# report says to add links. Driven as a user does: the real dialog, a click on bridge,
# a click on Import.

SERVICE_URLS = """\
services:
  web:
    image: nginx:1.27
    environment:
      API_URL: http://api:5000/v1
    deploy:
      resources:
        limits: {memory: 256M}
  api:
    image: example/api:2.1
    deploy:
      resources:
        limits: {memory: 512M}
"""


def answer_dialog(qtbot, choose: str, seen: list[str]) -> None:
    """When the network mode dialog is up: click ``choose`` (or nothing), note the
    explanation shown, and click Import."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ComposeOptionsDialog):
            QTimer.singleShot(10, act)  # not up yet
            return
        seen.append(dialog.explanation.text())
        if choose:
            button = dialog.buttons[choose]
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
            seen.append(dialog.explanation.text())
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def import_with(
    qtbot, compose_window, monkeypatch, tmp_path, choose: str, text: str = SERVICE_URLS
) -> list[str]:
    source = tmp_path / "compose.yml"
    source.write_text(text, encoding="utf-8")
    monkeypatch.setattr(compose_window.compose, "ask_compose_path", lambda: str(source))
    seen: list[str] = []
    answer_dialog(qtbot, choose, seen)
    assert compose_window.compose.import_dialog()
    return seen


def test_bridge_keeps_the_addresses_and_the_report_says_to_add_links(
    qtbot, compose_window, monkeypatch, tmp_path
):
    seen = import_with(qtbot, compose_window, monkeypatch, tmp_path, "bridge")
    assert "localhost" in seen[0]  # awsvpc is chosen until the user clicks bridge
    assert "links" in seen[1]
    controller = compose_window.controller
    assert controller.get("/networkMode") == "bridge"
    assert controller.get("/requiresCompatibilities") == ["EC2"]
    web = controller.containers[0]
    assert web["environment"] == [{"name": "API_URL", "value": "http://api:5000/v1"}]
    assert errors_of(controller) == []
    ((intro, rows),) = compose_window.reports
    assert "network mode bridge" in intro
    [(place, severity, key, why)] = [row for row in rows if "API_URL" in row[3]]
    assert (severity, key) == ("warning", "services.web.environment.API_URL")
    assert place.startswith("compose.yml:5:")
    assert "links" in why and "api" in why


def test_awsvpc_is_the_default_and_rewrites_to_localhost(
    qtbot, compose_window, monkeypatch, tmp_path
):
    import_with(qtbot, compose_window, monkeypatch, tmp_path, "")
    controller = compose_window.controller
    assert controller.get("/networkMode") == "awsvpc"
    assert controller.get("/requiresCompatibilities") == ["FARGATE"]
    web = controller.containers[0]
    assert web["environment"] == [{"name": "API_URL", "value": "http://localhost:5000/v1"}]
    ((intro, rows),) = compose_window.reports
    assert "network mode awsvpc" in intro
    [(_place, severity, _key, why)] = [row for row in rows if "API_URL" in row[3]]
    assert severity == "info" and "localhost" in why


def test_cancelling_the_network_mode_imports_nothing(qtbot, compose_window, monkeypatch, tmp_path):
    source = tmp_path / "compose.yml"
    source.write_text(SERVICE_URLS, encoding="utf-8")
    monkeypatch.setattr(compose_window.compose, "ask_compose_path", lambda: str(source))
    compose_window.controller.set("/family", "mine")

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ComposeOptionsDialog):
            QTimer.singleShot(10, cancel)
            return
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert not compose_window.compose.import_dialog()
    assert compose_window.controller.get("/family") == "mine"
    assert compose_window.reports == []


def test_bridge_carries_the_services_links_over(qtbot, compose_window, monkeypatch, tmp_path):
    linked = SERVICE_URLS.replace("  web:\n", "  web:\n    links: [api]\n", 1)
    seen = import_with(qtbot, compose_window, monkeypatch, tmp_path, "bridge", linked)
    assert "links become" in seen[1]
    controller = compose_window.controller
    web = controller.containers[0]
    assert web["links"] == ["api"]
    assert web["environment"] == [{"name": "API_URL", "value": "http://api:5000/v1"}]
    assert errors_of(controller) == []
    # The link makes http://api:5000 work: nothing left to report about it.
    reports = compose_window.reports
    assert not [row for _intro, rows in reports for row in rows if "API_URL" in row[3]]
