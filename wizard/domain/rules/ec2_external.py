"""EC2, EXTERNAL (ECS Anywhere) and Managed Instances rules.

Sources: the API reference, the ECS Anywhere page and the task definition
parameters page for Managed Instances.

Each launch type is checked on its own, so a definition that lists several
launch types must satisfy all of them without extra code.

Owned elsewhere: Windows containers (windows.py), the placementConstraints
type enum and the 10-constraint limit (enums.py / limits.py), GPU sharing on
EXTERNAL (accelerators.py), ephemeral storage (task_size.py), execution role
needs (execution_role.py, which covers EXTERNAL too), links / extraHosts under
awsvpc (network.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.common import enum_value, is_blank, is_non_empty_dict, volumes_with
from wizard.domain.rules.context import (
    RuleContext,
    as_dict,
    as_list,
    as_str,
    container_label,
)
from wizard.domain.rules.logging import unsupported_log_drivers
from wizard.domain.rules.network import declared_network_mode
from wizard.domain.rules.registry import container_check, task_check
from wizard.domain.rules.sources import MANAGED_INSTANCES, api, guide, register
from wizard.domain.schema.enums import IPC_MODES, NETWORK_MODES, OS_FAMILIES

# The API reference (ManagedInstancesNetworkConfiguration) lists awsvpc, host
# and none; the Managed Instances parameters page gives awsvpc as the default.
MANAGED_INSTANCES_NETWORK_MODES = ("awsvpc", "host", "none")
MANAGED_INSTANCES_LOG_DRIVERS = ("awslogs", "splunk", "awsfirelens", "json-file")
FAULT_INJECTION_NETWORK_MODES = ("awsvpc", "host")
CONFIDENTIAL_SANDBOX = "CONFIDENTIAL_SANDBOX"
# Agent variables that must be set before SELinux / AppArmor options work.
_SECURITY_OPTION_AGENT_VARIABLES = (
    ("label:", "ECS_SELINUX_CAPABLE"),
    ("apparmor:", "ECS_APPARMOR_CAPABLE"),
)


# =========================================================================
# EC2
# =========================================================================
define(
    "ec2-placement-constraint-expression",
    Severity.ERROR,
    "Placement constraint #{number} of type memberOf has no expression.",
    'Add a cluster query language expression, e.g. "attribute:ecs.instance-type =~ t3.*", '
    "or remove the constraint.",
    api("TaskDefinitionPlacementConstraint", "expression"),
)


@task_check
def check_ec2_placement_constraint_expression(ctx: RuleContext) -> Iterator[Finding]:
    # On Fargate the whole list is already an error (fargate-placement-constraints).
    if ctx.is_fargate:
        return
    for index, item in enumerate(as_list(ctx.doc.get("placementConstraints"))):
        constraint = as_dict(item)
        if constraint.get("type") == "memberOf" and is_blank(constraint.get("expression")):
            yield ctx.finding(
                "ec2-placement-constraint-expression",
                "placementConstraints",
                index,
                "expression",
                number=index + 1,
            )


define(
    "ec2-docker-security-option-agent",
    Severity.INFO,
    "Container '{container}' uses the Docker security option '{option}', which only works on "
    "container instances whose agent sets {variable}=true.",
    "Start the ECS agent with {variable}=true in /etc/ecs/ecs.config on the instances that "
    "run this task.",
    api("ContainerDefinition", "dockerSecurityOptions"),
)


@container_check
def check_ec2_docker_security_options(ctx: RuleContext) -> Iterator[Finding]:
    # Fargate rejects the field outright (fargate-unsupported-parameter);
    # Managed Instances' agent is not configured by the user.
    if ctx.is_fargate or not (ctx.is_ec2 or ctx.is_external):
        return
    for index, container in ctx.containers:
        for position, value in enumerate(as_list(container.get("dockerSecurityOptions"))):
            option = as_str(value)
            if option is None or ctx.placeholder(option):
                continue
            for prefix, variable in _SECURITY_OPTION_AGENT_VARIABLES:
                if option.lower().startswith(prefix):
                    yield ctx.finding(
                        "ec2-docker-security-option-agent",
                        "containerDefinitions",
                        index,
                        "dockerSecurityOptions",
                        position,
                        container=container_label(index, container),
                        option=option,
                        variable=variable,
                    )


define(
    "ec2-runtime-platform",
    Severity.INFO,
    "runtimePlatform is set on a task that is not Fargate- or Managed-Instances-compatible. "
    "ECS accepts it, but AWS CDK refuses it for such tasks.",
    "Nothing to change for ECS. If you port this definition to AWS CDK, add FARGATE or "
    "MANAGED_INSTANCES compatibility or drop runtimePlatform there.",
    register("runtimePlatform"),
)


@task_check
def check_ec2_runtime_platform(ctx: RuleContext) -> Iterator[Finding]:
    if ctx.is_fargate or ctx.is_managed_instances:
        return
    if is_non_empty_dict(ctx.doc.get("runtimePlatform")):
        yield ctx.finding("ec2-runtime-platform", "runtimePlatform")


define(
    "ec2-fault-injection-network-mode",
    Severity.ERROR,
    "enableFaultInjection is on, but the task's network mode is '{mode}'; fault injection "
    "needs awsvpc or host.",
    'Set networkMode to "awsvpc" or "host", or turn enableFaultInjection off.',
    register("enableFaultInjection"),
)


@task_check
def check_fault_injection_network_mode(ctx: RuleContext) -> Iterator[Finding]:
    # On Fargate the network mode must be awsvpc anyway (fargate-network-mode).
    if ctx.is_fargate or ctx.doc.get("enableFaultInjection") is not True:
        return
    mode = declared_network_mode(ctx)
    if mode is None:
        return  # bad enum value or placeholder: reported elsewhere
    if mode not in FAULT_INJECTION_NETWORK_MODES:
        yield ctx.finding("ec2-fault-injection-network-mode", "enableFaultInjection", mode=mode)


# =========================================================================
# EXTERNAL / ECS Anywhere
# =========================================================================
define(
    "external-network-mode",
    Severity.ERROR,
    "EXTERNAL (ECS Anywhere) tasks do not support the awsvpc network mode.",
    'Use networkMode "bridge", "host" or "none" for EXTERNAL tasks, or drop EXTERNAL from '
    "requiresCompatibilities.",
    guide("ecs-anywhere"),
)


@task_check
def check_external_network_mode(ctx: RuleContext) -> Iterator[Finding]:
    if ctx.is_external and ctx.doc.get("networkMode") == "awsvpc":
        yield ctx.finding("external-network-mode", "networkMode")


# =========================================================================
# MANAGED_INSTANCES
# =========================================================================
define(
    "managed-instances-network-mode",
    Severity.ERROR,
    "Managed Instances tasks support only the awsvpc, host and none network modes, not '{mode}'.",
    'Set networkMode to "awsvpc" (the default on Managed Instances), "host" or "none".',
    api("ManagedInstancesNetworkConfiguration"),
)
define(
    "managed-instances-ipc-mode",
    Severity.ERROR,
    "The task sets ipcMode '{mode}'; Managed Instances tasks do not support ipcMode.",
    "Remove ipcMode, or drop MANAGED_INSTANCES from requiresCompatibilities.",
    MANAGED_INSTANCES,
)
define(
    "managed-instances-proxy-configuration",
    Severity.ERROR,
    "The task sets proxyConfiguration; Managed Instances tasks do not support it.",
    "Remove proxyConfiguration, or drop MANAGED_INSTANCES from requiresCompatibilities.",
    MANAGED_INSTANCES,
)
define(
    "managed-instances-os-family",
    Severity.ERROR,
    "Managed Instances tasks support only the LINUX operating system family, not '{os_family}'.",
    'Set runtimePlatform.operatingSystemFamily to "LINUX", or drop MANAGED_INSTANCES from '
    "requiresCompatibilities.",
    MANAGED_INSTANCES,
)
define(
    "managed-instances-docker-volume",
    Severity.ERROR,
    "Volume '{volume}' uses dockerVolumeConfiguration, which Managed Instances tasks do not "
    "support.",
    "Use a bind mount, EFS or an EBS volume configured at launch for volume '{volume}', or "
    "drop MANAGED_INSTANCES from requiresCompatibilities.",
    MANAGED_INSTANCES,
)
define(
    "managed-instances-log-driver",
    Severity.ERROR,
    "Container '{container}' uses the log driver '{driver}', which Managed Instances do not "
    "support.",
    "Use awslogs, splunk, awsfirelens or json-file for container '{container}'.",
    api("LogConfiguration", "logDriver"),
)
define(
    "managed-instances-trusted-execution",
    Severity.ERROR,
    "trustedExecutionConfiguration is only supported for Managed Instances, but the task can "
    "also run on {launch_type}.",
    'Set requiresCompatibilities to ["MANAGED_INSTANCES"] only, or remove '
    "trustedExecutionConfiguration.",
    MANAGED_INSTANCES,
)
define(
    "managed-instances-attestation-policy",
    Severity.ERROR,
    "isolationMode CONFIDENTIAL_SANDBOX requires an attestationPolicy.",
    "Add trustedExecutionConfiguration.attestationPolicy, or choose the SHARED or "
    "ISOLATED_SANDBOX isolation mode.",
    MANAGED_INSTANCES,
)


@task_check
def check_managed_instances_task(ctx: RuleContext) -> Iterator[Finding]:
    if not ctx.is_managed_instances:
        return
    # Omitted: Managed Instances use awsvpc (not EC2's bridge).
    mode = enum_value(ctx.network_mode, NETWORK_MODES)
    if mode is not None and mode not in MANAGED_INSTANCES_NETWORK_MODES:
        yield ctx.finding("managed-instances-network-mode", "networkMode", mode=mode)
    ipc_mode = enum_value(ctx.doc.get("ipcMode"), IPC_MODES)
    if ipc_mode is not None:
        yield ctx.finding("managed-instances-ipc-mode", "ipcMode", mode=ipc_mode)
    if is_non_empty_dict(ctx.doc.get("proxyConfiguration")):
        yield ctx.finding("managed-instances-proxy-configuration", "proxyConfiguration")
    os_family = enum_value(ctx.os_family, OS_FAMILIES)
    if os_family is not None and os_family != "LINUX":
        yield ctx.finding(
            "managed-instances-os-family",
            "runtimePlatform",
            "operatingSystemFamily",
            os_family=os_family,
        )
    for label, path, _ in volumes_with(ctx, "dockerVolumeConfiguration", dict):
        yield ctx.finding("managed-instances-docker-volume", *path, volume=label)


@container_check
def check_managed_instances_log_driver(ctx: RuleContext) -> Iterator[Finding]:
    if not ctx.is_managed_instances:
        return
    yield from unsupported_log_drivers(
        ctx, "managed-instances-log-driver", MANAGED_INSTANCES_LOG_DRIVERS
    )


def _other_launch_type(ctx: RuleContext) -> str | None:
    """A launch type other than Managed Instances the task must also run on."""
    others = sorted(ctx.compatibilities - {"MANAGED_INSTANCES"})
    if others:
        return others[0]
    # No launch type declared: ECS runs it on EC2 by default.
    return None if ctx.compatibilities else "EC2"


@task_check
def check_trusted_execution(ctx: RuleContext) -> Iterator[Finding]:
    config = ctx.doc.get("trustedExecutionConfiguration")
    if not isinstance(config, dict):
        return
    other = _other_launch_type(ctx)
    if other is not None:
        yield ctx.finding(
            "managed-instances-trusted-execution",
            "trustedExecutionConfiguration",
            launch_type=other,
        )
    if config.get("isolationMode") == CONFIDENTIAL_SANDBOX and is_blank(
        config.get("attestationPolicy")
    ):
        yield ctx.finding(
            "managed-instances-attestation-policy",
            "trustedExecutionConfiguration",
            "attestationPolicy",
        )
