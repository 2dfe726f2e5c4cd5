"""Argument types shared by the command line's parsers (argparse only: cli.py imports
this before it knows which command runs)."""

from __future__ import annotations

import argparse


def positive_int(text: str, what: str = "a whole number") -> int:
    """A whole number above 0, or argparse's usage error naming the value."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not {what}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} must be greater than 0")
    return value


def positive_seconds(text: str) -> int:
    """:func:`positive_int` for a number of seconds (``run --wait``)."""
    return positive_int(text, "a whole number of seconds")
