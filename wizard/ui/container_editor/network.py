"""Network settings of a container: hostname, DNS servers and search domains,
extra /etc/hosts entries.

They belong to Docker's own networking: hostname and extra hosts are not
supported in network mode awsvpc (which Fargate always uses), DNS servers and
search domains not on Fargate. There the fields are disabled with the reason,
unless the draft already sets them (then the rule's message is at the field
and clearing it fixes it).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from wizard.ui.container_editor.binders import CommaListBinder
from wizard.ui.container_editor.context import EditorContext
from wizard.ui.container_editor.section import Section
from wizard.ui.widgets.form_rows import hint_label
from wizard.ui.widgets.list_table import ListTable
from wizard.ui.widgets.table_columns import Column


class NetworkSection(Section):
    PREFIXES = ("/hostname", "/dnsServers", "/dnsSearchDomains", "/extraHosts")
    STATE_MEMBERS = PREFIXES

    def title(self) -> str:
        return self.tr("Network settings")

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.hostname = self.line(
            self.tr("Hostname"),
            "/hostname",
            self.tr("The container's hostname (docker run --hostname)."),
            placeholder=self.tr("e.g. web-1"),
            hint=" ",  # the reason when the network mode does not allow it
        )
        self.dns_servers = self._comma_list(
            self.tr("DNS servers"),
            "/dnsServers",
            self.tr("Name servers the container uses instead of the host's (--dns)."),
            self.tr("comma-separated, e.g. {0}").format("10.0.0.2, 10.0.0.3"),
        )
        self.dns_search_domains = self._comma_list(
            self.tr("DNS search domains"),
            "/dnsSearchDomains",
            self.tr(
                "Domains searched for names without a dot, e.g. db finds "
                "db.internal.example.com (--dns-search)."
            ),
            self.tr("comma-separated, e.g. {0}").format("internal.example.com"),
        )
        self.extra_hosts = ListTable(
            self.controller,
            ctx.ptr("/extraHosts"),
            [
                Column(
                    "hostname",
                    self.tr("Hostname"),
                    tooltip=self.tr("The name to resolve, e.g. db.local."),
                ),
                Column(
                    "ipAddress",
                    self.tr("IP address"),
                    tooltip=self.tr("The address the name resolves to, e.g. 10.0.1.15."),
                ),
            ],
            name=self.tr("Extra hosts"),
            add_text=self.tr("Add host"),
            parent=self,
        )
        self.extra_hosts_note: QLabel = hint_label("", self)
        self.add_wide(
            self.tr("Extra hosts"),
            "/extraHosts",
            self.extra_hosts,
            hint=self.tr("Entries added to the container's /etc/hosts file (--add-host)."),
            note=self.extra_hosts_note,
        )
        self.update_state()

    def _comma_list(self, label: str, rel: str, help_text: str, placeholder: str) -> QLineEdit:
        editor = QLineEdit(self)
        editor.setPlaceholderText(placeholder)
        self.track(CommaListBinder(self.controller, self.ctx.ptr(rel), editor))
        # subtree: findings about one entry (/dnsServers/1) show at the line too.
        self.add_field(label, rel, editor, help_text, hint=" ", subtree=True)
        return editor

    def update_state(self) -> None:
        awsvpc = ""
        if self.ctx.on_awsvpc():
            awsvpc = self.tr(
                "Not supported in network mode awsvpc (which Fargate always uses); "
                "available in bridge and host mode."
            )
        fargate = ""
        if self.ctx.on_fargate():
            fargate = self.tr("Not supported on Fargate; available on EC2 and external instances.")
        self.limit("/hostname", self.hostname, self.hints["/hostname"], awsvpc)
        self.limit("/dnsServers", self.dns_servers, self.hints["/dnsServers"], fargate)
        self.limit(
            "/dnsSearchDomains", self.dns_search_domains, self.hints["/dnsSearchDomains"], fargate
        )
        self.limit("/extraHosts", self.extra_hosts, self.extra_hosts_note, awsvpc)
