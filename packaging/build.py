"""Build the one-folder desktop bundle with PyInstaller, then try it.

    pip install -e '.[test]' pyinstaller      # or: pip install . pyinstaller
    python packaging/build.py                  # bundle in packaging/dist/ecs-taskdef-wizard/
    python packaging/build.py --check-only     # only try an existing bundle

After building, the bundle's program runs ``--version``, ``--smoke-test``
(offscreen unless QT_QPA_PLATFORM says otherwise) and ``lint`` on a sample,
from a temporary folder so that nothing in the source tree can help it. The
exit status is non-zero if any of them fails. Prints build time and size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from appinfo import EXECUTABLE, PACKAGING, read_app_info

SPEC = PACKAGING / "pyinstaller" / f"{EXECUTABLE}.spec"
# A task definition the linter passes with no finding.
SAMPLE = {
    "family": "hello",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "awsvpc",
    "cpu": "256",
    "memory": "512",
    "containerDefinitions": [
        {
            "name": "web",
            "image": "public.ecr.aws/nginx/nginx:1.27",
            "essential": True,
            "portMappings": [{"containerPort": 80, "protocol": "tcp"}],
        }
    ],
}


def build(dist: Path, work: Path) -> float:
    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True)
    return time.monotonic() - started


def program_path(dist: Path) -> Path:
    if sys.platform == "darwin":
        return dist / f"{read_app_info().name}.app" / "Contents" / "MacOS" / EXECUTABLE
    if sys.platform == "win32":
        return dist / EXECUTABLE / f"{EXECUTABLE}-cli.exe"  # the console twin prints
    return dist / EXECUTABLE / EXECUTABLE


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def try_program(program: Path) -> list[tuple[str, bool, str]]:
    """Run the checks; each result is (name, passed, last line of output)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = []
    with tempfile.TemporaryDirectory(prefix="bundle-check-") as tmp:
        sample = Path(tmp) / "sample.json"
        sample.write_text(json.dumps(SAMPLE), encoding="utf-8")
        checks = {
            "--version": [str(program), "--version"],
            "--smoke-test": [str(program), "--smoke-test"],
            "lint": [str(program), "lint", str(sample)],
        }
        for name, command in checks.items():
            started = time.monotonic()
            done = subprocess.run(
                command, cwd=tmp, env=env, capture_output=True, text=True, timeout=120
            )
            output = (done.stdout + done.stderr).strip()
            passed = done.returncode == 0
            if name == "--version":
                passed = passed and read_app_info().version in output
            if not passed:
                print(output, file=sys.stderr)
            # Qt's offscreen plugin chatters on stderr; report the program's own last line.
            lines = (done.stdout.strip() or output).splitlines()
            last = lines[-1] if lines else ""
            results.append((name, passed, f"{last} [{time.monotonic() - started:.2f} s]"))
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=PACKAGING / "dist")
    parser.add_argument("--work", type=Path, default=PACKAGING / "build" / "pyinstaller")
    parser.add_argument("--check-only", action="store_true", help="do not build, only check")
    args = parser.parse_args(argv)
    if not args.check_only:
        print(f"built in {build(args.dist, args.work):.1f} s")
    program = program_path(args.dist)
    size, count = folder_size(args.dist / EXECUTABLE)
    print(f"bundle: {args.dist / EXECUTABLE} ({size / 2**20:.1f} MiB in {count} files)")
    results = try_program(program)
    for name, passed, line in results:
        print(f"{'ok  ' if passed else 'FAIL'} {name}: {line}")
    return 0 if all(passed for _, passed, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
