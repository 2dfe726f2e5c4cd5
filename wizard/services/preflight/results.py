"""The preflight's result model: one :class:`CheckResult` per check, a :class:`Report`.

Plain data, no Qt, so the command line prints it and the GUI lists it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from wizard.domain.findings import Severity


class Status(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    SKIP = "skip"


class Area(StrEnum):
    """The issue's groups, in the order the checklist shows them."""

    ROLES = "roles"
    PERMISSIONS = "permissions"
    IMAGES = "images"
    LOGS = "logs"
    SECRETS = "secrets"
    STORAGE = "storage"
    ACCOUNT = "account"


AREA_ORDER = {area: i for i, area in enumerate(Area)}


class ImageState(StrEnum):
    """What the image field of a container shows after a preflight."""

    EXISTS = "exists"
    MISSING = "missing"
    WRONG_PLATFORM = "wrong-platform"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class CheckResult:
    """One check's outcome.

    ``check`` is a stable id (``role.exists``); ``path`` a JSON Pointer into the
    register-input document, the field the user must change. A ``skip`` says in
    ``message`` why it did not run and in ``hint`` what would let it run.
    ``subject`` names what was checked (a role, an image, a log group), and
    ``image_state`` is set on image checks for the image field.
    """

    check: str
    area: Area
    status: Status
    severity: Severity
    path: str
    message: str
    hint: str = ""
    subject: str = ""
    image_state: ImageState | None = None

    @property
    def blocking(self) -> bool:
        return self.status is Status.FAIL and self.severity is Severity.ERROR

    def as_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "status": self.status.value,
            "severity": self.severity.value,
            "path": self.path,
            "message": self.message,
            "hint": self.hint,
        }


def sort_key(result: CheckResult) -> tuple[int, int, int, str]:
    """Failures first (errors before warnings), then skips, then passes; by area, by path."""
    status_rank = {Status.FAIL: 0, Status.SKIP: 1, Status.PASS: 2}[result.status]
    return (status_rank, result.severity.rank, AREA_ORDER[result.area], result.path)


@dataclass
class Report:
    account: str
    region: str
    checks: list[CheckResult] = field(default_factory=list)

    def sorted_checks(self) -> list[CheckResult]:
        return sorted(self.checks, key=sort_key)

    def count(self, status: Status) -> int:
        return sum(c.status is status for c in self.checks)

    @property
    def blocking(self) -> list[CheckResult]:
        return [c for c in self.sorted_checks() if c.blocking]

    def summary(self) -> dict[str, int]:
        return {
            "passed": self.count(Status.PASS),
            "failed": self.count(Status.FAIL),
            "skipped": self.count(Status.SKIP),
        }

    def as_dict(self, file: str) -> dict[str, Any]:
        return {
            "file": file,
            "account": self.account,
            "region": self.region,
            "checks": [c.as_dict() for c in self.sorted_checks()],
            "summary": self.summary(),
        }

    def image_states(self) -> dict[str, ImageState]:
        """The last state of each image reference (the worst one when several checks ran)."""
        worst = [ImageState.MISSING, ImageState.WRONG_PLATFORM, ImageState.EXISTS]
        states: dict[str, ImageState] = {}
        for c in self.checks:
            if c.image_state is None or not c.subject:
                continue
            old = states.get(c.subject)
            if old is None or (
                c.image_state in worst
                and (old not in worst or worst.index(c.image_state) < worst.index(old))
            ):
                states[c.subject] = c.image_state
        return states
