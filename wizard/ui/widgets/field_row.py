"""A labelled editor bound to one place in the draft, with its message below.

A :class:`FieldRow` shows the most severe finding whose path is exactly its
JSON Pointer: the editor gets the ``invalid`` / ``warning`` dynamic property
(styled by ``resources/qss/app.qss``, so qdarkstyle is not fought with
per-widget style sheets) and the message becomes the editor's accessible
description, so screen readers announce it.

Binding helpers connect common editors to the controller in both directions:
user edits call ``controller.set``; draft changes (undo, Fit, JSON view) update
the editor unless the user is typing in it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.findings import Finding, Severity
from wizard.domain.formats.integers import parse_int
from wizard.ui.draft.controller import REMOVE, DraftController

# Re-exported: the editors import the pointer type from here.
from wizard.ui.draft.watchers import PointerSource as PointerSource
from wizard.ui.draft.watchers import resolve as resolve
from wizard.ui.widgets.wrapped_label import WrappedLabel


def hidden_in_visible_window(widget: QWidget) -> bool:
    """True for a widget that is not on screen while its window is (a later
    page, a folded section). A widget in a window that is not shown at all (a
    page built alone in a test) still updates, so it never goes stale unseen."""
    return not widget.isVisible() and widget.window().isVisible()


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a property it selects on changed."""
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        # Not shown yet: Qt polishes it with its current properties when it is.
        # Skipping it here also keeps QStyle's Python type (about 7 ms of enums)
        # from being made while the first page is built.
        return
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_severity(widget: QWidget, severity: str) -> None:
    """Set the ``severity`` style property (styled by app.qss), repolishing on change."""
    if widget.property("severity") != severity:
        widget.setProperty("severity", severity)
        repolish(widget)


def _focus_parts(editor: QWidget) -> tuple[QWidget, ...]:
    """The editor and the widgets inside it that can have the focus.

    A combo box's children are its popup (a frame, a list view and its scroll
    bars), which the focus leaves to come back to the box: only an editable
    box's line edit counts. Skipping them also keeps the first paint from
    waiting for PySide6 to wrap those Qt-made widgets (about 3 ms)."""
    if isinstance(editor, QComboBox):
        edit = editor.lineEdit()
        return (editor,) if edit is None else (editor, edit)
    return (editor, *editor.findChildren(QWidget))


class FieldRow(QWidget):
    """Editor + message label for the finding at ``ptr``."""

    # Whether it shows findings below its pointer too (see SubtreeFieldRow).
    SUBTREE = False

    def __init__(
        self,
        controller: DraftController,
        ptr: PointerSource,
        editor: QWidget,
        help_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._ptr = ptr
        self.editor = editor
        self.help_text = help_text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.message = WrappedLabel("", self)
        self.message.setObjectName("fieldMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        if help_text:
            editor.setToolTip(help_text)
        # Leaving the field shows the findings a new draft kept quiet about (the
        # editor may be a small row: a line edit with a picker button).
        for part in _focus_parts(editor):
            part.installEventFilter(self)
        self._stale = False
        # Told only when the findings at its pointer changed (or its value did).
        controller.watch(self, ptr, on_findings=self._analysis_changed, exact=not self.SUBTREE)
        self.refresh()

    @property
    def pointer(self) -> str:
        return resolve(self._ptr)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.controller.quiet:
            self.controller.reveal(self.pointer)
        return False

    @Slot()
    def _analysis_changed(self) -> None:
        # Rows on hidden pages or folded sections catch up when shown: on every
        # keystroke only what is on screen is refreshed.
        if hidden_in_visible_window(self):
            self._stale = True
            return
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def finding(self) -> Finding | None:
        found = self.controller.findings_at(self.pointer)
        return min(found, key=lambda f: f.severity.rank) if found else None

    def refresh(self) -> None:
        finding = self.finding()
        invalid = finding is not None and finding.severity is Severity.ERROR
        warning = finding is not None and finding.severity is Severity.WARNING
        if self.editor.property("invalid") != invalid or self.editor.property("warning") != warning:
            self.editor.setProperty("invalid", invalid)
            self.editor.setProperty("warning", warning)
            repolish(self.editor)
        if finding is None:
            self.message.hide()
            self.message.clear()
            self.editor.setAccessibleDescription(self.help_text)
            return
        # Imported on the first message shown: the screen-words tables are not
        # needed for a fresh draft's first paint (about 4 ms at start-up).
        from wizard.ui.draft.screen_words import finding_text

        text = finding_text(finding)
        self.message.setText(text)
        self.message.setProperty("severity", finding.severity.value)
        repolish(self.message)
        self.message.show()
        self.editor.setAccessibleDescription(text)


# --- binders ---------------------------------------------------------------
#
# Each binder is a QObject parented to its editor: when the editor is destroyed
# (the container editor rebuilds rows), Qt drops the binder and its connections,
# so the controller never calls into a deleted widget.


class _Binder(QObject):
    def __init__(self, controller: DraftController, ptr: PointerSource, editor: QWidget) -> None:
        super().__init__(editor)
        self.controller = controller
        self.ptr = ptr
        self.editor = editor
        self._stale = False
        # Told only about changes at, under or above what it shows.
        controller.watch(self, self.watched(), on_document=self._document_changed)

    def watched(self) -> tuple[PointerSource, ...]:
        """The pointers whose changes the editor shows (its own, by default)."""
        return (self.ptr,)

    @Slot(str)
    def _document_changed(self, changed: str) -> None:
        # An editor that is not on screen syncs when it is shown again.
        if hidden_in_visible_window(self.editor):
            if not self._stale:
                self._stale = True
                self.editor.installEventFilter(self)
            return
        self.sync(changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            watched.removeEventFilter(self)
            self.sync("")
        return False

    @property
    def pointer(self) -> str:
        return resolve(self.ptr)

    def value(self) -> Any:
        return self.controller.get(self.pointer)

    def store(self, value: Any) -> None:
        self.controller.set(self.pointer, value)

    @Slot(str)
    def sync(self, _changed: str = "") -> None:
        raise NotImplementedError


class TextBinder(_Binder):
    """A line edit for a string (or, with ``integer``, an integer) member.

    Text that is not a whole number is stored as typed, so nothing the user
    wrote is lost and the schema check puts "must be an integer" at the field.
    """

    editor: QLineEdit

    def __init__(
        self,
        controller: DraftController,
        ptr: PointerSource,
        editor: QLineEdit,
        integer: bool = False,
        empty_removes: bool = True,
    ) -> None:
        super().__init__(controller, ptr, editor)
        self.integer = integer
        self.empty_removes = empty_removes
        editor.textEdited.connect(self.edited)
        self.sync()

    @Slot(str)
    def edited(self, text: str) -> None:
        if text == "" and self.empty_removes:
            self.store(REMOVE)
            return
        number = parse_int(text) if self.integer else None
        self.store(text if number is None else number)

    @Slot(str)
    def sync(self, _changed: str = "") -> None:
        value = self.value()
        wanted = "" if value is None else str(value)
        editor = self.editor
        if editor.text() == wanted:
            return
        # While typing " 12" into an integer field the draft holds 12: same thing.
        if editor.hasFocus() and editor.text().strip() == wanted.strip():
            return
        editor.setText(wanted)


class LinesBinder(_Binder):
    """A multi-line editor for a list of strings, one item per line."""

    editor: QPlainTextEdit

    def __init__(
        self, controller: DraftController, ptr: PointerSource, editor: QPlainTextEdit
    ) -> None:
        super().__init__(controller, ptr, editor)
        editor.textChanged.connect(self.edited)
        self.sync()

    @Slot()
    def edited(self) -> None:
        editor = self.editor
        lines = [line for line in editor.toPlainText().splitlines() if line.strip()]
        if lines != self._current():
            self.store(lines if lines else REMOVE)

    def _current(self) -> list[str]:
        value = self.value()
        return [str(v) for v in value] if isinstance(value, list) else []

    @Slot(str)
    def sync(self, _changed: str = "") -> None:
        editor = self.editor
        shown = [line for line in editor.toPlainText().splitlines() if line.strip()]
        if shown != self._current():
            editor.blockSignals(True)
            editor.setPlainText("\n".join(self._current()))
            editor.blockSignals(False)


class CheckBinder(_Binder):
    """A check box for a boolean member; ``default`` is what ECS assumes when absent."""

    editor: QCheckBox

    def __init__(
        self,
        controller: DraftController,
        ptr: PointerSource,
        box: QCheckBox,
        default: bool = False,
        remove_when_default: bool = False,
    ) -> None:
        super().__init__(controller, ptr, box)
        self.default = default
        self.remove_when_default = remove_when_default
        box.clicked.connect(self.toggled)
        self.sync()

    @Slot(bool)
    def toggled(self, checked: bool) -> None:
        if self.remove_when_default and checked == self.default:
            self.store(REMOVE)
        else:
            self.store(checked)

    @Slot(str)
    def sync(self, _changed: str = "") -> None:
        value = self.value()
        wanted = value if isinstance(value, bool) else self.default
        box = self.editor
        if box.isChecked() != wanted:
            box.setChecked(wanted)


class ComboBinder(_Binder):
    """A combo box whose items carry their API values as item data.

    An item whose data is None means "not set". A value in the draft that is
    not among the items (from a file) is added, so it is shown, not lost.
    """

    editor: QComboBox

    def __init__(self, controller: DraftController, ptr: PointerSource, combo: QComboBox) -> None:
        super().__init__(controller, ptr, combo)
        combo.activated.connect(self.activated)
        self.sync()

    @Slot(int)
    def activated(self, index: int) -> None:
        combo = self.editor
        value = combo.itemData(index)
        self.store(REMOVE if value is None else value)

    @Slot(str)
    def sync(self, _changed: str = "") -> None:
        combo = self.editor
        value = self.value()
        index = combo.findData(value) if value is not None else combo.findData(None)
        if index < 0 and value is not None:
            combo.addItem(str(value), value)
            index = combo.count() - 1
        if index >= 0 and combo.currentIndex() != index:
            combo.setCurrentIndex(index)


def bind_text(
    controller: DraftController,
    ptr: PointerSource,
    editor: QLineEdit,
    *,
    integer: bool = False,
    empty_removes: bool = True,
) -> TextBinder:
    return TextBinder(controller, ptr, editor, integer, empty_removes)


def bind_lines(
    controller: DraftController, ptr: PointerSource, editor: QPlainTextEdit
) -> LinesBinder:
    return LinesBinder(controller, ptr, editor)


def bind_check(
    controller: DraftController,
    ptr: PointerSource,
    box: QCheckBox,
    *,
    default: bool = False,
    remove_when_default: bool = False,
) -> CheckBinder:
    return CheckBinder(controller, ptr, box, default, remove_when_default)


def bind_combo(controller: DraftController, ptr: PointerSource, combo: QComboBox) -> ComboBinder:
    return ComboBinder(controller, ptr, combo)
