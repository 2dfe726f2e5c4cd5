"""The application's id, name and version, read from ``wizard/__init__.py``.

That file is the single source. The PyInstaller spec, the icon script and the
desktop-file installer read it as text (``ast``) rather than importing the
package, so they work before the package is installed and never pull in Qt.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
ICON_SVG = REPO / "resources" / "icons" / "ecs-taskdef-wizard.svg"
HICOLOR = REPO / "resources" / "icons" / "hicolor"
# The sizes desktop environments look up in the hicolor theme.
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
EXECUTABLE = "ecs-taskdef-wizard"


@dataclass(frozen=True)
class AppInfo:
    app_id: str
    name: str
    version: str

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """Four numbers for the Windows version resource ("0.1.0rc1" -> 0, 1, 0, 0)."""
        numbers = [
            int(m.group()) if (m := re.match(r"\d+", part)) else 0
            for part in self.version.split(".")[:4]
        ]
        return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def read_app_info(init_file: Path = REPO / "wizard" / "__init__.py") -> AppInfo:
    values: dict[str, str] = {}
    for node in ast.parse(init_file.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    values[target.id] = node.value.value
    return AppInfo(app_id=values["APP_ID"], name=values["APP_NAME"], version=values["__version__"])
