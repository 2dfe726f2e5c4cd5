"""Words from the screen: which field label a JSON Pointer is shown under.

The rules speak the API's words (``memoryReservation``) so that ``lint`` and
the JSON agree; a GUI user sees "Memory soft limit". This table maps pointer
patterns to the labels the pages show, so the GUI can name fields the way
the screen does without rewriting the rules: in undo texts (here), in messages
(``screen_words``, the API member goes into the hint) and in the findings
table's Field column (``field_names``). Members whose label does not depend on
the place are named in ``member_labels``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "FieldLabels"
_CONTAINER = re.compile(r"^/containerDefinitions/(\d+)(/.*)?$")


@dataclass(frozen=True)
class FieldLabel:
    pattern: str  # a JSON Pointer; "*" stands for one list index
    label: str  # as the page's label reads (untranslated; see text())
    unit: str = ""  # shown after a value in undo texts

    @property
    def member(self) -> str:
        return self.pattern.rsplit("/", 1)[-1]

    def text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)


_C = "/containerDefinitions/*"
_LOGS = f"{_C}/logConfiguration/options"
LABELS: tuple[FieldLabel, ...] = (
    FieldLabel("/family", str(QT_TRANSLATE_NOOP("FieldLabels", "Task definition family"))),
    FieldLabel("/cpu", str(QT_TRANSLATE_NOOP("FieldLabels", "Task CPU units"))),
    FieldLabel("/memory", str(QT_TRANSLATE_NOOP("FieldLabels", "Task memory")), "MiB"),
    FieldLabel("/taskRoleArn", str(QT_TRANSLATE_NOOP("FieldLabels", "Task role"))),
    FieldLabel("/executionRoleArn", str(QT_TRANSLATE_NOOP("FieldLabels", "Task execution role"))),
    FieldLabel("/networkMode", str(QT_TRANSLATE_NOOP("FieldLabels", "Network mode"))),
    FieldLabel(f"{_C}/name", str(QT_TRANSLATE_NOOP("FieldLabels", "Name"))),
    FieldLabel(f"{_C}/image", str(QT_TRANSLATE_NOOP("FieldLabels", "Image URI"))),
    FieldLabel(f"{_C}/essential", str(QT_TRANSLATE_NOOP("FieldLabels", "Essential"))),
    FieldLabel(f"{_C}/cpu", str(QT_TRANSLATE_NOOP("FieldLabels", "CPU units"))),
    FieldLabel(f"{_C}/memory", str(QT_TRANSLATE_NOOP("FieldLabels", "Memory hard limit")), "MiB"),
    FieldLabel(
        f"{_C}/memoryReservation", str(QT_TRANSLATE_NOOP("FieldLabels", "Memory soft limit")), "MiB"
    ),
    FieldLabel(f"{_C}/logConfiguration", str(QT_TRANSLATE_NOOP("FieldLabels", "Log collection"))),
    FieldLabel(
        f"{_C}/logConfiguration/logDriver", str(QT_TRANSLATE_NOOP("FieldLabels", "Log driver"))
    ),
    FieldLabel(_LOGS, str(QT_TRANSLATE_NOOP("FieldLabels", "Log options"))),
    FieldLabel(f"{_LOGS}/awslogs-group", str(QT_TRANSLATE_NOOP("FieldLabels", "Log group"))),
    FieldLabel(f"{_LOGS}/awslogs-region", str(QT_TRANSLATE_NOOP("FieldLabels", "Region"))),
    FieldLabel(
        f"{_LOGS}/awslogs-stream-prefix", str(QT_TRANSLATE_NOOP("FieldLabels", "Stream prefix"))
    ),
    FieldLabel(
        f"{_LOGS}/awslogs-create-group", str(QT_TRANSLATE_NOOP("FieldLabels", "Create group"))
    ),
)


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], FieldLabel], ...]:
    return tuple(
        (re.compile("^" + re.escape(item.pattern).replace(r"\*", r"\d+") + "$"), item)
        for item in LABELS
    )


def field_label(ptr: str) -> FieldLabel | None:
    """The label of the field at ``ptr``, if the table knows it."""
    for regex, item in _compiled():
        if regex.match(ptr):
            return item
    return None


def container_name(document: Mapping[str, Any], ptr: str) -> str | None:
    """The name of the container ``ptr`` lies in (None outside containers); an
    unnamed container is called by its place, as the container list shows it."""
    match = _CONTAINER.match(ptr)
    if match is None:
        return None
    index = int(match.group(1))
    items = document.get("containerDefinitions")
    item = items[index] if isinstance(items, list) and index < len(items) else None
    name = item.get("name") if isinstance(item, dict) else None
    if isinstance(name, str) and name.strip():
        return name
    return QCoreApplication.translate("FieldLabels", "container {0}").format(index + 1)


#: First words of labels that are names, and keep their capital in a sentence.
_NAMES = frozenset({"Amazon", "Docker", "FireLens", "Secrets", "Windows", "Linux"})


def in_sentence(label: str) -> str:
    """ "Memory hard limit" -> "memory hard limit"; "CPU units", "Amazon EFS" stay."""
    first = label.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower() and first not in _NAMES:
        return label[0].lower() + label[1:]
    return label


def _value_text(value: Any, unit: str) -> str:
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("FieldLabels", "on")
            if value
            else QCoreApplication.translate("FieldLabels", "off")
        )
    if isinstance(value, dict | list):
        return ""
    text = str(value)
    if len(text) > 40:
        text = text[:39] + "…"
    return f"{text} {unit}" if unit and text else text


def change_text(document: Mapping[str, Any], ptr: str, value: Any, removed: bool) -> str:
    """What an edit did, for the undo entry: "wordpress memory hard limit 1024 MiB"."""
    item = field_label(ptr)
    what = in_sentence(item.text()) if item else ptr.rsplit("/", 1)[-1]
    # The name field names the container itself: "name wordpress", not "wordpress name wordpress".
    container = container_name(document, ptr) if not ptr.endswith("/name") else None
    subject = f"{container} {what}" if container else what
    if removed:
        return QCoreApplication.translate("FieldLabels", "{0} cleared").format(subject)
    shown = _value_text(value, item.unit if item else "")
    return f"{subject} {shown}" if shown else subject


def in_container(ptr: str) -> bool:
    return _CONTAINER.match(ptr) is not None
