"""The API's closed value sets (enums), defined once for the rules and the pages.

Values from the ECS service model in botocore (the same model ``model.py`` and
``shapes.py`` are generated from), as listed in the API reference's data types:
https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Types.html
botocore does not check enums before sending, so the rules do (``rules/enums.py``).
"""

from __future__ import annotations

from wizard.domain.launch_types import LAUNCH_TYPES

NETWORK_MODES = ("bridge", "host", "awsvpc", "none")
COMPATIBILITIES = LAUNCH_TYPES
PID_MODES = ("host", "task")
IPC_MODES = ("host", "task", "none")
OS_FAMILIES = (
    "WINDOWS_SERVER_2019_FULL",
    "WINDOWS_SERVER_2019_CORE",
    "WINDOWS_SERVER_2016_FULL",
    "WINDOWS_SERVER_2004_CORE",
    "WINDOWS_SERVER_2022_CORE",
    "WINDOWS_SERVER_2022_FULL",
    "WINDOWS_SERVER_2025_CORE",
    "WINDOWS_SERVER_2025_FULL",
    "WINDOWS_SERVER_20H2_CORE",
    "LINUX",
)
CPU_ARCHITECTURES = ("X86_64", "ARM64")
LOG_DRIVERS = (
    "json-file",
    "syslog",
    "journald",
    "gelf",
    "fluentd",
    "awslogs",
    "splunk",
    "awsfirelens",
)
TRANSPORT_PROTOCOLS = ("tcp", "udp")
APPLICATION_PROTOCOLS = ("http", "http2", "grpc")
CONTAINER_CONDITIONS = ("START", "COMPLETE", "SUCCESS", "HEALTHY")
ULIMIT_NAMES = (
    "core",
    "cpu",
    "data",
    "fsize",
    "locks",
    "memlock",
    "msgqueue",
    "nice",
    "nofile",
    "nproc",
    "rss",
    "rtprio",
    "rttime",
    "sigpending",
    "stack",
)
RESOURCE_TYPES = ("GPU", "InferenceAccelerator", "NeuronDevice")
ENVIRONMENT_FILE_TYPES = ("s3",)
FIRELENS_TYPES = ("fluentd", "fluentbit")
DEVICE_PERMISSIONS = ("read", "write", "mknod")
DOCKER_VOLUME_SCOPES = ("task", "shared")
ENABLED_DISABLED = ("ENABLED", "DISABLED")
PLACEMENT_CONSTRAINT_TYPES = ("memberOf",)
PROXY_TYPES = ("APPMESH",)
VERSION_CONSISTENCY = ("enabled", "disabled")
ISOLATION_MODES = ("SHARED", "ISOLATED_SANDBOX", "CONFIDENTIAL_SANDBOX")
