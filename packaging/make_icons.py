"""Render the one SVG application icon into every format a platform wants.

    python packaging/make_icons.py                      # hicolor PNGs under resources/icons/
    python packaging/make_icons.py --ico OUT.ico --icns OUT.icns --no-hicolor

The hicolor PNGs are committed (the wheel carries them for the window icon and
packaging/linux/install.py copies them into a prefix); run this again after
changing ``resources/icons/ecs-taskdef-wizard.svg``. The .ico and .icns are
made at build time by the PyInstaller spec. Both containers are written here
from PNG renderings rather than through Qt's image plugins, whose ICO writer
stores a single size and whose ICNS writer is not in every PySide6 wheel.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from appinfo import HICOLOR, HICOLOR_SIZES, ICON_SVG, read_app_info

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size; the @2x types repeat sizes.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"ic07", 128),
    (b"ic12", 64),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render_pngs(svg: Path, sizes: Iterable[int]) -> dict[int, bytes]:
    """PNG bytes of ``svg`` drawn at each size (square, transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image Qt can draw")
    pngs: dict[int, bytes] = {}
    for size in sorted(set(sizes)):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        pngs[size] = bytes(data.data())
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico with one PNG-compressed image per size (Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, payload = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        payload += png
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose entries are PNG data (the form macOS 10.7+ reads)."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_hicolor(root: Path, app_id: str, svg: Path = ICON_SVG) -> list[Path]:
    written = []
    for size, png in render_pngs(svg, HICOLOR_SIZES).items():
        target = root / f"{size}x{size}" / "apps" / f"{app_id}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png)
        written.append(target)
    return written


def write_ico(target: Path, svg: Path = ICON_SVG) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(ico_bytes(render_pngs(svg, ICO_SIZES)))


def write_icns(target: Path, svg: Path = ICON_SVG) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(icns_bytes(render_pngs(svg, {size for _, size in ICNS_TYPES})))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=ICON_SVG)
    parser.add_argument("--hicolor", type=Path, default=HICOLOR, help="hicolor theme root")
    parser.add_argument("--no-hicolor", action="store_true", help="skip the hicolor PNGs")
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    parser.add_argument("--icns", type=Path, help="also write a macOS .icns here")
    args = parser.parse_args(argv)
    if not args.no_hicolor:
        for path in write_hicolor(args.hicolor, read_app_info().app_id, args.svg):
            print(path)
    if args.ico:
        write_ico(args.ico, args.svg)
        print(args.ico)
    if args.icns:
        write_icns(args.icns, args.svg)
        print(args.icns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
