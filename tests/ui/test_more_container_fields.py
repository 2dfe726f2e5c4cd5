"""Form fields for members that were only editable in the JSON view: network
settings, privileged mode, tmpfs mounts, devices, secret log options and port
ranges. Each is driven like a user does; the draft, the rule message at the
field, undo and the round trip of a container that sets all of them are checked."""

from __future__ import annotations

import copy
import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from tests.ui.test_containers_page import (
    cell_editor,
    click_check,
    edit_cell,
    field,
    make_page,
    open_cell,
    row_of,
    type_into,
    unfold,
)
from wizard.ui.container_editor.json_section import JsonSection
from wizard.ui.container_editor.linux import LinuxSection
from wizard.ui.container_editor.logs import LoggingSection
from wizard.ui.container_editor.network import NetworkSection
from wizard.ui.container_editor.ports import PortsSection
from wizard.ui.draft.controller import DraftController, new_document
from wizard.ui.widgets.list_table import ListTable

C0 = "/containerDefinitions/0"


def on_ec2_bridge(controller: DraftController) -> None:
    """A task where Docker's own networking options are allowed."""
    controller.set("/requiresCompatibilities", ["EC2"])
    controller.set("/networkMode", "bridge")


def add_row(qtbot, table: ListTable) -> None:
    # A section just unfolded is laid out on the next event loop pass.
    qtbot.waitUntil(lambda: table.add_button.height() > 0)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)


def clear_cell(qtbot, table: ListTable, row: int, key: str) -> None:
    """Open the cell's editor, delete its text, press Enter."""
    view = table.table
    open_cell(table, row, key)
    editor = cell_editor(table)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def undo(controller: DraftController) -> None:
    controller.undo_stack.undo()


# --- network settings ------------------------------------------------------------


def test_network_fields_write_the_draft_and_clearing_removes_them(qtbot, controller):
    on_ec2_bridge(controller)
    page = make_page(qtbot, controller)
    unfold(qtbot, page, NetworkSection)
    section = page.editor.section(NetworkSection)
    assert section.hostname.isEnabled() and not section.hints["/hostname"].isVisible()
    type_into(qtbot, section.hostname, "web-1")
    type_into(qtbot, section.dns_servers, "10.0.0.2, 10.0.0.3")
    type_into(qtbot, section.dns_search_domains, "internal.example.com")
    add_row(qtbot, section.extra_hosts)
    edit_cell(qtbot, section.extra_hosts, 0, "hostname", "db.local")
    edit_cell(qtbot, section.extra_hosts, 0, "ipAddress", "10.0.1.15")
    container = controller.get(C0)
    assert container["hostname"] == "web-1"
    assert container["dnsServers"] == ["10.0.0.2", "10.0.0.3"]
    assert container["dnsSearchDomains"] == ["internal.example.com"]
    assert container["extraHosts"] == [{"hostname": "db.local", "ipAddress": "10.0.1.15"}]
    # Nothing is wrong with these on EC2 in bridge mode.
    assert controller.findings_under(f"{C0}/hostname", f"{C0}/dnsServers", f"{C0}/extraHosts") == []

    type_into(qtbot, section.hostname, "")
    type_into(qtbot, section.dns_servers, "")
    type_into(qtbot, section.dns_search_domains, "")
    section.extra_hosts.table.selectRow(0)
    qtbot.mouseClick(section.extra_hosts.remove_button, Qt.MouseButton.LeftButton)
    container = controller.get(C0)
    for member in ("hostname", "dnsServers", "dnsSearchDomains", "extraHosts"):
        assert member not in container, member


def test_hostname_under_awsvpc_is_an_error_at_the_field(qtbot, controller):
    on_ec2_bridge(controller)
    page = make_page(qtbot, controller)
    unfold(qtbot, page, NetworkSection)
    section = page.editor.section(NetworkSection)
    type_into(qtbot, section.hostname, "web-1")
    controller.set("/networkMode", "awsvpc")
    row = row_of(page, "/hostname")
    assert row.message.isVisible()
    assert "hostname 'web-1'" in row.message.text() and "awsvpc" in row.message.text()
    assert section.hostname.property("invalid") is True
    # The value is there, so the field stays editable to clear it; the reason shows.
    assert section.hostname.isEnabled()
    assert "awsvpc" in section.hints["/hostname"].text()
    type_into(qtbot, section.hostname, "")
    assert "hostname" not in controller.get(C0)
    assert not row.message.isVisible()
    assert not section.hostname.isEnabled()


def test_on_fargate_the_network_fields_are_disabled_with_the_reason(qtbot, controller):
    page = make_page(qtbot, controller)  # a new draft: Fargate, awsvpc
    unfold(qtbot, page, NetworkSection)
    section = page.editor.section(NetworkSection)
    for rel, editor in (
        ("/hostname", section.hostname),
        ("/dnsServers", section.dns_servers),
        ("/dnsSearchDomains", section.dns_search_domains),
    ):
        assert not editor.isEnabled(), rel
        assert section.hints[rel].isVisible(), rel
    assert "awsvpc" in section.hints["/hostname"].text()
    assert "Fargate" in section.hints["/dnsServers"].text()
    assert not section.extra_hosts.isEnabled()
    assert section.extra_hosts_note.isVisible() and "awsvpc" in section.extra_hosts_note.text()
    # A draft from a file that sets one anyway: enabled, with the rule's message.
    controller.set(f"{C0}/dnsServers", ["10.0.0.2"])
    assert section.dns_servers.isEnabled()
    assert section.dns_servers.text() == "10.0.0.2"
    assert "not supported on Fargate" in row_of(page, "/dnsServers").message.text()


def test_extra_hosts_under_awsvpc_show_in_the_table(qtbot, controller):
    on_ec2_bridge(controller)
    page = make_page(qtbot, controller)
    unfold(qtbot, page, NetworkSection)
    table = page.editor.section(NetworkSection).extra_hosts
    add_row(qtbot, table)
    edit_cell(qtbot, table, 0, "hostname", "db.local")
    edit_cell(qtbot, table, 0, "ipAddress", "10.0.1.15")
    controller.set("/networkMode", "awsvpc")
    assert "extraHosts" in table.message.text() and "awsvpc" in table.message.text()
    assert table.isEnabled()


def test_typing_a_hostname_is_one_undo_step(qtbot, controller):
    on_ec2_bridge(controller)
    page = make_page(qtbot, controller)
    unfold(qtbot, page, NetworkSection)
    section = page.editor.section(NetworkSection)
    before = controller.undo_stack.count()
    section.hostname.setFocus()
    qtbot.keyClicks(section.hostname, "web-1")
    assert controller.get(f"{C0}/hostname") == "web-1"
    assert controller.undo_stack.count() == before + 1
    undo(controller)
    assert "hostname" not in controller.get(C0)
    assert section.hostname.text() == ""


# --- privileged, tmpfs, devices --------------------------------------------------------


def test_privileged_on_fargate_is_an_error_at_the_field(qtbot, controller):
    on_ec2_bridge(controller)
    page = make_page(qtbot, controller)
    unfold(qtbot, page, LinuxSection)
    section = page.editor.section(LinuxSection)
    assert section.privileged.isEnabled()
    click_check(qtbot, section.privileged)
    assert controller.get(f"{C0}/privileged") is True
    controller.set("/requiresCompatibilities", ["FARGATE"])
    row = row_of(page, "/privileged")
    assert "privileged" in row.message.text() and "Fargate" in row.message.text()
    assert section.privileged.property("invalid") is True
    assert section.privileged.isEnabled()  # set, so it can be turned off here
    assert "Fargate" in section.hints["/privileged"].text()
    click_check(qtbot, section.privileged)
    assert "privileged" not in controller.get(C0)  # false is the default: removed
    assert not section.privileged.isEnabled()
    undo(controller)
    assert controller.get(f"{C0}/privileged") is True
    assert section.privileged.isChecked()


def test_tmpfs_table(qtbot, controller):
    on_ec2_bridge(controller)
    page = make_page(qtbot, controller)
    unfold(qtbot, page, LinuxSection)
    table = page.editor.section(LinuxSection).tmpfs
    add_row(qtbot, table)
    edit_cell(qtbot, table, 0, "containerPath", "/scratch")
    edit_cell(qtbot, table, 0, "size", "64")
    edit_cell(qtbot, table, 0, "mountOptions", "rw, noexec")
    assert controller.get(f"{C0}/linuxParameters/tmpfs") == [
        {"containerPath": "/scratch", "size": 64, "mountOptions": ["rw", "noexec"]}
    ]
    assert table.table.item(0, table.column_index("mountOptions")).text() == "rw, noexec"
    # One cell edit, one undo step.
    undo(controller)
    assert controller.get(f"{C0}/linuxParameters/tmpfs/0") == {
        "containerPath": "/scratch",
        "size": 64,
    }
    assert table.table.item(0, table.column_index("mountOptions")).text() == ""
    table.table.selectRow(0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    # The last row gone: tmpfs and the then empty linuxParameters are removed.
    assert "linuxParameters" not in controller.get(C0)


def test_devices_table_marks_a_wrong_permission(qtbot, controller):
    on_ec2_bridge(controller)
    controller.set(f"{C0}/linuxParameters", {"initProcessEnabled": True})
    page = make_page(qtbot, controller)
    unfold(qtbot, page, LinuxSection)
    table = page.editor.section(LinuxSection).devices
    add_row(qtbot, table)
    edit_cell(qtbot, table, 0, "hostPath", "/dev/fuse")
    edit_cell(qtbot, table, 0, "permissions", "read, execute")
    assert controller.get(f"{C0}/linuxParameters") == {
        "initProcessEnabled": True,
        "devices": [{"hostPath": "/dev/fuse", "permissions": ["read", "execute"]}],
    }
    assert "execute" in table.message.text()
    assert table.table.property("invalid") is True
    # Shown by the form now, so not listed again under the JSON view.
    json_view = page.editor.section(JsonSection)
    assert not [f for f in json_view.findings() if "/devices" in f.path]
    edit_cell(qtbot, table, 0, "permissions", "read, write")
    assert controller.get(f"{C0}/linuxParameters/devices/0/permissions") == ["read", "write"]
    assert not table.message.isVisible()


def test_tmpfs_and_devices_on_fargate_are_disabled_with_the_reason(qtbot, controller):
    page = make_page(qtbot, controller)
    unfold(qtbot, page, LinuxSection)
    section = page.editor.section(LinuxSection)
    for table, note in (
        (section.tmpfs, section.tmpfs_note),
        (section.devices, section.devices_note),
    ):
        assert not table.isEnabled()
        assert note.isVisible() and "Fargate" in note.text()
    assert not section.privileged.isEnabled()
    controller.set(f"{C0}/linuxParameters/tmpfs", [{"containerPath": "/tmp", "size": 8}])
    assert section.tmpfs.isEnabled() and not section.devices.isEnabled()
    assert "tmpfs" in section.tmpfs.message.text() and "Fargate" in section.tmpfs.message.text()


def test_focus_pointer_finds_a_tmpfs_cell(qtbot, controller):
    on_ec2_bridge(controller)
    controller.set(f"{C0}/linuxParameters/tmpfs", [{"containerPath": "/tmp"}])
    page = make_page(qtbot, controller)
    assert page.focus_pointer(f"{C0}/linuxParameters/tmpfs/0/size")
    table = page.editor.section(LinuxSection).tmpfs
    assert table.isVisible()
    assert table.table.currentColumn() == table.column_index("size")


# --- secret log options ------------------------------------------------------------------


def test_secret_log_options(qtbot, controller):
    page = make_page(qtbot, controller)
    section = page.editor.section(LoggingSection)
    assert section.secret_options.isVisible()  # log collection is on by default
    click_check(qtbot, section.use_logs)
    assert not section.secret_options.isVisible()  # no log configuration
    click_check(qtbot, section.use_logs)
    assert section.secret_options.isVisible()
    table = section.secret_options
    add_row(qtbot, table)
    edit_cell(qtbot, table, 0, "name", "splunk-token")
    arn = "arn:aws:ssm:eu-west-1:123456789012:parameter/splunk-token"
    edit_cell(qtbot, table, 0, "valueFrom", arn)
    config = controller.get(f"{C0}/logConfiguration")
    assert config["secretOptions"] == [{"name": "splunk-token", "valueFrom": arn}]
    assert config["options"]["awslogs-stream-prefix"] == "ecs"  # the rest is untouched
    # Another driver keeps the secret options.
    index = section.driver.findData("splunk")
    section.driver.setCurrentIndex(index)
    section.driver.activated.emit(index)
    assert controller.get(f"{C0}/logConfiguration/secretOptions") == [
        {"name": "splunk-token", "valueFrom": arn}
    ]
    assert table.table.rowCount() == 1
    table.table.selectRow(0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert "secretOptions" not in controller.get(f"{C0}/logConfiguration")
    assert controller.get(f"{C0}/logConfiguration/logDriver") == "splunk"


# --- port ranges ---------------------------------------------------------------------


def test_port_range_column(qtbot, controller):
    page = make_page(qtbot, controller)  # awsvpc: ranges are allowed
    table = page.editor.section(PortsSection).table
    add_row(qtbot, table)
    edit_cell(qtbot, table, 0, "containerPortRange", "8000-8099")
    assert controller.get(f"{C0}/portMappings") == [
        {"containerPortRange": "8000-8099", "protocol": "tcp"}
    ]
    assert controller.findings_under(f"{C0}/portMappings") == []
    edit_cell(qtbot, table, 0, "containerPortRange", "8099-8000")
    assert "8099-8000" in table.message.text()
    cell = table.table.item(0, table.column_index("containerPortRange"))
    assert "8099-8000" in cell.toolTip()
    undo(controller)
    assert controller.get(f"{C0}/portMappings/0/containerPortRange") == "8000-8099"
    # Undo reloads the table (new items): read the cell again.
    cell = table.table.item(0, table.column_index("containerPortRange"))
    assert cell.text() == "8000-8099"
    # Both a port and a range on one row: the rule says to keep one.
    edit_cell(qtbot, table, 0, "containerPort", "80")
    assert "containerPortRange" in table.message.text()
    clear_cell(qtbot, table, 0, "containerPortRange")
    assert controller.get(f"{C0}/portMappings") == [{"containerPort": 80, "protocol": "tcp"}]


# --- round trip ------------------------------------------------------------------------


def full_document() -> dict[str, Any]:
    doc = new_document()
    doc["requiresCompatibilities"] = ["EC2"]
    doc["networkMode"] = "bridge"
    doc["containerDefinitions"] = [
        {
            "name": "app",
            "image": "public.ecr.aws/nginx/nginx:latest",
            "essential": True,
            "memory": 512,
            "portMappings": [
                {"containerPortRange": "8000-8099", "protocol": "tcp"},
                {"containerPort": 80, "hostPort": 8080, "protocol": "tcp", "name": "web"},
            ],
            "hostname": "web-1",
            "dnsServers": ["10.0.0.2", "10.0.0.3"],
            "dnsSearchDomains": ["internal.example.com"],
            "extraHosts": [{"hostname": "db.local", "ipAddress": "10.0.1.15"}],
            "privileged": True,
            "linuxParameters": {
                "initProcessEnabled": True,
                "tmpfs": [{"containerPath": "/scratch", "size": 64, "mountOptions": ["rw"]}],
                "devices": [
                    {
                        "hostPath": "/dev/fuse",
                        "containerPath": "/dev/fuse",
                        "permissions": ["read", "write"],
                    }
                ],
            },
            "logConfiguration": {
                "logDriver": "splunk",
                "options": {"splunk-url": "https://splunk.example.com:8088"},
                "secretOptions": [
                    {
                        "name": "splunk-token",
                        "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/token",
                    }
                ],
            },
        },
        {"name": "sidecar", "image": "busybox", "essential": False, "memory": 64},
    ]
    return doc


def test_a_container_with_all_of_them_round_trips_untouched(qtbot):
    original = full_document()
    controller = DraftController(copy.deepcopy(original))
    page = make_page(qtbot, controller)
    for section_class in (NetworkSection, LinuxSection, JsonSection):
        unfold(qtbot, page, section_class)
    network = page.editor.section(NetworkSection)
    linux = page.editor.section(LinuxSection)
    # The form shows every member...
    assert network.hostname.text() == "web-1"
    assert network.dns_servers.text() == "10.0.0.2, 10.0.0.3"
    assert network.extra_hosts.table.rowCount() == 1
    assert linux.privileged.isChecked()
    assert linux.tmpfs.table.item(0, linux.tmpfs.column_index("mountOptions")).text() == "rw"
    assert linux.devices.table.item(0, 2).text() == "read, write"
    assert page.editor.section(LoggingSection).secret_options.table.rowCount() == 1
    ports = page.editor.section(PortsSection).table
    assert ports.table.item(0, ports.column_index("containerPortRange")).text() == "8000-8099"
    # ...and showing it, or switching containers and back, writes nothing.
    page.select(1)
    page.select(0)
    assert controller.undo_stack.count() == 0
    assert json.dumps(controller.document) == json.dumps(original)

    # One edit changes that member only.
    network.hostname.setFocus()
    network.hostname.end(False)
    qtbot.keyClicks(network.hostname, "0")
    expected = copy.deepcopy(original)
    expected["containerDefinitions"][0]["hostname"] = "web-10"
    assert controller.document == expected
    edit_cell(qtbot, linux.tmpfs, 0, "size", "128")
    expected["containerDefinitions"][0]["linuxParameters"]["tmpfs"][0]["size"] = 128
    assert controller.document == expected
    undo(controller)
    undo(controller)
    assert json.dumps(controller.document) == json.dumps(original)


def test_the_field_labels_are_the_consoles(qtbot, controller):
    page = make_page(qtbot, controller)
    names = {
        rel: page.editor.targets()[rel].accessibleName()
        for rel in ("/hostname", "/dnsServers", "/dnsSearchDomains", "/privileged")
    }
    assert names == {
        "/hostname": "Hostname",
        "/dnsServers": "DNS servers",
        "/dnsSearchDomains": "DNS search domains",
        "/privileged": "Privileged",
    }
    assert field(page, "/extraHosts").table.accessibleName() == "Extra hosts"


def test_shared_memory_and_swap_on_fargate_are_disabled_until_set(qtbot, controller):
    page = make_page(qtbot, controller)
    unfold(qtbot, page, LinuxSection)
    section = page.editor.section(LinuxSection)
    for editor in (section.shared_memory, section.max_swap, section.swappiness):
        assert not editor.isEnabled()
    note = section.hints["/linuxParameters/maxSwap"]
    assert note.isVisible() and "Fargate" in note.text()
    # A value already in the draft stays editable, so the error can be cleared there.
    controller.set(f"{C0}/linuxParameters/maxSwap", 512)
    assert section.max_swap.isEnabled() and not section.swappiness.isEnabled()
    on_ec2_bridge(controller)
    assert section.shared_memory.isEnabled() and not note.isVisible()
