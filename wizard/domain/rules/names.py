"""Family and container names: present, well-formed, unique.

Source: the API reference (RegisterTaskDefinition ``family``,
ContainerDefinition ``name``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.context import RuleContext, as_str
from wizard.domain.rules.registry import check, reads, task_check
from wizard.domain.rules.sources import api, register

# Up to 255 letters, digits, underscores and hyphens (family and container names).
NAME_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,255}")


define(
    "family-missing",
    Severity.ERROR,
    "The task definition has no family name.",
    "Set 'family' to a name of up to 255 letters, digits, hyphens and underscores, "
    "e.g. 'web-app'. Every revision of the task definition shares it.",
    register("family"),
)
define(
    "family-invalid",
    Severity.ERROR,
    "The family name '{family}' is not valid: it must be 1 to 255 letters, digits, "
    "hyphens or underscores.",
    "Remove spaces, dots, slashes and other characters from the family name, "
    "e.g. use 'my-app_prod' instead of 'my.app prod'.",
    register("family"),
)
define(
    "container-none",
    Severity.ERROR,
    "The task definition has no container definitions.",
    "Add at least one container with a name and an image.",
    register("containerDefinitions"),
)
define(
    "container-name-missing",
    Severity.ERROR,
    "Container {container} has no name.",
    "Give the container a name of up to 255 letters, digits, hyphens and underscores; "
    "other containers refer to it by this name (dependsOn, links, volumesFrom).",
    api("ContainerDefinition", "name"),
)
define(
    "container-name-invalid",
    Severity.ERROR,
    "The container name '{container}' is not valid: it must be 1 to 255 letters, digits, "
    "hyphens or underscores.",
    "Rename the container using only letters, digits, '-' and '_' (no spaces or dots), "
    "and update any dependsOn, links or volumesFrom that refer to it.",
    api("ContainerDefinition", "name"),
)
define(
    "container-name-duplicate",
    Severity.ERROR,
    "Two containers are named '{container}' (containers {first} and {second}).",
    "Give each container of the task definition its own name.",
    api("ContainerDefinition", "name"),
)


@task_check
def check_family(ctx: RuleContext) -> Iterator[Finding]:
    family = ctx.doc.get("family")
    if family is None or family == "":
        yield ctx.finding("family-missing", "family")
        return
    text = as_str(family)
    if text is None or ctx.placeholder(text):
        return
    if not NAME_PATTERN.fullmatch(text):
        yield ctx.finding("family-invalid", "family", family=text)


@check
@reads("name")
def check_container_names(ctx: RuleContext) -> Iterator[Finding]:
    definitions = ctx.doc.get("containerDefinitions")
    if definitions is None or definitions == []:
        yield ctx.finding("container-none", "containerDefinitions")
        return
    first_with_name: dict[str, int] = {}
    for index, c in ctx.containers:
        name = c.get("name")
        if name is None or name == "":
            yield ctx.finding(
                "container-name-missing",
                "containerDefinitions",
                index,
                "name",
                container=f"#{index + 1}",
            )
            continue
        if not isinstance(name, str) or ctx.placeholder(name):
            continue
        if not NAME_PATTERN.fullmatch(name):
            yield ctx.finding(
                "container-name-invalid", "containerDefinitions", index, "name", container=name
            )
        if name in first_with_name:
            yield ctx.finding(
                "container-name-duplicate",
                "containerDefinitions",
                index,
                "name",
                container=name,
                first=first_with_name[name] + 1,
                second=index + 1,
            )
        else:
            first_with_name[name] = index
