"""What the first paint waits for (issue 18: start-up no slower than before).

``bench/startup.py`` measures the time; this checks the causes it found, in a
fresh process that starts the window as ``ecs-taskdef-wizard`` does and stops
at the first paint of the first page:

- modules only later work needs are not imported yet (boto3, pydantic, the
  rules, the crash dialog, importlib.resources...);
- no widget Qt made itself (a scroll area's viewport, a combo box's popup) has
  been handed to Python through a ``QWidget*`` return: PySide6 takes about
  10 ms to wrap the first one, against microseconds through ``parent()``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent(
    """
    import json, os, sys
    from PySide6 import QtWidgets
    from PySide6.QtCore import QEvent
    from wizard.ui.app import startup

    def made_types():
        return sorted(name for name in vars(QtWidgets) if name.startswith("Q"))

    at_import = made_types()
    before = startup.FirstPaint.eventFilter

    def at_first_paint(self, watched, event):
        if self.at is None and event.type() == QEvent.Type.Paint:
            found = {"modules": sorted(sys.modules), "at_import": at_import, "types": made_types()}
            print(json.dumps(found), flush=True)
            os._exit(0)
        return before(self, watched, event)

    startup.FirstPaint.eventFilter = at_first_paint
    from wizard.cli import main
    main(["--smoke-test"])
    """
)

# Work that starts after the first paint (MainWindow.finish_startup and first use).
NOT_BEFORE_THE_FIRST_PAINT = (
    "boto3",
    "botocore",
    "pydantic",
    "importlib.resources",
    "wizard.domain.rules",
    "wizard.domain.analysis",
    "wizard.domain.schema",
    "wizard.domain.pricing",
    "wizard.services",
    "wizard.ui.aws",
    "wizard.ui.app.crash_dialog",
    "wizard.ui.draft.autosave",
    "wizard.ui.draft.field_labels",
    "wizard.ui.draft.screen_words",
    "wizard.ui.pages.task_size_page",
    "wizard.ui.pages.containers_page",
    "wizard.ui.pages.review_page",
)


# Widget classes nothing on the first screen uses: PySide6 makes their Python
# types only when it looks for the class of a Qt-made widget among all of them.
NEVER_ON_THE_FIRST_SCREEN = (
    "QCalendarWidget",
    "QMdiArea",
    "QColorDialog",
    "QFontDialog",
    "QLCDNumber",
)


def first_paint(tmp_path: Path) -> dict[str, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # Settings and logs go to a folder of this test, not the user's.
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the window never painted:\n{done.stdout}\n{done.stderr}"
    return json.loads(lines[-1])


def test_the_first_paint_does_not_wait_for_later_work(tmp_path):
    modules = first_paint(tmp_path)["modules"]
    assert "wizard.ui.app.main_window" in modules  # the probe saw the real window
    early = [
        name
        for name in modules
        for later in NOT_BEFORE_THE_FIRST_PAINT
        if name == later or name.startswith(later + ".")
    ]
    assert not early, f"imported before the first paint: {early}"


def test_no_qt_made_widget_is_wrapped_the_slow_way_before_the_first_paint(tmp_path):
    found = first_paint(tmp_path)
    if any(name in found["at_import"] for name in NEVER_ON_THE_FIRST_SCREEN):
        # A PySide6 that makes every type at import cannot show the difference.
        import pytest

        pytest.skip("this PySide6 makes its widget types eagerly")
    made = [name for name in NEVER_ON_THE_FIRST_SCREEN if name in found["types"]]
    assert not made, (
        f"PySide6 made {made} before the first paint: a QWidget* call (parentWidget(), "
        "viewport()...) returned a widget Qt made; use parent() or keep it for later"
    )
