"""Screenshots of the Revisions window, Compare view, Prune and Run once.

``python -m tests.ui.revisions_tour OUTDIR [dark|light] [LANGUAGE]`` from the
repository root, under Xvfb (``xvfb-run -a python -m ...``). The account is a
moto server on 127.0.0.1 behind the ECS double (tests/revisions/ecs_double.py),
populated as in tests/revisions/account_setup.py; the run follows the scripted
life of a task whose essential container exits 1 (tests/revisions/task_stories.py).
Writes revisions-, compare-, prune- and run-THEME-LANGUAGE.png; exits 0 when all
four were saved. Nothing leaves the machine.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REGION = "eu-west-1"
LOG_LINES = {
    "wordpress": [
        "WordPress not installed: starting setup",
        "Error establishing a database connection",
        "exit status 1",
    ],
    "mysql": ["[Server] ready for connections. Version: '8.4.3'"],
}


def _private_aws_home() -> None:
    home = tempfile.mkdtemp(prefix="revisions-tour-")
    os.environ.update(
        HOME=home,
        AWS_CONFIG_FILE=os.path.join(home, "config"),
        AWS_SHARED_CREDENTIALS_FILE=os.path.join(home, "credentials"),
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        AWS_DEFAULT_REGION=REGION,
        AWS_EC2_METADATA_DISABLED="true",
        ECS_TASKDEF_WIZARD_POLL_SECONDS="1",
    )


def main() -> int:
    out = Path(sys.argv[1])
    theme_name = sys.argv[2] if len(sys.argv) > 2 else "dark"
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    out.mkdir(parents=True, exist_ok=True)
    _private_aws_home()
    import boto3
    from moto.server import ThreadedMotoServer

    from tests.revisions.account_setup import active_deployment, book, populate, registration
    from tests.revisions.ecs_double import EcsDouble
    from tests.revisions.task_stories import EXITS_1, Story, logged_book, write_logs_on_run
    from wizard.services.session import ALL_SERVICES, connect
    from wizard.ui.app.application import make_application
    from wizard.ui.app.main_window import MainWindow
    from wizard.ui.app.theme import Theme, apply_theme
    from wizard.ui.draft.controller import DraftController

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    url = f"http://{host}:{port}"
    arns = populate(url)
    run_me = logged_book()
    run_me["containerDefinitions"][0]["image"] = "wordpress:6.9"
    boto3.client("ecs", region_name=REGION, endpoint_url=url).register_task_definition(**run_me)
    listing = EcsDouble(
        url,
        {"DescribeServices": active_deployment(arns[2]), "DescribeTaskDefinition": registration},
        lifetime=300,
    )
    # A second double for the run: its story starts at the run's first DescribeTasks.
    running = EcsDouble(
        url,
        {
            "DescribeTaskDefinition": registration,
            "DescribeTasks": Story(EXITS_1),
            "RunTask": write_logs_on_run(url, LOG_LINES),
        },
        lifetime=300,
    )

    app = make_application()
    apply_theme(app, Theme(theme_name))
    if language != "en":
        from wizard.ui.app.i18n import install_translators

        install_translators(app, language)
    draft = book(9)
    draft["memory"] = "1024"
    draft["containerDefinitions"][0]["image"] = "wordpress:7.0"
    draft["containerDefinitions"][0]["environment"] = [{"name": "LOG_LEVEL", "value": "debug"}]
    window = MainWindow(DraftController(draft))
    window.resize(1200, 800)
    window.show()
    window.finish_startup()
    ui = window.aws_ui

    def wait(condition: Callable[[], bool], seconds: float = 60) -> None:
        end = time.monotonic() + seconds
        while not condition() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)
        for _ in range(20):  # let the last answer paint
            app.processEvents()
            time.sleep(0.01)
        if not condition():
            raise TimeoutError("the tour waited in vain")

    def save(widget, name: str) -> None:
        widget.grab().save(str(out / f"{name}-{theme_name}-{language}.png"))

    def choose(win, revision: int) -> None:
        for i in range(win.revisions.topLevelItemCount()):
            item = win.revisions.topLevelItem(i)
            if item.text(0) == str(revision):
                win.revisions.setCurrentItem(item)

    services = (*ALL_SERVICES, "ec2")
    ui.account.use(connect(None, REGION, listing.url, services=services))
    win = ui.revisions_ui.show_revisions()
    wait(lambda: len(win.history) == 9 and not win.busy_now)
    choose(win, 8)
    wait(lambda: True)
    save(win, "revisions")
    win.compare_draft()
    wait(lambda: win.compare_dialog is not None and win.compare_dialog.isVisible())
    save(win.compare_dialog, "compare")
    win.compare_dialog.close()
    win.prune()
    prune = win.prune_dialog
    prune.keep_spin.setValue(2)
    prune.delete_check.setChecked(True)
    wait(lambda: True)
    save(prune, "prune")
    prune.reject()
    wait(lambda: not win.busy_now)
    ui.account.use(connect(None, REGION, running.url, services=services))
    choose(win, 9)
    win.run_once()
    run = win.run_dialog
    wait(run.start_button.isEnabled)
    run.cluster_combo.setCurrentText("prod")
    run.start()
    wait(
        lambda: (
            run.state is not None
            and run.state.stopped
            and "status 1" in run.log_panes["wordpress"].toPlainText()
        )
    )
    save(run, "run")
    run.state = None  # the task stopped: closing the tour need not say it keeps running
    run.task_arn = ""
    for double in (listing, running):
        double.stop()
    server.stop()
    print(f"saved 4 screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
