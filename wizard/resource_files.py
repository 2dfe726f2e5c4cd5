"""Find files of the top-level ``resources/`` folder.

In an installed wheel they live in the package as ``wizard/resources/`` (the
build force-includes them); in a source checkout they sit beside the package.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    packaged = Path(str(resources.files("wizard"))).joinpath("resources", *parts)
    if packaged.exists():
        return packaged
    source = Path(__file__).resolve().parent.parent.joinpath("resources", *parts)
    if source.exists():
        return source
    raise FileNotFoundError(f"resource {'/'.join(parts)} is missing from this installation")


def read_resource_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")
