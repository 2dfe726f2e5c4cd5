"""Dispatch of ``diff``, ``revisions``, ``prune`` and ``run`` (one module each)."""

from __future__ import annotations


def run_revision_command(name: str, args: list[str]) -> int:
    if name == "diff":
        from wizard.commands.diff import run_diff

        return run_diff(args)
    if name == "revisions":
        from wizard.commands.revisions import run_revisions

        return run_revisions(args)
    if name == "prune":
        from wizard.commands.prune import run_prune

        return run_prune(args)
    from wizard.commands.run_task import run_run

    return run_run(args)
