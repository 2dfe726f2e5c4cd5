"""Which launch types a task definition is checked against: the one answer.

``requiresCompatibilities`` declares them; ``extra`` adds launch types the user asks
to check beyond the declared ones (``lint --launch-type``, the first page's "Also
check against"). A definition that declares none is taken as EC2, as ECS does when it
registers one ("If no value is specified, the parameter is omitted from the task
definition and EC2 is used", RegisterTaskDefinition API reference:
https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html),
and shown as *assumed*.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

# The API's Compatibility values, in the order the first page lists them.
LAUNCH_TYPES = ("FARGATE", "EC2", "EXTERNAL", "MANAGED_INSTANCES")
ASSUMED = "EC2"


# A NamedTuple, not a frozen dataclass: this module is imported before the
# window's first paint, where creating a frozen dataclass costs about 1 ms and
# a NamedTuple about 0.1 ms.
class LaunchTypes(NamedTuple):
    declared: frozenset[str]
    extra: frozenset[str] = frozenset()

    @property
    def checked(self) -> frozenset[str]:
        """Declared or asked for: what the rules check against."""
        return self.declared | self.extra

    @property
    def assumed(self) -> bool:
        """None declared or asked for: EC2 is assumed."""
        return not self.checked

    @property
    def effective(self) -> frozenset[str]:
        return self.checked or frozenset({ASSUMED})

    @property
    def fargate(self) -> bool:
        return "FARGATE" in self.checked

    @property
    def ec2(self) -> bool:
        return ASSUMED in self.effective

    @property
    def external(self) -> bool:
        return "EXTERNAL" in self.checked

    @property
    def managed_instances(self) -> bool:
        return "MANAGED_INSTANCES" in self.checked


def launch_types_of(doc: Mapping[str, Any], extra: Iterable[str] = ()) -> LaunchTypes:
    """The launch types of ``doc`` (tolerating any JSON value in requiresCompatibilities)."""
    value = doc.get("requiresCompatibilities")
    declared = value if isinstance(value, list) else []
    return LaunchTypes(
        frozenset(v for v in declared if v in LAUNCH_TYPES),
        frozenset(v for v in extra if v in LAUNCH_TYPES),
    )


def declared_launch_types(doc: Mapping[str, Any]) -> tuple[str, ...]:
    """The known launch types in ``requiresCompatibilities``, in the file's order."""
    value = doc.get("requiresCompatibilities")
    items = value if isinstance(value, list) else []
    return tuple(v for v in items if v in LAUNCH_TYPES)


def assumed_launch_type(doc: Mapping[str, Any]) -> str | None:
    """EC2 when the document declares no known launch type (the first page and the
    sizing panel show it ticked as "assumed"), else None."""
    return None if declared_launch_types(doc) else ASSUMED
