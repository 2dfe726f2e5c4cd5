"""The AWS Distro for OpenTelemetry (ADOT) collector sidecar behind the
console's "Use trace collection" / "Use metric collection".

One container named ``aws-otel-collector`` serves both; its ``--config``
argument picks one of the configurations shipped in the image
(aws-observability/aws-otel-collector, ``config/ecs/``): X-Ray only,
CloudWatch only, or both. The container is found by name, so the check boxes
reflect a draft opened from a file too.
"""

from __future__ import annotations

import copy
from typing import Any

from wizard.ui.draft.controller import DraftController

ADOT_NAME = "aws-otel-collector"
# A pinned release rather than :latest, so every deployment runs the same
# collector (and the mutable-tag rule stays quiet); edit it on the Containers page.
ADOT_IMAGE = "public.ecr.aws/aws-observability/aws-otel-collector:v0.43.1"
CONFIG_DIR = "/etc/ecs/"
# (traces, metrics) -> configuration file in the image.
CONFIGS: dict[tuple[bool, bool], str] = {
    (True, False): "ecs-xray.yaml",
    (False, True): "ecs-cloudwatch.yaml",
    (True, True): "ecs-cloudwatch-xray.yaml",
}
# Other configurations of the image, read when a draft already uses them.
KNOWN_CONFIGS: dict[str, tuple[bool, bool]] = {
    **{name: state for state, name in CONFIGS.items()},
    "ecs-default-config.yaml": (True, True),
    "ecs-amp.yaml": (False, True),
    "ecs-amp-prometheus.yaml": (False, True),
    "ecs-amp-xray.yaml": (True, True),
    "ecs-amp-xray-prometheus.yaml": (True, True),
}
# Soft limit only: enough for the collector's steady state, counted in the
# sizing panel's sums; it can use more when the task has memory to spare.
ADOT_MEMORY_RESERVATION_MIB = 128


def sidecar_index(controller: DraftController) -> int | None:
    items = controller.get("/containerDefinitions")
    for index, container in enumerate(items if isinstance(items, list) else []):
        if isinstance(container, dict) and container.get("name") == ADOT_NAME:
            return index
    return None


def config_argument(container: dict[str, Any]) -> str | None:
    command = container.get("command")
    for arg in command if isinstance(command, list) else []:
        if isinstance(arg, str) and arg.startswith("--config="):
            return arg.removeprefix("--config=")
    return None


def collection_state(controller: DraftController) -> tuple[bool, bool]:
    """(traces, metrics) as the sidecar is configured; a custom configuration
    counts as both, since we cannot tell what it collects."""
    index = sidecar_index(controller)
    if index is None:
        return False, False
    container = controller.get(f"/containerDefinitions/{index}")
    config = config_argument(container) or ""
    return KNOWN_CONFIGS.get(config.rsplit("/", 1)[-1], (True, True))


def command_for(traces: bool, metrics: bool) -> list[str]:
    return [f"--config={CONFIG_DIR}{CONFIGS[(traces, metrics)]}"]


def app_log_configuration(controller: DraftController) -> dict[str, Any] | None:
    """The first application container's awslogs settings, so the collector's
    logs go where the application's go."""
    for container in controller.containers:
        log = container.get("logConfiguration")
        if container.get("name") != ADOT_NAME and isinstance(log, dict):
            if log.get("logDriver") == "awslogs" and isinstance(log.get("options"), dict):
                return {"logDriver": "awslogs", "options": copy.deepcopy(log["options"])}
    return None


def new_sidecar(controller: DraftController, traces: bool, metrics: bool) -> dict[str, Any]:
    container: dict[str, Any] = {
        "name": ADOT_NAME,
        "image": ADOT_IMAGE,
        "essential": False,
        "command": command_for(traces, metrics),
        "memoryReservation": ADOT_MEMORY_RESERVATION_MIB,
    }
    log = app_log_configuration(controller)
    if log is not None:
        container["logConfiguration"] = log
    return container


def set_collection(controller: DraftController, traces: bool, metrics: bool) -> None:
    """Add, reconfigure or remove the sidecar (and touch no other container)."""
    index = sidecar_index(controller)
    if not traces and not metrics:
        if index is not None:
            controller.remove_container(index)
        return
    if index is None:
        controller.add_container(new_sidecar(controller, traces, metrics))
        return
    controller.set(f"/containerDefinitions/{index}/command", command_for(traces, metrics))
