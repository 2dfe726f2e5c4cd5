"""The screen's name for every member of the RegisterTaskDefinition input.

``field_labels.LABELS`` names the fields whose label depends on where they are
(the task's ``cpu`` is "Task CPU units", a container's "CPU units"); this table
names every other member, by its API name, so that any pointer into a task
definition can be shown in the screen's words (``field_names``) and any member a
message mentions can be replaced by the words the user sees (``screen_words``).
A list member also names one of its items ("Port mapping 2").

The labels are the page's labels without their unit ("Interval", not
"Interval (seconds)"): they are used inside sentences too.
``tests/ui/test_field_names.py`` checks that every member of the input shape
(``wizard/domain/schema/shapes.py``) is here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "FieldLabels"


@dataclass(frozen=True)
class Member:
    name: str  # the API member, camelCase as the API spells it
    label: str  # untranslated; see text()
    item: str = ""  # for a list: one item ("Port mapping"), numbered or named
    #: A structure that only groups fields the screen shows without it (the
    #: log options under "Logging"): not named in the middle of a place.
    quiet: bool = False

    def text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)

    def item_text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.item) if self.item else self.text()


MEMBERS: tuple[Member, ...] = (
    # --- the task ------------------------------------------------------------
    Member("family", str(QT_TRANSLATE_NOOP("FieldLabels", "Task definition family"))),
    Member("taskRoleArn", str(QT_TRANSLATE_NOOP("FieldLabels", "Task role"))),
    Member("executionRoleArn", str(QT_TRANSLATE_NOOP("FieldLabels", "Task execution role"))),
    Member("networkMode", str(QT_TRANSLATE_NOOP("FieldLabels", "Network mode"))),
    Member(
        "containerDefinitions",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Containers")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Container")),
    ),
    Member(
        "volumes",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Volumes")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Volume")),
    ),
    Member(
        "placementConstraints",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Placement constraints")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Placement constraint")),
    ),
    Member(
        "requiresCompatibilities",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Launch type")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Launch type")),
    ),
    Member(
        "tags",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Tags")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Tag")),
    ),
    Member("pidMode", str(QT_TRANSLATE_NOOP("FieldLabels", "PID mode"))),
    Member("ipcMode", str(QT_TRANSLATE_NOOP("FieldLabels", "IPC mode"))),
    Member("proxyConfiguration", str(QT_TRANSLATE_NOOP("FieldLabels", "Proxy configuration"))),
    Member(
        "inferenceAccelerators",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Inference accelerators")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Inference accelerator")),
    ),
    Member("ephemeralStorage", str(QT_TRANSLATE_NOOP("FieldLabels", "Ephemeral storage"))),
    Member(
        "runtimePlatform",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Operating system/Architecture")),
    ),
    Member("enableFaultInjection", str(QT_TRANSLATE_NOOP("FieldLabels", "Fault injection"))),
    Member(
        "trustedExecutionConfiguration",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Trusted execution")),
    ),
    Member("cpuArchitecture", str(QT_TRANSLATE_NOOP("FieldLabels", "CPU architecture"))),
    Member(
        "operatingSystemFamily", str(QT_TRANSLATE_NOOP("FieldLabels", "Operating system family"))
    ),
    Member("sizeInGiB", str(QT_TRANSLATE_NOOP("FieldLabels", "Size"))),
    Member("isolationMode", str(QT_TRANSLATE_NOOP("FieldLabels", "Isolation mode"))),
    Member("attestationPolicy", str(QT_TRANSLATE_NOOP("FieldLabels", "Attestation policy"))),
    Member("deviceName", str(QT_TRANSLATE_NOOP("FieldLabels", "Device name"))),
    Member("deviceType", str(QT_TRANSLATE_NOOP("FieldLabels", "Device type"))),
    Member("expression", str(QT_TRANSLATE_NOOP("FieldLabels", "Expression"))),
    Member(
        "properties",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Properties")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Property")),
    ),
    # --- a container -----------------------------------------------------------
    Member("name", str(QT_TRANSLATE_NOOP("FieldLabels", "Name"))),
    Member("image", str(QT_TRANSLATE_NOOP("FieldLabels", "Image URI"))),
    Member("repositoryCredentials", str(QT_TRANSLATE_NOOP("FieldLabels", "Private registry"))),
    Member(
        "credentialsParameter",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Secrets Manager ARN or name")),
    ),
    Member("cpu", str(QT_TRANSLATE_NOOP("FieldLabels", "CPU units"))),
    Member("memory", str(QT_TRANSLATE_NOOP("FieldLabels", "Memory"))),
    Member("memoryReservation", str(QT_TRANSLATE_NOOP("FieldLabels", "Memory soft limit"))),
    Member(
        "links",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Links")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Link")),
    ),
    Member(
        "portMappings",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Port mappings")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Port mapping")),
    ),
    Member("essential", str(QT_TRANSLATE_NOOP("FieldLabels", "Essential"))),
    Member("restartPolicy", str(QT_TRANSLATE_NOOP("FieldLabels", "Restart policy"))),
    Member(
        "entryPoint",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Entry point")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Entry point argument")),
    ),
    Member(
        "command",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Command")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Command argument")),
    ),
    Member(
        "environment",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Environment variables")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Environment variable")),
    ),
    Member(
        "environmentFiles",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Environment files")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Environment file")),
    ),
    Member(
        "mountPoints",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Mount points")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Mount point")),
    ),
    Member(
        "volumesFrom",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Volumes from")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Volumes from")),
    ),
    Member(
        "linuxParameters", str(QT_TRANSLATE_NOOP("FieldLabels", "Linux parameters")), quiet=True
    ),
    Member(
        "secrets",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Secrets")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Secret")),
    ),
    Member(
        "dependsOn",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Startup dependencies")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Startup dependency")),
    ),
    Member("startTimeout", str(QT_TRANSLATE_NOOP("FieldLabels", "Start timeout"))),
    Member("stopTimeout", str(QT_TRANSLATE_NOOP("FieldLabels", "Stop timeout"))),
    Member("versionConsistency", str(QT_TRANSLATE_NOOP("FieldLabels", "Version consistency"))),
    Member("hostname", str(QT_TRANSLATE_NOOP("FieldLabels", "Hostname"))),
    Member("user", str(QT_TRANSLATE_NOOP("FieldLabels", "User"))),
    Member("workingDirectory", str(QT_TRANSLATE_NOOP("FieldLabels", "Working directory"))),
    Member("disableNetworking", str(QT_TRANSLATE_NOOP("FieldLabels", "Networking off"))),
    Member("privileged", str(QT_TRANSLATE_NOOP("FieldLabels", "Privileged"))),
    Member(
        "readonlyRootFilesystem",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Read-only root file system")),
    ),
    Member(
        "dnsServers",
        str(QT_TRANSLATE_NOOP("FieldLabels", "DNS servers")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "DNS server")),
    ),
    Member(
        "dnsSearchDomains",
        str(QT_TRANSLATE_NOOP("FieldLabels", "DNS search domains")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "DNS search domain")),
    ),
    Member(
        "extraHosts",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Extra hosts")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Extra host")),
    ),
    Member(
        "dockerSecurityOptions",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Docker security options")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Docker security option")),
    ),
    Member("interactive", str(QT_TRANSLATE_NOOP("FieldLabels", "Interactive"))),
    Member("pseudoTerminal", str(QT_TRANSLATE_NOOP("FieldLabels", "Pseudo terminal"))),
    Member("dockerLabels", str(QT_TRANSLATE_NOOP("FieldLabels", "Docker labels"))),
    Member(
        "ulimits",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Ulimits")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Ulimit")),
    ),
    Member("logConfiguration", str(QT_TRANSLATE_NOOP("FieldLabels", "Log collection")), quiet=True),
    Member("healthCheck", str(QT_TRANSLATE_NOOP("FieldLabels", "Health check"))),
    Member(
        "systemControls",
        str(QT_TRANSLATE_NOOP("FieldLabels", "System controls")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "System control")),
    ),
    Member(
        "resourceRequirements",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Resource requirements")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Resource requirement")),
    ),
    Member(
        "firelensConfiguration", str(QT_TRANSLATE_NOOP("FieldLabels", "FireLens configuration"))
    ),
    Member(
        "credentialSpecs",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Credential specs")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Credential spec")),
    ),
    # --- parts of a container ------------------------------------------------------
    Member("containerPort", str(QT_TRANSLATE_NOOP("FieldLabels", "Container port"))),
    Member("hostPort", str(QT_TRANSLATE_NOOP("FieldLabels", "Host port"))),
    Member("protocol", str(QT_TRANSLATE_NOOP("FieldLabels", "Protocol"))),
    Member("appProtocol", str(QT_TRANSLATE_NOOP("FieldLabels", "App protocol"))),
    Member("containerPortRange", str(QT_TRANSLATE_NOOP("FieldLabels", "Container port range"))),
    Member("enabled", str(QT_TRANSLATE_NOOP("FieldLabels", "Enabled"))),
    Member(
        "ignoredExitCodes",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Ignored exit codes")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Ignored exit code")),
    ),
    Member("restartAttemptPeriod", str(QT_TRANSLATE_NOOP("FieldLabels", "Restart attempt period"))),
    Member("value", str(QT_TRANSLATE_NOOP("FieldLabels", "Value"))),
    Member("type", str(QT_TRANSLATE_NOOP("FieldLabels", "Type"))),
    Member("sourceVolume", str(QT_TRANSLATE_NOOP("FieldLabels", "Source volume"))),
    Member("containerPath", str(QT_TRANSLATE_NOOP("FieldLabels", "Container path"))),
    Member("readOnly", str(QT_TRANSLATE_NOOP("FieldLabels", "Read only"))),
    Member("sourceContainer", str(QT_TRANSLATE_NOOP("FieldLabels", "Source container"))),
    Member("capabilities", str(QT_TRANSLATE_NOOP("FieldLabels", "Capabilities")), quiet=True),
    Member(
        "add",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Add capabilities")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Added capability")),
    ),
    Member(
        "drop",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Drop capabilities")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Dropped capability")),
    ),
    Member(
        "devices",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Devices")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Device")),
    ),
    Member("initProcessEnabled", str(QT_TRANSLATE_NOOP("FieldLabels", "Run an init process"))),
    Member("sharedMemorySize", str(QT_TRANSLATE_NOOP("FieldLabels", "Shared memory"))),
    Member(
        "tmpfs",
        str(QT_TRANSLATE_NOOP("FieldLabels", "tmpfs mounts")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "tmpfs mount")),
    ),
    Member("maxSwap", str(QT_TRANSLATE_NOOP("FieldLabels", "Maximum swap"))),
    Member("swappiness", str(QT_TRANSLATE_NOOP("FieldLabels", "Swappiness"))),
    Member("hostPath", str(QT_TRANSLATE_NOOP("FieldLabels", "Host path"))),
    Member(
        "permissions",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Permissions")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Permission")),
    ),
    Member("size", str(QT_TRANSLATE_NOOP("FieldLabels", "Size"))),
    Member(
        "mountOptions",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Mount options")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Mount option")),
    ),
    Member(
        "valueFrom", str(QT_TRANSLATE_NOOP("FieldLabels", "Secrets Manager or SSM parameter ARN"))
    ),
    Member("containerName", str(QT_TRANSLATE_NOOP("FieldLabels", "Container name"))),
    Member("condition", str(QT_TRANSLATE_NOOP("FieldLabels", "Condition"))),
    Member("ipAddress", str(QT_TRANSLATE_NOOP("FieldLabels", "IP address"))),
    Member("softLimit", str(QT_TRANSLATE_NOOP("FieldLabels", "Soft limit"))),
    Member("hardLimit", str(QT_TRANSLATE_NOOP("FieldLabels", "Hard limit"))),
    Member("logDriver", str(QT_TRANSLATE_NOOP("FieldLabels", "Log driver"))),
    Member("options", str(QT_TRANSLATE_NOOP("FieldLabels", "Options")), quiet=True),
    Member(
        "secretOptions",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Log secret options")),
        str(QT_TRANSLATE_NOOP("FieldLabels", "Log secret option")),
    ),
    Member("interval", str(QT_TRANSLATE_NOOP("FieldLabels", "Interval"))),
    Member("timeout", str(QT_TRANSLATE_NOOP("FieldLabels", "Timeout"))),
    Member("retries", str(QT_TRANSLATE_NOOP("FieldLabels", "Retries"))),
    Member("startPeriod", str(QT_TRANSLATE_NOOP("FieldLabels", "Start period"))),
    Member("namespace", str(QT_TRANSLATE_NOOP("FieldLabels", "Namespace"))),
    Member("sharingStrategy", str(QT_TRANSLATE_NOOP("FieldLabels", "Sharing strategy"))),
    Member("nvidiaMps", str(QT_TRANSLATE_NOOP("FieldLabels", "NVIDIA MPS"))),
    Member("maxComputePercent", str(QT_TRANSLATE_NOOP("FieldLabels", "Maximum compute percent"))),
    # --- volumes -------------------------------------------------------------------
    Member("host", str(QT_TRANSLATE_NOOP("FieldLabels", "Bind mount"))),
    Member("sourcePath", str(QT_TRANSLATE_NOOP("FieldLabels", "Source path"))),
    Member("configuredAtLaunch", str(QT_TRANSLATE_NOOP("FieldLabels", "Configured at launch"))),
    Member("dockerVolumeConfiguration", str(QT_TRANSLATE_NOOP("FieldLabels", "Docker volume"))),
    Member("efsVolumeConfiguration", str(QT_TRANSLATE_NOOP("FieldLabels", "Amazon EFS"))),
    Member("s3filesVolumeConfiguration", str(QT_TRANSLATE_NOOP("FieldLabels", "Amazon S3 Files"))),
    Member(
        "fsxWindowsFileServerVolumeConfiguration",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Amazon FSx for Windows File Server")),
    ),
    Member("scope", str(QT_TRANSLATE_NOOP("FieldLabels", "Scope"))),
    Member("autoprovision", str(QT_TRANSLATE_NOOP("FieldLabels", "Create if missing"))),
    Member("driver", str(QT_TRANSLATE_NOOP("FieldLabels", "Driver"))),
    Member("driverOpts", str(QT_TRANSLATE_NOOP("FieldLabels", "Driver options"))),
    Member("labels", str(QT_TRANSLATE_NOOP("FieldLabels", "Labels"))),
    Member("fileSystemId", str(QT_TRANSLATE_NOOP("FieldLabels", "File system ID"))),
    Member("fileSystemArn", str(QT_TRANSLATE_NOOP("FieldLabels", "File system ARN"))),
    Member("rootDirectory", str(QT_TRANSLATE_NOOP("FieldLabels", "Root directory"))),
    Member("transitEncryption", str(QT_TRANSLATE_NOOP("FieldLabels", "Encryption in transit"))),
    Member(
        "transitEncryptionPort",
        str(QT_TRANSLATE_NOOP("FieldLabels", "Encryption in transit port")),
    ),
    Member(
        "authorizationConfig", str(QT_TRANSLATE_NOOP("FieldLabels", "Authorization")), quiet=True
    ),
    Member("accessPointId", str(QT_TRANSLATE_NOOP("FieldLabels", "Access point ID"))),
    Member("accessPointArn", str(QT_TRANSLATE_NOOP("FieldLabels", "Access point ARN"))),
    Member("iam", str(QT_TRANSLATE_NOOP("FieldLabels", "IAM authorization"))),
    Member("domain", str(QT_TRANSLATE_NOOP("FieldLabels", "Domain"))),
    Member("key", str(QT_TRANSLATE_NOOP("FieldLabels", "Key"))),
)

#: Members of a described task definition that registering does not take; the
#: importer removes them and says so, at their place.
READ_ONLY: tuple[Member, ...] = (
    Member("taskDefinitionArn", str(QT_TRANSLATE_NOOP("FieldLabels", "Task definition ARN"))),
    Member("revision", str(QT_TRANSLATE_NOOP("FieldLabels", "Revision"))),
    Member("status", str(QT_TRANSLATE_NOOP("FieldLabels", "Status"))),
    Member("requiresAttributes", str(QT_TRANSLATE_NOOP("FieldLabels", "Required attributes"))),
    Member("compatibilities", str(QT_TRANSLATE_NOOP("FieldLabels", "Compatibilities"))),
    Member("registeredAt", str(QT_TRANSLATE_NOOP("FieldLabels", "Registered at"))),
    Member("registeredBy", str(QT_TRANSLATE_NOOP("FieldLabels", "Registered by"))),
    Member("deregisteredAt", str(QT_TRANSLATE_NOOP("FieldLabels", "Deregistered at"))),
)

BY_NAME: dict[str, Member] = {m.name: m for m in (*MEMBERS, *READ_ONLY)}


def member(name: str) -> Member | None:
    return BY_NAME.get(name)
