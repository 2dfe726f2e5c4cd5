"""A word-wrapped message label gets every line its text needs (issue 18, bug 3).

A selectable label (every field message is one) lays its text out in a text
document, which wraps some texts a line earlier than QFontMetrics does: the
label measured with the font metrics lost its last line under the hint below.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

import wizard.domain.rules  # noqa: F401 - registers every rule in the catalog
from tests.ui.page_driving import needed_height
from wizard.domain.messages.catalog import CATALOG
from wizard.ui.app.theme import Theme, apply_theme
from wizard.ui.widgets.wrapped_label import WrappedLabel

WIDTHS = (180, 260, 333, 420)


@pytest.fixture(params=[Theme.DARK, Theme.LIGHT])
def themed(qapp, request):
    """The app's style sheet, which sets the messages' font and padding."""
    before = qapp.styleSheet()
    apply_theme(qapp, request.param)
    yield
    qapp.setStyleSheet(before)


@pytest.fixture
def column(qtbot, themed):
    host = QWidget()
    layout = QVBoxLayout(host)
    message = WrappedLabel("", host)
    message.setObjectName("fieldMessage")
    message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    hint = QLabel("the hint under the message", host)
    layout.addWidget(message)
    layout.addWidget(hint)
    layout.addStretch(1)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host, message, hint


def test_every_rule_message_gets_all_its_lines_above_the_hint(qtbot, column):
    host, message, hint = column
    texts = sorted({spec.message for spec in CATALOG.values() if spec.message})
    assert len(texts) > 100
    short = []
    for width in WIDTHS:
        host.resize(width, 1200)
        for text in texts:
            message.setText(text)
            qtbot.wait(0)  # the layouts above catch up on the next turn
            host.layout().activate()
            if (
                message.height() < needed_height(message)
                or hint.y() < message.y() + message.height()
            ):
                short.append((width, text))
    assert not short, f"{len(short)} texts lost a line, e.g. {short[:3]}"


def test_a_shorter_text_gives_the_height_back(qtbot, column):
    host, message, _hint = column
    host.resize(200, 600)
    message.setText("word " * 60)
    qtbot.wait(0)
    host.layout().activate()
    tall = message.height()
    message.setText("one line")
    qtbot.wait(0)
    host.layout().activate()
    assert message.height() < tall
    assert message.height() >= needed_height(message)
    message.setText("")
    qtbot.wait(0)
    host.layout().activate()
    assert message.height() < tall
