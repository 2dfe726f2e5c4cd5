"""The ``ecs-taskdef-wizard`` command line.

``ecs-taskdef-wizard [FILE]`` opens the GUI; the subcommands run headless and
import no Qt, so ``lint`` stays fast in CI.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from wizard.commands.arguments import positive_int

SUBCOMMANDS: tuple[str, ...] = (
    "lint",
    "sizes",
    "export",
    "import",
    "register",
    "pull",
    "cost",
    "verify",
)
# Revisions and a first run: each module parses its own options.
REVISION_SUBCOMMANDS = ("diff", "revisions", "prune", "run")
SUBCOMMANDS += REVISION_SUBCOMMANDS


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in SUBCOMMANDS:
            _never_fail_to_encode()
            return _run_subcommand(args[0], args[1:])
        return _run_gui_entry(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `lint ... | head` closes the pipe early; that is not an error.
        return 0


def _never_fail_to_encode() -> None:
    """What cannot be encoded is written as a backslash escape instead of ending the
    command: a character a non-UTF-8 locale lacks, or a lone surrogate a printer
    missed. (The printers escape what they know of; this is the net under them.)"""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _run_subcommand(name: str, args: list[str]) -> int:
    if name == "lint":
        parser = _lint_parser()
        ns = parser.parse_args(args)
        if ns.list_rules:
            from wizard.commands.rule_list import run_list_rules

            return run_list_rules(ns.format)
        if not ns.files:
            parser.error("give at least one FILE (or --list-rules)")
        from wizard.commands.lint import run_lint

        return run_lint(ns)
    if name == "sizes":
        from wizard.commands.sizes import run_sizes

        return run_sizes(_sizes_parser().parse_args(args))
    if name == "export":
        from wizard.commands.export import run_export

        return run_export(_export_parser().parse_args(args))
    if name == "import":
        from wizard.commands.importing import run_import

        return run_import(_import_parser().parse_args(args))
    if name == "cost":
        from wizard.commands.cost import run_cost

        return run_cost(_cost_parser().parse_args(args))
    if name in REVISION_SUBCOMMANDS:
        from wizard.commands.revision_commands import run_revision_command

        return run_revision_command(name, args)
    if name == "verify":
        from wizard.commands.verify import run_verify

        return run_verify(args)
    from wizard.commands.aws import run_aws_command

    return run_aws_command(name, args)


def _run_gui_entry(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="ecs-taskdef-wizard",
        description="Write Amazon ECS task definitions: a wizard with a live sizing panel. "
        f"Subcommands: {', '.join(SUBCOMMANDS)} (run 'ecs-taskdef-wizard lint -h').",
    )
    parser.add_argument("file", nargs="?", help="a task definition or draft to open")
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    parser.add_argument(
        "--smoke-test", action="store_true", help="build the main window, paint once, exit 0"
    )
    ns = parser.parse_args(args)
    if ns.version:
        from wizard.commands.version import version_text

        print(version_text())
        return 0
    from wizard.ui.app.application import run_app

    return run_app(ns.file, smoke_test=ns.smoke_test)


def _lint_parser() -> argparse.ArgumentParser:
    # Here, not at the top: the GUI's start does not need it.
    from wizard.domain.launch_types import LAUNCH_TYPES

    p = argparse.ArgumentParser(
        prog="ecs-taskdef-wizard lint",
        description="Check task definitions against every documented ECS rule. "
        "Exit 0: no error; 1: at least one error (unknown keys and wrong types included); "
        "2: a file cannot be read or parsed as JSON, or bad usage. Configuration: "
        "[tool.ecs-taskdef-wizard] in pyproject.toml or .ecs-taskdef-wizard.toml, "
        "found upward from each file.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="task definition JSON ('-' = stdin)")
    p.add_argument(
        "--format",
        choices=("text", "json", "sarif", "github"),
        default="text",
        help="text (compiler style), json, sarif (SARIF 2.1.0 for code scanning) or github "
        "(GitHub Actions workflow commands)",
    )
    p.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="RULE",
        help="suppress findings of this rule id (listed as suppressed in json and sarif); "
        "may be repeated",
    )
    p.add_argument(
        "--severity",
        choices=("error", "warning", "info"),
        default="info",
        type=str.lower,
        help="the lowest severity shown (default: info, everything)",
    )
    p.add_argument(
        "--list-rules",
        action="store_true",
        help="list every rule (id, severity, summary, source page) and exit",
    )
    p.add_argument(
        "--launch-type",
        action="append",
        default=[],
        type=str.upper,
        choices=LAUNCH_TYPES,
        metavar="T",
        help="also check against this launch type (EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES); "
        "may be repeated",
    )
    return p


def _sizes_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ecs-taskdef-wizard sizes",
        description="Valid Fargate task sizes: CPU values for a memory, memory values for a CPU, "
        "or the whole table.",
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument("--memory", type=positive_int, metavar="MiB")
    group.add_argument("--cpu", type=positive_int, metavar="UNITS")
    p.add_argument("--os", choices=("linux", "windows"), default="linux", type=str.lower)
    p.add_argument("--format", choices=("text", "json"), default="text")
    return p


def _export_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ecs-taskdef-wizard export",
        description="Write register-input JSON (or CloudFormation / Terraform).",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--to", choices=("json", "cloudformation", "terraform"), default="json")
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write here instead of stdout ('-' = stdout); an existing file is replaced "
        "atomically keeping its mode and owner; a device or FIFO is written through; a "
        "read-only or hard-linked file is refused",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="allow writing CloudFormation or Terraform over the input file itself",
    )
    p.add_argument(
        "--format",
        choices=("yaml", "json"),
        default=None,
        type=str.lower,
        help="CloudFormation template format (default: yaml); only with --to cloudformation",
    )
    return p


def _import_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ecs-taskdef-wizard import",
        description="Turn a docker-compose file (or describe output, a draft, any accepted "
        "JSON) into register-input JSON. What could not be mapped is reported on stderr. "
        "Exit 0: written; 2: nothing to write (unreadable input) or bad usage.",
    )
    p.add_argument(
        "file", metavar="FILE", help="compose YAML or task definition JSON ('-' = stdin)"
    )
    p.add_argument(
        "--from",
        dest="source",
        choices=("compose", "json"),
        type=str.lower,
        default=None,
        help="what FILE is (default: compose for .yml/.yaml, json for .json or text "
        "starting with '{')",
    )
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout ('-')")
    return p


def _cost_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ecs-taskdef-wizard cost",
        description="Estimate what the task's Fargate size costs (on-demand and Spot), and list "
        "cheaper sizes that still fit its containers. Exit 0: estimated; 1: the definition has "
        "errors (named on stderr; the estimate is still printed) or nothing to price; "
        "2: unreadable input or bad usage.",
    )
    p.add_argument("file", metavar="FILE", help="task definition JSON ('-' = stdin)")
    p.add_argument(
        "--region", help="AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, else us-east-1)"
    )
    p.add_argument("--tasks", type=positive_int, default=1, metavar="N", help="tasks running")
    p.add_argument("--format", choices=("text", "json"), default="text")
    return p


if __name__ == "__main__":
    sys.exit(main())
