"""Check 4: awslogs log groups.

Each group exists in its ``awslogs-region`` (logs:DescribeLogGroups), or the
driver will create it (``awslogs-create-group`` "true", with
logs:CreateLogGroup, simulated in :mod:`.permissions`). A region other than the
task's is allowed but worth knowing (cross-region traffic):
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.domain.findings import Severity
from wizard.services.messages import message
from wizard.services.preflight.context import Preflight
from wizard.services.preflight.reporter import Reporter
from wizard.services.preflight.results import Area


@dataclass(frozen=True)
class LogGroup:
    path: str  # the awslogs-group option
    region_path: str
    container: str
    group: str
    region: str
    create: bool


def log_groups(pf: Preflight) -> list[LogGroup]:
    found = []
    for i, container in pf.containers():
        config = container.get("logConfiguration")
        if not isinstance(config, dict) or config.get("logDriver") != "awslogs":
            continue
        options = config.get("options")
        options = options if isinstance(options, dict) else {}
        group = options.get("awslogs-group")
        if not isinstance(group, str) or not group:
            continue
        region = options.get("awslogs-region")
        base = f"/containerDefinitions/{i}/logConfiguration/options"
        found.append(
            LogGroup(
                f"{base}/awslogs-group",
                f"{base}/awslogs-region",
                pf.container_name(container, i),
                group,
                region if isinstance(region, str) and region else pf.region,
                str(options.get("awslogs-create-group", "")).lower() == "true",
            )
        )
    return found


def check_log_group(pf: Preflight, item: LogGroup) -> None:
    if item.region != pf.region:
        Reporter(pf, "logs.region", Area.LOGS, item.region_path, item.group).failed(
            message(
                "preflight.logs.other-region",
                container=item.container,
                region=item.region,
                task_region=pf.region,
            ),
            message("preflight.logs.other-region.hint", region=pf.region),
            severity=Severity.WARNING,
        )
    logs = pf.client("logs", item.region)
    at = Reporter(pf, "logs.group", Area.LOGS, item.path, item.group)
    # A missing group is an empty list, not an error: every failed call is a skip.
    answer = at.describe(
        "logs:DescribeLogGroups",
        logs.describe_log_groups,
        missing=lambda _exc: None,
        logGroupNamePrefix=item.group,
        limit=50,
    )
    if answer is None:
        return
    names = {g.get("logGroupName") for g in answer.get("logGroups", []) if isinstance(g, dict)}
    if item.group in names:
        at.passed(message("preflight.logs.exists", group=item.group, region=item.region))
    elif item.create:
        at.passed(message("preflight.logs.will-create", group=item.group, region=item.region))
    else:
        at.failed(
            message(
                "preflight.logs.missing",
                container=item.container,
                group=item.group,
                region=item.region,
            ),
            message("preflight.logs.missing.hint", group=item.group, region=item.region),
        )
