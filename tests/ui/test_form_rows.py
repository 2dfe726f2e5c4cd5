"""One form-row builder (``wizard/ui/widgets/form_rows.py``) for every page,
every container-editor section and every dialog, and what its rows do.

A scan of the source fails when a second builder appears: a ``QFormLayout``
made, a row added or a caption tied to its editor anywhere but in the builder.
On the real window, every form caption of every page and section is the buddy
of the editor in its row, and that editor's accessible name is the caption as
it reads.
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.pages.base import PageId
from wizard.ui.widgets.form_rows import (
    LABEL_WIDTH,
    FormRows,
    caption_for,
    line_up,
    plain_caption,
)

WIZARD = Path(__file__).resolve().parents[2] / "wizard"
BUILDER = WIZARD / "ui" / "widgets" / "form_rows.py"
# Methods only the builder calls: adding a form row, tying a caption to its
# editor, showing or hiding a row.
BUILDER_METHODS = {"addRow", "setBuddy", "setRowVisible"}
# Honest exceptions, each with its reason (none today).
EXCEPTIONS: dict[str, str] = {}


# --- one builder ------------------------------------------------------------------


def builder_calls(source: str) -> list[str]:
    """``name (line)`` of each call in ``source`` that builds form rows by hand."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = (
            func.attr
            if isinstance(func, ast.Attribute)
            else func.id
            if isinstance(func, ast.Name)
            else ""
        )
        if name in BUILDER_METHODS or name == "QFormLayout":
            found.append(f"{name} (line {node.lineno})")
    return found


def test_no_form_rows_are_built_outside_the_builder():
    found = []
    for path in sorted(WIZARD.rglob("*.py")):
        if path == BUILDER:
            continue
        rel = str(path.relative_to(WIZARD.parent))
        for call in builder_calls(path.read_text(encoding="utf-8")):
            if rel not in EXCEPTIONS:
                found.append(f"{rel}: {call}")
    assert not found, "use wizard/ui/widgets/form_rows.py instead:\n" + "\n".join(found)


def test_the_scan_sees_a_second_builder():
    source = (
        "from PySide6.QtWidgets import QFormLayout, QLabel\n"
        "form = QFormLayout()\n"
        "label = QLabel('&Name')\n"
        "label.setBuddy(edit)\n"
        "form.addRow(label, edit)\n"
        "self.form.setRowVisible(edit, False)\n"
    )
    assert builder_calls(source) == [
        "QFormLayout (line 2)",
        "setBuddy (line 4)",
        "addRow (line 5)",
        "setRowVisible (line 6)",
    ]
    # The builder itself does all of it.
    assert builder_calls(BUILDER.read_text(encoding="utf-8"))


def test_the_exceptions_name_real_files():
    for rel, reason in EXCEPTIONS.items():
        assert (WIZARD.parent / rel).is_file(), rel
        assert reason.strip(), rel


# --- captions, buddies and names on the real window ---------------------------------


def caption_problems(root: QWidget) -> tuple[int, list[str]]:
    """(captioned rows seen, problems) of every form under ``root``: each caption
    is the buddy of a widget in its row, and the editor it names (the buddy, or
    the group holding it inside the cell) has the caption as accessible name; an
    empty caption stands beside a check box named by its own text."""
    seen, problems = 0, []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            cell = field_item.widget() if field_item is not None else None
            if not isinstance(label, QLabel) or cell is None:
                continue  # a line across the form: a note, a table block
            seen += 1
            where = f"{label.text()!r} ({type(cell).__name__})"
            buddy = label.buddy()
            if buddy is None or not (buddy is cell or cell.isAncestorOf(buddy)):
                problems.append(f"{where}: the caption is not the buddy of its editor")
                continue
            if not label.text():
                name = plain_caption(buddy.text()) if isinstance(buddy, QAbstractButton) else ""
                if not name or buddy.accessibleName() != name:
                    problems.append(f"{where}: an empty caption beside no named check box")
                continue
            if isinstance(buddy, QLabel):
                continue  # a read-only value: its text is what is read
            wanted = plain_caption(label.text())
            widget: QWidget | None = buddy
            while widget is not None and widget.accessibleName() != wanted:
                widget = None if widget is cell else widget.parentWidget()
            if widget is None:
                problems.append(
                    f"{where}: named {buddy.accessibleName()!r}, not as its caption reads"
                )
    return seen, problems


def test_every_caption_on_every_page_is_its_editors_buddy_and_name(main_window):
    seen = 0
    problems = []
    for page_id, page in main_window.wizard.pages.items():
        count, found = caption_problems(page)
        seen += count
        problems += [f"{page_id.name}: {p}" for p in found]
    assert not problems, "\n".join(problems)
    # Launch, task size, storage and the container editor's sections have many.
    assert seen > 60, seen
    # Captions over lists and tables too.
    assert buddy_name_problems(main_window) == []


def test_the_caption_check_can_fail(main_window):
    page = main_window.wizard.pages[PageId.LAUNCH]
    page.family_edit.setAccessibleName("Family")
    storage = main_window.wizard.pages[PageId.STORAGE]
    caption = next(
        label for label in storage.findChildren(QLabel) if label.buddy() is storage.ephemeral_edit
    )
    caption.setBuddy(storage)  # outside its row
    _, problems = caption_problems(page)
    assert problems == [
        "'Task definition &family' (QWidget): named 'Family', not as its caption reads"
    ]
    _, problems = caption_problems(storage)
    assert problems == ["'&Amount (GiB)' (QWidget): the caption is not the buddy of its editor"]


def buddy_name_problems(root: QWidget) -> list[str]:
    """Every caption under ``root`` with a buddy (in a form or over a list) names
    it: the buddy, or the group holding it, has the caption as accessible name."""
    problems = []
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.text() or isinstance(buddy, QLabel):
            continue
        wanted = plain_caption(label.text())
        widget: QWidget | None = buddy
        while widget is not None and widget is not root and widget.accessibleName() != wanted:
            widget = widget.parentWidget()
        if widget is None or widget is root:
            problems.append(f"{label.text()!r}: its buddy is named {buddy.accessibleName()!r}")
    return problems


def test_every_dialog_caption_is_its_editors_buddy_and_name(qtbot, tmp_path, monkeypatch):
    # No profile of this machine is read: the connect dialog lists those of empty files.
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))
    from tests.rulekit import container, fargate_doc
    from wizard.services.gateway import Registered
    from wizard.ui.aws.account import AccountState
    from wizard.ui.aws.connect_dialog import ConnectDialog
    from wizard.ui.aws.register_dialogs import RegisteredDialog
    from wizard.ui.dialogs.move_to_secrets import MoveToSecretsDialog
    from wizard.ui.dialogs.template_dialog import TemplateDialog
    from wizard.ui.draft.controller import DraftController
    from wizard.ui.revisions.prune_dialog import PruneDialog

    secret = {"name": "DB_PASSWORD", "value": "hunter2hunter2"}
    controller = DraftController(fargate_doc(container("web", environment=[secret])))
    account = AccountState()
    arn = "arn:aws:ecs:us-east-1:123456789012:task-definition/web:7"
    dialogs = [
        ConnectDialog(account),
        RegisteredDialog(Registered(arn, "web", 7), None),
        MoveToSecretsDialog(controller, 0, 0),
        PruneDialog(account, "web", []),
        TemplateDialog(),
    ]
    seen, problems = 0, []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        count, found = caption_problems(dialog)
        seen += count
        name = type(dialog).__name__
        problems += [f"{name}: {p}" for p in found + buddy_name_problems(dialog)]
    assert not problems, "\n".join(problems)
    assert seen >= 10, seen


def test_the_container_editor_lines_up_its_captions(main_window):
    editor = main_window.wizard.pages[PageId.CONTAINERS].editor
    captions = [caption for section in editor.sections for caption in section.captions]
    assert len(captions) > 30
    assert len({caption.minimumWidth() for caption in captions}) == 1
    widest = max(c.sizeHint().width() for c in captions if not c.wordWrap())
    assert captions[0].minimumWidth() >= widest


def test_page_captions_share_the_pages_label_width(main_window):
    for page_id in (PageId.LAUNCH, PageId.TASK_SIZE, PageId.STORAGE):
        page = main_window.wizard.pages[page_id]
        captions = [
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            for form in page.findChildren(QFormLayout)
            for row in range(form.rowCount())
            if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
        ]
        assert captions, page_id
        assert all(c.minimumWidth() == LABEL_WIDTH for c in captions), page_id


# --- the builder's rows -------------------------------------------------------------


def _host(qtbot) -> tuple[QWidget, FormRows]:
    host = QWidget()
    qtbot.addWidget(host)
    return host, FormRows(host)


def test_a_field_row_names_its_editor_and_keeps_the_hint_in_its_cell(qtbot):
    host, rows = _host(qtbot)
    edit = QLineEdit(host)
    row = rows.field("Task &role", edit, hint="The role your code uses.")
    assert rows.layout.rowCount() == 1
    assert row.caption.buddy() is edit
    assert row.caption.text() == "Task &role"
    assert edit.accessibleName() == "Task role"
    assert row.hint is not None and row.hint.text() == "The role your code uses."
    assert row.hint.objectName() == "fieldHint"
    # One cell holds the editor and its hint: no row of its own for the hint.
    assert row.cell is not edit
    assert row.cell.isAncestorOf(edit) and row.cell.isAncestorOf(row.hint)
    assert rows.layout.itemAt(0, QFormLayout.ItemRole.FieldRole).widget() is row.cell
    assert row.caption.minimumWidth() == LABEL_WIDTH


def test_the_mnemonic_focuses_the_editor(qtbot):
    host, rows = _host(qtbot)
    first, second = QLineEdit(host), QLineEdit(host)
    rows.field("&First", first)
    rows.field("&Second", second)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(host, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(second.hasFocus)


def test_a_check_box_is_not_captioned_twice(qtbot):
    host, rows = _host(qtbot)
    same = QCheckBox("&Privileged", host)
    other = QCheckBox("Essential container", host)
    row = rows.field("Privileged", same)
    assert row.caption.text() == "" and row.caption.buddy() is same
    assert same.accessibleName() == "Privileged"
    row = rows.field("Essential", other)
    assert row.caption.text() == "Essential"
    assert other.accessibleName() == "Essential"
    blank = QCheckBox("Enable fault injection", host)
    rows.field("", blank)
    assert blank.accessibleName() == "Enable fault injection"


def test_a_read_only_value_keeps_its_text_as_what_is_read(qtbot):
    host, rows = _host(qtbot)
    value = QLabel("20 GiB (default).", host)
    row = rows.field("Ephemeral storage", value)
    assert row.caption.buddy() is value
    assert value.accessibleName() == ""


def test_widgets_below_come_before_the_hint_in_the_cell(qtbot):
    host, rows = _host(qtbot)
    edit, note = QLineEdit(host), QLabel("note", host)
    row = rows.field("Memory", edit, below=(note,), hint="1024 MiB = 1 GB.")
    column = row.cell.layout()
    assert isinstance(column, QVBoxLayout)
    order = [column.itemAt(i).widget() for i in range(column.count())]
    assert order == [edit, note, row.hint]


def test_a_row_is_shown_and_hidden_whole(qtbot):
    host, rows = _host(qtbot)
    edit = QLineEdit(host)
    row = rows.field("Credentials", edit, hint="A secret.")
    note = rows.line(QLabel("A note across the form.", host))
    host.show()
    qtbot.waitExposed(host)
    row.set_visible(False)
    assert not rows.layout.isRowVisible(row.cell)
    assert not row.caption.isVisible() and not edit.isVisible()
    assert row.hint is not None and not row.hint.isVisible()
    row.set_visible(True)
    assert row.caption.isVisible() and edit.isVisible() and row.hint.isVisible()
    rows.set_visible(note, False)
    assert not note.isVisible()
    rows.set_visible(note, True)
    assert note.isVisible()


def test_a_wide_row_puts_its_caption_and_hint_above(qtbot):
    host, rows = _host(qtbot)
    table = QLineEdit(host)  # any widget stands in for a table
    block = rows.wide("Extra hosts", table, hint="Entries added to /etc/hosts.")
    assert rows.layout.itemAt(0, QFormLayout.ItemRole.SpanningRole).widget() is block
    caption = next(label for label in block.findChildren(QLabel) if label.buddy() is table)
    assert caption.objectName() == "tableCaption"
    assert table.accessibleName() == "Extra hosts"
    assert table.accessibleDescription() == "Entries added to /etc/hosts."
    # A table editor's own table is the buddy, named and described.
    editor = QWidget(host)
    inner = QLineEdit(editor)
    rows.wide("Devices", editor, hint="Host devices.", inner=inner)
    caption = next(label for label in host.findChildren(QLabel) if label.buddy() is inner)
    assert caption.text() == "Devices"
    assert inner.accessibleName() == "Devices"
    assert inner.accessibleDescription() == "Host devices."
    assert editor.accessibleName() == "" and editor.accessibleDescription() == ""


def test_line_up_gives_captions_one_width_and_wraps_past_the_most(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    short, long = QLabel("Name", host), QLabel("Memory hard limit (MiB)", host)
    width = line_up([short, long])
    assert width == long.sizeHint().width()
    assert short.minimumWidth() == long.minimumWidth() == width
    assert not long.wordWrap()
    most = short.sizeHint().width() + 5
    assert line_up([short, long], most=most) == most
    assert short.minimumWidth() == long.minimumWidth() == most
    assert long.wordWrap()


def test_a_caption_outside_a_form_names_its_list(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    edit = QLineEdit(host)
    caption = caption_for("&Families", edit, host)
    assert caption.buddy() is edit
    assert edit.accessibleName() == "Families"


def test_plain_caption():
    assert plain_caption("Task &execution role") == "Task execution role"
    assert plain_caption("Keep it in:") == "Keep it in"
    assert plain_caption("Tom && Jerry") == "Tom & Jerry"
