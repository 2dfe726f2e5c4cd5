"""One compose service -> one container definition.

Policy: whatever ECS can express is kept, even where Fargate refuses it
(privileged, host paths, capabilities other than SYS_PTRACE...), so the
user's intent survives and the rules engine shows what to change, or the user
switches the task to EC2. What ECS cannot express is reported and left out.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wizard.domain.findings import Finding, Severity, pointer
from wizard.domain.formats.compose import messages as compose_messages  # noqa: F401  (defines the compose rule ids)
from wizard.domain.formats.compose.service_urls import find_service_addresses, without_password
from wizard.domain.formats.compose.values import parse_duration, whole_seconds

ULIMIT_NAMES = frozenset(
    "core cpu data fsize locks memlock msgqueue nice nofile nproc rss rtprio rttime "
    "sigpending stack".split()
)
CONDITIONS = {
    "service_started": "START",
    "service_healthy": "HEALTHY",
    "service_completed_successfully": "SUCCESS",
}
# Keys that only steer docker compose itself.
COMPOSE_ONLY = frozenset(
    {"profiles", "pull_policy", "scale", "develop", "attach", "annotations", "stop_signal"}
)
NETWORKING = frozenset({"networks", "network_mode", "links", "external_links", "mac_address"})


Where = str | tuple[str | int, ...]


def _segments(at: Where) -> tuple[str | int, ...]:
    if isinstance(at, tuple):
        return at
    return (at,) if at != "" else ()


def container_name(service: str) -> str:
    """ECS container names allow letters, digits, '-' and '_' (up to 255)."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", service)[:255] or "container"


@dataclass
class ServiceContext:
    """What mapping one service needs and produces."""

    service: str
    where: str  # pointer of the service in the compose file
    names: dict[str, str]  # service name -> container name
    findings: list[Finding]
    container: dict[str, Any] = field(default_factory=dict)
    # The task's network mode: how this container reaches the others (see service_urls).
    network_mode: str = "awsvpc"
    # The services its compose ``links:`` names: under bridge, reached by name (links.py).
    linked: frozenset[str] = frozenset()

    def report(self, rule: str, severity: Severity, at: Where = (), **params: Any) -> None:
        """A finding at ``at`` (a key, or key path segments) inside this service."""
        path = self.where + pointer(*_segments(at))
        self.findings.append(Finding(rule, severity, path, {"service": self.service, **params}))

    def bad_value(self, at: Where, value: Any) -> None:
        shown = ".".join(str(s) for s in _segments(at))
        self.report("compose-value-invalid", Severity.WARNING, at, key=shown, value=repr(value))

    def linux(self) -> dict[str, Any]:
        linux: dict[str, Any] = self.container.setdefault("linuxParameters", {})
        return linux


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [_scalar(v) for v in value if v is not None]
    return []


def _scalar(value: Any) -> str:
    """A YAML scalar as the string compose would pass on (true -> "true")."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def pairs(value: Any) -> list[tuple[str, str | None]]:
    """Map form {K: V} or list form ["K=V", "K"] as (key, value or None) pairs."""
    if isinstance(value, dict):
        return [(str(k), None if v is None else _scalar(v)) for k, v in value.items()]
    out: list[tuple[str, str | None]] = []
    for item in value if isinstance(value, list) else []:
        key, sep, val = str(item).partition("=")
        out.append((key, val if sep else None))
    return out


def _command(ctx: ServiceContext, key: str, value: Any) -> None:
    member = "command" if key == "command" else "entryPoint"
    if isinstance(value, list):
        ctx.container[member] = [_scalar(v) for v in value]
    elif isinstance(value, str):
        # Compose splits a string into words itself (no shell), so do the same:
        # "npm start" runs npm directly, exactly as under docker compose.
        try:
            words = shlex.split(value)
        except ValueError as exc:
            ctx.report("compose-command-syntax", Severity.WARNING, key, key=key, detail=str(exc))
            return
        if words:
            ctx.container[member] = words
    elif value is not None:
        ctx.bad_value(key, value)


def _environment(ctx: ServiceContext, key: str, value: Any) -> None:
    env = []
    for index, (name, val) in enumerate(pairs(value)):
        at: Where = (key, index) if isinstance(value, list) else (key, name)
        if val is None:
            ctx.report("compose-env-unset", Severity.WARNING, at, name=name)
            continue
        env.append({"name": name, "value": _service_address(ctx, at, name, val)})
    if env:
        ctx.container["environment"] = env


def _service_address(ctx: ServiceContext, at: Where, name: str, value: str) -> str:
    """``value`` with other services' names as hosts made to work in the task, reported."""
    others = {s for s in ctx.names if s != ctx.service}
    awsvpc = ctx.network_mode == "awsvpc"
    found = find_service_addresses(name, value, others, rewrite=awsvpc)
    if found is None:
        return value
    rule = "compose-service-address-localhost" if awsvpc else "compose-service-address-links"
    # Under bridge the services this one links to resolve by name: only the others need links.
    unlinked = [s for s in found.services if awsvpc or s not in ctx.linked]
    if not unlinked:
        return found.after
    services = ", ".join(unlinked)
    ctx.report(rule, Severity.INFO if awsvpc else Severity.WARNING, at,
               name=name, before=without_password(found.before),
               after=without_password(found.after), services=services)  # fmt: skip
    return found.after


def _env_file(ctx: ServiceContext, key: str, value: Any) -> None:
    items = value if isinstance(value, list) else [value]
    for index, item in enumerate(items):
        path = item.get("path") if isinstance(item, dict) else item
        at: Where = (key, index) if isinstance(value, list) else key
        ctx.report("compose-env-file", Severity.WARNING, at, path=_scalar(path))


def seconds_at(ctx: ServiceContext, at: Where, value: Any) -> int | None:
    seconds = parse_duration(value)
    if seconds is None:
        ctx.bad_value(at, value)
        return None
    whole, rounded = whole_seconds(seconds)
    if rounded:
        shown = ".".join(str(s) for s in _segments(at))
        ctx.report(
            "compose-duration-rounded", Severity.INFO, at, key=shown, value=value, seconds=whole
        )
    return whole


def _healthcheck(ctx: ServiceContext, key: str, value: Any) -> None:
    if not isinstance(value, dict):
        ctx.bad_value(key, value)
        return
    test = value.get("test")
    if value.get("disable") is True or test == ["NONE"] or test == "NONE":
        ctx.report("compose-healthcheck-disabled", Severity.INFO, key)
        return
    if isinstance(test, str):
        command = ["CMD-SHELL", test]
    elif isinstance(test, list) and test and test[0] in ("CMD", "CMD-SHELL"):
        command = [_scalar(t) for t in test]
    elif test is None:
        ctx.report("compose-healthcheck-no-test", Severity.WARNING, key)
        return
    else:
        ctx.bad_value((key, "test"), test)
        return
    check: dict[str, Any] = {"command": command}
    for compose_key, member in (
        ("interval", "interval"),
        ("timeout", "timeout"),
        ("start_period", "startPeriod"),
    ):
        if compose_key in value:
            seconds = seconds_at(ctx, (key, compose_key), value[compose_key])
            if seconds is not None:
                check[member] = seconds
    retries = value.get("retries")
    if isinstance(retries, int) and not isinstance(retries, bool):
        check["retries"] = retries
    elif retries is not None:
        ctx.bad_value((key, "retries"), retries)
    if "start_interval" in value:
        ctx.report(
            "compose-unsupported-key",
            Severity.WARNING,
            (key, "start_interval"),
            key="healthcheck.start_interval",
        )
    ctx.container["healthCheck"] = check


def _depends_on(ctx: ServiceContext, key: str, value: Any) -> None:
    entries: list[tuple[str, dict[str, Any]]]
    if isinstance(value, list):
        entries = [(str(v), {}) for v in value]
    elif isinstance(value, dict):
        entries = [(str(k), v if isinstance(v, dict) else {}) for k, v in value.items()]
    else:
        ctx.bad_value(key, value)
        return
    deps = []
    for target, options in entries:
        where = (key, target)
        if target not in ctx.names:
            ctx.report("compose-depends-on-unknown", Severity.WARNING, where, target=target)
            continue
        condition = options.get("condition", "service_started")
        if condition not in CONDITIONS:
            ctx.report(
                "compose-depends-on-condition",
                Severity.WARNING,
                where,
                target=target,
                condition=condition,
            )
        for option in ("restart", "required"):
            if option in options and not (option == "required" and options[option] is True):
                ctx.report(
                    "compose-depends-on-option", Severity.INFO, where, target=target, option=option
                )
        deps.append(
            {"containerName": ctx.names[target], "condition": CONDITIONS.get(condition, "START")}
        )
    if deps:
        ctx.container["dependsOn"] = deps


def _logging(ctx: ServiceContext, key: str, value: Any) -> None:
    driver = value.get("driver") if isinstance(value, dict) else None
    if driver != "awslogs":
        ctx.report(
            "compose-logging-driver", Severity.WARNING, key, driver=_scalar(driver) or "default"
        )
        return
    config: dict[str, Any] = {"logDriver": "awslogs"}
    options = value.get("options")
    if isinstance(options, dict) and options:
        config["options"] = {str(k): _scalar(v) for k, v in options.items()}
    ctx.container["logConfiguration"] = config


def _simple(member: str, convert: Callable[[Any], Any] | None = None) -> Callable[..., None]:
    def handler(ctx: ServiceContext, key: str, value: Any) -> None:
        result = convert(value) if convert else value
        if result is None or (convert is None and not isinstance(value, str | bool | int)):
            ctx.bad_value(key, value)
            return
        ctx.container[member] = result

    return handler


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _string_list(value: Any) -> list[str] | None:
    return _strings(value) or None


Handler = Callable[[ServiceContext, str, Any], None]
SERVICE_KEYS: dict[str, Handler] = {
    "command": _command,
    "entrypoint": _command,
    "environment": _environment,
    "env_file": _env_file,
    "healthcheck": _healthcheck,
    "depends_on": _depends_on,
    "logging": _logging,
    "working_dir": _simple("workingDirectory", lambda v: v if isinstance(v, str) else None),
    "user": _simple("user", lambda v: _scalar(v) if isinstance(v, str | int) else None),
    "hostname": _simple("hostname", lambda v: v if isinstance(v, str) else None),
    "privileged": _simple("privileged", _bool),
    "read_only": _simple("readonlyRootFilesystem", _bool),
    "stdin_open": _simple("interactive", _bool),
    "tty": _simple("pseudoTerminal", _bool),
    "dns": _simple("dnsServers", _string_list),
    "dns_search": _simple("dnsSearchDomains", _string_list),
    "security_opt": _simple("dockerSecurityOptions", _string_list),
}
