"""``lint`` configuration: ``[tool.ecs-taskdef-wizard]`` or ``.ecs-taskdef-wizard.toml``.

The nearest configuration upward from a linted file applies to it (from the
current directory for standard input), as ruff and other linters find theirs.
In a directory, ``.ecs-taskdef-wizard.toml`` (keys at its top level, or under
``[tool.ecs-taskdef-wizard]``) wins over a ``pyproject.toml``; a
``pyproject.toml`` without the table is passed over. Keys::

    [tool.ecs-taskdef-wizard]
    ignore = ["image-tag-latest"]              # rule ids, for every file
    launch-types = ["FARGATE"]                 # when lint gets no --launch-type
    [tool.ecs-taskdef-wizard.per-file-ignores]
    "deploy/*.json" = ["placeholder"]          # globs relative to the config's folder

A configuration that cannot be read is a usage error (``lint`` exits 2).
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wizard.domain.launch_types import LAUNCH_TYPES
from wizard.domain.text.plural import plural

CONFIG_FILE = ".ecs-taskdef-wizard.toml"
PYPROJECT = "pyproject.toml"
TABLE = "ecs-taskdef-wizard"
_KEYS = {"ignore", "launch-types", "per-file-ignores"}


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class LintConfig:
    path: Path
    ignore: tuple[str, ...] = ()
    launch_types: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def rules_named(self) -> list[str]:
        return [*self.ignore, *(rule for _, rules in self.per_file_ignores for rule in rules)]

    def ignored_for(self, file: Path) -> dict[str, str]:
        """The rule ids this configuration ignores for ``file``, each with where it says so."""
        out = {rule: f"{self.path.name}: ignore" for rule in self.ignore}
        relative = _relative(file, self.path.parent)
        for pattern, rules in self.per_file_ignores:
            if relative is not None and _matches(relative, pattern):
                for rule in rules:
                    out.setdefault(rule, f"{self.path.name}: per-file-ignores {pattern!r}")
        return out


@dataclass
class ConfigFinder:
    """Finds and caches the configuration of each folder."""

    _by_folder: dict[Path, LintConfig | None] = field(default_factory=dict)

    def for_file(self, name: str) -> LintConfig | None:
        start = Path.cwd() if name == "-" else Path(os.path.abspath(name)).parent
        return self._search(start)

    def _search(self, folder: Path) -> LintConfig | None:
        visited = []
        found: LintConfig | None = None
        for candidate in (folder, *folder.parents):
            if candidate in self._by_folder:
                found = self._by_folder[candidate]
                break
            visited.append(candidate)
            found = _config_in(candidate)
            if found is not None:
                break
        for seen in visited:
            self._by_folder[seen] = found
        return found


def _config_in(folder: Path) -> LintConfig | None:
    own = folder / CONFIG_FILE
    if own.is_file():
        data = _read(own)
        table = data.get("tool", {}).get(TABLE) if isinstance(data.get("tool"), dict) else None
        return parse_config(own, table if isinstance(table, dict) else data)
    project = folder / PYPROJECT
    if project.is_file():
        tool = _read(project).get("tool")
        if isinstance(tool, dict) and isinstance(tool.get(TABLE), dict):
            return parse_config(project, tool[TABLE])
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid TOML: not UTF-8 text") from None


def parse_config(path: Path, table: dict[str, Any]) -> LintConfig:
    """Check and convert the keys of one configuration table."""
    table = {k: v for k, v in table.items() if k != "tool"}
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(
            f"{path}: {plural(len(unknown), 'unknown key', 'unknown keys')} {', '.join(unknown)}; "
            f"known: {', '.join(sorted(_KEYS))}"
        )
    ignore = _strings(path, "ignore", table.get("ignore", []))
    listed = _strings(path, "launch-types", table.get("launch-types", []))
    launch_types = tuple(t.upper() for t in listed)
    bad = [t for t in launch_types if t not in LAUNCH_TYPES]
    if bad:
        raise ConfigError(
            f"{path}: launch-types: {', '.join(bad)} is not one of {', '.join(LAUNCH_TYPES)}"
        )
    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise ConfigError(f"{path}: per-file-ignores must be a table of glob = [rule ids]")
    pairs = tuple(
        (str(glob), _strings(path, f"per-file-ignores {glob!r}", rules))
        for glob, rules in per_file.items()
    )
    return LintConfig(path, ignore, tuple(dict.fromkeys(launch_types)), pairs)


def _strings(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: {key} must be a list of strings")
    return tuple(value)


def _relative(file: Path, folder: Path) -> str | None:
    try:
        return file.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return None


def _matches(relative: str, pattern: str) -> bool:
    """A glob without "/" matches the file name in any folder; with one, the
    path from the configuration's folder ("*" crosses folders, as in fnmatch)."""
    pattern = pattern.removeprefix("./")
    if "/" not in pattern:
        return fnmatch.fnmatchcase(relative.rsplit("/", 1)[-1], pattern)
    return fnmatch.fnmatchcase(relative, pattern)
