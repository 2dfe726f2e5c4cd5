"""Words from the screen: which field label a JSON Pointer is shown under.

The rules speak the API's words (``memoryReservation``) so that ``lint`` and
the JSON agree; a GUI user sees "Memory soft limit". This table maps pointer
patterns to the labels the pages show, so the GUI can name fields the way
the screen does (in undo texts and in the messages under fields) without
rewriting the rules; the API member goes into the hint for whoever wants it.
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


def _in_sentence(label: str) -> str:
    """ "Memory hard limit" -> "memory hard limit"; "CPU units" stays."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
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
    what = _in_sentence(item.text()) if item else ptr.rsplit("/", 1)[-1]
    # The name field names the container itself: "name wordpress", not "wordpress name wordpress".
    container = container_name(document, ptr) if not ptr.endswith("/name") else None
    subject = f"{container} {what}" if container else what
    if removed:
        return QCoreApplication.translate("FieldLabels", "{0} cleared").format(subject)
    shown = _value_text(value, item.unit if item else "")
    return f"{subject} {shown}" if shown else subject


_WORD = r"(?<![\w-]){0}(?![\w-])"
# In a container's message, "memory 2048" and "cpu 256" are the container's fields.
_CONTAINER_NUMBERS = (("memory", f"{_C}/memory"), ("cpu", f"{_C}/cpu"))


def screen_words(text: str, in_container: bool = False) -> tuple[str, list[str]]:
    """``text`` with API member names replaced by the labels the screen shows
    ("memoryReservation" -> "memory soft limit"); returns the members replaced.

    Only camelCase names are replaced anywhere: they cannot be ordinary words.
    Plain "memory" and "cpu" may mean the task's or a container's, so they are
    replaced only in a container's message and only before a number
    ("has memory 2048 MiB" -> "has memory hard limit 2048 MiB").
    """
    replaced: list[str] = []
    for item in LABELS:
        member = item.member
        if member == member.lower():
            continue
        pattern = re.compile(_WORD.format(re.escape(member)))
        if pattern.search(text):
            text = pattern.sub(_in_sentence(item.text()), text)
            replaced.append(member)
    if in_container:
        for member, ptr in _CONTAINER_NUMBERS:
            pattern = re.compile(_WORD.format(member) + r"(?= \d)")
            if pattern.search(text):
                found = field_label(ptr.replace("*", "0"))
                assert found is not None
                text = pattern.sub(_in_sentence(found.text()), text)
                replaced.append(member)
    if replaced and text[:1].islower():
        # "executionRoleArn is missing" -> "Task execution role is missing".
        text = text[0].upper() + text[1:]
    return text, replaced


def in_container(ptr: str) -> bool:
    return _CONTAINER.match(ptr) is not None


def screen_finding(message: str, hint: str, ptr: str) -> tuple[str, str, str]:
    """A finding's message and hint in the screen's words, and the note naming the
    API members those words stand for ("(API: memoryReservation)", "" for none)."""
    inside = in_container(ptr)
    message, members = screen_words(message, inside)
    hint, more = screen_words(hint, inside)
    members += [m for m in more if m not in members]
    if not members:
        return message, hint, ""
    api = QCoreApplication.translate("FieldRow", "(API: {0})").format(", ".join(members))
    return message, hint, api
