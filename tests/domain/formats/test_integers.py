import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.domain.formats.integers import MAX_DIGITS, parse_int


@pytest.mark.parametrize(
    ("text", "expected"),
    [("512", 512), (" 80 ", 80), ("-1", -1), ("0", 0), ("007", 7)],
)
def test_integers_are_read(text, expected):
    assert parse_int(text) == expected


@pytest.mark.parametrize(
    "text", ["", " ", "-", "--1", "1-", "1.5", "1e3", "0x10", "²", "١٢", "12 34", "+", "5 vCPU"]
)
def test_anything_else_is_not_an_integer(text):
    assert parse_int(text) is None


def test_a_run_of_digits_past_the_limit_is_not_an_integer_and_does_not_raise():
    assert parse_int("9" * MAX_DIGITS) is not None
    assert parse_int("9" * (MAX_DIGITS + 1)) is None
    assert parse_int("9" * 100_000) is None


@given(st.integers(min_value=-(10**30), max_value=10**30))
def test_every_int_round_trips(number):
    assert parse_int(str(number)) == number


@given(st.text(max_size=20))
def test_never_raises(text):
    result = parse_int(text)
    assert (
        result is None
        or str(result) == text.strip().lstrip("0")
        or result == 0
        or text.strip().startswith(("-0", "0"))
    )
