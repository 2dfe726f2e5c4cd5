"""Layouts hold when every string is half as long again (a pseudo-translation).

Chinese is shorter than English; German or French would be longer. The
pseudo-translation (tools/i18n.py ``pseudo``: brackets, accented letters and
padding to 150 %) stands in for a longer language: at the default 1280x860, on
every page and in every state the walk reaches, no text that cannot wrap is
cut, wrapped text gets the height it needs, nothing scrolls sideways and no two
controls overlap.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from tests.ui.ui_text import build_window, i18n_tool, visible_widgets, walk
from wizard.ui.app.i18n import install_translators, remove_translators
from wizard.ui.pages.base import PageId

TOOL = i18n_tool()


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory):
    return TOOL.build_pseudo(tmp_path_factory.mktemp("pseudo") / "pseudo.qm")


@pytest.fixture
def pseudo(qapp, pseudo_qm):
    # Language "en": rule messages stay English; only our strings are stretched.
    translators = install_translators(qapp, "en", pseudo_qm)
    assert translators, "the pseudo-translation did not load"
    yield
    remove_translators(qapp, translators)


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""


def layout_problems(window: QMainWindow) -> list[str]:
    """What is cut off or overlaps in ``window`` as it is on screen now."""
    found = []
    for widget in visible_widgets(window):
        name = f"{type(widget).__name__} {_text(widget)[:60]!r}"
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    found.append(f"{name}: wrapped text needs {need} px, has {widget.height()}")
            elif widget.width() < widget.sizeHint().width() - 1:
                found.append(
                    f"{name}: {widget.width()} px wide, text needs {widget.sizeHint().width()}"
                )
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() < widget.sizeHint().width() - 1:
                found.append(
                    f"{name}: {widget.width()} px wide, text needs {widget.sizeHint().width()}"
                )
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            inner, room = widget.widget().width(), widget.viewport().width()
            found.append(f"{name}: scrolls sideways ({inner} px in {room})")
        if isinstance(widget, QHeaderView) and widget.orientation() is Qt.Orientation.Horizontal:
            found += _header_problems(widget)
    return found + _overlaps(window)


def _header_problems(header: QHeaderView) -> list[str]:
    """A column title cut short is fine when its tooltip says it whole."""
    found = []
    model = header.model()
    for section in range(header.count()):
        if (
            header.isSectionHidden(section)
            or header.sectionSize(section) >= header.sectionSizeHint(section) - 1
        ):
            continue
        title = model.headerData(section, Qt.Orientation.Horizontal)
        tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if not tip:
            found.append(f"column {title!r}: elided without a tooltip")
    return found


def _overlaps(window: QMainWindow) -> list[str]:
    """Visible controls sharing a parent whose rectangles intersect."""
    leaves = [
        w
        for w in visible_widgets(window)
        if isinstance(w, QLabel | QAbstractButton | QAbstractScrollArea)
        and not isinstance(w.parentWidget(), QStackedWidget)
        and not isinstance(w, QHeaderView)
    ]
    by_parent: dict[int, list[QWidget]] = {}
    for widget in leaves:
        by_parent.setdefault(id(widget.parentWidget()), []).append(widget)
    found = []
    for siblings in by_parent.values():
        for i, a in enumerate(siblings):
            for b in siblings[i + 1 :]:
                shared = (
                    a.geometry()
                    .adjusted(1, 1, -1, -1)
                    .intersected(b.geometry().adjusted(1, 1, -1, -1))
                )
                if not shared.isEmpty():
                    first, second = (f"{type(w).__name__} {_text(w)[:40]!r}" for w in (a, b))
                    found.append(f"{first} overlaps {second}")
    return found


def test_the_checks_see_a_cut_label_and_an_overlap(qtbot):
    window = QMainWindow()
    host = QWidget(window)
    window.setCentralWidget(host)
    qtbot.addWidget(window)
    cut = QLabel("A label far too long for the room it is given", host)
    cut.setGeometry(QRect(QPoint(0, 0), cut.sizeHint()).adjusted(0, 0, -60, 0))
    over = QLabel("Overlapping", host)
    over.move(10, 2)
    window.show()
    qtbot.waitExposed(window)
    problems = layout_problems(window)
    assert any("text needs" in p for p in problems), problems
    assert any("overlaps" in p for p in problems), problems


def test_every_page_holds_a_text_half_as_long_again(qtbot, pseudo):
    window = build_window(qtbot)
    assert window.size().width() == 1280 and window.size().height() == 860
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 860, hint
    seen: dict[str, str] = {}
    stretched = []

    def visit(page_id: PageId, state: str) -> None:
        page = window.wizard.currentPage()
        assert page.isVisible(), f"{page_id.name} is not on screen"
        title = page.title()
        stretched.append(title.startswith("["))
        for problem in layout_problems(window):
            seen.setdefault(problem, f"{page_id.name} {state}".strip())

    assert walk(window, visit) == list(PageId)
    assert stretched and all(stretched), "the pages were not pseudo-translated"
    report = [f"{where}: {problem}" for problem, where in seen.items()]
    assert not report, "\n".join(report)
