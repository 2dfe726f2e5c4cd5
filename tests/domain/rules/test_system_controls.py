"""System controls against host namespaces (API reference: SystemControl)."""

from __future__ import annotations

import pytest

from tests.rulekit import container, ec2_doc, no, one
from wizard.domain.findings import Severity


def sysctl(namespace: str, value: str = "1") -> dict[str, str]:
    return {"namespace": namespace, "value": value}


@pytest.mark.parametrize("namespace", ["net.ipv4.tcp_keepalive_time", "net.core.somaxconn"])
def test_network_system_controls_with_the_host_network_mode(namespace):
    app = container(memory=256, systemControls=[sysctl("kernel.shmmax"), sysctl(namespace)])
    doc = ec2_doc(app, networkMode="host")
    found = one(
        doc,
        "system-controls-host-network",
        "/containerDefinitions/0/systemControls/1/namespace",
        Severity.ERROR,
        rendered=True,
    )
    assert namespace in found.message and "'app'" in found.message
    for mode in ("bridge", "awsvpc"):
        no(ec2_doc(app, networkMode=mode), "system-controls-host-network")


@pytest.mark.parametrize(
    "namespace", ["kernel.shmmax", "kernel.sem", "kernel.msgmnb", "fs.mqueue.msg_max"]
)
def test_ipc_system_controls_with_the_host_ipc_mode(namespace):
    app = container(memory=256, systemControls=[sysctl("net.core.somaxconn"), sysctl(namespace)])
    doc = ec2_doc(app, ipcMode="host")
    one(
        doc,
        "system-controls-host-ipc",
        "/containerDefinitions/0/systemControls/1/namespace",
        Severity.ERROR,
        rendered=True,
    )
    for mode in ("task", "none"):
        no(ec2_doc(app, ipcMode=mode), "system-controls-host-ipc")
    no(ec2_doc(app), "system-controls-host-ipc")


def test_other_kernel_controls_and_placeholders_are_left_alone():
    controls = [sysctl("kernel.domainname", "x"), sysctl("${SYSCTL}")]
    doc = ec2_doc(
        container(memory=256, systemControls=controls), networkMode="host", ipcMode="host"
    )
    no(doc, "system-controls-host-network")
    no(doc, "system-controls-host-ipc")
    # Malformed entries are the schema check's business.
    junk = ec2_doc(container(memory=256, systemControls=["net.x", {"namespace": 3}]))
    junk["networkMode"] = "host"
    no(junk, "system-controls-host-network")
