"""The AWS layer's user-facing texts: English templates, translated by message id.

Every message and hint an :class:`~wizard.services.errors.AwsError` carries, and
the notes of a pull, are rendered with :func:`message` in the active language
(``wizard.domain.messages.locale``: the GUI's choice, else LC_ALL / LC_MESSAGES / LANG).
Translations live in ``resources/i18n/services_<language>.json`` as
``{"message-id": "template"}``; tests/services/test_service_messages.py checks
that every id has one with exactly the English placeholders.

Parameters are never translated: profile names, IAM actions, URLs, AWS's own
error text and command lines (``aws sso login --profile corp``) go in as they
are, so a user can copy them and search for them.
"""

from __future__ import annotations

from typing import Any

from wizard.domain.messages.table import MessageTable

# AWS text is already cut to a bounded length (errors.scrub): no further shortening,
# so the English output is exactly the templates below.
TABLE = MessageTable("services")
_d = TABLE.define

# -- nouns standing in for a missing parameter ----------------------------------------
_d("who-profile", "profile '{profile}'")
_d("who-default", "the default profile")
_d("fallback-aws", "AWS")
_d("fallback-request", "the request")
_d("fallback-this-action", "this action")
_d("fallback-the-action", "the action")
_d("fallback-call", "the call")
_d("fallback-endpoint", "the AWS endpoint")
_d("attempts-one", "{count} attempt")
_d("attempts-many", "{count} attempts")

# -- errors.py: any exception --------------------------------------------------------
_d("unexpected.message", "Unexpected failure calling {action}: {error_type}: {text}")
_d("unexpected.hint", "Try again; if it persists, report it with the steps that led to it.")

# -- errors.py: botocore's own errors (no answer from AWS) ---------------------------
_d("run-and-retry.hint", "Run '{command}' and try again.")
_d("sso-expired.message", "The AWS SSO session of {who} has expired or was never started.")
_d(
    "login-expired.message",
    "The AWS console login session of {who} has expired or was never started.",
)
_d("no-credentials.message", "No AWS credentials were found for {who}.")
_d(
    "no-credentials.hint",
    "Run '{configure}' for access keys, or '{configure_sso}' and then '{sso_login}' for IAM "
    "Identity Center; or choose another profile.",
)
_d("credentials-unobtainable.message", "The credentials of {who} could not be obtained: {text}")
_d(
    "credentials-unobtainable.hint",
    "Check the profile's credential_process or role settings in ~/.aws/config.",
)
_d("no-profile.message", "The AWS profile '{profile}' does not exist.")
_d(
    "no-profile.hint",
    "Run 'aws configure list-profiles' to see the profiles, or create it with "
    "'aws configure --profile NAME'.",
)
_d("invalid-request.message", "The request does not fit the API: {text}")
_d("invalid-request.hint", "Run 'ecs-taskdef-wizard lint' on the file and fix what it reports.")
_d(
    "connection-dropped.message",
    "The connection to {url} was closed before AWS's answer to {action} arrived.",
)
_d(
    "connection-dropped.hint",
    "Try again; if it keeps happening, check the network connection, a proxy or VPN, "
    "and the local endpoint if an endpoint URL is set.",
)
_d("unreachable.message", "Could not reach {url}.")
_d(
    "unreachable.hint",
    "Check the network connection and the region; with --endpoint-url, check that the "
    "local endpoint is running on that address.",
)
_d("timeout.message", "{url} did not answer {action} in time.")
_d("timeout.hint", "Try again later; check the network connection.")
_d(
    "too-large.message",
    "The answer from {url} to {action} was larger than {limit} MiB and was not read.",
)
_d(
    "too-large.hint",
    "AWS answers are far smaller: check --endpoint-url and any proxy between you and AWS.",
)
_d(
    "deadline.message",
    "{url} did not finish answering {action} within {seconds} seconds.",
)
_d(
    "deadline.hint",
    "Try again later; if it keeps happening, check the network connection, a proxy or VPN.",
)
_d("may-exist.message", "{text} The change may have been made all the same.")
_d("may-exist.hint", "Before trying again, check whether it was made: {command}")
_d("may-exist-account.hint", "Before trying again, check in the account whether it was made.")
_d("botocore.message", "AWS call failed: {text}")
_d("botocore.hint", "Try again; check the profile, region and network.")

# -- errors.py: error answers from AWS -----------------------------------------------
_d(
    "access-denied.message",
    "Access denied: the identity of this profile may not call {action}.",
)
_d(
    "access-denied.hint",
    "Ask an administrator to allow {action} for your role or user, "
    "or choose a profile that has it.",
)
_d("throttled.message", "AWS throttled {action} and it still failed after {tries}.")
_d(
    "throttled.hint",
    "Wait a minute and try again; other tools in the account may be calling the same API.",
)
_d("expired-credentials.message", "The AWS credentials have expired.")
_d(
    "expired-credentials.hint",
    "Refresh them: '{command}' for an SSO profile, otherwise get new temporary credentials "
    "(or unset an old AWS_SESSION_TOKEN).",
)
_d("invalid-credentials.message", "AWS does not accept these credentials ({code}).")
_d(
    "invalid-credentials.hint",
    "Check the access key with '{command}', or choose another profile.",
)
_d(
    "server.message",
    "AWS had an internal error ({code}) in {action}; it still failed after {tries}.",
)
_d("server.hint", "Try again in a few minutes; your draft is unchanged.")
_d("already-exists.message", "It already exists ({code}).")
_d("not-found.message", "Not found ({code}).")
_d("invalid-value.message", "AWS refused {action}: {text}")
_d("invalid-value.hint", "Fix the definition and try again.")
_d("no-region.message", "No AWS region is set.")
_d(
    "no-region.hint",
    "Pass --region (e.g. --region eu-west-1), set AWS_REGION, or add a region to the "
    "profile with '{command}'.",
)

# -- client_messages.py: hints for ECS ClientException texts -------------------------
_d(
    "field.fargate-size",
    "This task CPU and memory pair is not a Fargate size. Pick a valid pair "
    "('{command}' lists the CPU values allowed for this memory).",
)
_d("field.task-cpu", "Use a valid task CPU value: 'ecs-taskdef-wizard sizes' lists them.")
_d("field.task-memory", "Use a valid task memory value: 'ecs-taskdef-wizard sizes' lists them.")
_d(
    "field.container-memory-missing",
    "Give container '{container}' a memory hard limit or soft limit "
    "(memory or memoryReservation), or set the task memory.",
)
_d(
    "field.container-memory-too-big",
    "Lower container '{container}' memory to at most the task memory, or raise the task memory.",
)
_d(
    "field.sum-reservation",
    "Raise the task memory or lower the containers' memoryReservation values.",
)
_d("field.sum-cpu", "Raise the task CPU or lower the containers' cpu values.")
_d("field.awsvpc-ports", "Remove hostPort or set it equal to containerPort.")
_d("field.container-port", "Give every port mapping a containerPort between 1 and 65535.")
_d(
    "field.execution-role",
    "Set the task execution role (usually ecsTaskExecutionRole, trusted by "
    "ecs-tasks.amazonaws.com, with the AmazonECSTaskExecutionRolePolicy managed policy).",
)
_d("field.duplicate-name", "Rename one of the containers.")
_d("field.distinct-names", "Give every container a different name.")
_d("field.container-name", "Container names use 1-255 letters, digits, '-' and '_'.")
_d("field.no-image", "Give every container an image.")
_d("field.family", "Family names use 1-255 letters, digits, '-' and '_'.")
_d("field.too-many", "A task definition holds at most 10 containers.")
_d(
    "field.too-long",
    "The definition is {size} bytes; the limit is 65536. Move long environment values "
    "to environmentFiles or secrets.",
)

# -- gateway.py ----------------------------------------------------------------------
_d(
    "describe-not-found.message",
    "There is no task definition '{reference}' in this account and region.",
)
_d(
    "describe-not-found.hint",
    "Check the family name and revision (list them with 'aws ecs list-task-definitions'), "
    "the profile and the region.",
)
_d("incomplete.message", "AWS's answer to {action} was cut off or empty.")
_d(
    "incomplete-maybe-registered.message",
    "AWS's answer to {action} was cut off or empty. "
    "The revision may have been registered all the same.",
)
_d(
    "incomplete.hint",
    "Try again; if it keeps happening, check the network connection, a proxy or VPN.",
)
_d(
    "incomplete-maybe-registered.hint",
    "Try again; if it keeps happening, check the network connection, a proxy or VPN. "
    "Before registering again, check the family's revisions "
    "(Account > Open from account... or 'aws ecs list-task-definitions').",
)

# -- lookups.py and secret_store.py: clients and created resources -------------------
_d("no-client.message", "This connection has no {service} client.")
_d("no-client.hint", "Connect to the account with all services.")
_d(
    "role-policy-failed.message",
    "Created the role {role}, but could not attach its policy: {text}",
)
_d("role-policy-failed.hint", "Attach it: {command}")
_d("secret.no-name.message", "The parameter or secret has no name.")
_d("secret.no-name.hint", "Fill in valueFrom with the name or ARN to create.")
_d("secret.empty.message", "The value is empty; AWS stores no empty parameter or secret.")
_d(
    "secret.empty.hint",
    "Type the value into the environment variable first, or refer to an existing "
    "parameter or secret instead.",
)
_d(
    "secret.parameter-exists.message",
    "The parameter '{name}' already exists in Parameter Store; it was left unchanged.",
)
_d(
    "secret.parameter-exists.hint",
    'Change the name in valueFrom to create a new one, or clear "Also store the value" '
    "to refer to the existing parameter as it is.",
)
_d(
    "secret.secret-exists.message",
    "The secret '{name}' already exists in Secrets Manager; it was left unchanged.",
)
_d(
    "secret.secret-exists.hint",
    'Change the name in valueFrom to create a new one, or clear "Also store the value" '
    "to refer to the existing secret as it is.",
)
_d("secret.scheduled-deletion.hint", "Restore it with '{command}', or choose another name.")

# -- session.py ----------------------------------------------------------------------
_d("bad-config.message", "The AWS config file cannot be read: {text}")
_d(
    "bad-config.hint",
    "Fix ~/.aws/config (or the file AWS_CONFIG_FILE names); 'aws configure list' "
    "shows what is wrong.",
)
_d("client-missing.message", "No {service} client was made for this connection.")
_d("client-missing.hint", "Connect with the '{service}' service included.")
_d("bad-endpoint.message", "The endpoint URL '{url}' is not valid: {text}")
_d("bad-endpoint.hint", "Give a full URL such as http://127.0.0.1:4566.")

# -- price_list.py -------------------------------------------------------------------
_d("no-prices.message", "The AWS Price List has no Fargate prices for {region}.")
_d("no-prices.hint", "Check the region: Fargate is not offered everywhere.")

# -- pull.py -------------------------------------------------------------------------
_d(
    "pull.bad-reference",
    "'{reference}' is not FAMILY or FAMILY:REVISION (family: 1-255 letters, digits, '-' or "
    "'_'; revision: a whole number from 1).",
)
_d(
    "pull.read-only-removed",
    "Removed the read-only members that register-task-definition refuses: {members}.",
)
_d("pull.null-removed", "Removed null members: {members}.")
_d(
    "pull.describe-extra-removed",
    "Left out response members that are not part of a definition: {members}.",
)
_d(
    "pull.empty-dropped",
    "Left out {count:empty list or map|empty lists or maps} that ECS reports for unset members.",
)
_d("pull.tags", "Carried over {count:tag|tags}, to be registered with the next revision.")
_d("pull.not-in-model", "The definition does not fit this version's model: {error}; written as is.")

# -- revisions/: where a revision is used, pruning, running once ---------------------
_d("use.service", "service {name} in {cluster}")
_d("use.deployment", "service {name} in {cluster} ({status} deployment)")
_d("use.task-set", "service {name} in {cluster} (task set, {status})")
_d("use.task", "task {name} in {cluster} ({status})")
_d("prune.kept-in-use", "kept: in use by {uses}")
_d("prune.kept-newest", "kept: one of the newest {keep} ACTIVE revisions")
_d("prune.kept-inactive", "kept: already INACTIVE (--delete would delete it)")
_d("prune.kept-deleting", "kept: already being deleted")
_d("prune.deregister", "deregister: older than the newest {keep} and not in use")
_d(
    "prune.deregister-delete",
    "deregister, then delete: older than the newest {keep} and not in use",
)
_d("prune.delete", "delete: INACTIVE and not in use")
_d("prune.now-in-use", "skipped: it came into use meanwhile, by {uses}")

_d("run.refused.message", "ECS did not start the task: {reason} {detail}")
_d(
    "run.refused.hint",
    "Check the cluster's capacity (container instances or capacity providers), the launch "
    "type and the subnets; 'aws ecs describe-clusters' shows what the cluster has.",
)
_d("run.task-gone.message", "ECS no longer knows the task {task}.")
_d("run.task-gone.hint", "Stopped tasks are kept for about an hour; look in the ECS console.")
_d("run.stop-reason", "Stopped from ecs-taskdef-wizard")
_d("run.container-exit", "container {name} exited with code {code} ({reason})")
_d("run.container-exit-code", "container {name} exited with code {code}")
_d("run.container-no-exit", "container {name} did not run ({reason})")
_d("run.stopped", "the task stopped: {reason}")
_d("run.stopped-cleanly", "the task ran and stopped with every essential container exiting 0")
_d("run.not-running", "the task did not reach RUNNING (last status {status})")
_d("run.unhealthy", "{count:essential container|essential containers} unhealthy: {names}")
_d("run.running", "the task is RUNNING and every essential container is running or healthy")

del _d


def message(message_id: str, **params: Any) -> str:
    """The text of ``message_id`` in the active language, ``params`` filled in."""
    return TABLE.render(message_id, params)


def attempts(count: int) -> str:
    """ "1 attempt", "6 attempts" (in the active language)."""
    return message("attempts-one" if count == 1 else "attempts-many", count=count)


def or_noun(value: str | None, fallback_id: str) -> str:
    """``value`` as it is, or the translated noun that stands for it when it is missing."""
    return value if value else message(fallback_id)


# The preflight's messages live beside its checks; loaded here so the table is whole.
from wizard.services.preflight import texts as _preflight_texts  # noqa: E402, F401
