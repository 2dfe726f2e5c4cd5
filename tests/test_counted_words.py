"""Counted words read right: "1 error", "4 errors", never "4 error(s)" (issue 18, item 9).

A scan of every string the program can show (the string constants of ``wizard/``
without docstrings, the rule catalog, the services' table, the GUI's .ts) fails on
a lazy plural; then one text of each kind is shown with 1 and with many: a rule
message, a services message and the command line (the GUI's are in
tests/ui/test_counted_words_gui.py).
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.aws_fixtures import BOOK, write_json
from tests.language import english_locale
from tests.rulekit import container, fargate_doc
from wizard.cli import main
from wizard.commands.lint_config import ConfigError, parse_config
from wizard.domain.messages.catalog import (
    CATALOG,
    fill,
    readable,
    render_message,
    summary_of,
)
from wizard.domain.messages.definitions import load_every_definition
from wizard.domain.messages.locale import SIMPLIFIED_CHINESE
from wizard.domain.rules import run_rules
from wizard.services.messages import TABLE, message

ROOT = Path(__file__).resolve().parents[1]
#: "error(s)", "match(es)", "entr(ies)": a word with its plural ending in brackets.
LAZY_PLURAL = re.compile(r"[A-Za-z]\((?:s|es|ies)\)")
#: Qt's numerus form: without an English translation loaded Qt shows the source text.
NUMERUS = re.compile(r"%n\b")


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    yield from english_locale(monkeypatch)


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the nodes that are docstrings (not shown to a user)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _strings_of(source: str) -> Iterator[tuple[int, str]]:
    """(line, text) of every string constant of ``source`` but docstrings; the
    literal parts of f-strings are constants too."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in skip:
                yield node.lineno, node.value


def _program_strings() -> Iterator[tuple[str, int, str]]:
    """(file, line, text) of every string the program's modules hold, but docstrings."""
    for path in sorted((ROOT / "wizard").rglob("*.py")):
        for line, text in _strings_of(path.read_text(encoding="utf-8")):
            yield str(path.relative_to(ROOT)), line, text


def _lazy(text: str) -> bool:
    return bool(LAZY_PLURAL.search(text) or NUMERUS.search(text))


def test_the_scan_finds_a_lazy_plural_and_leaves_code_alone():
    assert _lazy("4 error(s) below")
    assert _lazy("%n change(s) since revision {0}.")
    assert _lazy("{0}: %n revisions.")
    assert not _lazy("4 errors below")
    sample = (
        '"""Reads GetParameter(s)."""\n'
        "# a comment on the file(s)\n"
        "def f(n, s):\n"
        '    """Counts error(s)."""\n'
        '    return str(s) + f"{n} error(s)"\n'
    )
    # Code, comments and docstrings are not shown to a user; the f-string is.
    assert [text for _line, text in _strings_of(sample) if _lazy(text)] == [" error(s)"]
    strings = list(_program_strings())
    assert len(strings) > 5000  # the scan reads the program, not nothing
    assert any("AWS would refuse this task definition" in text for _f, _l, text in strings)


def test_no_string_of_the_program_has_a_lazy_plural():
    found = [f"{file}:{line}: {text!r}" for file, line, text in _program_strings() if _lazy(text)]
    assert found == [], "\n".join(found)


def test_no_rule_or_services_message_has_a_lazy_plural():
    load_every_definition()
    texts = [(rule_id, spec.message + " " + spec.hint) for rule_id, spec in CATALOG.items()]
    texts += [(message_id, TABLE.english(message_id)) for message_id in TABLE.ids()]
    assert len(texts) > 350
    assert [name for name, text in texts if _lazy(text)] == []


def test_no_gui_source_text_has_a_lazy_plural():
    ts = ET.parse(ROOT / "resources" / "i18n" / "wizard_zh_CN.ts")
    sources = [element.text or "" for element in ts.iter("source")]
    assert len(sources) > 1000
    assert [text for text in sources if _lazy(text)] == []
    assert not list(ts.iter("numerusform"))


# --- the counted field of the message templates ------------------------------------


def test_a_counted_field_gives_the_count_and_its_noun():
    template = "Carried over {count:tag|tags}."
    assert fill(template, {"count": 1}) == "Carried over 1 tag."
    assert fill(template, {"count": 0}) == "Carried over 0 tags."
    assert fill(template, {"count": 12}) == "Carried over 12 tags."
    # A missing count still reads as a sentence, as every missing parameter does.
    assert fill(template, {}) == "Carried over ? tags."
    assert fill("{size:,} bytes", {"size": 65536}) == "65,536 bytes"  # other specs as before


def test_rule_lists_show_a_counted_field_in_the_plural():
    load_every_definition()
    spec = CATALOG["execution-role-secrets"]
    assert "reads <count> secrets from" in readable(spec.message)
    assert "reads <count> secrets from" in summary_of(spec.message)
    assert "{" not in readable(spec.message)


# --- one text of each kind with 1 and with many -------------------------------------


def _secrets(count: int) -> list[dict[str, str]]:
    arn = "arn:aws:secretsmanager:eu-west-1:210987654321:secret:db"
    return [{"name": f"S{i}", "valueFrom": arn} for i in range(count)]


@pytest.mark.parametrize(
    ("count", "english", "chinese"),
    [(1, "reads 1 secret from", "读取 1 个密钥"), (3, "reads 3 secrets from", "读取 3 个密钥")],
)
def test_a_rule_message_counts_its_secrets(count, english, chinese):
    doc = fargate_doc(container("web", secrets=_secrets(count)))
    del doc["executionRoleArn"]
    (finding,) = [f for f in run_rules(doc) if f.rule == "execution-role-secrets"]
    assert finding.params["count"] == count
    assert english in finding.message
    assert chinese in render_message(finding.rule, finding.params, SIMPLIFIED_CHINESE)


@pytest.mark.parametrize(
    ("count", "english"),
    [(1, "Carried over 1 tag, to be registered"), (2, "Carried over 2 tags, to be registered")],
)
def test_a_services_message_counts_its_tags(count, english):
    assert message("pull.tags", count=count).startswith(english)
    assert TABLE.render("pull.tags", {"count": count}, SIMPLIFIED_CHINESE).startswith(
        f"已保留 {count} 个标签"
    )


def test_a_services_message_counts_its_unhealthy_containers():
    assert message("run.unhealthy", count=1, names="web") == "1 essential container unhealthy: web"
    assert (
        message("run.unhealthy", count=2, names="web, db")
        == "2 essential containers unhealthy: web, db"
    )


def test_the_command_line_counts_errors_warnings_and_files(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bad = dict(BOOK, cpu="300")
    write_json(tmp_path, "one.json", bad)
    assert main(["lint", "one.json", "--format", "github"]) == 1
    one = capsys.readouterr().out.splitlines()[-1]
    assert re.fullmatch(
        r"ecs-taskdef-wizard lint: 1 error, \d+ warnings?, 0 suppressed in 1 file", one
    )
    write_json(tmp_path, "two.json", bad)
    assert main(["lint", "one.json", "two.json", "--format", "github"]) == 1
    two = capsys.readouterr().out.splitlines()[-1]
    assert re.fullmatch(
        r"ecs-taskdef-wizard lint: 2 errors, \d+ warnings?, 0 suppressed in 2 files", two
    )


def test_the_lint_configuration_names_its_unknown_keys(tmp_path):
    where = tmp_path / ".ecs-taskdef-wizard.toml"
    with pytest.raises(ConfigError, match=r"unknown key colour; known"):
        parse_config(where, {"colour": "red"})
    with pytest.raises(ConfigError, match=r"unknown keys colour, size; known"):
        parse_config(where, {"colour": "red", "size": 1})


def test_the_command_line_counts_with_the_one_helper():
    from wizard.domain.text.plural import counted

    assert counted(1, "error") == "1 error"
    assert counted(0, "error") == "0 errors"
    assert counted(3, "more finding") == "3 more findings"
    assert counted(2, "entry", "entries") == "2 entries"
    # No second way: the old inline idiom is gone from the program.
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "wizard").rglob("*.py")
        if "'s' * (" in path.read_text(encoding="utf-8")
    ]
    assert not offenders, offenders
