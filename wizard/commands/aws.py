"""``register`` and ``pull``: AWS account commands.

They talk to ECS through boto3 and are not part of this version yet; the
command says so plainly instead of pretending to work.
"""

from __future__ import annotations

import sys


def run_aws_command(name: str, args: list[str]) -> int:
    print(
        f"ecs-taskdef-wizard {name}: not available in this version yet. "
        "Use 'ecs-taskdef-wizard export FILE --to json' and "
        "'aws ecs register-task-definition --cli-input-json file://OUT' meanwhile.",
        file=sys.stderr,
    )
    return 2
