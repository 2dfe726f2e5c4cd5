"""One smoke test with real windows: Xvfb, the xcb platform, screenshots saved.

The screenshots go to tests/screenshots/ (ignored by git) so a developer can
look at them. Skips when Xvfb is not installed (CI installs it).
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "tests" / "screenshots"

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")


@pytest.fixture(scope="module")
def display():
    """A private Xvfb. It picks a free display number itself and writes it to a pipe
    once it accepts connections (-displayfd), so parallel test processes (and other
    X servers on the machine) never collide and nobody waits a fixed time."""
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "2800x1900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        ready, _, _ = select.select([pipe], [], [], 30)
        number = pipe.readline().strip().decode() if ready else ""
    if not number.isdigit():
        proc.kill()
        proc.wait(timeout=10)
        pytest.fail("Xvfb did not start (no display number within 30 s)")
    yield f":{number}"
    proc.terminate()
    proc.wait(timeout=10)


def _distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    seen = set()
    for y in range(0, image.height(), 17):
        for x in range(0, image.width(), 17):
            seen.add(image.pixel(x, y))
    return len(seen)


@pytest.mark.parametrize(
    ("theme", "scale", "prefix", "language"),
    [
        ("dark", "1", "dark", "en"),
        ("light", "1", "light", "en"),
        ("dark", "2", "dark-200pct", "en"),
        ("dark", "1", "zh-dark", "zh_CN"),
        ("light", "1", "zh-light", "zh_CN"),
    ],
)
def test_every_page_renders_in_a_real_window(display, theme, scale, prefix, language):
    # The 200 % run checks the layout holds at high DPI (QT_SCALE_FACTOR=2); the
    # zh runs draw Chinese text (a CJK font such as WenQuanYi Micro Hei is needed).
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=scale)
    proc = subprocess.run(
        [sys.executable, "-m", "tests.ui.screenshot_tour", str(SHOTS), theme, prefix, language],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    shots = sorted(SHOTS.glob(f"{prefix}-page*.png"))
    assert [p.name for p in shots] == [f"{prefix}-page{i}.png" for i in range(1, 7)]
    for shot in shots:
        image = QImage(str(shot))
        assert image.width() >= 1000 and image.height() >= 700
        assert _distinct_colours(shot) > 8, f"{shot.name} looks blank"
