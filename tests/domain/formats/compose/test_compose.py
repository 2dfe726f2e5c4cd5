"""docker-compose import: compose files written for these tests, covering every
mapped key between them, import to the expected task definitions; what cannot be
mapped is in the report, with a pointer into the compose file and its line.
"""

from __future__ import annotations

import re

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.domain.messages.catalog import CATALOG
from wizard.domain.formats.compose.importer import ComposeImport, import_compose, import_compose_bytes
from wizard.domain.formats.compose.options import LINUX_KEYS
from wizard.domain.formats.compose.service import SERVICE_KEYS
from wizard.domain.formats.compose.values import (
    interpolate,
    parse_cpus,
    parse_duration,
    parse_mib,
    parse_port,
    parse_volume,
)
from wizard.domain.findings import Severity
from wizard.domain.formats.importer import validate_document
from wizard.domain.rules import run_rules
from wizard.domain.sizing.task_size import smallest_fit

SHOP = """\
name: shop
services:
  web:
    image: nginx:1.27
    build: .
    ports: ["8080:80", "443:443"]
    environment:
      - NGINX_PORT=80
      - FROM_SHELL
    env_file: [.env, {path: web.env, required: false}]
    command: nginx -g "daemon off;"
    depends_on:
      db: {condition: service_healthy}
      migrate: {condition: service_completed_successfully}
    deploy:
      replicas: 2
      restart_policy: {condition: on-failure}
      resources:
        limits: {memory: 512M, cpus: "0.5"}
        reservations: {memory: 256m}
    logging:
      driver: awslogs
      options: {awslogs-group: /ecs/shop, awslogs-region: eu-west-1, awslogs-stream-prefix: web}
    volumes: ["static:/usr/share/nginx/html:ro", "./conf:/etc/nginx/conf.d", "/var/log/shop:/logs"]
    labels: {com.example.team: shop}
    restart: always
    secrets: [db_password]
  db:
    image: postgres:16
    environment: {POSTGRES_DB: shop, PGDATA: /data, POSTGRES_INITDB_WALSEGSIZE: 16, DEBUG: true}
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 10s
      timeout: 1500ms
      retries: 5
      start_period: 1m30s
    volumes: [dbdata:/data]
    logging: {driver: json-file}
    deploy:
      resources:
        limits: {memory: 1g, cpus: 1}
        reservations: {memory: 768M, cpus: 0.25, devices: [{capabilities: [gpu], count: 1}]}
  migrate:
    image: shop/migrate:1.0
    entrypoint: ["/bin/migrate"]
    command: [up]
    depends_on: [db]
    deploy: {resources: {reservations: {memory: 128M}}}
volumes:
  static: {}
  dbdata: {driver: local}
secrets:
  db_password: {file: ./pw.txt}
"""

SHOP_DOCUMENT = {
    "family": "shop",
    "networkMode": "awsvpc",
    "containerDefinitions": [
        {
            "name": "web",
            "image": "nginx:1.27",
            "essential": True,
            "portMappings": [
                {"containerPort": 80, "protocol": "tcp"},
                {"containerPort": 443, "protocol": "tcp"},
            ],
            "environment": [{"name": "NGINX_PORT", "value": "80"}],
            "command": ["nginx", "-g", "daemon off;"],
            "dependsOn": [
                {"containerName": "db", "condition": "HEALTHY"},
                {"containerName": "migrate", "condition": "SUCCESS"},
            ],
            "memory": 512,
            "memoryReservation": 256,
            "cpu": 512,
            "logConfiguration": {
                "logDriver": "awslogs",
                "options": {
                    "awslogs-group": "/ecs/shop",
                    "awslogs-region": "eu-west-1",
                    "awslogs-stream-prefix": "web",
                },
            },
            "mountPoints": [
                {
                    "sourceVolume": "static",
                    "containerPath": "/usr/share/nginx/html",
                    "readOnly": True,
                },
                {"sourceVolume": "conf", "containerPath": "/etc/nginx/conf.d"},
                {"sourceVolume": "var-log-shop", "containerPath": "/logs"},
            ],
            "dockerLabels": {"com.example.team": "shop"},
        },
        {
            "name": "db",
            "image": "postgres:16",
            "essential": True,
            "environment": [
                {"name": "POSTGRES_DB", "value": "shop"},
                {"name": "PGDATA", "value": "/data"},
                {"name": "POSTGRES_INITDB_WALSEGSIZE", "value": "16"},
                {"name": "DEBUG", "value": "true"},
            ],
            "healthCheck": {
                "command": ["CMD-SHELL", "pg_isready -U postgres"],
                "interval": 10,
                "timeout": 2,
                "startPeriod": 90,
                "retries": 5,
            },
            "mountPoints": [{"sourceVolume": "dbdata", "containerPath": "/data"}],
            "memory": 1024,
            "memoryReservation": 768,
            "cpu": 1024,
            "resourceRequirements": [{"type": "GPU", "value": "1"}],
        },
        {
            "name": "migrate",
            "image": "shop/migrate:1.0",
            "essential": False,
            "entryPoint": ["/bin/migrate"],
            "command": ["up"],
            "dependsOn": [{"containerName": "db", "condition": "START"}],
            "memoryReservation": 128,
        },
    ],
    "volumes": [
        {"name": "static"},
        {"name": "conf"},
        {"name": "var-log-shop", "host": {"sourcePath": "/var/log/shop"}},
        {"name": "dbdata"},
    ],
    "requiresCompatibilities": ["FARGATE"],
    # Σ cpu 512 + 1024 = 1536 units; Σ reserved 256 + 768 + 128 = 1152 MiB.
    "cpu": "2048",
    "memory": "4096",
}

SHOP_REPORT = {
    ("compose-top-level-ignored", "/secrets"),
    ("compose-build-ignored", "/services/web/build"),
    ("compose-host-port", "/services/web/ports/0"),
    ("compose-env-unset", "/services/web/environment/1"),
    ("compose-env-file", "/services/web/env_file/0"),
    ("compose-env-file", "/services/web/env_file/1"),
    ("compose-deploy-key", "/services/web/deploy/replicas"),
    ("compose-deploy-key", "/services/web/deploy/restart_policy"),
    ("compose-named-volume", "/services/web/volumes/0"),
    ("compose-bind-relative", "/services/web/volumes/1"),
    ("compose-bind-mount", "/services/web/volumes/2"),
    ("compose-restart", "/services/web/restart"),
    ("compose-secret", "/services/web/secrets/0"),
    ("compose-duration-rounded", "/services/db/healthcheck/timeout"),
    ("compose-named-volume", "/services/db/volumes/0"),
    ("compose-logging-driver", "/services/db/logging"),
    ("compose-cpus-both", "/services/db/deploy/resources/reservations/cpus"),
    ("compose-not-essential", "/services/migrate"),
    ("compose-task-size", ""),
}

OPTIONS = """\
services:
  api:
    image: registry.example.com/api:2.1
    entrypoint: /docker-entrypoint.sh --verbose
    working_dir: /srv
    user: "1000:1000"
    hostname: api
    mem_limit: 768m
    mem_reservation: 512m
    cpus: 0.75
    labels: [com.example.tier=backend, com.example.empty]
    ulimits:
      nproc: 65535
      nofile: {soft: 20000, hard: 40000}
      bogus: 1
    cap_add: [NET_ADMIN, CAP_SYS_TIME]
    cap_drop: [ALL]
    init: true
    shm_size: 64m
    stop_grace_period: 1m
    sysctls: {net.core.somaxconn: 1024}
    extra_hosts: ["db.internal:10.0.0.5", "v6.internal=::1"]
    devices: ["/dev/fuse:/dev/fuse:rwm"]
    privileged: false
    read_only: true
    stdin_open: true
    tty: true
    dns: 10.0.0.2
    dns_search: [example.internal]
    security_opt: [no-new-privileges]
    platform: linux/arm64
    expose: ["9000"]
    networks: [backend]
    container_name: api-1
    pid: host
    profiles: [debug]
    configs: [app_config]
    tmpfs: /run
    volumes:
      - {type: tmpfs, target: /cache, tmpfs: {size: 67108864}}
      - {type: volume, source: shared, target: /shared, volume: {nocopy: true}}
  side.car:
    image: busybox:1.36
    cpu_shares: 128
    volumes_from: ["api:ro", "container:other"]
    platform: linux/amd64
    blkio_config: {weight: 300}
    extends: {service: base}
    x-custom: ignored
networks: {backend: {}}
configs: {app_config: {file: ./app.conf}}
volumes: {shared: {external: true}}
"""

OPTIONS_DOCUMENT = {
    "family": "compose",
    "networkMode": "awsvpc",
    "containerDefinitions": [
        {
            "name": "api",
            "image": "registry.example.com/api:2.1",
            "essential": True,
            "entryPoint": ["/docker-entrypoint.sh", "--verbose"],
            "workingDirectory": "/srv",
            "user": "1000:1000",
            "hostname": "api",
            "memory": 768,
            "memoryReservation": 512,
            "cpu": 768,
            "dockerLabels": {"com.example.tier": "backend", "com.example.empty": ""},
            "ulimits": [
                {"name": "nproc", "softLimit": 65535, "hardLimit": 65535},
                {"name": "nofile", "softLimit": 20000, "hardLimit": 40000},
            ],
            "linuxParameters": {
                "capabilities": {"add": ["NET_ADMIN", "SYS_TIME"], "drop": ["ALL"]},
                "initProcessEnabled": True,
                "sharedMemorySize": 64,
                "devices": [
                    {
                        "hostPath": "/dev/fuse",
                        "containerPath": "/dev/fuse",
                        "permissions": ["read", "write", "mknod"],
                    }
                ],
                "tmpfs": [{"containerPath": "/cache", "size": 64}],
            },
            "stopTimeout": 60,
            "systemControls": [{"namespace": "net.core.somaxconn", "value": "1024"}],
            "extraHosts": [
                {"hostname": "db.internal", "ipAddress": "10.0.0.5"},
                {"hostname": "v6.internal", "ipAddress": "::1"},
            ],
            "privileged": False,
            "readonlyRootFilesystem": True,
            "interactive": True,
            "pseudoTerminal": True,
            "dnsServers": ["10.0.0.2"],
            "dnsSearchDomains": ["example.internal"],
            "dockerSecurityOptions": ["no-new-privileges"],
            "mountPoints": [{"sourceVolume": "shared", "containerPath": "/shared"}],
        },
        {
            "name": "side-car",
            "image": "busybox:1.36",
            "essential": True,
            "cpu": 128,
            "volumesFrom": [{"sourceContainer": "api", "readOnly": True}],
        },
    ],
    "volumes": [{"name": "shared"}],
    "requiresCompatibilities": ["FARGATE"],
    "cpu": "1024",
    "memory": "2048",
    "runtimePlatform": {"cpuArchitecture": "ARM64", "operatingSystemFamily": "LINUX"},
}

OPTIONS_REPORT = {
    ("compose-top-level-ignored", "/networks"),
    ("compose-top-level-ignored", "/configs"),
    ("compose-ulimit-invalid", "/services/api/ulimits/bogus"),
    ("compose-expose", "/services/api/expose"),
    ("compose-networking", "/services/api/networks"),
    ("compose-container-name", "/services/api/container_name"),
    ("compose-namespace", "/services/api/pid"),
    ("compose-ignored-key", "/services/api/profiles"),
    ("compose-config", "/services/api/configs/0"),
    ("compose-tmpfs", "/services/api/tmpfs"),
    ("compose-volume-option", "/services/api/volumes/1"),
    ("compose-named-volume", "/services/api/volumes/1"),
    ("compose-volume-driver", "/volumes/shared"),
    ("compose-name-changed", "/services/side.car"),
    ("compose-volumes-from-container", "/services/side.car/volumes_from/1"),
    ("compose-platform", "/services/side.car/platform"),
    ("compose-unsupported-key", "/services/side.car/blkio_config"),
    ("compose-extends", "/services/side.car/extends"),
    ("compose-task-size", ""),
}

PORTS = """\
services:
  edge:
    image: envoyproxy/envoy:v1.31
    ports:
      - 80
      - "443"
      - "8443:8443"
      - "9901:9901/udp"
      - "[::1]:5000:5000"
      - "7000-7005"
      - "9090-9091:8000-8001"
      - "6000:6000/sctp"
      - "not-a-port"
      - {target: 15000, published: 15001, protocol: tcp, host_ip: 0.0.0.0, mode: host,
         name: admin, app_protocol: grpc}
"""

PORTS_MAPPINGS = [
    {"containerPort": 80, "protocol": "tcp"},
    {"containerPort": 443, "protocol": "tcp"},
    {"containerPort": 8443, "protocol": "tcp"},
    {"containerPort": 9901, "protocol": "udp"},
    {"containerPort": 5000, "protocol": "tcp"},
    {"containerPortRange": "7000-7005", "protocol": "tcp"},
    {"containerPortRange": "8000-8001", "protocol": "tcp"},
    {"containerPort": 15000, "protocol": "tcp", "name": "admin", "appProtocol": "grpc"},
]

PORTS_REPORT = {
    ("compose-host-ip", "/services/edge/ports/4"),
    ("compose-host-port", "/services/edge/ports/6"),
    ("compose-port-protocol", "/services/edge/ports/7"),
    ("compose-value-invalid", "/services/edge/ports/8"),
    ("compose-host-ip", "/services/edge/ports/9"),
    ("compose-host-port", "/services/edge/ports/9"),
    ("compose-task-size", ""),
}

HEALTH = """\
services:
  a:
    image: nginx:1.27
    healthcheck:
      test: curl -f http://localhost/ || exit 1
      interval: 1m30s
      timeout: 10s
      retries: 3
      start_period: 40s
      start_interval: 5s
  b:
    image: nginx:1.27
    healthcheck:
      test: ["CMD", "wget", "-q", "-O-", "http://localhost/"]
      interval: half a minute
  c:
    image: nginx:1.27
    healthcheck: {disable: true}
  d:
    image: nginx:1.27
    healthcheck: {test: ["NONE"]}
  e:
    image: nginx:1.27
    healthcheck: {interval: 30s}
  f:
    depends_on:
      a: {condition: service_healthy, restart: true}
      b: {condition: service_bogus}
      ghost: {condition: service_started}
      c: {condition: service_started, required: false}
"""

HEALTH_REPORT = {
    ("compose-unsupported-key", "/services/a/healthcheck/start_interval"),
    ("compose-value-invalid", "/services/b/healthcheck/interval"),
    ("compose-healthcheck-disabled", "/services/c/healthcheck"),
    ("compose-healthcheck-disabled", "/services/d/healthcheck"),
    ("compose-healthcheck-no-test", "/services/e/healthcheck"),
    ("compose-image-missing", "/services/f"),
    ("compose-depends-on-option", "/services/f/depends_on/a"),
    ("compose-depends-on-condition", "/services/f/depends_on/b"),
    ("compose-depends-on-unknown", "/services/f/depends_on/ghost"),
    ("compose-depends-on-option", "/services/f/depends_on/c"),
    ("compose-task-size", ""),
}

FILES = {"shop": SHOP, "options": OPTIONS, "ports": PORTS, "health": HEALTH}


def report(result: ComposeImport) -> set[tuple[str, str]]:
    return {(f.rule, f.path) for f in result.findings}


def test_shop():
    result = import_compose(SHOP)
    assert result.document == SHOP_DOCUMENT
    assert report(result) == SHOP_REPORT


def test_options():
    result = import_compose(OPTIONS)
    assert result.document == OPTIONS_DOCUMENT
    assert report(result) == OPTIONS_REPORT


def test_ports():
    result = import_compose(PORTS)
    assert result.document["containerDefinitions"][0]["portMappings"] == PORTS_MAPPINGS
    assert report(result) == PORTS_REPORT
    (host_port,) = [f for f in result.findings if f.path == "/services/edge/ports/6"]
    assert "9090-9091" in host_port.message and "8000-8001" in host_port.message


def test_health_checks_and_dependencies():
    result = import_compose(HEALTH)
    containers = {c["name"]: c for c in result.document["containerDefinitions"]}
    assert containers["a"]["healthCheck"] == {
        "command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
        "interval": 90,
        "timeout": 10,
        "startPeriod": 40,
        "retries": 3,
    }
    assert containers["b"]["healthCheck"] == {
        "command": ["CMD", "wget", "-q", "-O-", "http://localhost/"]
    }
    assert all("healthCheck" not in containers[n] for n in "cdef")
    assert containers["f"]["dependsOn"] == [
        {"containerName": "a", "condition": "HEALTHY"},
        {"containerName": "b", "condition": "START"},
        {"containerName": "c", "condition": "START"},
    ]
    assert report(result) == HEALTH_REPORT


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_import_fits_the_api_and_the_rules_engine(name):
    result = import_compose(FILES[name])
    model, errors = validate_document(result.document)
    assert model is not None, [e.as_dict() for e in errors]
    assert not [f for f in run_rules(result.document) if f.rule == "internal-error"]
    for finding in result.findings:
        assert finding.rule in CATALOG
        assert finding.message != finding.rule and "?" not in finding.message, finding


def test_the_test_files_cover_every_mapped_key():
    used: set[str] = set()
    for text in FILES.values():
        for service in yaml.safe_load(text)["services"].values():
            used.update(service)
    mapped = set(SERVICE_KEYS) | set(LINUX_KEYS)
    mapped |= {"image", "build", "ports", "volumes", "volumes_from", "tmpfs", "platform"}
    assert mapped <= used, sorted(mapped - used)


def test_the_shop_import_lints_as_expected():
    """The errors left are the ones the report warned about: the host path and the GPU
    that Fargate refuses, and the execution role an import cannot know."""
    result = import_compose(SHOP)
    errors = [f for f in run_rules(result.document) if f.severity is Severity.ERROR]
    expected = (
        "/volumes/2/host",
        "/containerDefinitions/1/resourceRequirements",
        "/executionRoleArn",
    )
    assert errors and all(f.path.startswith(expected) for f in errors), errors


def test_positions_point_into_the_compose_file():
    result = import_compose(SHOP)
    lines = SHOP.splitlines()
    for finding in result.findings:
        if not finding.path:
            continue
        line, column = result.position(finding.path)
        last = finding.path.rsplit("/", 1)[-1]
        text = lines[line - 1][column - 1 :]
        if last.isdigit():
            continue  # a list item: the column is where the item starts
        assert text.startswith(last), (finding.path, line, column, text)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("services:\n  web:\n    image: nginx\n   ports: [80]\n", 4, 4),
        ("services:\n\tweb: {}\n", 2, 1),
        ('services:\n  web:\n    image: "nginx\n', 4, 1),
        ("services: {}\n---\nservices: {}\n", 2, 1),
        ("services: !!python/object:os.system {}\n", 1, 11),
    ],
)
def test_bad_yaml_gives_line_and_column_and_no_document(text, line, column):
    result = import_compose(text)
    assert result.document is None and result.fatal
    (finding,) = result.findings
    assert finding.rule == "compose-yaml-syntax" and finding.severity is Severity.ERROR
    assert (finding.params["line"], finding.params["column"]) == (line, column)
    assert result.position(finding.path) == (line, column)
    assert f"line {line}, column {column}" in finding.message


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("- a\n- b\n", "compose-not-mapping"),
        ("", "compose-not-mapping"),
        ("version: '3.8'\n", "compose-no-services"),
        ("services: {}\n", "compose-no-services"),
        ("x" * (3 * 1024 * 1024), "compose-too-large"),
    ],
)
def test_not_a_compose_file(text, rule):
    result = import_compose(text)
    assert result.document is None
    assert [f.rule for f in result.findings] == [rule]


def test_bytes():
    assert import_compose_bytes(SHOP.encode("utf-8")).document == SHOP_DOCUMENT
    bad = import_compose_bytes(b"services:\n  web:\n    image: caf\xe9\n")
    assert [(f.rule, f.params["line"], f.params["column"]) for f in bad.findings] == [
        ("input-not-utf8", 3, 15)
    ]
    assert [f.rule for f in import_compose_bytes(b"\x89PNG\x00").findings] == ["input-binary"]


def test_alias_bomb_is_refused_quickly():
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 10)}]")
    lines.append("services: {web: {image: x, command: *i}}")
    result = import_compose("\n".join(lines) + "\n")
    assert [f.rule for f in result.findings] == ["compose-too-complex"]


def test_interpolation():
    text = (
        "services:\n  web:\n    image: nginx:${TAG:-1.27}\n"
        "    environment:\n      - PRICE=$$5\n      - TOKEN=${TOKEN}\n"
        "      - HOME_DIR=$HOME\n      - OPT=${OPT-}\n"
    )
    result = import_compose(text)
    (web,) = result.document["containerDefinitions"]
    assert web["image"] == "nginx:1.27"
    assert web["environment"] == [
        {"name": "PRICE", "value": "$5"},
        {"name": "TOKEN", "value": "${TOKEN}"},
        {"name": "HOME_DIR", "value": "${HOME}"},
        {"name": "OPT", "value": ""},
    ]
    found = {(f.rule, f.path, f.params.get("variable")) for f in result.findings}
    assert ("compose-interpolation-default", "/services/web/image", "TAG") in found
    assert ("compose-interpolation-unresolved", "/services/web/environment/1", "TOKEN") in found
    assert ("compose-interpolation-unresolved", "/services/web/environment/2", "HOME") in found


def test_family_and_task_size():
    text = (
        "services:\n"
        "  big:\n    image: a:1\n    deploy: {resources: {limits: {memory: 3g, cpus: '1.5'}}}\n"
        "  small:\n    image: b:1\n    mem_reservation: 300m\n"
    )
    result = import_compose(text, family="My Shop!")
    doc = result.document
    assert doc["family"] == "My-Shop-"
    expected = smallest_fit(1536, 3072 + 300, "linux", largest_hard=3072)
    assert (doc["cpu"], doc["memory"]) == tuple(str(v) for v in expected)
    (size,) = [f for f in result.findings if f.rule == "compose-task-size"]
    assert size.severity is Severity.INFO
    assert size.params["cpu"] == expected[0]


def test_too_big_for_fargate_is_reported_not_forced():
    text = "services:\n  huge:\n    image: a:1\n    mem_limit: 500g\n"
    result = import_compose(text)
    assert "cpu" not in result.document and "memory" not in result.document
    assert "compose-task-too-large" in {f.rule for f in result.findings}


def test_command_strings_are_split_like_compose_does():
    text = (
        "services:\n  a:\n    image: x:1\n"
        "    command: sh -c 'echo \"$$HOME\" && sleep 5'\n"
        "  b:\n    image: x:1\n    command: echo 'unbalanced\n"
    )
    result = import_compose(text)
    a, b = result.document["containerDefinitions"]
    assert a["command"] == ["sh", "-c", 'echo "$HOME" && sleep 5']
    assert "command" not in b
    assert ("compose-command-syntax", "/services/b/command") in report(result)


# --- value syntaxes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("30s", 30),
        ("1m30s", 90),
        ("1h5m", 3900),
        ("500ms", 0.5),
        ("2.5s", 2.5),
        (10, 10),
        ("", None),
        ("10", None),
        ("1x", None),
        ("s", None),
        (True, None),
    ],
)
def test_parse_duration(value, seconds):
    assert parse_duration(value) == seconds


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("512M", (512, False)),
        ("256m", (256, False)),
        ("1g", (1024, False)),
        ("1GB", (1024, False)),
        ("1.5g", (1536, False)),
        ("1024k", (1, False)),
        ("1000k", (1, True)),
        (1073741824, (1024, False)),
        ("lots", None),
        ("0", None),
        (True, None),
    ],
)
def test_parse_mib(value, expected):
    assert parse_mib(value) == expected


@pytest.mark.parametrize(
    ("value", "units"), [("0.5", 512), (1, 1024), (0.25, 256), ("2", 2048), ("x", None), (0, None)]
)
def test_parse_cpus(value, units):
    assert parse_cpus(value) == units


def test_parse_port_and_volume():
    assert parse_port("127.0.0.1:8080:80/udp").__dict__ == {
        "container": "80",
        "host": "8080",
        "host_ip": "127.0.0.1",
        "protocol": "udp",
    }
    assert parse_port("127.0.0.1::80").host == ""
    assert parse_port("1:2:3:4") is None
    assert parse_volume("data:/var/lib/data:ro,z").__dict__ == {
        "kind": "volume",
        "source": "data",
        "target": "/var/lib/data",
        "read_only": True,
        "options": ("z",),
    }
    assert parse_volume("~/src:/app").kind == "bind"
    assert parse_volume("/tmp").kind == "anonymous"
    assert parse_volume("a:b:c:d") is None


def test_interpolate():
    result = interpolate("${A:-x}-${B-y}-${C}-$D-$$E-${F:?must}")
    assert result.text == "x-y-${C}-${D}-$E-${F}"
    assert result.defaults == ("A", "B")
    assert result.unresolved == ("C", "D", "F")


# --- never raises, never writes a wrong type -------------------------------------------

_KEYS = sorted(
    set(SERVICE_KEYS)
    | set(LINUX_KEYS)
    | {"image", "build", "ports", "volumes", "volumes_from", "tmpfs", "platform", "secrets"}
)
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 70000),
    st.text(max_size=10),
    st.sampled_from(["80:80", "1g", "0.5", "30s", "/a:/b:ro", "CMD", "x=y", "linux/arm64"]),
)
_SUBKEYS = st.sampled_from(
    ["test", "interval", "target", "published", "source", "type", "condition", "soft", "hard",
     "resources", "limits", "reservations", "memory", "cpus", "driver", "options", "count"]
)  # fmt: skip
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(_SUBKEYS, inner, max_size=4)
    ),
    max_leaves=12,
)
_SERVICES = st.dictionaries(
    st.sampled_from(["web", "db", "a.b"]),
    st.dictionaries(st.sampled_from(_KEYS), _VALUES, max_size=6),
    min_size=1,
    max_size=3,
)


@settings(max_examples=300, suppress_health_check=list(HealthCheck), deadline=None)
@given(_SERVICES)
def test_arbitrary_services_never_raise_and_always_fit_the_api(services):
    result = import_compose(yaml.safe_dump({"services": services}))
    assert result.document is not None
    model, errors = validate_document(result.document)
    assert model is not None, [e.as_dict() for e in errors]
    for finding in result.findings:
        assert re.fullmatch(r"(/[^/]*)*", finding.path)
        result.position(finding.path)


def test_positions_of_many_findings_are_found_by_lookup() -> None:
    # 3,000 unset variables: a finding each, and each finding's place in the file.
    # Looking each one up by scanning every finding and every key was quadratic
    # (20,000 of them took 19 s).
    lines = ["services:", "  app:", "    image: nginx:1.27", "    environment:"]
    lines += [f"      V{i}: ${{UNSET_{i}}}" for i in range(3000)]
    result = import_compose("\n".join(lines) + "\n")
    unset = [f for f in result.findings if f.rule == "compose-interpolation-unresolved"]
    assert len(unset) == 3000
    # V{i} is on line 5 + i, its value at column 7.
    assert [result.position(f.path) for f in unset] == [(5 + i, 7) for i in range(3000)]
    broken = import_compose("services: [\n")
    (syntax,) = [f for f in broken.findings if f.rule == "compose-yaml-syntax"]
    assert broken.position("") == (int(syntax.params["line"]), int(syntax.params["column"]))
