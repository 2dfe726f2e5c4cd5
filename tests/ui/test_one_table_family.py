"""One table editor family and one Column (issue 15).

The scan keeps a second ``Column`` class or a table editor outside the family from
appearing; the behaviour tests show that every member of the family adds, removes,
enables its buttons, shows its empty text and focuses a pointer the same way.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QTableWidget, QWidget

from tests.rulekit import container, fargate_doc
from wizard.ui.draft.controller import REMOVE, DraftController
from wizard.ui.widgets.key_value_table import KeyValueTable
from wizard.ui.widgets.list_table import ListTable
from wizard.ui.widgets.rows_editor import RowsEditor
from wizard.ui.widgets.table_columns import Column
from wizard.ui.widgets.table_editor import TableEditor

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "wizard" / "ui"

# The modules of the family; the helpers they share may build bare tables.
FAMILY = {
    "wizard/ui/widgets/table_editor.py",
    "wizard/ui/widgets/list_table.py",
    "wizard/ui/widgets/key_value_table.py",
    "wizard/ui/widgets/rows_editor.py",
    "wizard/ui/widgets/tags_table.py",
}
HELPERS = {
    "wizard/ui/widgets/table_columns.py",
    "wizard/ui/widgets/table_layout.py",
}
# Tables that show results and edit nothing, with the reason.
READ_ONLY_TABLES = {
    "wizard/ui/dialogs/size_advisor_dialog.py": "the sizes that fit, to pick one (NoEditTriggers)",
}
TABLE_BASES = {
    "QTableWidget",
    "QTableView",
    "TableEditor",
    "ListTable",
    "KeyValueTable",
    "RowsEditor",
    "TagsTable",
}
TABLE_MAKERS = {"QTableWidget", "QTableView", "row_table", "key_value_table"}


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def problems_in(source: str, rel: str) -> Iterator[str]:
    """What in one module breaks "one Column, one table editor family"."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            if node.name == "Column" and rel != "wizard/ui/widgets/table_columns.py":
                yield f"{rel}:{node.lineno}: a second Column class"
            bases = {_name(b) for b in node.bases}
            if bases & TABLE_BASES and rel not in FAMILY:
                yield f"{rel}:{node.lineno}: table editor {node.name} outside the family"
            methods = {n.name for n in node.body if isinstance(n, ast.FunctionDef)}
            hand_rolled = "add_row" in methods and methods & {"remove_row", "remove_selected"}
            if hand_rolled and rel not in FAMILY:
                yield f"{rel}:{node.lineno}: {node.name} adds and removes rows by itself"
        if isinstance(node, ast.Call) and _name(node.func) in TABLE_MAKERS:
            if rel not in FAMILY | HELPERS and rel not in READ_ONLY_TABLES:
                yield f"{rel}:{node.lineno}: builds a table outside the family"


def test_the_scan_finds_a_second_column_and_a_stray_table_editor():
    stray = (
        "class Column:\n    key: str\n"
        "class Grid(QTableWidget):\n    pass\n"
        "class Pairs(QWidget):\n"
        "    def add_row(self): ...\n"
        "    def remove_selected(self): ...\n"
        "def make(parent):\n    return QTableWidget(0, 2, parent)\n"
    )
    found = list(problems_in(stray, "wizard/ui/pages/stray.py"))
    assert [p.split(": ", 1)[1] for p in found] == [
        "a second Column class",
        "table editor Grid outside the family",
        "Pairs adds and removes rows by itself",
        "builds a table outside the family",
    ]


def test_one_column_class_and_no_table_editor_outside_the_family():
    scanned = sorted(UI.rglob("*.py"))
    assert len(scanned) > 50  # the whole UI, not an empty folder
    found = [
        problem
        for path in scanned
        for problem in problems_in(
            path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix()
        )
    ]
    assert found == []


def test_every_widget_of_the_family_modules_is_a_table_editor():
    for rel in sorted(FAMILY):
        module = importlib.import_module(rel.removesuffix(".py").replace("/", "."))
        widgets = [
            cls
            for _, cls in inspect.getmembers(module, inspect.isclass)
            if cls.__module__ == module.__name__ and issubclass(cls, QWidget)
        ]
        assert all(issubclass(cls, TableEditor) for cls in widgets), (rel, widgets)


# --- the same behaviour in every member ----------------------------------------

PTR = "/containerDefinitions/0"


def make_list(controller: DraftController, **kw) -> TableEditor:
    columns = [Column("name", "Limit"), Column("softLimit", "Soft limit", "int")]
    return ListTable(controller, f"{PTR}/ulimits", columns, name="Ulimits", **kw)


def make_map(controller: DraftController, **kw) -> TableEditor:
    return KeyValueTable(
        controller,
        f"{PTR}/dockerLabels",
        name="Docker labels",
        key_title="Key",
        value_title="Value",
        **kw,
    )


def make_rows(controller: DraftController, **kw) -> TableEditor:
    columns = [Column("containerPath", "Container path"), Column("readOnly", "Read only", "check")]
    return RowsEditor(
        controller,
        f"{PTR}/mountPoints",
        columns,
        name="Mount points",
        noun="mount point",
        new_row=lambda: {"containerPath": "", "readOnly": False},
        **kw,
    )


MAKERS: dict[str, Callable[..., TableEditor]] = {
    "list": make_list,
    "map": make_map,
    "rows": make_rows,
}
# One row in the draft, as each member stores it, and the pointer of its first cell.
ONE_ROW = {
    "list": ([{"name": "nofile", "softLimit": 1024}], "/0/name"),
    "map": ({"team": "payments"}, "/team"),
    "rows": ([{"containerPath": "/data", "readOnly": False}], "/0/containerPath"),
}


@pytest.fixture
def controller(qapp) -> DraftController:
    return DraftController(fargate_doc(container("web")))


def build(qtbot, controller, kind: str, **kw) -> TableEditor:
    editor = MAKERS[kind](controller, add_text="Add one", empty_text="Nothing yet.", **kw)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def cells(editor: TableEditor) -> QTableWidget:
    assert isinstance(editor, ListTable | KeyValueTable)
    return editor.table


def fields(editor: TableEditor) -> RowsEditor:
    assert isinstance(editor, RowsEditor)
    return editor


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def remove_first(qtbot, editor: TableEditor) -> None:
    """Remove row 1 as a user does: its Remove button, or select it and Remove selected."""
    if editor.remove_button is None:
        remove = next(
            w for w in editor.findChildren(QWidget) if w.accessibleName() == "Remove mount point 1"
        )
        click(qtbot, remove)
        return
    cells(editor).selectRow(0)
    click(qtbot, editor.remove_button)


@pytest.mark.parametrize("kind", MAKERS)
def test_add_names_its_editor_and_the_empty_text_follows_the_rows(qtbot, controller, kind):
    editor = build(qtbot, controller, kind)
    assert editor.add_button.accessibleName() == f"{editor.name}: Add one"
    assert editor.empty_label.isVisible() and editor.empty_label.text() == "Nothing yet."
    click(qtbot, editor.add_button)
    assert editor.shown_count() == 1
    assert not editor.empty_label.isVisible()
    if kind == "map":  # a row being typed reaches the map with its key
        assert isinstance(editor, KeyValueTable)
        editor.set_entry(0, "team", "payments")
    assert controller.get(editor.pointer) is not None
    remove_first(qtbot, editor)
    assert controller.get(editor.pointer) is None  # an empty list or map is left out
    assert editor.shown_count() == 0
    assert editor.empty_label.isVisible()


@pytest.mark.parametrize("kind", MAKERS)
def test_add_is_disabled_while_the_value_is_of_another_type(qtbot, controller, kind):
    editor = build(qtbot, controller, kind)
    assert editor.add_button.isEnabled()
    controller.set(editor.pointer, "not a list or map")  # e.g. from a file
    assert not editor.add_button.isEnabled()
    click(qtbot, editor.add_button)
    assert controller.get(editor.pointer) == "not a list or map"
    controller.set(editor.pointer, REMOVE)
    assert editor.add_button.isEnabled()


@pytest.mark.parametrize("kind", MAKERS)
def test_add_is_disabled_at_the_most_rows(qtbot, controller, kind):
    editor = build(qtbot, controller, kind, max_rows=1)
    value, _ = ONE_ROW[kind]
    controller.set(editor.pointer, value)
    assert editor.row_count() == 1
    assert not editor.add_button.isEnabled()
    controller.set(editor.pointer, REMOVE)
    assert editor.add_button.isEnabled()


@pytest.mark.parametrize("kind", ["list", "map"])
def test_remove_selected_is_enabled_only_with_a_selection(qtbot, controller, kind):
    editor = build(qtbot, controller, kind)
    value, _ = ONE_ROW[kind]
    controller.set(editor.pointer, value)
    assert editor.remove_button is not None
    assert not editor.remove_button.isEnabled()
    cells(editor).selectRow(0)
    assert editor.remove_button.isEnabled()
    cells(editor).clearSelection()
    assert not editor.remove_button.isEnabled()


@pytest.mark.parametrize("kind", MAKERS)
def test_an_outside_change_of_the_count_rebuilds_the_rows(qtbot, controller, kind):
    editor = build(qtbot, controller, kind)
    value, _ = ONE_ROW[kind]
    with qtbot.waitSignal(editor.rebuilt, timeout=1000):
        controller.set(editor.pointer, value)  # e.g. undo, or a paste in the JSON view
    assert editor.shown_count() == 1
    assert not editor.empty_label.isVisible()


def test_a_row_editor_keeps_its_fields_when_only_values_change(qtbot, controller):
    editor = build(qtbot, controller, "rows")
    controller.set(editor.pointer, [{"containerPath": "/data", "readOnly": False}])
    field = fields(editor).editor(0, "containerPath")
    assert isinstance(field, QLineEdit)
    with qtbot.assertNotEmitted(editor.rebuilt):
        controller.set(f"{editor.pointer}/0/containerPath", "/srv")
    assert fields(editor).editor(0, "containerPath") is field
    assert field.text() == "/srv"


@pytest.mark.parametrize("kind", MAKERS)
def test_focus_pointer_focuses_the_cell_it_names(qtbot, controller, kind):
    editor = build(qtbot, controller, kind)
    value, first_cell = ONE_ROW[kind]
    controller.set(editor.pointer, value)
    assert not editor.focus_pointer(f"{PTR}/image")  # not shown by this editor
    assert editor.focus_pointer(editor.pointer + first_cell)
    focused = editor.focusWidget()
    if kind == "rows":
        assert focused is fields(editor).editor(0, "containerPath")
    else:
        table = cells(editor)
        assert focused is table
        assert (table.currentRow(), table.currentColumn()) == (0, 0)
    assert editor.focus_map[editor.pointer] in (editor.add_button, getattr(editor, "table", None))


@pytest.mark.parametrize("kind", ["list", "map"])
def test_every_cell_table_edits_on_a_click_on_the_selected_cell(qtbot, controller, kind):
    """The key/value tables used to need a double click; all cell tables now take
    the same triggers: typing, F2, a double click or a click on the selected cell."""
    editor = build(qtbot, controller, kind)
    value, _ = ONE_ROW[kind]
    controller.set(editor.pointer, value)
    table = cells(editor)
    assert table.editTriggers() & QAbstractItemView.EditTrigger.SelectedClicked
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.state() != QAbstractItemView.State.EditingState
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # two clicks, not a double click
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)


def test_volume_driver_options_are_the_same_key_value_table(qtbot, controller):
    """The storage page's string maps had a table of their own (no markers, Remove
    acting on the current row); they are now the container editor's key/value table."""
    from wizard.ui.pages.storage_page import StoragePage

    controller.set("/requiresCompatibilities", ["EC2"])
    controller.set("/volumes", [{"name": "data", "dockerVolumeConfiguration": {"scope": "task"}}])
    page = StoragePage(controller)
    qtbot.addWidget(page)
    page.volume_editor.select(0)
    options = page.volume_editor.field_editors["dockerVolumeConfiguration/driverOpts"]
    assert isinstance(options, KeyValueTable)
    assert options.add_button.accessibleName() == "Driver options: Add"
    options.set_entry(0, "type", "nfs")
    options.set_entry(1, "type", "tmpfs")
    # Two rows with one key cannot both be kept: the upper one says so.
    assert controller.get("/volumes/0/dockerVolumeConfiguration/driverOpts") == {"type": "tmpfs"}
    assert "appears again further down" in options.message.text()
    assert options.table.item(0, 0).toolTip().startswith("'type' appears again")
    assert options.remove_button is not None and not options.remove_button.isEnabled()
    options.table.selectRow(1)
    qtbot.mouseClick(options.remove_button, Qt.MouseButton.LeftButton)
    assert controller.get("/volumes/0/dockerVolumeConfiguration/driverOpts") == {"type": "nfs"}
    assert options.message.text() == ""


@pytest.mark.parametrize("kind", ["list", "map"])
def test_a_title_too_long_for_its_column_is_elided_and_whole_in_its_tooltip(
    qtbot, controller, kind
):
    # The ports table showed "ontainer por": a centred title clipped on both sides.
    editor = build(qtbot, controller, kind)
    table = cells(editor)
    head = table.horizontalHeader()
    assert head.textElideMode() is Qt.TextElideMode.ElideRight
    assert head.defaultAlignment() & Qt.AlignmentFlag.AlignLeft
    for c in range(table.columnCount()):
        item = table.horizontalHeaderItem(c)
        assert item is not None and item.text() in item.toolTip()


def test_a_header_tooltip_with_help_still_names_the_column(qtbot, controller):
    columns = [Column("name", "Limit", tooltip="The resource, as ulimit names it.")]
    editor = ListTable(controller, f"{PTR}/ulimits", columns, name="Ulimits")
    qtbot.addWidget(editor)
    assert editor.table.horizontalHeaderItem(0).toolTip() == (
        "Limit: The resource, as ulimit names it."
    )
