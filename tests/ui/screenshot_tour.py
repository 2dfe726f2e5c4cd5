"""Walk every wizard page in a real window and save a screenshot of each.

Run by tests/ui/test_real_window.py under Xvfb with the xcb platform:
``python -m tests.ui.screenshot_tour OUTDIR [dark|light] [PREFIX] [LANGUAGE]``
(LANGUAGE "zh_CN" installs the Simplified Chinese translation first). Exits 0
when every page was shown and saved.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from tests.rulekit import container, fargate_doc

BOOK = fargate_doc(
    container(
        "wordpress",
        image="wordpress:6.6",
        memoryReservation=128,
        cpu=10,
        portMappings=[{"containerPort": 80, "protocol": "tcp"}],
        dependsOn=[{"containerName": "mysql", "condition": "START"}],
    ),
    container("mysql", image="mysql:8.4", memoryReservation=128, cpu=10),
    family="wordpress",
)


def main() -> int:
    out = Path(sys.argv[1])
    theme_name = sys.argv[2] if len(sys.argv) > 2 else "dark"
    prefix = sys.argv[3] if len(sys.argv) > 3 else theme_name
    language = sys.argv[4] if len(sys.argv) > 4 else "en"
    out.mkdir(parents=True, exist_ok=True)
    from wizard.ui.app.application import make_application
    from wizard.ui.draft.controller import DraftController
    from wizard.ui.app.main_window import MainWindow
    from wizard.ui.app.theme import Theme, apply_theme

    app = make_application()
    apply_theme(app, Theme(theme_name))
    if language != "en":
        from wizard.ui.app.i18n import install_translators

        # Before the window exists: widgets translate their texts when built.
        if len(install_translators(app, language)) < 2:
            print(f"the {language} translations did not load", file=sys.stderr)
            return 1
        from PySide6.QtGui import QFontDatabase

        # Without a CJK font every character would be drawn as an empty box.
        if language.startswith("zh") and not QFontDatabase.families(
            QFontDatabase.WritingSystem.SimplifiedChinese
        ):
            print("no font for Simplified Chinese is installed", file=sys.stderr)
            return 1
    window = MainWindow(DraftController(BOOK))
    window.resize(1280, 860)
    window.show()
    saved: list[Path] = []

    def shoot(step: int = 0) -> None:
        wizard = window.wizard
        path = out / f"{prefix}-page{wizard.currentId() + 1}.png"
        if not window.grab().save(str(path)):
            print(f"could not save {path}", file=sys.stderr)
            app.exit(1)
            return
        saved.append(path)
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            app.exit(0)
            return
        QTimer.singleShot(300, lambda: shoot(step + 1))

    QTimer.singleShot(800, shoot)
    QTimer.singleShot(30000, lambda: app.exit(2))
    code = app.exec()
    print("\n".join(str(p) for p in saved))
    return code


if __name__ == "__main__":
    sys.exit(main())
