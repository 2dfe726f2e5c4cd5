"""Runs the preflight: who the caller is, clients per region, every check on a
bounded pool, then the permission simulation that needs what the checks found.

Raises :class:`~wizard.services.errors.AwsError` only when the account cannot
be used at all (no credentials, endpoint down: sts:GetCallerIdentity fails);
any later failure becomes a ``skip`` of the check it belongs to.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

from wizard.services.errors import AwsError, map_error
from wizard.services.lookups import Call
from wizard.services.messages import message
from wizard.services.preflight.consistency import check_consistency
from wizard.services.preflight.context import SERVICES, Connector, Options, Preflight
from wizard.services.preflight.images import check_ecr_image, image_fields
from wizard.services.preflight.logs import check_log_group, log_groups
from wizard.services.preflight.permissions import collect_needs, permission_tasks
from wizard.services.preflight.references import parse_arn
from wizard.services.preflight.registry import check_public_image
from wizard.services.preflight.reporter import Reporter
from wizard.services.preflight.results import Area, ImageState, Report
from wizard.services.preflight.roles import check_roles
from wizard.services.preflight.secrets import check_secret, secret_refs
from wizard.services.preflight.storage import check_efs, check_s3_object, efs_volumes, s3_objects
from wizard.services.session import AwsConnection, connect

Progress = Callable[[int, int], None]


def connect_for_preflight(
    profile: str | None, region: str | None, endpoint_url: str | None
) -> AwsConnection:
    return connect(profile, region, endpoint_url, services=SERVICES)


def identify(conn: AwsConnection) -> tuple[str, str]:
    """(account id, partition) of the caller; the first call, which proves the account usable."""
    sts = conn.client("sts")
    call = Call(conn.profile, conn.endpoint_url)
    answer = call("sts:GetCallerIdentity", sts.get_caller_identity)
    arn = parse_arn(str(answer.get("Arn", "")))
    return str(answer.get("Account", "")), arn.partition if arn else "aws"


def _regions(pf: Preflight) -> set[str]:
    found = {g.region for g in log_groups(pf)} | {r.region for r in secret_refs(pf) if r.region}
    found |= {img.ecr_region for _, _, img in image_fields(pf) if img.is_ecr}
    return found - {pf.region}


def run_preflight(
    document: Mapping[str, Any],
    conn: AwsConnection,
    options: Options | None = None,
    *,
    connector: Connector | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Progress | None = None,
) -> Report:
    """Every check of ``document`` against the account of ``conn``."""
    options = options or Options()
    account, partition = identify(conn)
    # A first look at the document, to know which regions need clients.
    pf = Preflight(
        document,
        account=account,
        region=conn.region,
        partition=partition,
        connections={conn.region: conn},
        options=options,
        cancelled=cancelled,
    )
    make = connector or (
        lambda region: connect_for_preflight(conn.profile, region, conn.endpoint_url)
    )
    connections = {conn.region: conn}
    for region in sorted(_regions(pf)):
        try:
            connections[region] = make(region)
        except AwsError:
            pass  # its checks use the task region's clients and say what they find
    pf = Preflight(
        document,
        account=account,
        region=conn.region,
        partition=partition,
        connections=connections,
        options=options,
        cancelled=cancelled,
    )
    tasks = _tasks(pf)
    total = len(tasks) + 1  # the simulations are counted once they are known
    done = [0]
    lock = threading.Lock()

    def run(task: Callable[[], None]) -> None:
        if not cancelled():
            _guarded(pf, task)
        with lock:
            done[0] += 1
            count = done[0]
        if progress is not None:
            progress(count, total)

    with ThreadPoolExecutor(
        max_workers=max(1, options.max_workers), thread_name_prefix="preflight"
    ) as pool:
        list(pool.map(run, tasks))
        # The simulations need the roles' ARNs and the KMS keys the checks found.
        collect_needs(pf)
        simulations = permission_tasks(pf)
        total = len(tasks) + len(simulations)
        list(pool.map(run, simulations))
    report = Report(account, conn.region)
    report.checks = list(pf.results)
    return report


def _tasks(pf: Preflight) -> list[Callable[[], None]]:
    tasks: list[Callable[[], None]] = [partial(check_roles, pf), partial(check_consistency, pf)]
    for path, container, image in image_fields(pf):
        if image.is_ecr:
            tasks.append(partial(check_ecr_image, pf, path, container, image))
        elif pf.options.public_registries:
            private = _has_repository_credentials(pf, path)
            tasks.append(partial(check_public_image, pf, path, container, image, private))
        else:
            Reporter(pf, "image.exists", Area.IMAGES, path, image.text).skipped(
                message("preflight.registry.off", image=image.text),
                message("preflight.registry.off.hint"),
                image_state=ImageState.UNKNOWN,
            )
    tasks += [partial(check_log_group, pf, g) for g in log_groups(pf)]
    tasks += [partial(check_secret, pf, r) for r in secret_refs(pf)]
    tasks += [partial(check_efs, pf, v) for v in efs_volumes(pf)]
    tasks += [partial(check_s3_object, pf, o) for o in s3_objects(pf)]
    return tasks


def _has_repository_credentials(pf: Preflight, image_path: str) -> bool:
    index = int(image_path.split("/")[2])
    container = dict(pf.containers()).get(index, {})
    return isinstance(container.get("repositoryCredentials"), dict)


def _guarded(pf: Preflight, task: Callable[[], None]) -> None:
    """A check that breaks unexpectedly is reported, and the others still run."""
    try:
        task()
    except Exception as exc:  # noqa: BLE001 - one check must not stop the preflight
        error = map_error(exc)
        Reporter(pf, "preflight.internal", Area.ACCOUNT, "").skipped(
            message("preflight.skip.failed", text=error.message), error.hint
        )
