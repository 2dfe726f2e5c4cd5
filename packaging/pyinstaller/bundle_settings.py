"""Per-platform settings of the frozen bundle, kept out of the .spec so tests
can check them on any machine (the spec only runs under PyInstaller)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from appinfo import EXECUTABLE, PACKAGING, AppInfo

ICON_DIR = PACKAGING / "build" / "icons"
ENTITLEMENTS = PACKAGING / "macos" / "entitlements.plist"
# Qt 6.8, the oldest PySide6 the project allows, runs on macOS 12 and later.
MACOS_MINIMUM = "12.0"

# botocore ships the API models of every AWS service (about 28 MB). The bundle
# keeps the ones the program makes clients for (wizard/services/session.py's
# ALL_SERVICES) and those botocore's credential providers call for profiles
# using assume-role, IAM Identity Center (SSO) or console sign-in.
BOTOCORE_SERVICES = frozenset(
    {"ecs", "iam", "ecr", "logs", "secretsmanager", "ssm", "sts", "sso", "sso-oidc", "signin"}
)


# Modules PyInstaller would follow from optional imports in the dependencies
# (pydantic's hypothesis plugin, urllib3's pyOpenSSL support, qtpy's QOpenGL
# names, python-dotenv's IPython magic) but the program never uses: ~35 MB.
EXCLUDES = (
    "tkinter",
    "hypothesis",
    "numpy",
    "IPython",
    "OpenSSL",
    "cryptography",
    "urllib3.contrib.pyopenssl",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
)
# Languages besides English with a translation in resources/i18n.
SHIPPED_LANGUAGES = ("zh_CN",)
# Distributions whose version ``--version`` reads through importlib.metadata.
METADATA = ("PySide6-Essentials", "shiboken6", "pydantic", "boto3", "botocore")


def keep_data(dest: str) -> bool:
    """Whether a data file collected by PyInstaller goes into the bundle."""
    parts = dest.replace("\\", "/").split("/")
    if parts[:2] == ["botocore", "data"] and len(parts) > 3:
        return parts[2] in BOTOCORE_SERVICES
    # Qt's own translations (7 MB): only qtbase's for the languages the program
    # ships (its standard buttons and dialogs); English needs none.
    if parts[:3] == ["PySide6", "Qt", "translations"]:
        return parts[-1] in {f"qtbase_{language}.qm" for language in SHIPPED_LANGUAGES}
    return True


def icon_file(platform: str = sys.platform) -> Path | None:
    """The icon the executable or app bundle carries (made by make_icons.py)."""
    if platform == "win32":
        return ICON_DIR / f"{EXECUTABLE}.ico"
    if platform == "darwin":
        return ICON_DIR / f"{EXECUTABLE}.icns"
    return None  # Linux desktops take the hicolor icon named by the .desktop file


def info_plist(info: AppInfo) -> dict[str, Any]:
    """Info.plist keys of the macOS .app (PyInstaller adds the bundle basics)."""
    return {
        "CFBundleName": info.name,
        "CFBundleDisplayName": info.name,
        "CFBundleIdentifier": info.app_id,
        "CFBundleShortVersionString": info.version,
        "CFBundleVersion": info.version,
        "LSMinimumSystemVersion": MACOS_MINIMUM,
        "LSApplicationCategoryType": "public.app-category.developer-tools",
        "NSHighResolutionCapable": True,
        # Follow the system's dark mode; the theme module picks the palette.
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": "MIT License",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "ECS task definition",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["public.json"],
            }
        ],
    }


def windows_version_text(info: AppInfo) -> str:
    """The VERSIONINFO resource of the Windows executables, in the text form
    PyInstaller's ``version=`` file takes (written as text because building the
    objects needs pefile, which PyInstaller installs on Windows only)."""
    numbers = info.version_tuple
    strings = {
        "CompanyName": "The ECS Task Definition Wizard developers",
        "FileDescription": info.name,
        "FileVersion": info.version,
        "InternalName": EXECUTABLE,
        "LegalCopyright": "MIT License",
        "OriginalFilename": f"{EXECUTABLE}.exe",
        "ProductName": info.name,
        "ProductVersion": info.version,
    }
    table = ",\n        ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 0x40004: Windows NT; fileType 1: an application; 040904B0 / 1200: US English, UTF-16.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
        {table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""
