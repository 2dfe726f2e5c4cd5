"""Install the Linux desktop integration into a prefix.

    python packaging/linux/install.py --prefix ~/.local        # for this user
    python packaging/linux/install.py --prefix /app            # in a Flatpak build
    python packaging/linux/install.py --prefix /usr --destdir pkgroot \
        --exec /opt/ecs-taskdef-wizard/ecs-taskdef-wizard         # beside a bundle

Copies the .desktop file, the AppStream metainfo and the hicolor icons (the
PNGs under resources/icons/hicolor and the SVG as the scalable one), all named
by the one application id. The program itself comes from ``pip install .`` or
the PyInstaller bundle; ``--exec`` points the launcher at the bundle's binary.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from appinfo import EXECUTABLE, HICOLOR, ICON_SVG, read_app_info

HERE = Path(__file__).resolve().parent


def install(prefix: Path, exec_path: str | None = None) -> list[Path]:
    app_id = read_app_info().app_id
    share = prefix / "share"
    written: list[Path] = []

    def put(source: Path, target: Path, text: str | None = None) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        if text is None:
            shutil.copyfile(source, target)
        else:
            target.write_text(text, encoding="utf-8")
        written.append(target)

    desktop = HERE / f"{app_id}.desktop"
    text = desktop.read_text(encoding="utf-8")
    if exec_path:
        text = _point_at(text, exec_path)
    put(desktop, share / "applications" / desktop.name, text)
    metainfo = HERE / f"{app_id}.metainfo.xml"
    put(metainfo, share / "metainfo" / metainfo.name)
    for png in sorted(HICOLOR.glob(f"*/apps/{app_id}.png")):
        put(png, share / "icons" / "hicolor" / png.relative_to(HICOLOR))
    put(ICON_SVG, share / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg")
    return written


def _point_at(desktop_text: str, exec_path: str) -> str:
    """Replace the bare command in Exec= and TryExec= with an absolute path."""
    if any(ch in exec_path for ch in '"`$\\'):
        raise SystemExit(f"--exec: choose a path without quotes, $ or backslashes: {exec_path}")
    # The desktop entry spec wants an Exec program path with spaces in double quotes.
    quoted = f'"{exec_path}"' if any(ch.isspace() for ch in exec_path) else exec_path
    lines = []
    for line in desktop_text.splitlines():
        key, _, value = line.partition("=")
        if key in ("Exec", "TryExec") and value.split(" ")[0] == EXECUTABLE:
            value = (quoted if key == "Exec" else exec_path) + value[len(EXECUTABLE) :]
            line = f"{key}={value}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", type=Path, default=Path.home() / ".local")
    parser.add_argument("--destdir", type=Path, help="stage under this root (for packagers)")
    parser.add_argument("--exec", dest="exec_path", help="absolute path of the program to start")
    args = parser.parse_args(argv)
    prefix = args.prefix.expanduser().resolve()
    if args.destdir:
        prefix = args.destdir.resolve() / prefix.relative_to(prefix.anchor)
    for path in install(prefix, args.exec_path):
        print(path)
    print(
        "then, if your desktop does not notice on its own: update-desktop-database and "
        "gtk-update-icon-cache on the share/ folders above",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
