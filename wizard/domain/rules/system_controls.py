"""System controls (sysctls) that the task's namespaces do not allow.

The API reference (SystemControl) says that with the host network mode the
network namespace systemControls (``net.*``) are not supported, and with the
host IPC mode the IPC namespace ones are not: Docker refuses to create such a
container, so the task cannot start. Fargate's task-wide systemControls are
fargate_platform.py's, Windows' lack of them windows.py's.
"""

from __future__ import annotations

from collections.abc import Iterator

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.common import enum_value
from wizard.domain.rules.context import RuleContext, as_dict, as_list, as_str, container_label
from wizard.domain.rules.network import declared_network_mode
from wizard.domain.rules.registry import container_check
from wizard.domain.rules.sources import api
from wizard.domain.schema.enums import IPC_MODES

define(
    "system-controls-host-network",
    Severity.ERROR,
    "Container '{container}' sets the network system control '{namespace}', which the host "
    "network mode does not support.",
    "Remove the net.* system controls, or use the awsvpc or bridge network mode, where the "
    "task has its own network namespace.",
    api("SystemControl"),
)
define(
    "system-controls-host-ipc",
    Severity.ERROR,
    "Container '{container}' sets the IPC system control '{namespace}', which the host IPC "
    "mode does not support.",
    "Remove the IPC system controls (kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.*), or "
    'set ipcMode to "task" or leave it out.',
    api("SystemControl"),
)

# The sysctls of the IPC namespace (Docker's list of namespaced sysctls).
_IPC_NAMES = frozenset(
    {
        "kernel.msgmax",
        "kernel.msgmnb",
        "kernel.msgmni",
        "kernel.sem",
        "kernel.shmall",
        "kernel.shmmax",
        "kernel.shmmni",
        "kernel.shm_rmid_forced",
    }
)


def _is_ipc(namespace: str) -> bool:
    return namespace in _IPC_NAMES or namespace.startswith("fs.mqueue.")


@container_check
def check_system_controls_and_host_namespaces(ctx: RuleContext) -> Iterator[Finding]:
    host_network = declared_network_mode(ctx) == "host"
    host_ipc = enum_value(ctx.doc.get("ipcMode"), IPC_MODES) == "host"
    if not host_network and not host_ipc:
        return
    for index, container in ctx.containers:
        for position, item in enumerate(as_list(container.get("systemControls"))):
            namespace = as_str(as_dict(item).get("namespace"))
            if not namespace or ctx.placeholder(namespace):
                continue
            path = ("containerDefinitions", index, "systemControls", position, "namespace")
            label = container_label(index, container)
            if host_network and namespace.startswith("net."):
                yield ctx.finding(
                    "system-controls-host-network", *path, container=label, namespace=namespace
                )
            elif host_ipc and _is_ipc(namespace):
                yield ctx.finding(
                    "system-controls-host-ipc", *path, container=label, namespace=namespace
                )
