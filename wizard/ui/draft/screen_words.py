"""A finding's message in the screen's words: API members become the labels the user sees.

The rules speak the API's words so that ``lint`` and the JSON agree
("sets neither memory nor memoryReservation"); the GUI says "sets neither
memory hard limit nor memory soft limit" and names the API members in the hint
("(API: memory, memoryReservation)").

What is replaced, in one pass over the text:

- a camelCase member (``memoryReservation``, ``containerPortRange``) anywhere:
  such a word is never ordinary English or Chinese. A dotted path
  (``host.sourcePath``, ``containerDefinitions[web].portMappings[0].protocol``)
  becomes the label of its last member.
- inside quotes only a quote that is a member and nothing else
  (``'executionRoleArn' is ...``): other quotes hold the user's values.
- ``cpu`` in lower case: prose writes "CPU", so it is the member. Whether it is
  the task's ("Task CPU units") or a container's ("CPU units") follows from the
  words before it ("Task cpu 256", "task-level cpu"), then from where the finding
  is (a container's place, or a rule about the containers' values).
- ``memory`` is also ordinary English ("runs out of memory"): in English it is
  replaced only where it is the member: before a number ("memory 2048 MiB"),
  after "task" ("Task memory", "task-level memory"), and in the members' lists
  of the memory rules ("neither memory nor ...", "..., else memory)"). Chinese
  prose writes 内存, so a Latin ``memory`` there is always the member.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from PySide6.QtCore import QCoreApplication

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.locale import ENGLISH, active_language
from wizard.ui.draft.field_labels import LABELS, field_label, in_container, in_sentence
from wizard.ui.draft.member_labels import BY_NAME

#: Rules found at the task whose plain "cpu" / "memory" are the containers' members.
CONTAINER_VALUES = frozenset({"cpu-sum-above-task", "memory-reserved-sum-above-task"})

_TASK_CPU, _TASK_MEMORY = "/cpu", "/memory"
_CONTAINER_CPU, _CONTAINER_MEMORY = "/containerDefinitions/0/cpu", "/containerDefinitions/0/memory"
#: The plain-word members: (the task's label, a container's label), by "in a container".
_PLAIN = {"cpu": (_TASK_CPU, _CONTAINER_CPU), "memory": (_TASK_MEMORY, _CONTAINER_MEMORY)}

_PATTERN = re.compile(
    # A quote: replaced only when it is a member and nothing else.
    r"(?P<quoted>(?<![A-Za-z0-9_])'(?P<inner>[^'\n]*)'(?![A-Za-z0-9_]))"
    # "host.sourcePath", "containerDefinitions[web].portMappings[0].protocol".
    r"|(?P<dotted>(?<![A-Za-z0-9_.-])[a-z][A-Za-z]*(?:\[[^\]\s]*\]|\.[a-z][A-Za-z]*)+"
    r"(?![A-Za-z0-9_-]))"
    # "Task cpu", "task-level memory", "Task size cpu", "任务 cpu", "任务级别的 memory",
    # and quoted: "Task 'memory' ..." (a loading note).
    r"|(?P<task>(?P<pre>(?<![A-Za-z0-9_-])[Tt]ask(?:-level| size)? |任务(?:级别的|大小)? ?)"
    r"(?P<tq>'?)(?P<tm>cpu|memory)(?P=tq)(?![A-Za-z0-9_-]))"
    # "the task sets no memory" (and the Chinese): the task's field.
    r"|(?P<tasknone>(?:(?<=the task sets no )|(?<=任务也没有设置 ))memory(?![A-Za-z0-9_-]))"
    # "The containers' cpu values add up": the containers' CPU units.
    r"|(?P<values>(?<![A-Za-z0-9_-])cpu values(?![A-Za-z0-9_-]))"
    # "Set cpu and memory on each container instead": the containers' fields.
    r"|(?P<each>(?<![A-Za-z0-9_-])cpu (?P<and>and) memory(?= on each container)"
    r"|(?<=每个容器上设置 )cpu (?P<he>和) memory)"
    # A member, and "(soft limit)" after it when its label says so already.
    r"|(?P<camel>(?<![A-Za-z0-9_.-])[a-z]+[A-Z][A-Za-z]*(?![A-Za-z0-9_-]))"
    r"(?P<camelparen> \((?:the )?soft limit\)|（软限制）)?"
    r"|(?P<bare>(?<![A-Za-z0-9_.-])(?:cpu|memory)(?![A-Za-z0-9_-]))"
    r"(?P<bareparen> \((?:the )?hard limit\)|（硬限制）)?"
)
_FIRST_LETTER = re.compile(r"^(['“]?)([a-z])")
_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
# English words before "memory" that make it the member: "Raise memory to",
# "Lower the memory of", "sets memory to", "Write memory in", "Pick memory from".
_MEMORY_VERBS = re.compile(
    r"(?:^|\W)(?:[Rr]aise|[Ll]ower|[Ss]ets?|[Ww]rite|[Uu]se|[Pp]ick) (?:the )?$"
)


@cache
def _label_patterns() -> dict[str, str]:
    """Member -> the pointer pattern of the label the screen gives it, for the
    members whose label depends on the place (the first place wins)."""
    found: dict[str, str] = {}
    for item in LABELS:
        found.setdefault(item.member, item.pattern.replace("*", "0"))
    return found


def _member_label(name: str) -> str | None:
    """The label of a camelCase member, None for a word that is not one."""
    if name == name.lower():
        return None  # plain words are handled where they are the member (see above)
    ptr = _label_patterns().get(name)
    found = field_label(ptr) if ptr else None
    if found is not None:
        return in_sentence(found.text())
    known = BY_NAME.get(name)
    return in_sentence(known.text()) if known is not None else None


def _dotted_label(path: str) -> str | None:
    """The label of the last member of a dotted path, if every part is a member."""
    parts = re.sub(r"\[[^\]]*\]", "", path).split(".")
    if not all(part in BY_NAME for part in parts):
        return None
    return _member_label(parts[-1]) or in_sentence(BY_NAME[parts[-1]].text())


def _label_at(ptr: str) -> str:
    found = field_label(ptr)
    assert found is not None, ptr
    return in_sentence(found.text())


def _said(paren: str, label: str) -> bool:
    """Whether ``label`` says what the parenthesis after the member said."""
    return paren.strip(" ()（）").removeprefix("the ") in label


def _capitalised(text: str, like: str) -> str:
    return text[:1].upper() + text[1:] if like[:1].isupper() else text


def _english_member_memory(text: str, start: int, end: int) -> bool:
    """Whether the English word "memory" at text[start:end] is the member."""
    after, before = text[end:], text[:start]
    return (
        re.match(r" \d", after) is not None
        or _MEMORY_VERBS.search(before[-20:]) is not None
        or (before.endswith("neither ") and after.startswith(" nor"))
        or (before.endswith(", else ") and after.startswith(")"))
        or (before.endswith("(or ") and after.startswith(")"))
    )


def screen_words(
    text: str, in_container: bool = False, rule: str = "", at: str = ""
) -> tuple[str, list[str]]:
    """``text`` with API member names replaced by the labels the screen shows
    ("memoryReservation" -> "memory soft limit"); returns the members replaced.

    ``at``: the member the finding is at; a quote of it is the member even when
    it is a plain word ("'cpu' must be a string" at /cpu; a ulimit named 'cpu'
    is not).

    ``in_container``: the finding is at a container's place; ``rule``: its rule id
    (see CONTAINER_VALUES). Which words are replaced: see the module's docstring.
    """
    replaced: list[str] = []
    # Whether a label now opens the text: only then is its first letter raised
    # ("executionRoleArn is missing" -> "Task execution role is missing"); a
    # quoted value of the user's at the start keeps its case ('execute' is ...).
    opens = False
    english = active_language() == ENGLISH
    containers = in_container or rule in CONTAINER_VALUES

    def note(member: str) -> None:
        if member not in replaced:
            replaced.append(member)

    def replace(match: re.Match[str]) -> str:
        nonlocal opens
        found = _replacement(match)
        if found != match.group(0) and match.start() == 0:
            opens = True
        return found

    def _replacement(match: re.Match[str]) -> str:
        word = match.group(0)
        if match.group("quoted") is not None:
            inner = match.group("inner")
            dotted = "." in inner or "[" in inner
            label = _dotted_label(inner) if dotted else _member_label(inner)
            if label is None and inner == at and inner in _PLAIN:
                label = _label_at(_PLAIN[inner][containers])
            if label is None:
                return word
            note(inner)
            return f"'{label}'"
        if match.group("dotted") is not None:
            label = _dotted_label(word)
            if label is None:
                return word
            note(word)
            return label
        if match.group("task") is not None:
            member = match.group("tm")
            note(member)
            label = _label_at(_TASK_CPU if member == "cpu" else _TASK_MEMORY)
            pre, quote = match.group("pre"), match.group("tq")
            label = _capitalised(label, pre) if pre[:1].isascii() else label
            return f"{quote}{label}{quote}"
        if match.group("tasknone") is not None:
            note("memory")
            return _label_at(_TASK_MEMORY)
        if match.group("values") is not None:
            note("cpu")
            return _label_at(_CONTAINER_CPU)
        if match.group("each") is not None:
            note("cpu")
            note("memory")
            conjunction = match.group("and") or match.group("he")
            return f"{_label_at(_CONTAINER_CPU)} {conjunction} {_label_at(_CONTAINER_MEMORY)}"
        if match.group("camel") is not None:
            name, paren = match.group("camel"), match.group("camelparen") or ""
            label = _member_label(name)
            if label is None:
                return word
            note(name)
            return label if _said(paren, label) else label + paren
        # A plain "cpu" or "memory", perhaps with "(hard limit)" after it.
        name, paren = match.group("bare"), match.group("bareparen") or ""
        if name == "memory" and english and not paren:
            if not _english_member_memory(match.string, match.start(), match.end()):
                return word
        note(name)
        if name == "cpu":
            return _label_at(_CONTAINER_CPU if containers else _TASK_CPU) + paren
        label = _label_at(_CONTAINER_MEMORY if containers else _TASK_MEMORY)
        return label if _said(paren, label) else label + paren

    text = _PATTERN.sub(replace, text)
    if replaced and not english:
        # Chinese set the member's Latin name apart with spaces ("设置 memory，");
        # its label is Chinese and needs none.
        text = _CJK_SPACE.sub("", text)
    if opens:
        # "executionRoleArn is missing" -> "Task execution role is missing".
        text = _FIRST_LETTER.sub(lambda m: m.group(1) + m.group(2).upper(), text, count=1)
    return text, replaced


def screen_finding(message: str, hint: str, ptr: str, rule: str = "") -> tuple[str, str, str]:
    """A finding's message and hint in the screen's words, and the note naming the
    API members those words stand for ("(API: memoryReservation)", "" for none)."""
    # Remembered: a table with hundreds of findings puts each into words on every
    # edit (message line, cell tooltips). The words follow from these arguments and
    # the language (the note's translation changes with the translators).
    note = QCoreApplication.translate("FieldRow", "(API: {0})")
    return _screen_finding(message, hint, ptr, rule, active_language(), note)


@lru_cache(maxsize=4096)
def _screen_finding(
    message: str, hint: str, ptr: str, rule: str, _language: str, note: str
) -> tuple[str, str, str]:
    inside = in_container(ptr)
    at = ptr.rsplit("/", 1)[-1]
    message, members = screen_words(message, inside, rule, at)
    hint, more = screen_words(hint, inside, rule, at)
    members += [m for m in more if m not in members]
    if not members:
        return message, hint, ""
    return message, hint, note.format(", ".join(members))


#: Rule ids of findings a widget makes itself ("ui-duplicate-key"): their text is
#: the GUI's own, already in the screen's words, and quotes the user's keys as typed.
UI_RULE_PREFIX = "ui-"


def finding_words(finding: Finding) -> tuple[str, str, str]:
    """:func:`screen_finding` of ``finding``: its message, hint and API note."""
    if finding.rule.startswith(UI_RULE_PREFIX):
        return finding.message, finding.hint, ""
    return screen_finding(finding.message, finding.hint, finding.path, finding.rule)


def finding_text(finding: Finding) -> str:
    """A finding on one line as the GUI shows it wherever it is (a field's message,
    a table's message line and cell tooltips, the export report...): in the screen's
    words, with the API members it meant at the end. Advice (info) shows no hint."""
    message, hint, api = finding_words(finding)
    parts = [message, hint if finding.severity is not Severity.INFO else "", api]
    return " ".join(part for part in parts if part)
