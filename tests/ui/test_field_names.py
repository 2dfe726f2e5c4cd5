"""The findings table's Field column names places as the screen does: the container by
name and the field by its label ("web › Memory hard limit"), the JSON Pointer in the
tooltip. Every place the rules report in the real corpus and the templates gets a name
that is not a raw pointer, in English and in Simplified Chinese.

The corpus is read from ../shared/corpus/real (or $ECS_WIZARD_CORPUS); the corpus
part skips, saying why, where it is absent.
"""

from __future__ import annotations

import copy
import re

import pytest

from tests.domain.test_corpus import CORPUS, FILES
from tests.ui.test_screen_words import book
from wizard.domain.analysis import analyse
from wizard.domain.findings import Finding
from wizard.domain.formats.importer import load_path
from wizard.domain.formats.templates import TEMPLATES, load_template
from wizard.domain.schema.shapes import SHAPES
from wizard.ui.draft.field_names import field_name
from wizard.ui.draft.member_labels import BY_NAME
from wizard.ui.widgets.findings_list import FindingsList

LAUNCH_TYPES = ((), ("FARGATE",), ("EC2",), ("EXTERNAL",))
CAMEL = re.compile(r"(?<![A-Za-z0-9_'])[a-z]+[A-Z][A-Za-z]*")
CJK = re.compile(r"[\u4e00-\u9fff]")
#: Names of products, written the same in Chinese.
PRODUCTS = ("Amazon FSx for Windows File Server", "Amazon EFS", "Amazon S3 Files", "NVIDIA MPS")


def reported_places() -> list[tuple[dict, Finding]]:
    """(document, finding) for every finding of the corpus and the templates, once
    per place pattern (indexes as *) and rule."""
    documents: list[dict] = [load_template(t.id) for t in TEMPLATES]
    found: list[tuple[dict, Finding]] = []
    for path in FILES:
        loaded = load_path(str(path))
        document = loaded.document or {}
        found += [(document, f) for f in loaded.findings]
        if loaded.document is not None:
            documents.append(loaded.document)
    for document in documents:
        for launch_types in LAUNCH_TYPES:
            found += [(document, f) for f in analyse(document, launch_types)]
    seen: set[tuple[str, str]] = set()
    unique = []
    for document, finding in found:
        key = (re.sub(r"/\d+(?=/|$)", "/*", finding.path), finding.rule)
        if key not in seen:
            seen.add(key)
            unique.append((document, finding))
    return unique


def user_words(document: dict, ptr: str) -> set[str]:
    """Words the user wrote that a place may show: container and item names, map keys,
    keys the API does not know."""
    words = {p for p in ptr.split("/") if p and not p.isdigit()} - set(BY_NAME)
    for container in document.get("containerDefinitions") or []:
        if isinstance(container, dict) and isinstance(container.get("name"), str):
            words.add(container["name"])
    return words


def assert_readable(document: dict, finding: Finding, place: str) -> None:
    assert place and place != finding.path, (finding.rule, finding.path)
    assert not place.startswith("/"), (finding.path, place)
    left = {w for w in CAMEL.findall(place) if w in BY_NAME}
    # A camelCase member may be shown only where it is the user's own word
    # (a container named "myApp"), never as a field's name.
    assert not left - user_words(document, finding.path), (finding.path, place)


@pytest.mark.skipif(not FILES, reason=f"real corpus not found at {CORPUS}")
def test_every_place_the_rules_report_has_a_readable_name(qapp):
    places = reported_places()
    assert len(places) > 100  # the corpus and the templates were read
    for document, finding in places:
        assert_readable(document, finding, field_name(document, finding.path))


@pytest.mark.skipif(not FILES, reason=f"real corpus not found at {CORPUS}")
def test_every_place_has_a_chinese_name(chinese):
    for document, finding in reported_places():
        place = field_name(document, finding.path)
        assert_readable(document, finding, place)
        # Every label on the way is translated: what is left in Latin letters is
        # the user's (names, keys) or a name such as FireLens, EFS or DNS.
        latin = re.sub(r"'[^']*'|“[^”]*”", "", place)
        for word in (*user_words(document, finding.path), *PRODUCTS):
            latin = latin.replace(word, "")
        parts = [p.strip() for p in latin.split("›")]
        for part in parts:
            if re.search(r"[a-z]{3,}", part):
                assert CJK.search(part), (finding.path, place)


def test_every_member_of_the_input_shape_has_a_label():
    members = {name for shape in SHAPES.values() for name in shape["members"]}
    assert not members - set(BY_NAME)


def test_examples(qapp):
    doc = book()
    doc["containerDefinitions"][0]["portMappings"] = [{"containerPort": 80}, {"containerPort": 0}]
    doc["containerDefinitions"][0]["environment"] = [{"name": "DB_HOST", "value": "db"}]
    doc["containerDefinitions"][0]["logConfiguration"] = {
        "logDriver": "awslogs",
        "options": {"awslogs-group": "/ecs/book", "mode": "non-blocking"},
    }
    doc["volumes"] = [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-1"}}]
    doc["containerDefinitions"][1]["name"] = ""
    cases = {
        "/containerDefinitions/0/memory": "wordpress › Memory hard limit",
        "/containerDefinitions/0/memoryReservation": "wordpress › Memory soft limit",
        "/memory": "Task memory",
        "/cpu": "Task CPU units",
        "": "Whole task definition",
        "/containerDefinitions/0/portMappings/1/containerPort": (
            "wordpress › Port mapping 2 › Container port"
        ),
        "/containerDefinitions/0/environment/0/value": (
            "wordpress › Environment variable 'DB_HOST' › Value"
        ),
        "/containerDefinitions/0/logConfiguration/options/awslogs-group": "wordpress › Log group",
        "/containerDefinitions/0/logConfiguration/options/mode": "wordpress › Log options › mode",
        "/containerDefinitions/1/image": "container 2 › Image URI",
        "/volumes/0/efsVolumeConfiguration/fileSystemId": (
            "Volume 'data' › Amazon EFS › File system ID"
        ),
        "/containerDefinitions/0/inferenceDevices": "wordpress › 'inferenceDevices'",
        "/taskDefinitionArn": "Task definition ARN",
    }
    assert {ptr: field_name(doc, ptr) for ptr in cases} == cases


def test_the_field_column_shows_the_place_and_keeps_the_pointer_in_the_tooltip(qtbot, controller):
    doc = book()
    doc["containerDefinitions"][0]["memory"] = 100  # below its 128 MiB soft limit
    controller.replace_document(doc)
    widget = FindingsList()
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    widget.set_findings(controller.findings, controller.document)
    texts = {
        widget.tree.topLevelItem(i).text(2): widget.tree.topLevelItem(i)
        for i in range(widget.tree.topLevelItemCount())
    }
    item = texts["wordpress › Memory soft limit"]
    assert "/containerDefinitions/0/memoryReservation" in item.toolTip(2)
    assert not any(text.startswith("/") for text in texts)
    widget.tree.setCurrentItem(item)
    detail = widget.detail.text()
    assert "wordpress › Memory soft limit" in detail
    assert "/containerDefinitions/0/memoryReservation" in detail  # the selectable copy
    # Renaming the container renames the place, though the findings stay the same.
    renamed = copy.deepcopy(controller.document)
    renamed["containerDefinitions"][0]["name"] = "blog"
    widget.set_findings(controller.findings, renamed)
    places = [widget.tree.topLevelItem(i).text(2) for i in range(widget.tree.topLevelItemCount())]
    assert "blog › Memory soft limit" in places


def test_a_long_place_wraps_within_its_share_of_the_width(qtbot, controller):
    doc = book()
    doc["containerDefinitions"][0]["name"] = "a-rather-long-container-name-for-the-review-page"
    doc["containerDefinitions"][0]["memory"] = 100
    controller.replace_document(doc)
    widget = FindingsList()
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.show()
    widget.set_findings(controller.findings, controller.document)
    qtbot.waitUntil(lambda: widget.tree.columnWidth(2) > 0)
    assert widget.tree.columnWidth(2) <= int(widget.tree.viewport().width() * 0.35) + 1
    assert widget.tree.columnWidth(1) > widget.tree.columnWidth(2)  # Problem keeps its room
