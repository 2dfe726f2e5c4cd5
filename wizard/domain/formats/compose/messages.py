"""Message catalog entries for the docker-compose importer.

Paths of these findings are JSON Pointers into the compose file
(``/services/web/ports/0``), not into the task definition.
"""

from __future__ import annotations

from wizard.domain.findings import Severity
from wizard.domain.messages.catalog import define

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

# --- the file as a whole -----------------------------------------------------------
define(
    "compose-yaml-syntax",
    E,
    "Not valid YAML at line {line}, column {column}: {detail}.",
    "Fix the YAML at that place (indentation and unquoted ':' are the usual causes).",
    "https://yaml.org/spec/1.1/",
)
define(
    "compose-too-large",
    E,
    "The compose file is {size} bytes; this importer reads up to {limit} bytes.",
    "Import the docker-compose.yml itself.",
    "",
)
define(
    "compose-too-complex",
    E,
    "The compose file expands to more than {limit} values (nested YAML aliases?).",
    "Write the services out without deeply nested anchors and aliases.",
    "",
)
define(
    "compose-too-deep",
    E,
    "The compose file is nested more than {limit} levels deep.",
    "Check that the file is a docker-compose.yml; compose files nest a few levels only.",
    "",  # the wizard's own limit: no AWS page states it
)
define(
    "compose-not-mapping",
    E,
    "The compose file holds {found}, not a mapping with 'services'.",
    "Import a docker-compose.yml (or compose.yaml).",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-no-services",
    E,
    "The compose file has no services.",
    "Add at least one service under 'services'.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-service-invalid",
    W,
    "Service '{service}' is not a mapping and was skipped.",
    "Write the service as a mapping of keys such as image and ports.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-top-level-ignored",
    INFO,
    "The top-level '{key}' section has no task definition equivalent and was not imported.",
    "Nothing to do for a single task; networking, volumes and secrets are set per task.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-include",
    W,
    "'include' pulls in other compose files, which this importer does not read.",
    "Merge the included services into this file (docker compose config prints the result) "
    "and import that.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-interpolation-default",
    INFO,
    "'${{{variable}}}' was replaced by its default value.",
    "Check the value; the environment the compose file is usually run with may differ.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-interpolation-unresolved",
    W,
    "'${{{variable}}}' needs an environment variable, which an import cannot know.",
    "Replace it with the real value (docker compose config prints the resolved file), or use "
    "secrets for sensitive values.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-task-size",
    INFO,
    "Task size set to {cpu} CPU units and {memory} MiB: the smallest Fargate size holding the "
    "containers ({sum_cpu} CPU units, {sum_memory} MiB reserved).",
    "A suggestion, like the sizing panel's Fit: give the task more if the containers need "
    "headroom.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html",
)
define(
    "compose-task-too-large",
    W,
    "No Fargate size holds the containers ({sum_cpu} CPU units, {sum_memory} MiB); the task "
    "size was left unset.",
    "Lower the containers' limits, split the services into several tasks, or use EC2.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html",
)
# --- services ------------------------------------------------------------------------
define(
    "compose-name-changed",
    W,
    "Service '{service}' became container '{container}': container names allow only letters, "
    "digits, '-' and '_'.",
    "Other containers reach it on localhost anyway (awsvpc); only references by name change.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-build-ignored",
    INFO,
    "'build' of service '{service}' was ignored; the image '{image}' is used.",
    "Build and push the image (e.g. to Amazon ECR) before each deployment.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-image-missing",
    W,
    "Service '{service}' has no image; ECS runs images from a registry and cannot build.",
    "Build the image, push it to a registry such as Amazon ECR and set the container's image.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-unsupported-key",
    W,
    "'{key}' of service '{service}' has no task definition equivalent and was not imported.",
    "Check whether the service needs it on ECS; the report lists it so nothing is lost silently.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-ignored-key",
    INFO,
    "'{key}' of service '{service}' only matters to docker compose and was ignored.",
    "Nothing to do.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-extends",
    W,
    "Service '{service}' extends another service, which this importer does not resolve.",
    "Import the output of 'docker compose config', which has 'extends' resolved.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-value-invalid",
    W,
    "'{key}' of service '{service}' has a value this importer cannot read: {value}.",
    "Write it in one of the forms the compose specification documents.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-host-port",
    W,
    "Host port {host} of '{spec}' cannot be kept: in awsvpc mode the host port always equals "
    "the container port ({container}).",
    "Publish {host} with a load balancer listener (or Service Connect) that forwards to port "
    "{container}.",
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html#ECS-Type-PortMapping-hostPort",
)
define(
    "compose-host-ip",
    INFO,
    "The host address {host_ip} of '{spec}' was dropped; a task's ports listen on its own "
    "network interface.",
    "Restrict access with the task's security group instead.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-port-protocol",
    W,
    "Protocol '{protocol}' of '{spec}' is not supported by ECS (tcp or udp); the port was skipped.",
    "Use tcp or udp.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-expose",
    INFO,
    "'expose' of service '{service}' is not needed: containers of a task reach each other on "
    "localhost.",
    "Nothing to do.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-env-unset",
    W,
    "Environment variable '{name}' of service '{service}' has no value here (compose takes it "
    "from the shell); it was left out.",
    "Add its value, or a secret if it is sensitive.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-env-file",
    W,
    "env_file '{path}' of service '{service}' was not imported: ECS reads environment files "
    "from Amazon S3.",
    "Upload it to S3 as a .env file and add its object ARN under environmentFiles (the task "
    "execution role needs s3:GetObject), or copy the variables into environment.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-command-syntax",
    W,
    "'{key}' of service '{service}' could not be split into words ({detail}); it was left out.",
    'Write it as a list, e.g. ["sh", "-c", "..."].',
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-healthcheck-disabled",
    INFO,
    "The health check of service '{service}' is disabled; none was set.",
    "Nothing to do.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-healthcheck-no-test",
    W,
    "The health check of service '{service}' has no test (compose uses the image's); ECS needs "
    "the command in the task definition.",
    "Copy the image's HEALTHCHECK command into the container's health check.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-duration-rounded",
    INFO,
    "'{key}' {value} was rounded up to {seconds} s; ECS takes whole seconds.",
    "Nothing to do unless the exact value matters.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-depends-on-unknown",
    W,
    "Service '{service}' depends on '{target}', which is not a service of this file; the "
    "dependency was left out.",
    "Check the service name.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-depends-on-condition",
    W,
    "Condition '{condition}' of service '{service}' on '{target}' is unknown; START was used.",
    "Use service_started, service_healthy or service_completed_successfully.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-depends-on-option",
    INFO,
    "'{option}' of the dependency of '{service}' on '{target}' has no ECS equivalent.",
    "ECS always waits for a dependency; nothing else to do.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-not-essential",
    INFO,
    "Container '{container}' is marked not essential: other containers wait for it to finish, "
    "and ECS only allows that for non-essential containers.",
    "Nothing to do.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-size-rounded",
    INFO,
    "'{key}' {value} was rounded up to {mib} MiB; ECS takes whole MiB.",
    "Nothing to do.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-cpus-both",
    INFO,
    "Service '{service}' sets both reservations and limits for cpus; the limit ({units} CPU "
    "units) was used.",
    "ECS has one CPU value per container (a reservation on Linux); adjust it if needed.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-gpu",
    W,
    "The device request of service '{service}' was not imported: only a GPU count maps to ECS.",
    "Set a GPU resource requirement with the number of GPUs (EC2 only).",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-deploy-key",
    INFO,
    "deploy.{key} of service '{service}' belongs to the ECS service, not the task definition.",
    "Set it on the ECS service (desired count, deployment configuration, placement).",
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html",
)
define(
    "compose-restart",
    INFO,
    "restart '{policy}' of service '{service}' was not imported: the ECS service replaces "
    "stopped tasks.",
    "For in-place restarts of one container use its restartPolicy.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-logging-driver",
    W,
    "Logging driver '{driver}' of service '{service}' was not imported; Fargate sends logs "
    "with awslogs, splunk or awsfirelens.",
    "Use awslogs (CloudWatch Logs): set awslogs-group, awslogs-region and awslogs-stream-prefix.",
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html#ECS-Type-LogConfiguration-logDriver",
)
define(
    "compose-named-volume",
    INFO,
    "Named volume '{volume}' became task storage shared by the task's containers; it is "
    "deleted when the task stops.",
    "For data that must survive the task, use an Amazon EFS volume.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-volume-driver",
    INFO,
    "The driver settings of volume '{volume}' (external or a volume driver) were not imported.",
    "Use an Amazon EFS volume for shared, persistent data.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-bind-mount",
    W,
    "Bind mount '{source}' became a host volume with sourcePath; Fargate does not support "
    "host paths (EC2 only).",
    "On Fargate, bake the files into the image or use an Amazon EFS volume.",
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HostVolumeProperties.html#ECS-Type-HostVolumeProperties-sourcePath",
)
define(
    "compose-bind-relative",
    W,
    "Bind mount '{source}' is relative to the compose project, which does not exist on ECS; "
    "it became empty task storage.",
    "Copy the files into the image, or use an Amazon EFS volume.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-volume-option",
    INFO,
    "Volume option '{option}' of '{target}' has no ECS equivalent and was ignored.",
    "Nothing to do.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-tmpfs",
    W,
    "tmpfs '{target}' of service '{service}' was not imported: ECS needs a size, and tmpfs "
    "mounts are EC2 only.",
    "On EC2 add it under linuxParameters.tmpfs with a size in MiB.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-volumes-from-container",
    W,
    "volumes_from '{source}' names a container outside this file and was not imported.",
    "Only containers of the same task can share volumes.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-secret",
    W,
    "Secret '{secret}' of service '{service}' was not imported: ECS reads secrets from AWS "
    "Secrets Manager or SSM Parameter Store.",
    "Store it in Secrets Manager and add it under the container's secrets (name = the variable, "
    "valueFrom = the secret's ARN); the execution role needs permission to read it.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-config",
    W,
    "Config '{config}' of service '{service}' was not imported; ECS has no config files.",
    "Copy the file into the image, or pass its content through SSM Parameter Store.",
    "https://docs.docker.com/reference/compose-file/",
)
define(
    "compose-networking",
    INFO,
    "'{key}' of service '{service}' was ignored: a task's containers share one network "
    "interface (awsvpc) and reach each other on localhost.",
    "Point the services at localhost:PORT instead of the service name.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-networking-bridge",
    INFO,
    "'{key}' of service '{service}' was ignored: with network mode bridge the task's "
    "containers share Docker's bridge network, where a container reaches another by name "
    "only through links.",
    "List the services it calls under links: in the compose file (they become the "
    "container's links), or add them to the container's links in its JSON view.",
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
)
define(
    "compose-link-unknown",
    W,
    "Link '{link}' of service '{service}' names no other service of this file; a container's "
    "links reach only containers of the same task, so it was left out.",
    "Reach that container through its own service's address (Service Connect, service "
    "discovery or a load balancer).",
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
)
define(
    "compose-container-name",
    INFO,
    "container_name '{value}' was ignored; the container is named after the service.",
    "Nothing to do.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-namespace",
    W,
    "'{key}: {value}' of service '{service}' was not imported; set pidMode / ipcMode on the "
    "task (Fargate allows pidMode 'task' only).",
    "Set it on the task if the containers need it.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-platform",
    W,
    "Platform '{value}' of service '{service}' was not imported ({detail}).",
    "Set the operating system and CPU architecture on the task (runtimePlatform).",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-ulimit-invalid",
    W,
    "ulimit '{name}' of service '{service}' was not imported: ECS knows core, cpu, data, fsize, "
    "locks, memlock, msgqueue, nice, nofile, nproc, rss, rtprio, rttime, sigpending and stack.",
    "Drop it, or set it in the image's entrypoint.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
)
define(
    "compose-service-address-localhost",
    INFO,
    "'{name}' of service '{service}' reached {services} by service name; it now reads "
    "'{after}': the containers of one task share its network interface (awsvpc) and reach "
    "each other on localhost.",
    "Nothing to do, unless that service runs as a task of its own: then use its Service "
    "Connect or load balancer address instead.",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/networking-networkmode-awsvpc.html",
)
define(
    "compose-service-address-links",
    W,
    "'{name}' of service '{service}' reaches {services} by service name ('{before}'); in "
    "bridge mode a container resolves another container's name only through links.",
    "List {services} under links: of the service in the compose file and import it again, "
    "add them to this container's links (in the container's JSON view), or use awsvpc, "
    "where the containers of a task reach each other on localhost.",
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
)
