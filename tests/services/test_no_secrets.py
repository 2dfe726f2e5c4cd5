"""A recognisable fake secret key in the credentials file never appears in any output."""

from __future__ import annotations

import logging

import pytest

from tests.services.conftest import BOOK, REGION, write_json
from wizard.cli import main
from wizard.services.session import list_profiles

KEY_ID = "AKIAFAKEKEYID7EXAMPL"
# 40 characters, like a real secret access key, and easy to spot.
SECRET = "NeverPrintThis/FakeSecretKey+0123456789x"
assert len(SECRET) == 40


@pytest.fixture
def secret_profile(aws_home, monkeypatch):
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    (aws_home / ".aws" / "credentials").write_text(
        f"[ci]\naws_access_key_id = {KEY_ID}\naws_secret_access_key = {SECRET}\n",
        encoding="utf-8",
    )
    (aws_home / ".aws" / "config").write_text(f"[profile ci]\nregion = {REGION}\n", "utf-8")
    return "ci"


def echoing(target: str) -> tuple[int, dict]:
    # A service that (wrongly) echoes credentials in its error text.
    text = f"The request signature we calculated does not match; key {KEY_ID} secret {SECRET}"
    return 403, {"__type": "InvalidSignatureException", "message": text}


def test_no_credential_in_any_output(secret_profile, tmp_path, moto_url, fault_server, capsys):
    book = write_json(tmp_path, "book.json", BOOK)
    account = ["--profile", secret_profile]
    runs = [
        ["register", book, "--no-verify", "--endpoint-url", moto_url, *account],
        ["pull", "book", "--endpoint-url", moto_url, *account],
        ["register", book, "--no-verify", "--endpoint-url", fault_server(echoing).url, *account],
        ["register", book, "--no-verify", "--endpoint-url", "http://127.0.0.1:1", *account],
        ["register", book, "--dry-run", *account],
    ]
    codes = [main(argv) for argv in runs]
    captured = capsys.readouterr()
    assert codes == [0, 0, 3, 3, 0]
    output = captured.out + captured.err + repr(list_profiles())
    assert "InvalidSignatureException" in output  # the echoing error was shown, scrubbed
    assert SECRET not in output and KEY_ID not in output


def test_not_even_debug_logs_carry_the_secret(secret_profile, tmp_path, moto_url, capsys, caplog):
    # The program logs nothing itself; botocore's debug log (if a user turns it on) signs
    # requests with the secret but must not write it out.
    caplog.set_level(logging.DEBUG)
    book = write_json(tmp_path, "book.json", BOOK)
    assert (
        main(
            [
                "register",
                book,
                "--no-verify",
                "--endpoint-url",
                moto_url,
                "--profile",
                secret_profile,
            ]
        )
        == 0
    )
    assert SECRET not in caplog.text and SECRET not in capsys.readouterr().err
