"""GUI under abuse: how long the GUI thread stalls.

Drives the real main window (offscreen) through what a hurried or careless user
does: pastes 100 KB and 1 MB into a text field, builds 10 containers with 50
port mappings each and edits a port in every one, types 200 characters as fast
as events can be delivered, resizes the window 50 times and switches pages in
the middle of an edit.

Two meters run while each scenario does:
- every synchronous step (one keystroke, one paste, one resize, one page
  switch) is timed from the input to the end of its event processing;
- a 0 ms QTimer heartbeat on the GUI thread records the longest gap between
  two of its ticks, i.e. the longest time the event loop could not run.

Per scenario it prints the steps' p95 and maximum, the count of steps over
100 ms (a stall a user notices) and the heartbeat's longest gap.
Usage: python bench/gui_abuse.py [--profile SCENARIO]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Settings and autosaves go to a throwaway folder, never the user's own.
_HOME = tempfile.mkdtemp(prefix="gui-abuse-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _stats import percentile  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QElapsedTimer,
    QSize,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

STALL_MS = 100.0
KB = 1024
VERBOSE = bool(os.environ.get("GUI_ABUSE_VERBOSE"))


class StallMeter:
    """Times steps and watches the event loop with a 0 ms heartbeat."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.steps: list[float] = []
        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._last = 0
        self._beat = QTimer()
        self._beat.setTimerType(Qt.TimerType.PreciseTimer)
        self._beat.setInterval(0)
        self._beat.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        self.gaps.append((now - self._last) / 1e6)
        self._last = now

    def __enter__(self) -> StallMeter:
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._beat.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.settle()
        self._beat.stop()

    def step(self, action: Callable[[], object]) -> None:
        """Run one input and process the events it caused; record how long that took."""
        start = time.perf_counter()
        action()
        self.app.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        self.steps.append(elapsed)
        if VERBOSE and elapsed > STALL_MS / 2:
            print(f"    slow step {len(self.steps)}: {elapsed:.1f} ms")

    def settle(self, passes: int = 3) -> None:
        # Deferred work (zero-delay timers, layout requests, paints) runs here too,
        # so the heartbeat sees it.
        for _ in range(passes):
            self.app.processEvents()

    def report(self, name: str) -> str:
        steps = self.steps or [0.0]
        over = sum(1 for s in steps if s > STALL_MS)
        return (
            f"  {name:<50} steps={len(self.steps):<4} p95={percentile(steps, 0.95):7.1f} ms "
            f"max={max(steps):7.1f} ms  >{STALL_MS:.0f}ms={over:<3} "
            f"heartbeat max gap={max(self.gaps, default=0.0):7.1f} ms"
        )


# --- the window -------------------------------------------------------------
def new_window():
    from wizard.ui.app.main_window import MainWindow

    window = MainWindow()
    window.show()
    QApplication.processEvents()
    window.finish_startup()
    # A user needs a moment before the first edit; by then the models that the
    # review page loads in the background are ready (not timed here).
    from wizard.ui.pages.review_page import warm_up_models

    warm_up = warm_up_models()
    while warm_up.is_alive():
        QApplication.processEvents()
        warm_up.join(0.01)
    QApplication.processEvents()
    return window


def close(window) -> None:
    window.autosave.timer.stop()
    from wizard.ui.draft.file_actions import Unsaved

    window.files.ask_unsaved = lambda: Unsaved.DISCARD
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def paste(widget: QWidget, text: str) -> None:
    """What Ctrl+V does for a user: the text through the clipboard into the widget."""
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def type_keys(meter: StallMeter, widget: QWidget, text: str) -> None:
    """One step per key: each keystroke's event processing is timed on its own."""
    widget.setFocus()
    for ch in text:
        meter.step(lambda ch=ch: QTest.keyClicks(widget, ch))


def big_text(size: int) -> str:
    # Printable, no newlines (one argument), a little varied so nothing compresses it.
    unit = "abcdefghijklmnopqrstuvwxyz0123456789-_"
    return (unit * (size // len(unit) + 1))[:size]


def containers_page(window):
    from wizard.ui.pages.base import PageId

    window.wizard.go_to(PageId.CONTAINERS)
    return window.wizard.pages[PageId.CONTAINERS]


def unfold(editor, cls) -> object:
    section = editor.section(cls)
    editor.folds[editor.sections.index(section)].set_expanded(True)
    return section


# --- scenarios --------------------------------------------------------------
def scenario_paste_family(app, size: int) -> StallMeter:
    window = new_window()
    edit = window.wizard.page(0).family_edit
    with StallMeter(app) as meter:
        meter.step(lambda: paste(edit, big_text(size)))
        type_keys(meter, edit, "xyz")
        meter.step(lambda: QTest.keyClick(edit, Qt.Key.Key_Backspace))
    close(window)
    return meter


def scenario_paste_command(app, size: int) -> StallMeter:
    from wizard.ui.container_editor.docker import DockerSection

    window = new_window()
    page = containers_page(window)
    docker = unfold(page.editor, DockerSection)
    with StallMeter(app) as meter:
        meter.step(lambda: paste(docker.command, big_text(size)))
        type_keys(meter, docker.command, "xyz")
        meter.step(lambda: QTest.keyClick(docker.command, Qt.Key.Key_Backspace))
        # The rest of the form must not pay for the big value on every keystroke.
        type_keys(meter, _name_edit(page), "web")
    close(window)
    return meter


def scenario_paste_environment(app, size: int) -> StallMeter:
    window = new_window()
    page = containers_page(window)
    from wizard.ui.container_editor.environment import EnvironmentSection

    env = unfold(page.editor, EnvironmentSection).environment
    with StallMeter(app) as meter:
        meter.step(env.add_row)
        meter.step(lambda: env.table.item(0, 0).setText("BIG"))
        # A paste into the cell's editor is cut at QLineEdit's 32767 characters;
        # the item takes what a script or a drop would put there: all of it.
        meter.step(lambda: env.table.item(0, 1).setText(big_text(size)))
        meter.step(lambda: env.table.item(0, 0).setText("BIG2"))
        type_keys(meter, _name_edit(page), "web")
    close(window)
    return meter


def port_mappings(container: int, clash: bool) -> list[dict]:
    """50 mappings; with ``clash`` every container listens on the same 50 ports,
    which awsvpc forbids (each clash is a finding)."""
    first = 1000 if clash else 1000 + 100 * container
    return [{"containerPort": first + p, "protocol": "tcp"} for p in range(50)]


def scenario_many_ports(app, clash: bool = False) -> tuple[StallMeter, StallMeter]:
    window = new_window()
    controller = window.controller
    page = containers_page(window)
    with StallMeter(app) as build:
        build.step(lambda: controller.set("/containerDefinitions/0/name", "c0"))
        build.step(lambda: controller.set("/containerDefinitions/0/image", "nginx:1.27"))
        for i in range(1, 10):
            build.step(
                lambda i=i: controller.add_container(
                    {"name": f"c{i}", "image": "nginx:1.27", "essential": True}
                )
            )
        for i in range(10):
            for p, mapping in enumerate(port_mappings(i, clash)):
                build.step(
                    lambda i=i, p=p, m=mapping: controller.set(
                        f"/containerDefinitions/{i}/portMappings/{p}", m
                    )
                )
    from wizard.ui.container_editor.ports import PortsSection

    ports = unfold(page.editor, PortsSection).table
    with StallMeter(app) as edit:
        for i in range(10):
            edit.step(lambda i=i: page.container_list.select(i))
            edit.step(lambda i=i: ports.table.item(25, 0).setText(str(20000 + i)))
            edit.step(lambda: ports.table.item(49, 0).setText("30000"))
    close(window)
    return build, edit


def scenario_fast_typing(app) -> StallMeter:
    window = new_window()
    family = window.wizard.page(0).family_edit
    text = (("web-app-" * 30)[:200]).replace("-", "x")
    with StallMeter(app) as meter:
        type_keys(meter, family, text)
        page = containers_page(window)
        type_keys(meter, _name_edit(page), text)
    close(window)
    return meter


def _name_edit(page):
    from wizard.ui.container_editor.basics import BasicsSection

    return page.editor.section(BasicsSection).name


def scenario_resize(app) -> StallMeter:
    window = new_window()
    page = containers_page(window)
    controller = window.controller
    for i in range(50):
        controller.set(f"/containerDefinitions/0/portMappings/{i}", {"containerPort": 2000 + i})
    page.container_list.select(0)
    sizes = [QSize(800, 600), QSize(1600, 1000), QSize(1024, 700), QSize(1280, 860)]
    with StallMeter(app) as meter:
        for n in range(50):
            meter.step(lambda n=n: window.resize(sizes[n % len(sizes)]))
    close(window)
    return meter


def scenario_page_switching(app) -> StallMeter:
    from wizard.ui.pages.base import PageId

    window = new_window()
    wizard = window.wizard
    family = wizard.page(0).family_edit
    with StallMeter(app) as meter:
        for round_ in range(5):
            wizard.go_to(PageId.LAUNCH)
            type_keys(meter, family, f"r{round_}")
            meter.step(wizard.next)
            meter.step(wizard.next)
            name = _name_edit(wizard.pages[PageId.CONTAINERS])
            type_keys(meter, name, "ab")
            meter.step(wizard.back)
            meter.step(lambda: wizard.jump_to("/containerDefinitions/0/image"))
            type_keys(meter, QApplication.focusWidget() or name, "n")
            meter.step(lambda: wizard.go_to(PageId.REVIEW))
            meter.step(lambda: wizard.jump_to("/family"))
            meter.step(lambda: wizard.go_to(PageId.STORAGE))
            meter.step(lambda: wizard.go_to(PageId.MONITORING))
    close(window)
    return meter


def _quiet_qt(mode: QtMsgType, context: object, message: str) -> None:
    # The offscreen platform warns about size hints on every new window; noise here.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main() -> None:
    from wizard.ui.app.application import make_application

    qInstallMessageHandler(_quiet_qt)
    app = make_application(["gui-abuse-bench"])
    profile = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--profile" else ""
    runs: list[tuple[str, Callable[[], object]]] = [
        ("paste 100 KB into the family", lambda: scenario_paste_family(app, 100 * KB)),
        ("paste 1 MB into the family", lambda: scenario_paste_family(app, 1024 * KB)),
        ("paste 100 KB into a command", lambda: scenario_paste_command(app, 100 * KB)),
        ("paste 1 MB into a command", lambda: scenario_paste_command(app, 1024 * KB)),
        ("1 MB environment value", lambda: scenario_paste_environment(app, 1024 * KB)),
        ("10 containers x 50 ports", lambda: scenario_many_ports(app)),
        ("10 containers x 50 clashing ports", lambda: scenario_many_ports(app, clash=True)),
        ("type 200 characters (family, name)", lambda: scenario_fast_typing(app)),
        ("resize 50 times", lambda: scenario_resize(app)),
        ("switch pages mid-edit", lambda: scenario_page_switching(app)),
    ]
    print(f"GUI thread stalls per scenario (budget: none over {STALL_MS:.0f} ms)")
    for name, run in runs:
        if profile and profile not in name:
            continue
        if profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            result = profiler.runcall(run)
            pstats.Stats(profiler).sort_stats(os.environ.get("SORT", "cumulative")).print_stats(40)
        else:
            result = run()
        if isinstance(result, tuple):
            build, edit = result
            print(build.report(f"{name}: build"))
            print(edit.report(f"{name}: open and edit"))
        else:
            print(result.report(name))


if __name__ == "__main__":
    main()
