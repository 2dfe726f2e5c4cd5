"""Log configuration rules, on any launch type unless stated: the awslogs
driver's options and the FireLens log router.

Sources: the awslogs and FireLens pages of the developer guide.
Which log drivers a launch type supports is fargate.py's / ec2_external.py's;
whether awslogs needs a task execution role is execution_role.py's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.common import (
    enum_value,
    is_blank,
    is_log_router,
    log_configuration,
    log_driver,
)
from wizard.domain.rules.context import RuleContext, as_dict, as_str, container_label
from wizard.domain.rules.registry import check, container_check, reads
from wizard.domain.rules.sources import AWSLOGS, FIRELENS, api
from wizard.domain.schema.enums import LOG_DRIVERS

# awslogs option names documented by AWS (the awslogs page; same list
# as cfn-lint's logging_configuration.json).
AWSLOGS_REQUIRED_OPTIONS = ("awslogs-group", "awslogs-region")
AWSLOGS_STREAM_PREFIX = "awslogs-stream-prefix"
AWSLOGS_DATETIME_FORMAT = "awslogs-datetime-format"
AWSLOGS_MULTILINE_PATTERN = "awslogs-multiline-pattern"
AWSLOGS_CREATE_GROUP = "awslogs-create-group"
AWSLOGS_KNOWN_OPTIONS = frozenset(
    {
        AWSLOGS_CREATE_GROUP,
        AWSLOGS_DATETIME_FORMAT,
        "awslogs-group",
        AWSLOGS_MULTILINE_PATTERN,
        "awslogs-region",
        AWSLOGS_STREAM_PREFIX,
        "max-buffer-size",
        "mode",
    }
)
# CloudWatch Logs log group names: 1-512 of letters, digits, . - _ / # (CloudWatch
# Logs CreateLogGroup; the CloudFormation schema cfn-lint E1155 checks the same).
_LOG_GROUP_NAME = re.compile(r"^[.\-_/#A-Za-z0-9]{1,512}$")

define(
    "awslogs-group-name-invalid",
    Severity.ERROR,
    "Container '{container}' logs to the group '{group}', which is not a valid CloudWatch "
    "Logs group name.",
    "Use 1 to 512 letters, digits and . - _ / # only, e.g. /ecs/{container}.",
    "https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html#CWL-CreateLogGroup-request-logGroupName",
)

# Values Docker's ParseBool takes as true (the awslogs driver parses the option with it).
_TRUE_STRINGS = frozenset({"1", "t", "true"})


def unsupported_log_drivers(
    ctx: RuleContext, rule_id: str, supported: tuple[str, ...]
) -> Iterator[Finding]:
    """``rule_id`` for each container whose log driver is a valid one outside
    ``supported`` (fargate.py's and ec2_external.py's launch type rules)."""
    for index, container in ctx.containers:
        driver = enum_value(log_driver(container), LOG_DRIVERS)
        if driver is not None and driver not in supported:
            yield ctx.finding(
                rule_id,
                "containerDefinitions",
                index,
                "logConfiguration",
                "logDriver",
                container=container_label(index, container),
                driver=driver,
            )


# =========================================================================
# awslogs options — any launch type unless stated
# =========================================================================
define(
    "awslogs-missing-option",
    Severity.ERROR,
    "Container '{container}' uses the awslogs log driver without the required option '{option}'.",
    "Add '{option}' to logConfiguration.options of container '{container}' "
    '(e.g. "awslogs-group": "/ecs/<family>", "awslogs-region": "<region>").',
    AWSLOGS,
)
define(
    "awslogs-missing-stream-prefix",
    Severity.ERROR,
    "Container '{container}' uses awslogs on Fargate without 'awslogs-stream-prefix'.",
    'Add "awslogs-stream-prefix" (for example the service name or "ecs") to the awslogs '
    "options of container '{container}'; Fargate requires it and the console needs it to "
    "show the logs.",
    AWSLOGS,
)
define(
    "awslogs-unknown-option",
    Severity.WARNING,
    "Container '{container}' sets the awslogs option '{option}', which the ECS awslogs "
    "driver does not document.",
    "Check the spelling of '{option}'; documented options are awslogs-group, "
    "awslogs-region, awslogs-stream-prefix, awslogs-create-group, awslogs-datetime-format, "
    "awslogs-multiline-pattern, mode and max-buffer-size.",
    AWSLOGS,
)
define(
    "awslogs-datetime-multiline-conflict",
    Severity.ERROR,
    "Container '{container}' sets both 'awslogs-datetime-format' and "
    "'awslogs-multiline-pattern'; only one of them may be set.",
    "Keep one multiline option for container '{container}': remove "
    "'awslogs-multiline-pattern' or 'awslogs-datetime-format'.",
    AWSLOGS,
)
define(
    "awslogs-create-group-permission",
    Severity.WARNING,
    "Container '{container}' sets awslogs-create-group, which needs the logs:CreateLogGroup "
    "permission; the managed AmazonECSTaskExecutionRolePolicy does not grant it.",
    "Grant logs:CreateLogGroup to the task execution role (EC2: or the instance role), or "
    "create the log group beforehand and remove awslogs-create-group.",
    AWSLOGS,
)


@container_check
def check_awslogs_options(ctx: RuleContext) -> Iterator[Finding]:
    for index, container in ctx.containers:
        log_config = log_configuration(container)
        if as_str(log_config.get("logDriver")) != "awslogs":
            continue
        raw_options = log_config.get("options")
        if raw_options is not None and not isinstance(raw_options, dict):
            continue  # wrong type: the schema check reports it
        yield from _awslogs_findings(ctx, index, container, as_dict(raw_options))


def _awslogs_findings(
    ctx: RuleContext, index: int, container: dict[str, Any], options: dict[str, Any]
) -> Iterator[Finding]:
    label = container_label(index, container)
    base = ("containerDefinitions", index, "logConfiguration", "options")

    # Missing required options point at where the option would go.
    for option in AWSLOGS_REQUIRED_OPTIONS:
        if is_blank(options.get(option)):
            yield ctx.finding(
                "awslogs-missing-option", *base, option, container=label, option=option
            )
    group = as_str(options.get("awslogs-group"))
    if group and not is_blank(group) and not ctx.placeholder(group):
        if not _LOG_GROUP_NAME.match(group):
            yield ctx.finding(
                "awslogs-group-name-invalid", *base, "awslogs-group", container=label, group=group
            )
    if ctx.is_fargate and is_blank(options.get(AWSLOGS_STREAM_PREFIX)):
        yield ctx.finding(
            "awslogs-missing-stream-prefix", *base, AWSLOGS_STREAM_PREFIX, container=label
        )
    for option in options:
        if option not in AWSLOGS_KNOWN_OPTIONS and not ctx.placeholder(option):
            yield ctx.finding(
                "awslogs-unknown-option", *base, option, container=label, option=option
            )
    if AWSLOGS_DATETIME_FORMAT in options and AWSLOGS_MULTILINE_PATTERN in options:
        yield ctx.finding(
            "awslogs-datetime-multiline-conflict", *base, AWSLOGS_MULTILINE_PATTERN, container=label
        )
    create_group = as_str(options.get(AWSLOGS_CREATE_GROUP))
    if create_group is not None and create_group.strip().lower() in _TRUE_STRINGS:
        yield ctx.finding(
            "awslogs-create-group-permission", *base, AWSLOGS_CREATE_GROUP, container=label
        )


# =========================================================================
# FireLens
# =========================================================================
define(
    "firelens-config-file-type-s3",
    Severity.ERROR,
    "Container '{container}' loads its FireLens configuration from S3 "
    "(config-file-type 's3'); Fargate only supports 'file'.",
    'Set firelensConfiguration.options."config-file-type" to "file" and bake the '
    "configuration file into the log router image.",
    api("FirelensConfiguration", "options"),
)
define(
    "firelens-multiple-routers",
    Severity.ERROR,
    "Container '{container}' is a second FireLens log router; the task already has one in "
    "container '{first}'.",
    "Keep firelensConfiguration on one container only ('{first}') and remove it from "
    "'{container}'.",
    FIRELENS,
)
define(
    "firelens-router-missing",
    Severity.ERROR,
    "Container '{container}' uses the awsfirelens log driver, but no container in the task "
    "has a firelensConfiguration (the FireLens log router).",
    "Add a log router container (for example the AWS for Fluent Bit image) with "
    'firelensConfiguration {{"type": "fluentbit"}}, or use another log driver.',
    FIRELENS,
)


@check
@reads("name", "firelensConfiguration", "logConfiguration")
def check_firelens(ctx: RuleContext) -> Iterator[Finding]:
    routers = [(i, c) for i, c in ctx.containers if is_log_router(c)]
    if ctx.is_fargate:
        for index, container in routers:
            options = as_dict(as_dict(container.get("firelensConfiguration")).get("options"))
            file_type = as_str(options.get("config-file-type"))
            if file_type is not None and file_type.strip().lower() == "s3":
                yield ctx.finding(
                    "firelens-config-file-type-s3",
                    "containerDefinitions",
                    index,
                    "firelensConfiguration",
                    "options",
                    "config-file-type",
                    container=container_label(index, container),
                )
    if routers:
        first_index, first = routers[0]
        for index, container in routers[1:]:
            yield ctx.finding(
                "firelens-multiple-routers",
                "containerDefinitions",
                index,
                "firelensConfiguration",
                container=container_label(index, container),
                first=container_label(first_index, first),
            )
        return
    for index, container in ctx.containers:
        if log_driver(container) == "awsfirelens":
            yield ctx.finding(
                "firelens-router-missing",
                "containerDefinitions",
                index,
                "logConfiguration",
                "logDriver",
                container=container_label(index, container),
            )
