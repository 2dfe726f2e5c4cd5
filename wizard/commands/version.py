"""``--version``: this program's version and those of the parts it runs on."""

from __future__ import annotations

import platform
from importlib import metadata

from wizard import __version__


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def version_text() -> str:
    try:
        from PySide6 import QtCore

        qt = QtCore.qVersion()
        pyside = QtCore.__version__ if hasattr(QtCore, "__version__") else _dist_version("PySide6")
    except ImportError:
        qt = pyside = "not installed"
    lines = [
        f"ecs-taskdef-wizard {__version__}",
        f"Python {platform.python_version()} ({platform.system()} {platform.machine()})",
        f"Qt {qt}",
        f"PySide6 {_dist_version('PySide6-Essentials') if pyside == 'not installed' else pyside}",
        f"pydantic {_dist_version('pydantic')}",
        f"boto3 {_dist_version('boto3')}",
        f"botocore {_dist_version('botocore')}",
    ]
    return "\n".join(lines)
