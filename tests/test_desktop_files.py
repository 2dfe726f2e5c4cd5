"""Linux desktop integration and the application icon: one reverse-DNS id in
every file, validators passing, icons rendered from the one SVG."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

from wizard import APP_ID, APP_NAME, __version__

REPO = Path(__file__).resolve().parent.parent
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
sys.path.insert(0, str(REPO / "packaging"))

import make_icons  # noqa: E402
from appinfo import EXECUTABLE, HICOLOR, HICOLOR_SIZES, ICON_SVG  # noqa: E402

needs_desktop_file_validate = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed"
)
needs_appstreamcli = pytest.mark.skipif(
    shutil.which("appstreamcli") is None, reason="appstream is not installed"
)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_one_application_id_everywhere():
    entry = _desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == APP_NAME
    assert entry["Exec"].split()[0] == EXECUTABLE == entry["TryExec"]
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == EXECUTABLE
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert EXECUTABLE in pyproject["project"]["scripts"]
    assert root.findtext("project_license") == pyproject["project"]["license"]


def test_metainfo_names_the_current_version():
    newest = ET.parse(METAINFO).getroot().find("releases/release")
    assert newest is not None and newest.get("version") == __version__


def test_application_sets_desktop_file_name_and_window_icon(tmp_path):
    """In a fresh process: make_application() is not the one pytest-qt made."""
    script = (
        "from wizard.ui.app.application import make_application\n"
        "app = make_application()\n"
        "print(app.desktopFileName())\n"
        "print(sorted(s.width() for s in app.windowIcon().availableSizes()))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    name, sizes = done.stdout.splitlines()
    assert name == APP_ID
    assert sizes == str(sorted(HICOLOR_SIZES))


@needs_desktop_file_validate
def test_desktop_file_validates():
    done = _run("desktop-file-validate", str(DESKTOP))
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@needs_appstreamcli
def test_metainfo_validates():
    version = _run("appstreamcli", "--version").stdout
    # --strict fails on infos too. AppStream 1.x calls the developer_name tag
    # (which 0.16, Debian 12's, needs) deprecated at info level: strict on 0.x.
    strict = ["--strict"] if "version: 0." in version else []
    done = _run("appstreamcli", "validate", "--no-net", *strict, str(METAINFO))
    assert done.returncode == 0, done.stdout + done.stderr


@needs_appstreamcli
@needs_desktop_file_validate
def test_installed_tree_validates(tmp_path):
    """packaging/linux/install.py puts every file where desktops look for it."""
    prefix = tmp_path / "prefix"
    done = subprocess.run(
        [sys.executable, str(LINUX / "install.py"), "--prefix", str(prefix)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    share = prefix / "share"
    for size in HICOLOR_SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (share / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    assert _run("desktop-file-validate", str(share / "applications" / DESKTOP.name)).returncode == 0
    tree = _run("appstreamcli", "validate-tree", "--no-net", str(prefix))
    assert tree.returncode == 0, tree.stdout + tree.stderr


BUNDLE = "/opt/ecs task wizard/ecs-taskdef-wizard"


def test_install_points_the_launcher_at_a_bundle(tmp_path):
    done = subprocess.run(
        [sys.executable, str(LINUX / "install.py"), "--prefix", str(tmp_path), "--exec", BUNDLE],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "share" / "applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert 'Exec="/opt/ecs task wizard/ecs-taskdef-wizard" %f' in text
    assert "TryExec=/opt/ecs task wizard/ecs-taskdef-wizard\n" in text


def _image(path_or_bytes) -> QImage:
    image = QImage()
    if isinstance(path_or_bytes, bytes):
        image.loadFromData(path_or_bytes, "PNG")
    else:
        image.load(str(path_or_bytes))
    return image.convertToFormat(QImage.Format.Format_ARGB32)


@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_hicolor_icons_are_current_renderings_of_the_svg(qapp, size):
    committed = _image(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    assert (committed.width(), committed.height()) == (size, size)
    assert committed.hasAlphaChannel()
    assert committed.pixelColor(0, 0).alpha() == 0  # rounded corners stay transparent
    assert committed.pixelColor(size // 2, size // 2).alpha() == 255
    fresh = _image(make_icons.render_pngs(ICON_SVG, [size])[size])
    # Allow for antialiasing differences between Qt versions; a changed SVG
    # whose PNGs were not regenerated (packaging/make_icons.py) differs far more.
    old, new = bytes(committed.constBits()), bytes(fresh.constBits())
    assert sum(abs(a - b) for a, b in zip(old, new, strict=True)) / len(old) < 1.0


def _luminance(red: int, green: int, blue: int) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


@pytest.mark.parametrize("background", ["#ffffff", "#fafafa", "#19232d", "#000000"])
def test_icon_stands_out_on_dark_and_light_backgrounds(qapp, background):
    """Most of the icon has at least 3:1 contrast (WCAG's figure for graphics)
    with white, black and both qdarkstyle backgrounds."""
    image = _image(HICOLOR / "48x48" / "apps" / f"{APP_ID}.png")
    rgb = [int(background[i : i + 2], 16) for i in (1, 3, 5)]
    back = _luminance(*rgb)
    ratios = []
    for y in range(48):
        for x in range(48):
            colour = image.pixelColor(x, y)
            if colour.alpha() >= 200:
                fore = _luminance(colour.red(), colour.green(), colour.blue())
                ratios.append((max(fore, back) + 0.05) / (min(fore, back) + 0.05))
    assert sum(r >= 3 for r in ratios) / len(ratios) > 0.5


@pytest.mark.parametrize(
    ("suffix", "writer", "sizes"),
    [
        ("ico", make_icons.write_ico, list(make_icons.ICO_SIZES)),
        ("icns", make_icons.write_icns, [size for _, size in make_icons.ICNS_TYPES]),
    ],
)
def test_windows_and_macos_icons(qapp, tmp_path, suffix, writer, sizes):
    if suffix.encode() not in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
        pytest.skip(f"this Qt reads no .{suffix}")
    target = tmp_path / f"icon.{suffix}"
    writer(target)
    reader = QImageReader(str(target))
    found = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        found.append(reader.read().width())
    assert found == sizes
