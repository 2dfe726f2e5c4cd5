"""A family's revisions and where each one is used in the region.

"Used" means what ECS still needs: a service's task definition, any of its
deployments (the PRIMARY one and ACTIVE ones still draining during a rollout),
its task sets (CodeDeploy and external deployments), and every task whose
desired status is RUNNING (PROVISIONING, PENDING and RUNNING ones). Every
cluster of the region is looked at, since a service in another cluster may run
the family. Sources:
https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Deployment.html,
https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTasks.html,
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deregister-task-definition-v2.html
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from wizard.services.gateway import revision_of_arn
from wizard.services.messages import message
from wizard.services.revisions.account import (
    DESCRIBE_SERVICES_BATCH,
    DESCRIBE_TASKS_BATCH,
    RevisionAccount,
    batches,
)

# Describe calls in flight at once: quick for a long family, gentle on the API's rate.
DESCRIBE_WORKERS = 4
# ListTaskDefinitions statuses; DELETE_IN_PROGRESS revisions are on their way out.
STATUSES = ("ACTIVE", "INACTIVE", "DELETE_IN_PROGRESS")


@dataclass(frozen=True)
class Use:
    """One thing that uses a revision.

    ``kind``: ``service`` (its task definition), ``deployment`` (``detail`` is the
    deployment's status, PRIMARY or ACTIVE), ``task-set`` or ``task`` (``name`` is the
    task id, ``detail`` its last status).
    """

    kind: str
    cluster: str
    name: str
    detail: str = ""

    def describe(self) -> str:
        """``service web in prod (PRIMARY deployment)``, in the active language."""
        return message(f"use.{self.kind}", name=self.name, cluster=self.cluster, status=self.detail)


@dataclass
class Revision:
    arn: str
    family: str
    revision: int
    status: str
    registered_at: str = ""
    registered_by: str = ""
    images: list[str] = field(default_factory=list)
    uses: list[Use] = field(default_factory=list)

    @property
    def in_use(self) -> bool:
        return bool(self.uses)

    def as_json(self) -> dict[str, Any]:
        return {
            "arn": self.arn,
            "revision": self.revision,
            "status": self.status,
            "registeredAt": self.registered_at or None,
            "registeredBy": self.registered_by or None,
            "images": self.images,
            "usedBy": [
                {"kind": u.kind, "cluster": u.cluster, "name": u.name, "detail": u.detail}
                for u in self.uses
            ],
        }


def uses_text(rev: Revision) -> str:
    """Every use of ``rev``, joined (a deployment of a service shown once as such)."""
    return "; ".join(u.describe() for u in _distinct(rev.uses))


def _distinct(uses: list[Use]) -> list[Use]:
    # A service's own task definition and its PRIMARY deployment say the same thing twice.
    with_deployment = {(u.cluster, u.name) for u in uses if u.kind == "deployment"}
    return [u for u in uses if not (u.kind == "service" and (u.cluster, u.name) in with_deployment)]


def list_revisions(account: RevisionAccount, family: str) -> list[Revision]:
    """Every revision of ``family`` (ACTIVE, INACTIVE, being deleted), newest first."""
    found: list[Revision] = []
    for status in STATUSES:
        arns = account.pages(
            "ecs:ListTaskDefinitions",
            "ecs",
            "list_task_definitions",
            "taskDefinitionArns",
            familyPrefix=family,
            status=status,
        )
        for arn in arns:
            ref = revision_of_arn(arn)
            # familyPrefix is a prefix for some emulators: other families never leak in.
            if ref.family == family:
                found.append(Revision(arn, ref.family, ref.revision, status))
    unique = {r.arn: r for r in found}
    return sorted(unique.values(), key=lambda r: r.revision, reverse=True)


def describe_revisions(account: RevisionAccount, revisions: list[Revision]) -> None:
    """Fill in registration time, who registered it and the images (one call each).

    A family may have hundreds of revisions: the calls go out a few at a time in
    parallel (botocore clients are thread-safe); the first failure is raised.
    """

    def describe(rev: Revision) -> None:
        response = account.call(
            "ecs:DescribeTaskDefinition",
            account.ecs.describe_task_definition,
            taskDefinition=rev.arn,
        )
        task = response.get("taskDefinition") or {}
        registered = task.get("registeredAt")
        rev.registered_at = registered.isoformat() if isinstance(registered, datetime) else ""
        rev.registered_by = str(task.get("registeredBy") or "")
        rev.images = [
            str(c.get("image", ""))
            for c in task.get("containerDefinitions") or []
            if isinstance(c, dict)
        ]

    with ThreadPoolExecutor(max_workers=DESCRIBE_WORKERS) as pool:
        # list() re-raises the first exception of any call.
        list(pool.map(describe, revisions))


def find_uses(account: RevisionAccount) -> dict[str, list[Use]]:
    """What uses each task definition ARN, in every cluster of the region."""
    uses: dict[str, list[Use]] = {}

    def add(arn: Any, use: Use) -> None:
        if isinstance(arn, str) and arn and use not in uses.setdefault(arn, []):
            uses[arn].append(use)

    clusters = account.pages("ecs:ListClusters", "ecs", "list_clusters", "clusterArns")
    for cluster_arn in clusters:
        cluster = cluster_arn.rsplit("/", 1)[-1]
        for service in _services(account, cluster_arn):
            name = str(service.get("serviceName", ""))
            add(service.get("taskDefinition"), Use("service", cluster, name))
            for deployment in service.get("deployments") or []:
                status = str(deployment.get("status", ""))
                add(deployment.get("taskDefinition"), Use("deployment", cluster, name, status))
            for task_set in service.get("taskSets") or []:
                status = str(task_set.get("status", ""))
                add(task_set.get("taskDefinition"), Use("task-set", cluster, name, status))
        for task in _running_tasks(account, cluster_arn):
            task_id = str(task.get("taskArn", "")).rsplit("/", 1)[-1]
            status = str(task.get("lastStatus", ""))
            add(task.get("taskDefinitionArn"), Use("task", cluster, task_id, status))
    return uses


def _services(account: RevisionAccount, cluster_arn: str) -> list[dict[str, Any]]:
    arns = account.pages(
        "ecs:ListServices", "ecs", "list_services", "serviceArns", cluster=cluster_arn
    )
    out: list[dict[str, Any]] = []
    for batch in batches(arns, DESCRIBE_SERVICES_BATCH):
        response = account.call(
            "ecs:DescribeServices",
            account.ecs.describe_services,
            cluster=cluster_arn,
            services=batch,
        )
        out.extend(s for s in response.get("services") or [] if isinstance(s, dict))
    return out


def _running_tasks(account: RevisionAccount, cluster_arn: str) -> list[dict[str, Any]]:
    # desiredStatus RUNNING covers PROVISIONING and PENDING tasks too.
    arns = account.pages(
        "ecs:ListTasks",
        "ecs",
        "list_tasks",
        "taskArns",
        cluster=cluster_arn,
        desiredStatus="RUNNING",
    )
    out: list[dict[str, Any]] = []
    for batch in batches(arns, DESCRIBE_TASKS_BATCH):
        response = account.call(
            "ecs:DescribeTasks", account.ecs.describe_tasks, cluster=cluster_arn, tasks=batch
        )
        out.extend(t for t in response.get("tasks") or [] if isinstance(t, dict))
    return out


def family_history(
    account: RevisionAccount, family: str, *, details: bool = True
) -> list[Revision]:
    """The revisions of ``family`` with where each is used (and, with ``details``, described)."""
    revisions = list_revisions(account, family)
    if details:
        describe_revisions(account, revisions)
    uses = find_uses(account)
    for rev in revisions:
        rev.uses = list(uses.get(rev.arn, []))
    return revisions
