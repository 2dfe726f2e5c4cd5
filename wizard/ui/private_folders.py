"""The folders where the program keeps its own files, kept private.

The autosave (which holds environment values, maybe a secret a user pasted),
crash reports, the kept price refresh and the preferences are the user's
business alone: their folders are 0700 and the files the program writes
there 0600, whatever the umask (wizard.safe_files writes them so). Versions
before that left them 0755/0644, so every start tightens what is there.
Drafts the user saves under a name of their own are not here: they keep the
umask, like any file the user makes.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from wizard.safe_files import PRIVATE_FILE_MODE, private_folder, tighten

APP_FOLDER_NAME = "ecs-taskdef-wizard"


def autosave_dir() -> Path:
    """Where the autosave keeps drafts: fixed per user, not per application name,
    so every start finds it. Defined here rather than beside the autosave so that
    tightening the folders at start does not load the autosave's modules before
    the first paint."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / APP_FOLDER_NAME


def app_folders() -> list[Path]:
    """Every folder the program writes its own files in. Only folders named for
    the program (or inside one) count: without an application name Qt would
    answer with a shared folder such as ~/.local/share, which is not ours."""
    from wizard.ui.app.crash import autosave_path, log_folder
    from wizard.ui.app.settings import settings_file

    data = QStandardPaths.StandardLocation.AppDataLocation
    candidates = [
        autosave_dir(),
        autosave_path().parent,
        log_folder().parent,
        Path(QStandardPaths.writableLocation(data)),  # the kept price refresh
        settings_file().parent,
    ]
    ours = [f for f in candidates if APP_FOLDER_NAME in f.parts]
    return list(dict.fromkeys(ours))  # in order, each once


def tighten_app_folders() -> None:
    """Make what earlier versions wrote private, and make the preferences file
    before Qt does: Qt replaces it keeping the mode it finds, so it stays 0600
    (best effort: never stops a start)."""
    from wizard.ui.app.settings import settings_file

    for folder in app_folders():
        tighten(folder)
    try:
        ini = settings_file()
        if APP_FOLDER_NAME in ini.parts:
            private_folder(ini.parent)
            os.close(os.open(ini, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE))
            os.chmod(ini, PRIVATE_FILE_MODE)
    except OSError:
        pass  # preferences are still written, with the folder's protection
