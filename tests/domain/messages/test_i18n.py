"""Rule messages in Simplified Chinese and English (issue 7, rules-engine part).

Every rule id has a zh_CN message and hint with exactly the English template's
placeholders; the language follows LC_ALL / LC_MESSAGES / LANG (POSIX order) at
the moment a message is rendered, or the GUI's explicit choice; ``lint`` prints
its human text in that language and keeps rule ids, positions, pointers, JSON
severity values and exit codes as they are.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import wizard.domain
from tests.language import LOCALE_VARIABLES, english_locale
from wizard.domain.messages import catalog
from wizard.domain.messages.catalog import CATALOG, RuleSpec, placeholders, render_hint, render_message
from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.locale import (
    ENGLISH,
    SIMPLIFIED_CHINESE,
    active_language,
    language_from_environment,
    normalise,
    set_language,
)
from wizard.resource_files import resource_path

REPO = Path(__file__).resolve().parents[2]
HAN = re.compile(r"[\u4e00-\u9fff]")
LEFTOVER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def _import_every_domain_module() -> None:
    """Rule ids are registered at import time, in many modules: import them all."""
    for module in pkgutil.walk_packages(wizard.domain.__path__, "wizard.domain."):
        importlib.import_module(module.name)


_import_every_domain_module()
RULE_IDS = sorted(CATALOG)
ZH_FILE = resource_path("i18n", "zh_CN.json")
ZH = json.loads(ZH_FILE.read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _english_environment(monkeypatch):
    yield from english_locale(monkeypatch)


def _sample_params(rule_id: str) -> dict[str, str]:
    spec = CATALOG[rule_id]
    names = placeholders(spec.message) | placeholders(spec.hint)
    return {name: f"<{name}>" for name in sorted(names)}


# --- the translation file ---------------------------------------------------


def test_the_catalog_is_loaded():
    assert len(RULE_IDS) > 250
    assert {"fargate-network-mode", "json-syntax", "compose-no-services"} <= set(RULE_IDS)


def test_every_rule_id_has_a_chinese_message_and_hint():
    missing = [
        rule_id
        for rule_id in RULE_IDS
        if not (ZH.get(rule_id, {}).get("message") and ZH.get(rule_id, {}).get("hint"))
    ]
    assert missing == [], f"no zh_CN translation for {missing}"


def test_no_translation_for_an_unknown_rule_id():
    assert sorted(set(ZH) - set(CATALOG)) == []


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_placeholders_match_the_english_template(rule_id):
    spec = CATALOG[rule_id]
    for part in ("message", "hint"):
        english = placeholders(getattr(spec, part))
        chinese = placeholders(ZH[rule_id][part])
        assert chinese == english, f"{rule_id} {part}: zh_CN {chinese} vs English {english}"


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_every_rule_renders_fully_in_chinese(rule_id):
    params = _sample_params(rule_id)
    for render in (render_message, render_hint):
        text = render(rule_id, params, language=SIMPLIFIED_CHINESE)
        assert "?" not in text, text
        assert not LEFTOVER.search(text), text
        assert HAN.search(text), f"{rule_id}: not Chinese: {text}"
        assert text == text.strip()


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_every_rule_renders_fully_in_english(rule_id):
    spec = CATALOG[rule_id]
    params = _sample_params(rule_id)
    for part, render in (("message", render_message), ("hint", render_hint)):
        text = render(rule_id, params, language=ENGLISH)
        assert text.count("?") == getattr(spec, part).count("?"), text
        assert not LEFTOVER.search(text), text
        assert not HAN.search(text), text


def test_chinese_uses_full_width_punctuation_and_no_ascii_question_mark():
    for rule_id, entry in ZH.items():
        for part in ("message", "hint"):
            text = entry[part]
            assert "?" not in text, (rule_id, text)
            assert not re.search(r"[\u4e00-\u9fff][,;]|[,;][\u4e00-\u9fff]", text), (rule_id, text)


def test_aws_console_terms_are_used():
    def zh(rule_id: str) -> str:
        return ZH[rule_id]["message"] + ZH[rule_id]["hint"]

    assert "网络模式" in zh("fargate-network-mode")
    assert "任务执行角色" in zh("execution-role-ecr-image")
    assert "软限制" in zh("memory-container-limit-required")
    assert "硬限制" in zh("memory-container-limit-required")
    assert "临时存储" in zh("ephemeral-storage-size-range")
    assert "必需容器" in zh("essential-none")
    assert "平台版本" in zh("fargate-platform-version")
    assert "健康检查" in zh("depends-on-healthy-no-health-check")
    assert "日志驱动程序" in zh("fargate-log-driver")
    assert "系列" in zh("family-missing") and "修订" in zh("family-missing")
    assert "占位符" in zh("placeholder")
    # API names, values and units stay as they are.
    assert "memoryReservation" in zh("memory-below-reservation")
    assert "MiB" in zh("memory-below-reservation")
    assert '"awsvpc"' in zh("fargate-network-mode")


def test_parameter_phrases_are_translated_with_known_names():
    for rule_id, entry in ZH.items():
        names = placeholders(CATALOG[rule_id].message) | placeholders(CATALOG[rule_id].hint)
        for kind in ("values", "patterns"):
            assert set(entry.get(kind, {})) <= names, (rule_id, kind)
        for pairs in entry.get("patterns", {}).values():
            for regex, _replacement in pairs:
                re.compile(regex)


# --- rendering ----------------------------------------------------------------


def test_english_param_phrases_become_chinese():
    params = {"key": "cpu", "expected": "a string", "found": "a number", "value": " (256)"}
    assert render_message("schema-type", params, SIMPLIFIED_CHINESE) == (
        "'cpu' 必须是字符串，而不是数字（256）。"
    )
    problem = "the account id 'XXXXX' is not 12 digits"
    text = render_message(
        "role-arn-invalid",
        {"field": "taskRoleArn", "value": "arn:aws:iam::XXXXX:role/r", "problem": problem},
        SIMPLIFIED_CHINESE,
    )
    assert text.endswith("账户 ID 'XXXXX' 不是 12 位数字。"), text
    text = render_message(
        "schema-unknown-key",
        {
            "key": "memoryReservaton",
            "shape": "ContainerDefinition",
            "suggestion": " (did you mean 'memoryReservation'?)",
        },
        SIMPLIFIED_CHINESE,
    )
    assert text == (
        "'memoryReservaton' 不是 ContainerDefinition 的成员（您是否想写 'memoryReservation'？）。"
    )
    text = render_message(
        "schema-unknown-key",
        {"key": "x", "shape": "the task definition", "suggestion": ""},
        SIMPLIFIED_CHINESE,
    )
    assert text == "'x' 不是任务定义的成员。"
    # An unforeseen phrase is kept as it is rather than lost.
    text = render_message("json-syntax", {"line": 1, "column": 2, "detail": "Odd"}, "zh_CN")
    assert text == "第 1 行第 2 列不是有效的 JSON：Odd。"


def test_loader_findings_speak_chinese(monkeypatch):
    from wizard.domain.formats.importer import load_text

    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    (finding,) = load_text('{"family" 1}').findings
    assert finding.message == "第 1 行第 11 列不是有效的 JSON：此处应为冒号 ':'。"
    (finding,) = load_text("[1]").findings
    assert finding.message == "文档是一个 JSON 数组，而任务定义应是一个 JSON 对象。"


def test_missing_parameter_still_renders_as_question_mark():
    text = render_message("fargate-network-mode", {}, SIMPLIFIED_CHINESE)
    assert text == "Fargate 任务只支持 awsvpc 网络模式，不支持 '?'。"


def test_a_rule_without_translation_falls_back_to_english(monkeypatch):
    spec = RuleSpec("test-untranslated", Severity.WARNING, "Plain {x}.", "Do {x}.", "test")
    monkeypatch.setitem(CATALOG, spec.id, spec)
    assert render_message(spec.id, {"x": 1}, SIMPLIFIED_CHINESE) == "Plain 1."
    assert render_hint(spec.id, {"x": 1}, SIMPLIFIED_CHINESE) == "Do 1."


def test_a_broken_translation_falls_back_to_english(monkeypatch):
    broken = catalog.Translation(message="{mode 坏了", hint="")
    monkeypatch.setattr(catalog, "translations", lambda language: {"fargate-network-mode": broken})
    params = {"mode": "bridge"}
    assert render_message("fargate-network-mode", params, SIMPLIFIED_CHINESE) == (
        "Fargate tasks support only the awsvpc network mode, not 'bridge'."
    )
    # An empty translated hint means "not translated yet": English.
    assert render_hint("fargate-network-mode", params, SIMPLIFIED_CHINESE).startswith("Set ")


def test_unknown_rule_id_renders_as_itself():
    assert render_message("no-such-rule", {}, SIMPLIFIED_CHINESE) == "no-such-rule"
    assert render_hint("no-such-rule", {}, SIMPLIFIED_CHINESE) == ""


def test_unsupported_language_renders_english():
    assert render_message("container-none", {}, "fr") == CATALOG["container-none"].message


# --- choosing the language ------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("zh_CN.UTF-8", SIMPLIFIED_CHINESE),
        ("zh_CN.utf8", SIMPLIFIED_CHINESE),
        ("zh_CN", SIMPLIFIED_CHINESE),
        ("zh_CN.GB18030", SIMPLIFIED_CHINESE),
        ("zh_CN.UTF-8@pinyin", SIMPLIFIED_CHINESE),
        ("zh-CN", SIMPLIFIED_CHINESE),
        ("zh-Hans", SIMPLIFIED_CHINESE),
        ("zh_Hans_CN", SIMPLIFIED_CHINESE),
        ("zh-Hans-HK", SIMPLIFIED_CHINESE),
        ("zh_SG.UTF-8", SIMPLIFIED_CHINESE),
        ("zh", SIMPLIFIED_CHINESE),
        ("zh_TW.UTF-8", ENGLISH),
        ("zh-Hant", ENGLISH),
        ("zh_HK", ENGLISH),
        ("en_US.UTF-8", ENGLISH),
        ("en", ENGLISH),
        ("de_DE.UTF-8", ENGLISH),
        ("ja_JP.UTF-8", ENGLISH),
        ("C", ENGLISH),
        ("C.UTF-8", ENGLISH),
        ("POSIX", ENGLISH),
        ("", ENGLISH),
        (None, ENGLISH),
    ],
)
def test_locale_names(tag, language):
    assert normalise(tag) == language


@pytest.mark.parametrize(
    ("env", "language"),
    [
        ({}, ENGLISH),
        ({"LANG": "zh_CN.UTF-8"}, SIMPLIFIED_CHINESE),
        ({"LANG": "C"}, ENGLISH),
        ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, ENGLISH),
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, SIMPLIFIED_CHINESE),
        ({"LC_ALL": "", "LANG": "zh_CN.UTF-8"}, SIMPLIFIED_CHINESE),
        ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, SIMPLIFIED_CHINESE),
        ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, ENGLISH),
        ({"LC_MESSAGES": "POSIX", "LANG": "zh_CN.UTF-8"}, ENGLISH),
    ],
)
def test_posix_order_of_locale_variables(env, language):
    assert language_from_environment(env) == language


def test_language_is_read_when_a_message_is_rendered(monkeypatch):
    finding = Finding("container-none", Severity.ERROR, "")
    assert finding.message == "The task definition has no container definitions."
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert finding.message == "任务定义中没有容器定义。"
    assert finding.hint == "请至少添加一个具有名称和映像的容器。"
    assert finding.as_dict()["severity"] == "error"
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert finding.message == "The task definition has no container definitions."
    monkeypatch.delenv("LC_ALL")
    monkeypatch.delenv("LANG")
    assert active_language() == ENGLISH


def test_explicit_choice_overrides_the_environment(monkeypatch):
    finding = Finding("container-none", Severity.ERROR, "")
    set_language("zh_CN")
    assert active_language() == SIMPLIFIED_CHINESE
    assert HAN.search(finding.message)
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    set_language("en")
    assert active_language() == ENGLISH
    assert finding.message == "The task definition has no container definitions."
    set_language(None)
    assert active_language() == SIMPLIFIED_CHINESE


def test_english_is_the_default_for_the_suite():
    assert active_language() == ENGLISH
    assert render_message("container-none", {}) == CATALOG["container-none"].message
    assert catalog.template("container-none", "message") == CATALOG["container-none"].message
    assert catalog.template("container-none", "message", "zh_CN") == "任务定义中没有容器定义。"


def test_domain_locale_module_has_no_qt():
    source = (REPO / "wizard" / "domain" / "locale.py").read_text(encoding="utf-8")
    assert "PySide6" not in source and "Qt" not in re.sub(r"#.*|\"\"\"[\s\S]*?\"\"\"", "", source)


# --- lint in a process, as a user runs it ---------------------------------------

BAD = {
    "family": "web",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "bridge",
    "cpu": "256",
    "memory": "512",
    "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "essential": True}],
}


def _lint(tmp_path: Path, env_vars: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    env.update(env_vars)
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "wizard", "lint", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture
def bad_file(tmp_path) -> str:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(BAD, indent=2), encoding="utf-8")
    return str(path)


def test_lint_prints_chinese_with_zh_cn_lang(tmp_path, bad_file):
    proc = _lint(tmp_path, {"LANG": "zh_CN.UTF-8"}, bad_file)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    line = next(ln for ln in lines if "[fargate-network-mode]" in ln)
    assert re.match(
        rf"^{re.escape(bad_file)}:\d+:\d+: 错误 \[fargate-network-mode\] "
        r"Fargate 任务只支持 awsvpc 网络模式，不支持 'bridge'。（位于 /networkMode）$",
        line,
    ), line
    hint = lines[lines.index(line) + 1]
    assert hint.startswith('    提示：请将 networkMode 设为 "awsvpc"'), hint
    assert re.fullmatch(r"\d+ 个错误，\d+ 个警告，共 1 个文件", lines[-1]), lines[-1]
    assert "error" not in proc.stdout and "hint:" not in proc.stdout


def test_lint_exit_codes_do_not_depend_on_language(tmp_path, bad_file):
    good = tmp_path / "good.json"
    doc = dict(BAD, networkMode="awsvpc")
    doc["containerDefinitions"] = [dict(doc["containerDefinitions"][0], memory=256)]
    good.write_text(json.dumps(doc), encoding="utf-8")
    for env in ({"LANG": "zh_CN.UTF-8"}, {"LANG": "en_US.UTF-8"}, {}):
        assert _lint(tmp_path, env, bad_file).returncode == 1
        assert _lint(tmp_path, env, str(tmp_path / "missing.json")).returncode == 2
    chinese = _lint(tmp_path, {"LANG": "zh_CN.UTF-8"}, str(good))
    english = _lint(tmp_path, {"LANG": "en_US.UTF-8"}, str(good))
    assert chinese.returncode == english.returncode
    missing = _lint(tmp_path, {"LANG": "zh_CN.UTF-8"}, str(tmp_path / "missing.json"))
    assert "错误 [input-missing] 文件不存在。" in missing.stdout


def test_lc_all_overrides_lang_for_lint(tmp_path, bad_file):
    english = _lint(tmp_path, {"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, bad_file)
    assert english.returncode == 1
    assert " error [fargate-network-mode] Fargate tasks support only" in english.stdout
    assert "(at /networkMode)" in english.stdout
    assert re.search(r"\d+ errors?, \d+ warnings? in 1 file$", english.stdout.strip())
    assert not HAN.search(english.stdout)
    chinese = _lint(tmp_path, {"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, bad_file)
    assert " 错误 [fargate-network-mode] " in chinese.stdout


def test_lint_json_keeps_machine_values_and_translates_text(tmp_path, bad_file):
    proc = _lint(tmp_path, {"LANG": "zh_CN.UTF-8"}, bad_file, "--format", "json")
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    finding = next(f for f in report["files"][0]["findings"] if f["rule"] == "fargate-network-mode")
    assert finding["severity"] == "error"
    assert finding["path"] == "/networkMode"
    assert finding["message"] == "Fargate 任务只支持 awsvpc 网络模式，不支持 'bridge'。"
    assert HAN.search(finding["hint"])
    assert set(report["summary"]) == {"errors", "warnings"}


def test_long_values_are_quoted_shortened_in_messages() -> None:
    family = "f" * 32_767
    finding = Finding("family-invalid", Severity.ERROR, "/family", {"family": family})
    for language in ("en", "zh_CN"):
        text = render_message(finding.rule, finding.params, language)
        assert "f" * 81 not in text and "(32,767 characters)" in text
    short = Finding("family-invalid", Severity.ERROR, "/family", {"family": "my app"})
    assert "my app" in short.message and "characters)" not in short.message
