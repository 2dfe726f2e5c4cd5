"""Headless subcommands of the command line (no Qt imported here)."""
