"""Find files of the top-level ``resources/`` folder.

In an installed wheel they live in the package as ``wizard/resources/`` (the
build force-includes them); in a source checkout they sit beside the package.
"""

from __future__ import annotations

from pathlib import Path

# The package's own folder: what importlib.resources.files("wizard") gives for a
# package on disk (a wheel, a checkout, the PyInstaller bundle, which collects
# resources/ as wizard/resources), without importing importlib.resources on the
# way to the first paint.
_PACKAGE = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    packaged = _PACKAGE.joinpath("resources", *parts)
    if packaged.exists():
        return packaged
    source = _PACKAGE.parent.joinpath("resources", *parts)
    if source.exists():
        return source
    raise FileNotFoundError(f"resource {'/'.join(parts)} is missing from this installation")


def read_resource_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")
