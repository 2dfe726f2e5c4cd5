"""Text contrast of at least 4.5:1 (WCAG 2.1 AA) in the dark and the light theme.

The colours are measured as Qt draws them, qdarkstyle's sheet and
resources/qss/app.qss applied: each probe widget (a plain label, a field
message of each severity, a section header with its badge colour, a
placeholder...) is rendered with a large font, so glyph stems are wider than a
pixel and reach the text colour fully; the background is the most common
colour of the rendering, the text colour the one that contrasts most with it.
Disabled controls are exempt, as in WCAG.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.app import theme as theme_module
from wizard.ui.app.theme import Theme, apply_theme

MINIMUM = 4.5


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def drawn_contrast(widget: QWidget, rect: QRect | None = None) -> tuple[str, str, float]:
    """(background, text colour, ratio) of ``widget`` (or ``rect`` of it) as drawn."""
    image = (widget.grab(rect) if rect is not None else widget.grab()).toImage()
    counts: Counter[int] = Counter(
        image.pixel(x, y) for y in range(image.height()) for x in range(image.width())
    )
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    text = max((QColor.fromRgb(p) for p in counts), key=lambda c: contrast(c, background))
    return background.name(), text.name(), contrast(text, background)


def test_luminance_and_contrast_match_wcag():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.fixture
def themed(qapp):
    """Apply a theme for one test; the previous one comes back afterwards."""
    previous = theme_module.current_theme()
    yield lambda choice: apply_theme(qapp, choice)
    apply_theme(qapp, previous)


def _probes(host: QWidget) -> list[tuple[str, QWidget]]:
    probes: list[tuple[str, QWidget]] = [("label", QLabel("Text Hg", host))]
    for name, severities in (
        ("fieldMessage", ("error", "warning", "info")),
        ("sizingNote", ("error", "warning", "ok")),
        ("statusNote", ("error", "warning", "ok", "info")),
    ):
        for severity in severities:
            label = QLabel(f"{name} Hg", host)
            label.setObjectName(name)
            label.setProperty("severity", severity)
            probes.append((f"{name} {severity}", label))
    for severity in ("", "error", "warning"):
        for checked in (True, False):
            header = QToolButton(host)
            header.setObjectName("sectionHeader")
            header.setText("Section Hg")
            header.setAutoRaise(True)
            header.setCheckable(True)
            header.setChecked(checked)
            header.setProperty("severity", severity)
            state = "open" if checked else "folded"
            probes.append((f"section header {state} {severity or 'plain'}", header))
    hint = QLabel("Hint Hg", host)
    hint.setObjectName("fieldHint")
    probes.append(("field hint", hint))
    probes.append(("button", QPushButton("Button Hg", host)))
    probes.append(("check box", QCheckBox("Check Hg", host)))
    probes.append(("line edit", QLineEdit("Text Hg", host)))
    empty = QLineEdit(host)
    empty.setPlaceholderText("Placeholder Hg")
    probes.append(("placeholder", empty))
    return probes


def _show(qtbot, probes: list[tuple[str, QWidget]], host: QWidget) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(host)
    column = QVBoxLayout(host)
    for _, widget in probes:
        font = widget.font()
        font.setPixelSize(30)
        widget.setFont(font)
        column.addWidget(widget)
    window.resize(500, 60 * len(probes))
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("choice", [Theme.DARK, Theme.LIGHT])
def test_text_contrast_is_at_least_4_5_to_1(qtbot, themed, choice):
    themed(choice)
    host = QWidget()
    probes = _probes(host)
    window = _show(qtbot, probes, host)
    low = []
    for name, widget in probes:
        background, text, ratio = drawn_contrast(widget)
        if ratio < MINIMUM:
            low.append(f"{name}: {text} on {background} = {ratio:.2f}")
    assert not low, f"{choice.value}:\n" + "\n".join(low)
    window.close()


@pytest.mark.parametrize("choice", [Theme.DARK, Theme.LIGHT])
def test_severity_colours_in_the_findings_list(qtbot, themed, choice):
    """The review page's list colours each finding's severity, also on the
    alternate row shade and when the row is selected."""
    themed(choice)
    host = QWidget()
    tree = QTreeWidget(host)
    tree.setAlternatingRowColors(True)
    tree.setHeaderLabels(["Severity Hg"])
    tree.setMinimumHeight(360)  # every row in view, none scrolled away
    for severity in ("error", "warning", "info", "error"):
        item = QTreeWidgetItem(tree, [f"{severity} Hg"])
        item.setForeground(0, QColor(theme_module.colour(severity)))
    window = _show(qtbot, [("tree", tree)], host)
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(3))
    qtbot.wait(10)
    low = []
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        background, text, ratio = drawn_contrast(tree.viewport(), tree.visualItemRect(item))
        if ratio < MINIMUM:
            low.append(f"row {row} {item.text(0)}: {text} on {background} = {ratio:.2f}")
    background, text, ratio = drawn_contrast(tree.header())
    if ratio < MINIMUM:
        low.append(f"header: {text} on {background} = {ratio:.2f}")
    assert not low, f"{choice.value}:\n" + "\n".join(low)
    window.close()


def test_the_measure_sees_low_contrast(qtbot, themed):
    themed(Theme.DARK)
    host = QWidget()
    faint = QLabel("Faint Hg", host)
    faint.setStyleSheet("color: #2c3a48;")  # barely lighter than the dark background
    window = _show(qtbot, [("faint", faint)], host)
    assert drawn_contrast(faint)[2] < 1.5
    window.close()
