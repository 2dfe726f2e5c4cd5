"""The GUI counts in words: "1 difference", "3 differences", in English and in
Chinese (issue 18, item 9; the scan of every text is tests/test_counted_words.py)."""

from __future__ import annotations

import copy

import pytest

from tests.rulekit import book_example
from wizard.ui.revisions.compare_view import CompareView


def _changed(count: int) -> tuple[dict, dict]:
    before = book_example(family="book")
    after = copy.deepcopy(before)
    members = [("cpu", "512"), ("memory", "1024"), ("family", "shelf")]
    for key, value in members[:count]:
        after[key] = value
    return before, after


@pytest.mark.parametrize(
    ("count", "english"),
    [
        (1, "1 difference; its section is open, the rest folded."),
        (3, "3 differences; changed sections are open, the rest folded."),
    ],
)
def test_the_compare_view_counts_its_differences(qtbot, count, english):
    view = CompareView()
    qtbot.addWidget(view)
    before, after = _changed(count)
    assert len(view.compare(before, after, "book:1", "this draft")) == count
    assert view.summary.text() == english


@pytest.mark.parametrize("count", [1, 3])
def test_in_chinese_both_counts_read_the_same(qtbot, chinese, count):
    view = CompareView()
    qtbot.addWidget(view)
    before, after = _changed(count)
    view.compare(before, after, "book:1", "this draft")
    assert view.summary.text() == f"{count} 处差异；有变化的部分已展开，其余已折叠。"
