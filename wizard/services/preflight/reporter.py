"""Where one check reports: its id, area, pointer and subject, bound once.

A check reports on one resource at one pointer in a few ways: it passed, it failed
(with a hint), it was skipped with its own reason, or it could not run because a call
failed (:meth:`Preflight.skip` then names the missing permission). The checks used to
repeat the check id, area, pointer and subject in every one of those calls; a
:class:`Reporter` holds them, so each report says only its status and its words.

:meth:`Reporter.describe` is the one shape of "describe the resource; an answer that
says it is not there is a failure, any other failure a skip". The words of each
failure stay with the check (``missing``), in the services' message table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wizard.domain.findings import Severity
from wizard.services.errors import AwsError
from wizard.services.preflight.context import Preflight
from wizard.services.preflight.results import Area, ImageState, Status

# What ``missing`` gives for a "not found" answer: the failure's text and hint.
Missing = Callable[[AwsError], tuple[str, str] | None]


@dataclass(frozen=True)
class Reporter:
    pf: Preflight
    check: str
    area: Area
    path: str
    subject: str = ""

    def passed(
        self,
        text: str,
        *,
        severity: Severity = Severity.ERROR,
        image_state: ImageState | None = None,
    ) -> None:
        self._add(Status.PASS, text, "", severity, image_state)

    def failed(
        self,
        text: str,
        hint: str,
        *,
        severity: Severity = Severity.ERROR,
        image_state: ImageState | None = None,
    ) -> None:
        self._add(Status.FAIL, text, hint, severity, image_state)

    def skipped(self, text: str, hint: str, *, image_state: ImageState | None = None) -> None:
        """Not checked, for a reason of the check's own (not a failed call)."""
        self._add(Status.SKIP, text, hint, Severity.ERROR, image_state)

    def _add(
        self,
        status: Status,
        text: str,
        hint: str,
        severity: Severity,
        image_state: ImageState | None,
    ) -> None:
        self.pf.add(
            self.check,
            self.area,
            status,
            self.path,
            text,
            hint,
            severity=severity,
            subject=self.subject,
            image_state=image_state,
        )

    def call_failed(self, exc: AwsError) -> None:
        """Not checked because ``exc`` stopped a call: why, and what would let it run."""
        self.pf.skip(exc, self.check, self.area, self.path, subject=self.subject)

    def describe(
        self,
        action: str,
        fn: Callable[..., Any],
        *,
        missing: Missing,
        missing_state: ImageState | None = None,
        **kwargs: Any,
    ) -> Any | None:
        """``fn(**kwargs)`` as the IAM ``action``; None once a failure is reported.

        ``missing(exc)`` gives the failure's text and hint when the error says the
        resource is not there (reported as a failure, with ``missing_state``), or None
        for any other error (reported as a skip that names the cause).
        """
        try:
            return self.pf.call(action, fn, **kwargs)
        except AwsError as exc:
            words = missing(exc)
            if words is None:
                self.call_failed(exc)
            else:
                self.failed(*words, image_state=missing_state)
            return None
