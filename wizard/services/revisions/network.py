"""The default VPC's subnets and security group, offered first when running a task.

RunTask with the ``awsvpc`` network mode needs subnets (and takes security
groups); a new account's default VPC has one default subnet per Availability
Zone and a security group named ``default``. Sources:
https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html,
https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wizard.services.revisions.account import RevisionAccount


@dataclass(frozen=True)
class NamedId:
    id: str
    name: str = ""
    vpc_id: str = ""
    is_default: bool = False

    @property
    def display(self) -> str:
        return f"{self.id} ({self.name})" if self.name else self.id


@dataclass
class NetworkChoices:
    """What a run can pick from; ``default_*`` are the default VPC's, preselected."""

    subnets: list[NamedId] = field(default_factory=list)
    security_groups: list[NamedId] = field(default_factory=list)
    default_vpc: str = ""

    @property
    def default_subnets(self) -> list[str]:
        return [s.id for s in self.subnets if s.vpc_id == self.default_vpc and s.is_default]

    @property
    def default_security_groups(self) -> list[str]:
        return [g.id for g in self.security_groups if g.vpc_id == self.default_vpc and g.is_default]


def _name(tags: object) -> str:
    for tag in tags if isinstance(tags, list) else []:
        if isinstance(tag, dict) and tag.get("Key") == "Name":
            return str(tag.get("Value", ""))
    return ""


def network_choices(account: RevisionAccount) -> NetworkChoices:
    """Subnets and security groups of the region, the default VPC's marked."""
    vpcs = account.pages("ec2:DescribeVpcs", "ec2", "describe_vpcs", "Vpcs")
    default_vpc = next((str(v.get("VpcId")) for v in vpcs if v.get("IsDefault")), "")
    subnets = [
        NamedId(
            str(s.get("SubnetId")),
            _name(s.get("Tags")) or str(s.get("AvailabilityZone", "")),
            str(s.get("VpcId", "")),
            bool(s.get("DefaultForAz")),
        )
        for s in account.pages("ec2:DescribeSubnets", "ec2", "describe_subnets", "Subnets")
    ]
    groups = [
        NamedId(
            str(g.get("GroupId")),
            str(g.get("GroupName", "")),
            str(g.get("VpcId", "")),
            g.get("GroupName") == "default",
        )
        for g in account.pages(
            "ec2:DescribeSecurityGroups", "ec2", "describe_security_groups", "SecurityGroups"
        )
    ]
    subnets.sort(key=lambda s: (s.vpc_id != default_vpc, s.name, s.id))
    groups.sort(key=lambda g: (g.vpc_id != default_vpc, not g.is_default, g.name, g.id))
    return NetworkChoices(subnets, groups, default_vpc)
