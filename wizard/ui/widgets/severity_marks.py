"""How a severity and a number of findings look wherever they are counted: the
standard message-box icons and "1 error" / "3 warnings".

Kept apart from the table editors' markers (``table_findings``) because the step
list shows these before the first paint and needs nothing else of them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from wizard.domain.findings import Severity


def severity_icon(severity: Severity | None) -> QIcon:
    if severity is None:
        return QIcon()
    # Imported here, not at the top: the step list imports this module before
    # the first paint, and creating QStyle's enums costs about 7 ms there, for
    # icons that a fresh draft (no findings shown yet) does not need.
    from PySide6.QtWidgets import QStyle

    pixmap = {
        Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    }[severity]
    return QApplication.style().standardIcon(pixmap)


def count_text(count: int, kind: str) -> str:
    """ "1 error", "3 warnings" (kind is "error" or "warning")."""
    # Literal translate() calls: lupdate would read an alias's arguments as
    # (source, disambiguation) in no context.
    if kind == "error":
        if count == 1:
            return QCoreApplication.translate("Findings", "1 error")
        return QCoreApplication.translate("Findings", "{0} errors").format(count)
    if count == 1:
        return QCoreApplication.translate("Findings", "1 warning")
    return QCoreApplication.translate("Findings", "{0} warnings").format(count)
