"""The GUI's translation (resources/i18n/wizard_zh_CN.ts and .qm).

- The committed .ts holds every string the code marks, and each is translated:
  a new UI string without a translation fails here until
  ``python tools/i18n.py update`` and a translation are committed.
- The committed .qm is what lrelease makes of the .ts, and placeholders,
  accelerators and tags survive translation.
- In Simplified Chinese, walking every page of the main window finds no English
  UI text: only API names, units, product names and the user's own data.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterable

import pytest
from PySide6.QtCore import QTranslator

from tests.ui.ui_text import (
    RICH_DOC,
    ROOT,
    build_window,
    i18n_tool,
    menu_texts,
    visible_texts,
    walk,
)
from wizard import APP_NAME
from wizard.domain.formats.templates import TEMPLATES
from wizard.domain.messages import locale
from wizard.ui.app.i18n import catalog_path, install_translators, remove_translators
from wizard.ui.pages.base import PageId

TOOL = i18n_tool()


@pytest.fixture(scope="module")
def committed():
    return list(TOOL.messages(TOOL.read_ts(TOOL.TS)))


# --- the .ts and .qm files ----------------------------------------------------------


def test_the_ts_holds_every_string_the_code_marks(tmp_path):
    copy = tmp_path / TOOL.TS.name
    shutil.copy(TOOL.TS, copy)
    TOOL.run_lupdate(copy)
    committed = {m.key for m in TOOL.messages(TOOL.read_ts(TOOL.TS))}
    current = {m.key for m in TOOL.messages(TOOL.read_ts(copy))}
    new = sorted(current - committed)
    assert not new, (
        "UI strings missing from resources/i18n/wizard_zh_CN.ts: run "
        "`python tools/i18n.py update`, translate them, then `release`:\n"
        + "\n".join(f"  {ctx}: {source!r}" for ctx, source, _ in new)
    )
    gone = sorted(committed - current)
    assert not gone, "strings the code no longer has (run `python tools/i18n.py update`):\n" + (
        "\n".join(f"  {ctx}: {source!r}" for ctx, source, _ in gone)
    )


def test_every_string_is_translated(committed):
    assert committed, "the .ts is empty"
    unfinished = [f"{m.context}: {m.source!r} ({m.state})" for m in committed if not m.finished]
    assert not unfinished, f"{len(unfinished)} unfinished:\n" + "\n".join(unfinished[:50])


def test_translations_keep_placeholders_accelerators_and_tags(committed):
    broken = [f"{m.context}: {p}" for m in committed if m.finished for p in TOOL.problems(m)]
    assert not broken, "\n".join(broken)


def test_contexts_are_those_the_code_translates_in(committed):
    """lupdate files a call it cannot place under "" or under the receiver's
    name ("box.tr" -> "box"); the program then never finds the translation."""
    odd = sorted({m.context for m in committed if not re.fullmatch(r"[A-Z]\w*", m.context)})
    assert not odd, f"contexts no class or translate() call uses: {odd}"


def test_the_committed_qm_is_the_compiled_ts(tmp_path, committed):
    fresh_path = tmp_path / "fresh.qm"
    TOOL.run_lrelease(TOOL.TS, fresh_path)
    shipped, fresh = QTranslator(), QTranslator()
    assert shipped.load(str(TOOL.QM)) and fresh.load(str(fresh_path))
    stale = []
    for m in committed:
        comment = m.comment or None
        got = shipped.translate(m.context, m.source, comment)
        if got != fresh.translate(m.context, m.source, comment) or got != m.translations[0]:
            stale.append(f"{m.context}: {m.source!r} -> {got!r}")
    assert not stale, "run `python tools/i18n.py release`:\n" + "\n".join(stale[:30])


def test_the_program_finds_the_qm_among_its_resources():
    path = catalog_path("zh_CN")
    assert path is not None and path.samefile(TOOL.QM)
    assert catalog_path("en") is None


def test_ts_files_are_written_as_lupdate_writes_them(tmp_path):
    """``apply`` rewrites the .ts; the next ``update`` must not reformat it all."""
    out = tmp_path / "same.ts"
    TOOL.write_ts(TOOL.read_ts(TOOL.TS), out)
    assert out.read_bytes() == TOOL.TS.read_bytes()


def test_template_texts_are_translated(committed):
    """The domain's template titles are marked in wizard/ui/dialogs/template_dialog.py."""
    marked = {m.source for m in committed if m.context == "Templates"}
    missing = [t for tpl in TEMPLATES for t in (tpl.title, tpl.description) if t not in marked]
    assert not missing, missing


# --- the tool ------------------------------------------------------------------------

TS_SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>A</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>B</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untouched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def test_apply_fills_unfinished_entries_and_context_keys_win(tmp_path):
    ts = tmp_path / "sample.ts"
    ts.write_text(TS_SAMPLE, encoding="utf-8")
    tree = TOOL.read_ts(ts)
    table = {"&Open": "打开(&O)", "Value": "值", "B\u0004Value": "取值"}
    assert TOOL.apply_translations(tree, table) == (3, 1)
    TOOL.write_ts(tree, ts)
    done = {(m.context, m.source): (m.translations[0], m.finished) for m in TOOL.messages(tree)}
    assert done == {
        ("A", "&Open"): ("打开(&O)", True),
        ("A", "Value"): ("值", True),
        ("B", "Value"): ("取值", True),
        ("B", "Untouched"): ("", False),
    }
    text = ts.read_text(encoding="utf-8")
    assert "<source>&amp;Open</source>\n        <translation>打开(&amp;O)</translation>" in text
    # Finished entries are kept unless asked to overwrite.
    assert TOOL.apply_translations(TOOL.read_ts(ts), {"Value": "数值"}) == (0, 1)


@pytest.mark.parametrize(
    "source",
    [
        "&File",
        "Container {0} of {1}: {2}",
        "Needed because: {reasons}.",
        "{0} MiB ({1:.0f} %)",
        "Move %1 to %2",
        "<b>Bold</b> and &amp; more",
        "JSON files (*.json);;All files (*)",
        "Literal {{braces}}",
        "OK",
    ],
)
def test_pseudo_text_is_half_as_long_again_and_keeps_what_code_reads(source):
    text = TOOL.pseudo_text(source)
    assert text.startswith("[") and text.endswith("]")
    assert TOOL.placeholders(text) == TOOL.placeholders(source)
    assert TOOL.accelerator(text) == TOOL.accelerator(source)
    # What a user sees: no tags, an entity as one character, no accelerator marker.
    shown = re.compile(r"<[^>]+>|&(?=amp;)|(?<=&)amp;|&(?=\S)")
    assert len(shown.sub("", text)) >= 1.5 * len(shown.sub("", source))
    assert text != source


def test_broken_translations_are_reported():
    ts = TOOL.ET.fromstring(TS_SAMPLE)
    tree = TOOL.ET.ElementTree(ts)
    open_msg, value_msg, *_ = TOOL.messages(tree)
    open_msg.set_translation("打开")  # accelerator lost
    value_msg.source = "Size {0}"
    value_msg.set_translation("大小")  # placeholder lost
    assert TOOL.problems(open_msg) and TOOL.problems(value_msg)
    open_msg.set_translation("打开(&O)")
    assert TOOL.problems(open_msg) == []


# --- the program in Simplified Chinese ------------------------------------------------

# Tokens: runs of letters with what API names, paths and figures carry along.
TOKEN = re.compile(r"[\w$@%./:+-]*[A-Za-z]{2,}[\w$@%./:+-]*")


def _tokens(text: str) -> Iterable[str]:
    for raw in TOKEN.findall(text):
        token = raw.strip(".:/-+%")
        if re.search(r"[A-Za-z]{2,}", token):
            yield token


def _technical(token: str) -> bool:
    """API member names (camelCase), enum values and acronyms (upper case),
    paths, ARNs, file names and figures with units ("0.5", "$0.02/hour")."""
    return (
        re.search(r"[a-z][A-Z]", token) is not None
        or token.upper() == token
        or re.search(r"[\d_/.:$@]", token) is not None
    )


def _provenance(data: object) -> list[str]:
    """The region names and price sources of the price data (cited in tooltips)."""
    if isinstance(data, dict):
        found = [str(v) for k, v in data.items() if k in ("name", "source") and isinstance(v, str)]
        found += [
            str(s) for k, v in data.items() if k == "source" and isinstance(v, list) for s in v
        ]
        return found + [t for v in data.values() for t in _provenance(v)]
    if isinstance(data, list):
        return [t for v in data for t in _provenance(v)]
    return []


# Words of command-line examples in placeholders ("node server.js").
EXAMPLE_WORDS = {"node"}


@pytest.fixture(scope="module")
def allowed_words(committed, api_values) -> set[str]:
    """Words that stay English in Chinese text: those the translations keep
    (product and API names), those of the rule messages' translations, the
    user's data, the price data's provenance, and the ECS API's enum values
    ("syslog (EC2 only)") unless the English texts use them as words."""
    prose = {t for m in committed for t in _tokens(m.source)}
    enums = api_values - prose
    texts = [t for m in committed if m.finished for t in m.translations]
    rules = json.loads((ROOT / "resources" / "i18n" / "zh_CN.json").read_text(encoding="utf-8"))
    texts.append(json.dumps(rules, ensure_ascii=False))
    texts.append(json.dumps(RICH_DOC))
    prices = json.loads((ROOT / "resources" / "fargate-prices.json").read_text(encoding="utf-8"))
    texts += _provenance(prices)
    texts.append(APP_NAME)
    return {token for text in texts for token in _tokens(text)} | enums | EXAMPLE_WORDS


@pytest.fixture(scope="module")
def api_values() -> set[str]:
    """Every enum value of the ECS API: a combo item may be exactly one."""
    import botocore.session

    model = botocore.session.get_session().get_service_model("ecs")
    shapes = (model.shape_for(name) for name in model.shape_names)
    return {value for shape in shapes for value in getattr(shape, "enum", None) or ()}


def english_in(text: str, allowed: set[str], api_values: set[str]) -> list[str]:
    if text in api_values:
        return []
    return [t for t in _tokens(text) if t not in allowed and not _technical(t)]


def test_the_english_detector_can_fail(allowed_words, api_values):
    assert english_in("Save the task definition", allowed_words, api_values)
    assert english_in("价格来自 shipped price data", allowed_words, api_values)
    assert not english_in("容器 2/2：aws-otel-collector", allowed_words, api_values)
    assert not english_in("awsvpc", allowed_words, api_values)
    assert not english_in("memoryReservation 为 128 MiB", allowed_words, api_values)


def test_every_page_is_in_chinese(qtbot, chinese, committed, allowed_words, api_values):
    assert len(chinese) == 2, "our .qm and Qt's qtbase_zh_CN.qm must both load"
    assert locale.active_language() == "zh_CN"  # rule messages follow the GUI
    window = build_window(qtbot)
    english_sources = {m.source for m in committed if m.translations[0] != m.source}
    found: dict[tuple[str, str, str], str] = {}
    counts: dict[PageId, int] = {}

    def check(place: str, kind: str, text: str) -> None:
        if text in english_sources:
            found.setdefault((kind, text, "untranslated"), place)
            return
        words = english_in(text, allowed_words, api_values)
        if words:
            found.setdefault((kind, text, ", ".join(words)), place)

    def visit(page_id: PageId, state: str) -> None:
        texts = visible_texts(window)
        counts[page_id] = max(counts.get(page_id, 0), len(texts))
        for where, kind, text in texts:
            check(f"{page_id.name} {state} {where}", kind, text)

    assert walk(window, visit) == list(PageId)
    from wizard.ui.app.language_menu import LANGUAGE_NAMES

    for kind, text in menu_texts(window):
        # View > Language names each language in itself ("English", "简体中文").
        if text and text not in LANGUAGE_NAMES.values():
            check("menu bar", kind, text)
    # Each page showed itself (a hidden page would pass by showing nothing).
    assert all(counts[p] > 20 for p in PageId), counts
    report = [
        f"{where}: {kind} {text[:100]!r} [{why}]" for (kind, text, why), where in found.items()
    ]
    assert not report, f"{len(report)} English texts:\n" + "\n".join(sorted(report))


def test_qt_standard_buttons_are_translated_too(qtbot, chinese):
    from PySide6.QtWidgets import QWizard

    window = build_window(qtbot)
    next_button = window.wizard.button(QWizard.WizardButton.NextButton)
    assert "下一步" in next_button.text()


def test_english_is_back_after_removing_the_translators(qtbot, qapp):
    translators = install_translators(qapp, "zh_CN")
    remove_translators(qapp, translators)
    window = build_window(qtbot)
    assert window.wizard.currentPage().title() == "Launch type and family"
    assert locale.language_override() is None
