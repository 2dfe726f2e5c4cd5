"""Argument types shared by the command line's parsers (argparse only: cli.py imports
this before it knows which command runs)."""

from __future__ import annotations

import argparse


def positive_int(text: str) -> int:
    """A whole number above 0, or argparse's usage error naming the value."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} must be greater than 0")
    return value
