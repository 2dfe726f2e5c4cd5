"""Where each rule is written down: the public AWS page a user can open.

A rule's ``source`` is one URL (its help URI in SARIF and ``lint --list-rules``):
the API reference member that states it when there is one, else the developer
guide page. Anchors follow the pages' own ids (``ECS-Type-<Shape>-<member>``
in the API reference).
"""

from __future__ import annotations

API = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/"
GUIDE = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/"

#: The register request itself (for rules about the whole document).
REGISTER = f"{API}API_RegisterTaskDefinition.html"

#: The wizard's own checks have no AWS page; their source is empty.
OWN_CHECK = ""


def api(shape: str, member: str | None = None) -> str:
    """The API reference page of a data type, at ``member`` when given."""
    page = f"{API}API_{shape}.html"
    return f"{page}#ECS-Type-{shape}-{member}" if member else page


def register(member: str) -> str:
    """A request parameter of RegisterTaskDefinition."""
    return f"{REGISTER}#ECS-RegisterTaskDefinition-request-{member}"


def guide(page: str, anchor: str | None = None) -> str:
    """A page of the Amazon ECS Developer Guide (``page`` without ``.html``)."""
    url = f"{GUIDE}{page}.html"
    return f"{url}#{anchor}" if anchor else url


# Pages several rule modules cite.
FARGATE_DIFFERENCES = guide("fargate-tasks-services", "fargate-task-parameters")
# The table of valid Fargate CPU and memory pairs.
FARGATE_TASK_SIZE = guide("task-cpu-memory-error")
MANAGED_INSTANCES = guide("task_definition_parameters-managed-instances")
EXECUTION_ROLE = guide("task_execution_IAM_role")
AWSLOGS = guide("using_awslogs")
FIRELENS = guide("using_firelens")
QUOTAS = guide("service-quotas")
GPU = guide("ecs-gpu-specifying")
