"""Choosing the GUI's language: the setting, the translators, View > Language."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from tests.ui.ui_text import ROOT, i18n_tool
from wizard.domain.messages import locale
from wizard.ui.app import settings
from wizard.ui.app.i18n import (
    install_translators,
    remove_translators,
    running_language,
    ui_language,
)
from wizard.ui.app.language_menu import LanguageMenu

TOOL = i18n_tool()


@pytest.fixture
def translators(qapp):
    """Install translators in a test; always removed afterwards."""
    installed = []

    def install(language: str):
        found = install_translators(qapp, language)
        installed.extend(found)
        return found

    yield install
    remove_translators(qapp, installed)


def _a_translated_message():
    return next(m for m in TOOL.messages(TOOL.read_ts(TOOL.TS)) if m.finished and not m.comment)


# --- the setting and the language it means ----------------------------------------


def test_the_language_setting_is_remembered_and_defaults_to_the_system():
    assert settings.language() == "system"
    settings.set_language("zh_CN")
    assert settings.language() == "zh_CN"
    settings.set_language("klingon")  # a value from a newer or broken settings file
    assert settings.language() == "system"


@pytest.mark.parametrize(
    ("choice", "environment", "expected"),
    [
        ("en", {"LANG": "zh_CN.UTF-8"}, "en"),
        ("zh_CN", {"LANG": "en_US.UTF-8"}, "zh_CN"),
        ("system", {"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ("system", {"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en"),
        ("system", {"LC_MESSAGES": "zh_SG", "LANG": "de_DE.UTF-8"}, "zh_CN"),
        ("system", {"LANG": "zh_TW.UTF-8"}, "en"),
    ],
)
def test_system_follows_the_locale_as_the_linter_does(monkeypatch, choice, environment, expected):
    for name in locale.ENV_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert ui_language(choice) == expected


# --- installing translators -----------------------------------------------------------


def test_chinese_installs_ours_and_qts_and_rule_messages_follow(translators):
    message = _a_translated_message()
    found = translators("zh_CN")
    assert len(found) == 2
    assert QCoreApplication.translate(message.context, message.source) == message.translations[0]
    assert QCoreApplication.translate("QWizard", "&Next") != "&Next"  # Qt's own buttons
    assert locale.active_language() == "zh_CN"
    assert running_language() == "zh_CN"


def test_english_installs_nothing_and_says_english_to_the_rules(translators, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")  # the GUI's choice wins over the locale
    assert translators("en") == []
    message = _a_translated_message()
    assert QCoreApplication.translate(message.context, message.source) == message.source
    assert locale.active_language() == "en"


def test_system_installs_the_locales_language_and_leaves_the_rules_to_it(translators, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert len(translators("system")) == 2
    assert running_language() == "zh_CN"
    assert locale.language_override() is None  # the domain reads LANG itself
    assert locale.active_language() == "zh_CN"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert translators("system") == []


def test_removing_translators_restores_english(qapp):
    message = _a_translated_message()
    installed = install_translators(qapp, "zh_CN")
    remove_translators(qapp, installed)
    assert QCoreApplication.translate(message.context, message.source) == message.source
    assert locale.language_override() is None
    assert running_language() == "en"


def test_installing_is_cheap(qapp):
    """It runs before the first paint: two small files, no heavy imports.
    (Its time budget, 50 ms, is checked by bench/budgets.py.)"""
    installed = install_translators(qapp, "zh_CN")
    remove_translators(qapp, installed)
    assert len(installed) == 2
    probe = (
        "import sys, wizard.ui.app.i18n; "
        "heavy = [m for m in ('wizard.domain.messages.catalog', 'wizard.ui.pages', "
        "'wizard.domain.rules', "
        "'PySide6.QtWidgets', 'boto3', 'pydantic') if m in sys.modules]; print(heavy)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout


# --- View > Language ----------------------------------------------------------------


def _entries(menu: QMenu) -> list[tuple[str, bool, bool]]:
    return [(a.text(), a.isEnabled(), a.isChecked()) for a in menu.actions() if not a.isSeparator()]


def test_the_menu_offers_the_languages_in_their_own_names(qapp):
    menu = LanguageMenu()
    assert menu.title() == "&Language"
    assert _entries(menu) == [
        ("Applies after a restart", False, False),
        ("System default", True, True),
        ("English", True, False),
        ("简体中文", True, False),
    ]
    assert menu.group.isExclusive()


def test_choosing_remembers_it_and_says_when_it_applies(qapp):
    shown: list[str] = []
    menu = LanguageMenu(shown.append)
    chosen: list[str] = []
    menu.language_chosen.connect(chosen.append)
    menu.choices["zh_CN"].trigger()
    assert settings.language() == "zh_CN"
    assert chosen == ["zh_CN"]
    assert shown == ["Language saved: 简体中文 from the next start of the program."]
    assert [a.isChecked() for a in menu.choices.values()] == [False, False, True]
    # A new menu (the next start) shows the remembered choice.
    assert LanguageMenu().choices["zh_CN"].isChecked()
    menu.choose("en")
    assert shown[-1] == "Language saved; it is the one in use."


def test_the_menu_speaks_chinese_but_keeps_the_language_names(translators):
    translators("zh_CN")
    menu = LanguageMenu()
    texts = [text for text, _, _ in _entries(menu)]
    assert menu.title() != "&Language" and "(&L)" in menu.title()
    assert texts[1] != "System default"
    assert texts[2:] == ["English", "简体中文"]
