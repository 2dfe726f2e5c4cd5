"""New, Open, Save, Save As and Export JSON for the main window.

A saved draft is plain register-input JSON (keys in the API's order when the
draft fits the API shape; otherwise the draft as it stands, so saving never
fails because of an error the user has not fixed yet). Writes are atomic.
Whatever replaces the draft (New, Open, a template, an import, a recovered
autosave) goes through :meth:`FileActions.load_draft`, one undoable step, after
asking what to do with unsaved changes. Dialogs go through small wrapper
methods that tests replace.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication, QUndoCommand
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wizard.domain.findings import Severity
from wizard.domain.text.plural import plural
from wizard.safe_files import ReadRefused, Refusal, WriteRefused, write_text
from wizard.ui.app import settings
from wizard.ui.app.recent_files import RecentFiles
from wizard.ui.draft.controller import DraftController, new_document

if TYPE_CHECKING:  # imported when a file is opened, not at start
    from wizard.domain.formats.importer import LoadResult

# Translated where a dialog opens (self.tr); marked here for lupdate.
JSON_FILTER = QT_TRANSLATE_NOOP("FileActions", "JSON files (*.json);;All files (*)")

# The file a draft is bound to and whether the draft equals it on disk.
Binding = tuple[str, bool]


class Unsaved(Enum):
    """The answer to "save the changes first?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def can_ask_user() -> bool:
    """False on a platform without a screen (offscreen, minimal): nobody could
    answer a modal question there, so callers take the default instead of
    blocking forever (automated runs, smoke tests)."""
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


def draft_text(document: dict[str, Any]) -> str:
    """The text a draft is saved as."""
    from wizard.domain.formats.exporter import ExportError, to_json

    try:
        return to_json(document)
    except ExportError:  # a draft that does not fit the API yet is saved as it stands
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


class FileActions(QObject):
    """Signals:
    path_changed(str): the file the draft is saved in ("" for a new draft).
    draft_loaded(): a different draft replaced the current one (the wizard restarts).
    """

    path_changed = Signal(str)
    draft_loaded = Signal()

    def __init__(self, controller: DraftController, window: QWidget) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.path = ""
        # The last register-input JSON written (saved or exported): what the
        # copied `aws ecs register-task-definition` command line points at.
        self.last_json_path = ""
        self.recent = RecentFiles(self)
        # Set by a BindingCommand while the stack undoes or redoes it; applied once
        # the stack has moved (see _apply_binding).
        self._pending_binding: Binding | None = None
        controller.undo_stack.indexChanged.connect(self._apply_binding)

    @property
    def is_modified(self) -> bool:
        return not self.controller.undo_stack.isClean()

    # --- dialog wrappers (tests replace these) -------------------------------
    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open task definition"),
            settings.last_directory(),
            self.tr(str(JSON_FILTER)),
        )
        return path

    def ask_save_path(self, title: str, suggested: str, filters: str = "") -> str:
        start = str(Path(settings.last_directory() or ".") / suggested)
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, start, filters or self.tr(str(JSON_FILTER))
        )
        return path

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    def show_info(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        if details:
            box.setDetailedText(details)
        box.exec()

    def ask_export_anyway(self, errors: int) -> bool:
        """True to write the JSON although the draft has ``errors`` errors."""
        if not can_ask_user():
            return True  # as the CLI's export: nobody is there to ask
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export with errors?"),
            plural(
                errors,
                self.tr(
                    "The task definition has {0} error: AWS rejects it or its tasks do not "
                    "run. The review page shows it."
                ),
                self.tr(
                    "The task definition has {0} errors: AWS rejects it or its tasks do not "
                    "run. The review page lists them."
                ),
            ).format(errors),
            parent=self.window,
        )
        anyway = box.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is anyway

    def ask_unsaved(self) -> Unsaved:
        if not can_ask_user():
            return Unsaved.DISCARD
        name = Path(self.path).name if self.path else self.tr("the new task definition")
        answer = QMessageBox.warning(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {0} first?").format(name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return Unsaved.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return Unsaved.DISCARD
        return Unsaved.CANCEL

    # --- actions ----------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Before the draft goes away: True when it may (saved, discarded or unchanged)."""
        if not self.is_modified:
            return True
        answer = self.ask_unsaved()
        if answer is Unsaved.SAVE:
            return self.save()
        return answer is Unsaved.DISCARD

    def new_draft(self) -> bool:
        if not self.maybe_save():
            return False
        # A blank draft has nothing to lose: it starts clean.
        self.load_draft(
            new_document(self.controller.region_provider()),
            self.tr("New draft"),
            clean=True,
            quiet=True,
        )
        return True

    def load_draft(
        self,
        document: dict[str, Any],
        label: str,
        path: str = "",
        *,
        clean: bool = False,
        launch_types: tuple[str, ...] | None = None,
        quiet: bool = False,
    ) -> None:
        """Make ``document`` the draft (one undo step); ``clean`` when it equals ``path``
        on disk, or is a fresh start with nothing to save.

        The step also rebinds the window to ``path``: undoing it goes back to the
        file (and the saved or unsaved state) the window had before, so Save after
        undoing Open writes to the previous file, not to the opened one."""
        stack = self.controller.undo_stack
        binding = BindingCommand(self, (self.path, stack.isClean()), (path, clean))
        # One macro, so undo and redo take the draft and its file together. The
        # binding comes second: undo runs it first, while the stack still describes
        # the state being left.
        stack.beginMacro(label)
        self.controller.replace_document(document, label, launch_types, quiet=quiet)
        stack.push(binding)
        stack.endMacro()
        if clean:
            stack.setClean()
        self._set_path(path)
        self.draft_loaded.emit()

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        path = self.ask_open_path()
        return self.open_file(path) if path else False

    def open_recent(self, path: str) -> bool:
        if not self.maybe_save():
            return False
        if not Path(path).is_file():
            self.recent.remove(path)
            self.show_error(
                self.tr("Cannot open the file"),
                self.tr("{0} no longer exists; it was removed from the recent files.").format(path),
            )
            return False
        return self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Load ``path`` into the draft; on bad input say why and keep the draft."""
        from wizard.domain.formats.importer import load_path

        result = load_path(path)
        if result.document is None or result.fatal:
            self.show_error(
                self.tr("Cannot open the file"),
                self.tr("The file was not opened; your current draft is unchanged.")
                + "\n\n"
                + "\n".join(_error_lines(path, result)[:20]),
            )
            return False
        label = self.tr("Open {0}").format(Path(path).name)
        # The extra launch types saved with this file; a file saved without any does
        # not inherit the previous draft's.
        launch_types = settings.file_launch_types(path) or ()
        self.load_draft(result.document, label, path, clean=True, launch_types=launch_types)
        self.recent.add(path)
        return True

    def save(self) -> bool:
        return self.save_as() if not self.path else self._save_to(self.path)

    def save_as(self) -> bool:
        path = self.ask_save_path(self.tr("Save task definition"), self.suggested_name(".json"))
        if not path:
            return False
        if self._save_to(path):
            self._set_path(path)
            return True
        return False

    def export_json(self) -> bool:
        """Register-input JSON for the AWS CLI; refuses a draft that does not fit the
        API, and asks before writing one with errors (AWS would reject it or the
        task would not run; the CLI's export writes it all the same)."""
        text = self.register_json()
        if text is None:
            return False
        errors = sum(f.severity is Severity.ERROR for f in self.controller.all_findings)
        if errors and not self.ask_export_anyway(errors):
            return False
        path = self.ask_save_path(self.tr("Export JSON"), self.suggested_name(".json"))
        if not path or not self.write(path, text):
            return False
        self.last_json_path = path
        return True

    def register_json(self) -> str | None:
        """The draft as register-input JSON, or None (and a message) when it does not fit."""
        from wizard.domain.formats.exporter import ExportError, to_json

        try:
            return to_json(self.controller.document)
        except ExportError as exc:
            self.refuse_export(exc)
            return None

    def refuse_export(self, exc: Exception) -> None:
        """Say why the draft cannot be exported yet."""
        reason = (
            self.tr("Fix this first: {0}").format(exc)
            if isinstance(exc, ValueError)
            else self.tr("The draft does not fit the API's shape yet; the review page says where.")
        )
        self.show_error(self.tr("Cannot export yet"), reason)

    def suggested_name(self, suffix: str) -> str:
        return f"{self.controller.get('/family') or 'task-definition'}{suffix}"

    def write(self, path: str, text: str) -> bool:
        """Write ``text`` atomically; on failure say so (the old file stays as it was)."""
        try:
            write_text(path, text)
        except OSError as exc:
            self.show_error(
                self.tr("Cannot save"),
                self.tr("{0} could not be written: {1}. Nothing was changed.").format(
                    path, self.file_problem(exc)
                ),
            )
            return False
        settings.set_last_directory(str(Path(path).resolve().parent))
        return True

    def file_problem(self, exc: OSError) -> str:
        """Why a file was not written or read, in the user's language where
        wizard.safe_files refused on purpose (the system's own text otherwise)."""
        if not isinstance(exc, WriteRefused | ReadRefused):
            return exc.strerror or str(exc)
        texts = {
            Refusal.READ_ONLY: self.tr("it is read-only"),
            Refusal.HARD_LINKED: self.tr(
                "it has other hard links, which replacing it would break; save under another name"
            ),
            Refusal.OWNER: self.tr(
                "it belongs to another user or group, and saving would make it yours"
            ),
            Refusal.FOLDER: self.tr("it is a folder"),
            Refusal.BLOCK_DEVICE: self.tr("it is a block device"),
            Refusal.SOCKET: self.tr("it is a socket"),
            Refusal.NO_READER: self.tr("it is a FIFO with no reader"),
            Refusal.NO_WRITER: self.tr("it is a FIFO with no writer"),
            Refusal.SYMLINK_LOOP: self.tr("it is a symbolic link loop"),
            Refusal.MISSING_FOLDER: self.tr("its folder does not exist"),
            Refusal.SPECIAL: self.tr("it is not a regular file"),
        }
        return texts[exc.reason]

    def _save_to(self, path: str) -> bool:
        if not self.write(path, draft_text(self.controller.document)):
            return False
        # Beside the file, not in it: it stays a valid register-task-definition input.
        settings.set_file_launch_types(path, self.controller.launch_types)
        self.controller.undo_stack.setClean()
        self.last_json_path = path
        self.recent.add(path)
        return True

    def _set_path(self, path: str) -> None:
        self.path = path
        if path:
            settings.set_last_directory(str(Path(path).resolve().parent))
        self.path_changed.emit(path)

    # --- the file a replacing step is bound to (see BindingCommand) ---------------
    def current_binding(self) -> Binding:
        return self.path, self.controller.undo_stack.isClean()

    def rebind_after_step(self, binding: Binding) -> None:
        """Bind to ``binding`` once the undo stack has moved: QUndoStack runs a command
        before it changes its index, and the clean state can only be set at the index
        the stack ends on."""
        self._pending_binding = binding

    @Slot(int)
    def _apply_binding(self, _index: int) -> None:
        binding, self._pending_binding = self._pending_binding, None
        if binding is None:
            return
        path, clean = binding
        stack = self.controller.undo_stack
        if clean:
            stack.setClean()
        else:
            # The clean index belonged to the file being left; for this one nothing
            # on the stack is known to equal the file on disk.
            stack.resetClean()
        self.path = path
        self.path_changed.emit(path)


class BindingCommand(QUndoCommand):
    """The file part of a step that replaced the draft: the binding before and after.

    Each side is taken again when the stack leaves it, so a Save As or a save made
    in between is what undo and redo come back to."""

    def __init__(self, files: FileActions, before: Binding, after: Binding) -> None:
        super().__init__()
        self.files = files
        self.before = before
        self.after = after
        # QUndoStack.push() calls redo() at once; load_draft binds the new file itself.
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.before = self.files.current_binding()
        self.files.rebind_after_step(self.after)

    def undo(self) -> None:
        self.after = self.files.current_binding()
        self.files.rebind_after_step(self.before)


def _error_lines(path: str, result: LoadResult) -> list[str]:
    # Imported here: a file that fails to load is rare; the screen-words tables stay
    # off the path to the first paint.
    from wizard.ui.draft import screen_words

    lines: list[str] = []
    for f in result.findings:
        if f.severity is Severity.ERROR:
            if "line" in f.params:
                line, col = f.params["line"], f.params["column"]
            else:
                line, col = result.position(f.path)
            # In the screen's words like every GUI message (the members in a note).
            lines.append(f"{Path(path).name}:{line}:{col}: {screen_words.finding_text(f)}")
    return lines
