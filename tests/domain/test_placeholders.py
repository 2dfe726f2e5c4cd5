"""Template placeholders: what counts, and scans that stay linear on hostile text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.domain.placeholders import _stand_in_body, find_placeholder, is_placeholder

# The straightforward patterns the finders replace (kept here as the reference
# for what a placeholder is). The ${...} body excludes "{" in the wizard, so
# "${a{b}" is not one; the reference says the same.
REFERENCE = (
    re.compile(r"\$\{[^{}\s]{1,200}\}"),
    re.compile(r"\{\{.{0,200}?\}\}"),
    re.compile(r"<[A-Za-z][A-Za-z0-9_\-. ]{0,100}>"),
    re.compile(r"\${2,}[A-Za-z_][A-Za-z0-9_]*\${2,}"),
)
SINGLE_BRACE = re.compile(r"(?<![{$])\{([A-Za-z0-9_\-. ]{1,100})\}(?!\})")


def reference(text: str) -> str | None:
    for pattern in REFERENCE:
        if m := pattern.search(text):
            return m.group(0)
    for m in SINGLE_BRACE.finditer(text):
        if _stand_in_body(m.group(1)):
            return m.group(0)
    return None


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("${IMAGE}", "${IMAGE}"),
        ("repo:${TAG}-x", "${TAG}"),
        ("{{ must_env `IMAGE` }}", "{{ must_env `IMAGE` }}"),
        ("<IMAGE1_NAME>", "<IMAGE1_NAME>"),
        ("$$$NAME$$$", "$$$NAME$$$"),
        ("a $$$ b $$NAME$$ c", "$$NAME$$"),
        ("${${VAR}}", "${VAR}"),
        ("nginx:1.27", None),
        ("price is $5 {not} <3", None),
        ("{{ broken\nacross lines }}", None),
        ("{{" + "x" * 201 + "}}", None),
        ("{{" + "x" * 200 + "}}", "{{" + "x" * 200 + "}}"),
        ("$$$$", None),
        # Stand-ins copied from examples and documentation.
        ("{INSERT your task role}", "{INSERT your task role}"),
        ("{your-account-id}.dkr.ecr.us-east-1.amazonaws.com/app:1", "{your-account-id}"),
        ("{ACCOUNT_ID}", "{ACCOUNT_ID}"),
        ("<your account id>", "<your account id>"),
        ("arn:aws:iam::aws_account_id:role/app", "aws_account_id"),
        ("arn:aws:logs:region:account-id:log-group:/ecs/app", "account-id"),
        ("arn:aws:ssm:region:111122223334:parameter/x", "region"),
        ("arn:aws:iam::XXXXXXXXXXXX:role/ecsTaskExecutionRole", "XXXXXXXXXXXX"),
        ("arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "123456789012"),
        ("123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0", "123456789012"),
        ("aws_account_id.dkr.ecr.region.amazonaws.com/repo:tag", "aws_account_id"),
        ("210987654321.dkr.ecr.region.amazonaws.com/repo:tag", "region"),
        # Not stand-ins: real values, format fields, shell and template syntax.
        ("arn:aws:iam::210987654321:role/app", None),
        ("210987654321.dkr.ecr.eu-west-1.amazonaws.com/app:1", None),
        ("Hello {name}, you owe {0}", None),
        ("awk '{print $1}'", None),
        ("{}", None),
    ],
)
def test_placeholder_tokens(text: str, token: str | None) -> None:
    assert find_placeholder(text) == token
    assert is_placeholder(text) is (token is not None)


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("echo '<html>ok</html>' > /usr/share/nginx/html/index.html", None),
        ("Write-Output '<html>' | Out-File C:\\inetpub\\wwwroot\\index.html", None),
        ("awk '{INSERT}'", None),
        ("exec ${APP_BIN}", "${APP_BIN}"),
        ("run {{ .Args }}", "{{ .Args }}"),
    ],
)
def test_in_a_command_only_template_forms_count(text: str, token: str | None) -> None:
    assert find_placeholder(text, in_command=True) == token


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="${}<>\n _aZ9-", max_size=80))
def test_the_linear_finders_agree_with_the_reference_patterns(text: str) -> None:
    assert find_placeholder(text) == reference(text)


@pytest.mark.parametrize(
    "hostile",
    [
        "$" * 300_000,
        "${" * 150_000,
        "{{" * 150_000,
        "{{\n" * 100_000 + "}}",
        "$$a" * 100_000,
        "<a" * 150_000,
        "<a " * 100_000,
        "{a" * 150_000,
        "{a-" * 100_000 + "}}",
        "arn:" + ":" * 300_000,
        "x.dkr." * 100_000,
    ],
)
def test_hostile_runs_are_scanned_at_once(hostile: str) -> None:
    # Each of these took from seconds to over an hour with backtracking
    # patterns (300,000 "$" about 40 minutes); linear scans take milliseconds,
    # so a regression shows up as a hung test run rather than a flaky timing.
    assert find_placeholder(hostile) is None or hostile.startswith(("$$a", "arn:"))
