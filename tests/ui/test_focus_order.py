"""Tab moves through each page in the order a reader's eye does.

The order of the inputs in the focus chain must read top to bottom, and left to
right within a row: Tab never goes back up in the same column, nor leftwards
within a row. Moving up into another column (the container editor beside the
container list) is the next column, which is allowed.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from tests.ui.ui_text import build_window, walk
from wizard.ui.pages.base import PageId

ROW_TOLERANCE = 8  # px: widgets of one row may sit a few pixels apart


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab stops at, in Tab order."""
    chain = []
    seen = set()
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and id(widget) not in seen:
        seen.add(id(widget))
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if (
            root.isAncestorOf(widget)
            and takes_tab
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.accessibleName()!r}"


def order_problems(root: QWidget) -> list[str]:
    """Consecutive Tab stops that go against the reading order."""
    found = []
    chain = tab_chain(root)
    for a, b in pairwise(chain):
        ra = a.rect().translated(a.mapTo(root, QPoint(0, 0)))
        rb = b.rect().translated(b.mapTo(root, QPoint(0, 0)))
        same_column = rb.left() < ra.right() and ra.left() < rb.right()
        same_row = abs(rb.top() - ra.top()) <= ROW_TOLERANCE or (
            rb.top() < ra.bottom() and ra.top() < rb.bottom()
        )
        if same_row and not same_column and rb.left() < ra.left():
            found.append(f"{_describe(a)} -> {_describe(b)}: leftwards within a row")
        elif not same_row and same_column and rb.bottom() <= ra.top():
            found.append(f"{_describe(a)} -> {_describe(b)}: back up the column")
    return found


def test_the_check_sees_a_tab_order_against_the_eye(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    grid = QGridLayout(host)
    # A column of three, and a row of two under it.
    edits = [QLineEdit(host) for _ in range(5)]
    for n, (row, column) in enumerate([(0, 0), (1, 0), (2, 0), (3, 0), (3, 1)]):
        edits[n].setAccessibleName(f"edit {n}")
        grid.addWidget(edits[n], row, column)
    host.show()
    qtbot.waitExposed(host)
    assert order_problems(host) == []
    QWidget.setTabOrder(edits[0], edits[2])  # skips the middle one, comes back to it
    QWidget.setTabOrder(edits[1], edits[4])  # then the row's right one before its left
    QWidget.setTabOrder(edits[4], edits[3])
    problems = order_problems(host)
    assert any("back up the column" in p for p in problems), problems
    assert any("leftwards within a row" in p for p in problems), problems


def test_tab_follows_the_reading_order_on_every_page(qtbot):
    window = build_window(qtbot)
    found: dict[str, str] = {}
    stops: dict[PageId, int] = {}

    def visit(page_id: PageId, state: str) -> None:
        page = window.wizard.currentPage()
        stops[page_id] = max(stops.get(page_id, 0), len(tab_chain(page)))
        for problem in order_problems(page):
            found.setdefault(problem, f"{page_id.name} {state}".strip())

    assert walk(window, visit) == list(PageId)
    assert all(stops[p] >= 3 for p in PageId), stops  # every page was on screen
    assert not found, "\n".join(f"{where}: {problem}" for problem, where in found.items())
