"""The operating systems Fargate runs.

The Fargate task definition parameters page lists the valid
``runtimePlatform.operatingSystemFamily`` values on Fargate: LINUX and Windows
Server 2019, 2022 and 2025 (Full and Core). The API's enum also has Windows
Server 2016, 2004 and 20H2, which only EC2 instances run.
"""

from __future__ import annotations

from collections.abc import Iterator

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.common import enum_value
from wizard.domain.rules.context import RuleContext
from wizard.domain.rules.registry import task_check
from wizard.domain.rules.sources import guide
from wizard.domain.schema.enums import OS_FAMILIES

FARGATE_OS_FAMILIES = (
    "LINUX",
    "WINDOWS_SERVER_2019_FULL",
    "WINDOWS_SERVER_2019_CORE",
    "WINDOWS_SERVER_2022_FULL",
    "WINDOWS_SERVER_2022_CORE",
    "WINDOWS_SERVER_2025_FULL",
    "WINDOWS_SERVER_2025_CORE",
)

define(
    "fargate-os-family",
    Severity.ERROR,
    "Fargate does not run the operating system family '{os_family}'.",
    "On Fargate use LINUX or Windows Server 2019, 2022 or 2025 (WINDOWS_SERVER_2022_CORE, "
    "for example); run {os_family} containers on EC2 instances.",
    guide("task_definition_parameters", "runtime-platform"),
)


@task_check
def check_fargate_os_family(ctx: RuleContext) -> Iterator[Finding]:
    if not ctx.is_fargate:
        return
    # Unknown values and placeholders are the enum rule's and the importer's.
    os_family = enum_value(ctx.os_family, OS_FAMILIES)
    if os_family is not None and os_family not in FARGATE_OS_FAMILIES:
        yield ctx.finding(
            "fargate-os-family", "runtimePlatform", "operatingSystemFamily", os_family=os_family
        )
