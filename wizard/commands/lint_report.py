"""What ``lint`` found in one file: the findings shown and the ones suppressed.

Every output format (text, JSON, SARIF, GitHub workflow commands) reads these,
so a suppressed finding is never lost on the way to one of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wizard.domain.findings import Finding, Severity
from wizard.domain.formats.importer import LoadResult
from wizard.domain.text.terminal import printable


@dataclass(frozen=True)
class Suppressed:
    finding: Finding
    # Where the suppression comes from: "--ignore" or the configuration file and key.
    by: str


@dataclass
class FileReport:
    name: str
    result: LoadResult
    findings: list[Finding]
    suppressed: list[Suppressed] = field(default_factory=list)
    failed: bool = False  # the linter itself broke on this file (exit 2)

    @property
    def display_name(self) -> str:
        # printable: a file name may hold an ESC sequence or a newline that would
        # forge a line of its own in compiler-style output.
        return "<stdin>" if self.name == "-" else printable(self.name)

    def location(self, finding: Finding) -> tuple[int, int]:
        params = finding.params
        if "line" in params and "column" in params:
            return int(params["line"]), int(params["column"])
        return self.result.position(finding.path)

    @property
    def errors(self) -> int:
        return sum(f.severity is Severity.ERROR for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity is Severity.WARNING for f in self.findings)
