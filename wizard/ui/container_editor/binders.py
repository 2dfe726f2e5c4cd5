"""Binders for the container editor's fields that are not a plain member.

They extend the binders of :mod:`wizard.ui.widgets.field_row` (same lifetime:
parented to their editor) for values that need converting: comma-separated
lists, the health check command line, the GPU entry of
``resourceRequirements``, and toggles that create or remove a whole object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QLineEdit

from wizard.domain.formats.integers import parse_int
from wizard.ui.draft.controller import REMOVE, DraftController
from wizard.ui.widgets.field_row import CheckBinder, PointerSource, TextBinder


def _as_int(token: str) -> int | str:
    number = parse_int(token)
    return token if number is None else number


def parse_comma_list(text: str, integer: bool = False) -> list[Any]:
    items = [part.strip() for part in text.split(",") if part.strip()]
    return [_as_int(i) for i in items] if integer else items


def parse_health_command(text: str) -> list[str]:
    """The console's one-line form: "CMD-SHELL, curl -f http://localhost/ || exit 1"
    gives ["CMD-SHELL", "curl -f http://localhost/ || exit 1"] (the shell command
    may itself contain commas); "CMD, /bin/check, --quick" gives one item per part."""
    stripped = text.strip()
    if not stripped:
        return []
    for prefix in ("CMD-SHELL,", "CMD-SHELL "):
        if stripped.startswith(prefix):
            rest = stripped[len(prefix) :].strip()
            return ["CMD-SHELL", rest] if rest else ["CMD-SHELL"]
    return [part.strip() for part in stripped.split(",") if part.strip()]


def format_health_command(value: Any) -> str:
    if not isinstance(value, list):
        return "" if value is None else str(value)
    return ", ".join(str(v) for v in value)


class CommaListBinder(TextBinder):
    """A line edit for a list of strings (or integers) written "a, b, c"."""

    def __init__(
        self,
        controller: DraftController,
        ptr: PointerSource,
        editor: QLineEdit,
        integer: bool = False,
    ) -> None:
        self.list_of_ints = integer
        super().__init__(controller, ptr, editor)

    def parse(self, text: str) -> list[Any]:
        return parse_comma_list(text, self.list_of_ints)

    def format(self, value: Any) -> str:
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return "" if value is None else str(value)

    @Slot(str)
    def edited(self, text: str) -> None:
        items = self.parse(text)
        self.store(items if items else REMOVE)

    @Slot(str)
    def sync(self, _changed: str = "") -> None:
        editor = self.editor
        value = self.value()
        # "a, b," while typing parses to the stored ["a", "b"]: leave the text alone.
        if isinstance(value, list) and self.parse(editor.text()) == value:
            return
        if value is None and not self.parse(editor.text()):
            return
        editor.setText(self.format(value))


class HealthCommandBinder(CommaListBinder):
    def parse(self, text: str) -> list[Any]:
        return parse_health_command(text)

    def format(self, value: Any) -> str:
        return format_health_command(value)


class GpuBinder(TextBinder):
    """The GPU count: the ``value`` of the GPU entry in ``resourceRequirements``.

    Other entries (InferenceAccelerator, NeuronDevice) are left as they are; the
    value is a string in the API ("1"), so it is stored as typed.
    """

    def __init__(
        self, controller: DraftController, list_ptr: PointerSource, editor: QLineEdit
    ) -> None:
        super().__init__(controller, list_ptr, editor, integer=False, empty_removes=True)

    def entries(self) -> list[Any]:
        value = self.controller.get(self.pointer)
        return value if isinstance(value, list) else []

    def gpu_index(self) -> int:
        for i, entry in enumerate(self.entries()):
            if isinstance(entry, dict) and entry.get("type") == "GPU":
                return i
        return -1

    def value(self) -> Any:
        i = self.gpu_index()
        return self.entries()[i].get("value") if i >= 0 else None

    def store(self, value: Any) -> None:
        entries, i = self.entries(), self.gpu_index()
        if value is REMOVE:
            if i >= 0:
                kept = entries[:i] + entries[i + 1 :]
                self.controller.set(self.pointer, kept if kept else REMOVE)
            return
        if i >= 0:
            self.controller.set(f"{self.pointer}/{i}/value", value)
        elif not entries:
            self.controller.set(self.pointer, [{"type": "GPU", "value": value}])
        else:
            self.controller.set(f"{self.pointer}/{len(entries)}", {"type": "GPU", "value": value})


class PresenceBinder(CheckBinder):
    """A toggle that is on while the object at ``ptr`` exists; turning it on
    creates it from ``factory`` and turning it off removes it."""

    def __init__(
        self,
        controller: DraftController,
        ptr: PointerSource,
        box: QCheckBox,
        factory: Callable[[], Any],
    ) -> None:
        self.factory = factory
        super().__init__(controller, ptr, box)

    @Slot(bool)
    def toggled(self, checked: bool) -> None:
        if checked and self.value() is None:
            self.store(self.factory())
        elif not checked:
            self.store(REMOVE)

    @Slot(str)
    def sync(self, _changed: str = "") -> None:
        box = self.editor
        wanted = self.value() is not None
        if box.isChecked() != wanted:
            box.setChecked(wanted)


class TrueStringBinder(CheckBinder):
    """A toggle for a string option that is on when it reads "true" (log driver
    options are strings): checking stores "true", unchecking removes it."""

    @Slot(bool)
    def toggled(self, checked: bool) -> None:
        self.store("true" if checked else REMOVE)

    @Slot(str)
    def sync(self, _changed: str = "") -> None:
        box = self.editor
        wanted = str(self.value()).strip().lower() == "true"
        if box.isChecked() != wanted:
            box.setChecked(wanted)


class RestartPolicyBinder(CheckBinder):
    """``restartPolicy.enabled``; turning it off keeps typed exit codes and period
    (as ``enabled: false``) and removes the policy only when nothing else is set."""

    @Slot(bool)
    def toggled(self, checked: bool) -> None:
        policy = self.value()
        others = isinstance(policy, dict) and any(k != "enabled" for k in policy)
        if checked or others:
            self.controller.set(f"{self.pointer}/enabled", checked)
        else:
            self.store(REMOVE)

    @Slot(str)
    def sync(self, _changed: str = "") -> None:
        policy = self.value()
        wanted = isinstance(policy, dict) and policy.get("enabled") is True
        box = self.editor
        if box.isChecked() != wanted:
            box.setChecked(wanted)
