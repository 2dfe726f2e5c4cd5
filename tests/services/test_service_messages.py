"""The AWS layer's messages in Simplified Chinese and English.

Every message id of ``wizard.services.messages`` has a zh_CN template with
exactly the English placeholders; with Chinese active, real botocore
exceptions map to Chinese messages and hints that keep the parameters (the
IAM action, the profile, the URL, the command to run) as they are; English
stays as it was; and ``register`` run under ``LANG=zh_CN.UTF-8`` prints the
Chinese error.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from botocore import exceptions as bex

from tests.aws_fixtures import BOOK, REGION, write_json
from tests.language import english_locale
from wizard.cli import main
from wizard.domain.messages.catalog import placeholders
from wizard.domain.messages.locale import set_language
from wizard.resource_files import resource_path
from wizard.services import messages
from wizard.services.errors import map_error
from wizard.services.messages import TABLE, message

SERVICES = Path(__file__).resolve().parents[2] / "wizard" / "services"
ZH = json.loads(resource_path("i18n", "services_zh_CN.json").read_text(encoding="utf-8"))
HAN = re.compile(r"[\u4e00-\u9fff]")
ACTION = "ecs:RegisterTaskDefinition"
TARGET = "AmazonEC2ContainerServiceV20141113."


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    yield from english_locale(monkeypatch)


@pytest.fixture
def chinese():
    set_language("zh_CN")
    yield
    set_language(None)


def client_error(code: str, text: str, *, status: int = 400, retries: int = 0) -> bex.ClientError:
    response = {
        "Error": {"Code": code, "Message": text},
        "ResponseMetadata": {"HTTPStatusCode": status, "RetryAttempts": retries},
    }
    return bex.ClientError(response, "RegisterTaskDefinition")


DENIED_TEXT = (
    "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: "
    f"{ACTION} on resource: * because no identity-based policy allows it"
)


# --- the translation file ----------------------------------------------------------


def test_every_message_id_has_a_chinese_template_with_the_same_placeholders():
    ids = TABLE.ids()
    assert len(ids) > 90
    assert sorted(ZH) == ids, "services_zh_CN.json must have exactly the message ids"
    for message_id in ids:
        chinese = ZH[message_id]
        assert isinstance(chinese, str) and chinese.strip(), message_id
        assert placeholders(chinese) == placeholders(TABLE.english(message_id)), message_id


def test_chinese_templates_are_chinese_except_bare_names():
    # A few ids are a product name alone or a count; everything else is a sentence.
    bare = {"fallback-aws"}
    for message_id, chinese in ZH.items():
        if message_id not in bare and TABLE.english(message_id) != "{count} attempt":
            assert HAN.search(chinese), f"{message_id} is not translated: {chinese}"


# Things the user copies or searches for: commands, options, environment variables,
# API member names. A translation must keep each one exactly.
_KEPT = (
    re.compile(r"'((?:aws|ecs-taskdef-wizard) [^']*)'"),
    re.compile(r"--[a-z][a-z-]+"),
    re.compile(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b"),
    re.compile(r"\b[a-z]+[A-Z][A-Za-z]*\b"),
    re.compile(r"~/\.aws/\w+"),
    re.compile(r"https?://\S+?(?=\.?$|\s)"),
)


def test_commands_options_and_api_names_survive_translation():
    checked = 0
    for message_id in TABLE.ids():
        english = TABLE.english(message_id)
        for pattern in _KEPT:
            for match in pattern.finditer(english):
                kept = match.group(match.lastindex or 0)
                assert kept in ZH[message_id], f"{message_id}: {kept!r} lost in translation"
                checked += 1
    assert checked > 25


def _ids_used_in_code() -> set[str]:
    """Every string literal passed to message() or or_noun() in wizard/services."""
    used: set[str] = set()
    for path in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id == "message" and node.args:
                literal = node.args[0]
            elif node.func.id == "or_noun" and len(node.args) == 2:
                literal = node.args[1]
            else:
                continue
            if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
                used.add(literal.value)
    return used


def test_every_message_id_the_code_uses_is_defined():
    from wizard.services import pull

    used = _ids_used_in_code() | set(pull._STRIP_NOTES.values())
    assert len(used) > 80
    assert used - set(TABLE.ids()) == set()


def test_an_unknown_id_or_a_broken_translation_still_says_something(chinese, monkeypatch):
    assert message("no-such-message") == "no-such-message"
    monkeypatch.setattr(TABLE, "translations", lambda language: {"unreachable.message": "{url"})
    assert message("unreachable.message", url="http://127.0.0.1:9") == (
        "Could not reach http://127.0.0.1:9."
    )


# --- map_error in Chinese ----------------------------------------------------------


def test_access_denied_in_chinese_keeps_the_action(chinese):
    error = map_error(client_error("AccessDeniedException", DENIED_TEXT), action=ACTION)
    assert error.kind == "access-denied" and error.action == ACTION
    assert error.message == f"访问被拒绝：此配置文件的身份无权调用 {ACTION}。"
    assert HAN.search(error.hint) and ACTION in error.hint


def test_expired_token_in_chinese_keeps_the_refresh_command(chinese):
    error = map_error(
        client_error(
            "ExpiredTokenException", "The security token included in the request is expired"
        ),
        action=ACTION,
        profile="corp",
    )
    assert error.kind == "expired-credentials"
    assert error.message == "AWS 凭证已过期。"
    assert "'aws sso login --profile corp'" in error.hint and HAN.search(error.hint)
    assert "AWS_SESSION_TOKEN" in error.hint


def test_read_timeout_in_chinese_keeps_the_url_and_action(chinese):
    url = "http://127.0.0.1:9/"
    error = map_error(bex.ReadTimeoutError(endpoint_url=url), action=ACTION)
    assert error.kind == "timeout" and error.maybe_applied
    # A registration is sent once: its lost answer may mean a new revision exists.
    assert error.message == f"{url} 未能及时应答 {ACTION}（超时）。该更改可能仍已生效。"
    assert HAN.search(error.hint) and "aws ecs list-task-definitions" in error.hint


def test_sso_token_error_in_chinese_names_profile_and_login_command(chinese):
    exc = bex.TokenRetrievalError(provider="sso", error_msg="Token has expired and refresh failed")
    error = map_error(exc, action=ACTION, profile="corp")
    assert error.kind == "sso-expired"
    assert error.message == "配置文件 'corp' 的 AWS SSO 会话已过期或从未启动。"
    assert error.hint == "请运行 'aws sso login --profile corp'，然后重试。"
    unauthorised = map_error(bex.UnauthorizedSSOTokenError(), action=ACTION)
    assert unauthorised.message == "默认配置文件 的 AWS SSO 会话已过期或从未启动。"
    assert unauthorised.hint == "请运行 'aws sso login'，然后重试。"


def test_throttling_in_chinese_counts_the_attempts(chinese):
    error = map_error(client_error("ThrottlingException", "Rate exceeded", retries=5))
    assert error.kind == "throttled"
    assert error.message == "AWS 对 该请求 进行了限流，尝试 6 次后仍然失败。"


def test_aws_text_stays_as_aws_sent_it(chinese):
    text = "Fargate requires task definition to have execution role ARN to support ECR images."
    error = map_error(client_error("ClientException", text), action=ACTION)
    assert error.message == f"AWS 拒绝了 {ACTION}：{text}"
    assert error.field_pointer == "/executionRoleArn"
    assert "AmazonECSTaskExecutionRolePolicy" in error.hint and HAN.search(error.hint)


# --- English is unchanged ----------------------------------------------------------


def test_english_messages_are_as_before():
    denied = map_error(client_error("AccessDeniedException", DENIED_TEXT), action=ACTION)
    assert denied.message == (f"Access denied: the identity of this profile may not call {ACTION}.")
    assert denied.hint == (
        f"Ask an administrator to allow {ACTION} for your role or user, "
        "or choose a profile that has it."
    )
    expired = map_error(client_error("ExpiredTokenException", "expired"), profile="corp")
    assert expired.message == "The AWS credentials have expired."
    assert expired.hint == (
        "Refresh them: 'aws sso login --profile corp' for an SSO profile, otherwise get new "
        "temporary credentials (or unset an old AWS_SESSION_TOKEN)."
    )
    timeout = map_error(bex.ReadTimeoutError(endpoint_url="http://127.0.0.1:9/"))
    assert timeout.message == "http://127.0.0.1:9/ did not answer the request in time."
    sso = map_error(bex.TokenRetrievalError(provider="sso", error_msg="x"), profile="corp")
    assert sso.message == "The AWS SSO session of profile 'corp' has expired or was never started."
    assert sso.hint == "Run 'aws sso login --profile corp' and try again."
    one = map_error(client_error("ThrottlingException", "Rate exceeded"), action=ACTION)
    assert one.message == f"AWS throttled {ACTION} and it still failed after 1 attempt."
    assert messages.attempts(2) == "2 attempts"


def test_the_language_is_chosen_when_the_error_is_made():
    exc = client_error("AccessDeniedException", DENIED_TEXT)
    set_language("zh_CN")
    assert HAN.search(map_error(exc, action=ACTION).message)
    set_language(None)
    assert map_error(exc, action=ACTION).message.startswith("Access denied:")


def test_the_environment_selects_chinese_too(monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert message("no-region.message") == "未设置 AWS 区域。"
    monkeypatch.setenv("LC_ALL", "C")
    assert message("no-region.message") == "No AWS region is set."


# --- the CLI -----------------------------------------------------------------------


def test_register_prints_the_chinese_error_under_a_chinese_locale(
    tmp_path, fault_server, capsys, monkeypatch
):
    new_family = (
        400,
        {"__type": "ClientException", "message": "Unable to describe task definition."},
    )
    denied = (400, {"__type": "AccessDeniedException", "message": DENIED_TEXT})
    server = fault_server(lambda t: new_family if t.endswith("DescribeTaskDefinition") else denied)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    path = write_json(tmp_path, "book.json", BOOK)
    code = main(["register", path, "--no-verify", "--endpoint-url", server.url, "--region", REGION])
    captured = capsys.readouterr()
    assert code == 3 and captured.out == ""
    assert f"访问被拒绝：此配置文件的身份无权调用 {ACTION}。" in captured.err
    assert f"请让管理员为您的角色或用户授予 {ACTION} 权限" in captured.err
    assert "Access denied" not in captured.err
    assert server.requests[-1] == TARGET + "RegisterTaskDefinition"
