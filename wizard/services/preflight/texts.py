"""The preflight's messages, in the AWS layer's one message table.

Loaded by :mod:`wizard.services.messages` itself (at its end), so every id is
in the table whichever module is imported first; the Simplified Chinese
templates are in ``resources/i18n/services_zh_CN.json`` with the others.
Messages name what the user sees (the role, the container, the log group);
the API member to change goes in the hint.
"""

from __future__ import annotations

from wizard.services.messages import TABLE

_d = TABLE.define

# -- why a check did not run ------------------------------------------------------------
_d("preflight.skip.denied", "Not checked: this identity may not call {action}.")
_d(
    "preflight.skip.denied.hint",
    "Allow {action} for your role or user (see docs/verify-policy.json) to run this check.",
)
_d("preflight.skip.failed", "Not checked: {text}")

# -- roles ------------------------------------------------------------------------------
_d("preflight.role.execution", "task execution role")
_d("preflight.role.task", "task role")
_d("preflight.role.exists", "The {which} '{role}' exists.")
_d("preflight.role.missing", "The {which} '{role}' does not exist in this account.")
_d(
    "preflight.role.missing.hint",
    "Create the role, or put an existing role's ARN in {field}.",
)
_d(
    "preflight.role.trust-pass",
    "The role '{role}' lets {principal} assume it.",
)
_d(
    "preflight.role.trust-fail",
    "ECS cannot assume the {which} '{role}': its trust policy does not let "
    "ecs-tasks.amazonaws.com call sts:AssumeRole (it trusts: {services}).",
)
_d(
    "preflight.role.trust-fail.hint",
    'Add a statement with Effect "Allow", Principal {{"Service": "{principal}"}} and '
    'Action "sts:AssumeRole" to the role\'s trust policy.',
)
_d(
    "preflight.role.condition-fail",
    "The trust policy of '{role}' allows ECS only for '{value}', which excludes account "
    "{account} in {region}.",
)
_d(
    "preflight.role.condition-fail.hint",
    "Let aws:SourceAccount be {account} and aws:SourceArn match "
    "arn:aws:ecs:{region}:{account}:* in the trust policy.",
)
_d(
    "preflight.role.task-like-execution",
    "The task role '{role}' has only the managed execution policy: it looks like a task "
    "execution role.",
)
_d(
    "preflight.role.swapped",
    "The task role '{role}' has the managed execution policy and the task execution role "
    "does not: the two roles look swapped.",
)
_d(
    "preflight.role.purpose.hint",
    "executionRoleArn is the role ECS uses to pull images, write logs and read secrets; "
    "taskRoleArn is the role your code uses. Check which goes where.",
)
_d(
    "preflight.role.purpose-pass",
    "The task role and the task execution role look like what they are.",
)

# -- permissions ------------------------------------------------------------------------
_d(
    "preflight.permission.allowed",
    "The {which} may call {actions} on {resource}.",
)
_d(
    "preflight.permission.denied",
    "The {which} may not call {actions} on {resource} (needed for {subject}).",
)
_d(
    "preflight.permission.denied.hint",
    "Add a policy to the role that allows {actions} on {resource}.",
)
_d(
    "preflight.permission.no-role",
    "No role is set to call {actions} (needed for {subject}).",
)
_d("preflight.permission.no-role.hint", "Set {field} to a role that allows it.")
_d(
    "preflight.permission.role-unknown",
    "Not checked: the role '{role}' could not be read (see the role checks).",
)
_d(
    "preflight.permission.role-unknown.hint",
    "Fix {field} first, or allow iam:GetRole on it.",
)

# -- images -----------------------------------------------------------------------------
_d("preflight.image.exists", "The image of container '{container}' exists: {image}.")
_d(
    "preflight.image.no-repository",
    "Container '{container}': the ECR repository '{repository}' does not exist in "
    "{region} (registry {account}).",
)
_d(
    "preflight.image.no-tag",
    "Container '{container}': the repository '{repository}' has no image '{tag}'.",
)
_d(
    "preflight.image.missing.hint",
    "Push the image, or fix the image (repository, tag or digest); "
    "'aws ecr describe-images --repository-name {repository}' lists what is there.",
)
_d("preflight.image.platform-pass", "The image {image} has a {platform} variant.")
_d(
    "preflight.image.platform-fail",
    "Container '{container}': the image {image} has no {platform} variant (it has: "
    "{offered}); the task would stop with CannotPullContainerError or exec format error.",
)
_d(
    "preflight.image.platform-fail.hint",
    "Build and push the image for {platform} (docker buildx build --platform {platform}), "
    "or change runtimePlatform to an architecture the image has.",
)
_d(
    "preflight.image.platform-single-ecr",
    "Not checked: the image {image} of container '{container}' has a single-platform "
    "manifest, which names its architecture only in its config, and ECR serves that only "
    "as a layer download.",
)
_d(
    "preflight.image.platform-single-ecr.hint",
    "Make sure it was built for {platform}; pushing a multi-platform image lets this be checked.",
)
_d("preflight.registry.off", "Not checked: public registries are turned off ({image}).")
_d(
    "preflight.registry.off.hint",
    "Leave out --no-public-registries, or turn the setting back on, to check it.",
)
_d(
    "preflight.registry.private",
    "Not checked: {image} comes from a private registry whose credentials are in a "
    "secret, and the preflight never reads secret values.",
)
_d(
    "preflight.registry.private.hint",
    "The secret itself is checked (it exists and can be read by the task execution role).",
)
_d(
    "preflight.registry.not-public",
    "Not checked: {registry} is not one of the public registries the preflight asks "
    "(Docker Hub, public.ecr.aws, ghcr.io, quay.io).",
)
_d("preflight.registry.not-public.hint", "Check the image with your registry's own tools.")
_d(
    "preflight.registry.missing",
    "Container '{container}': {registry} has no image {image}.",
)
_d(
    "preflight.registry.missing.hint",
    "Fix the repository name or the tag; the registry answered 404 (not found).",
)
_d("preflight.registry.slow", "Not checked: the registry did not answer within {seconds} s.")
_d("preflight.registry.slow.hint", "Try again later; the task may still pull it.")
_d("preflight.registry.unreachable", "Not checked: {registry} could not be reached ({text}).")
_d(
    "preflight.registry.unreachable.hint",
    "Check the network connection, or use --no-public-registries.",
)
_d(
    "preflight.registry.rate-limited",
    "Not checked: {registry} refused more anonymous requests for now (429).",
)
_d(
    "preflight.registry.rate-limited.hint",
    "Try again later; ECS pulls from the same registry and can hit the same limit.",
)
_d(
    "preflight.registry.needs-login",
    "Not checked: {registry} gives this image only to a logged-in user.",
)
_d(
    "preflight.registry.needs-login.hint",
    "If the image is private, give the container repositoryCredentials.",
)
_d(
    "preflight.registry.bad-answer",
    "Not checked: the registry gave an unexpected answer ({status}).",
)
_d("preflight.registry.bad-answer.hint", "Try again later.")
_d(
    "preflight.registry.too-big",
    "Not checked: the registry's answer was larger than {limit} bytes.",
)
_d("preflight.registry.too-big.hint", "Check the image with the registry's own tools.")

# -- logs -------------------------------------------------------------------------------
_d("preflight.logs.exists", "The log group '{group}' exists in {region}.")
_d(
    "preflight.logs.will-create",
    "The log group '{group}' does not exist in {region} yet; the log driver will create it.",
)
_d(
    "preflight.logs.missing",
    "Container '{container}': the log group '{group}' does not exist in {region}, and the "
    "log driver is not told to create it; the task would fail to start.",
)
_d(
    "preflight.logs.missing.hint",
    "Create it ('aws logs create-log-group --log-group-name {group} --region {region}') or "
    'set the awslogs-create-group option to "true".',
)
_d(
    "preflight.logs.other-region",
    "Container '{container}' sends its logs to {region}, not to the task's region {task_region}.",
)
_d(
    "preflight.logs.other-region.hint",
    "Set awslogs-region to {region} unless the logs are meant to go elsewhere.",
)

# -- secrets ----------------------------------------------------------------------------
_d("preflight.secret.exists", "Container '{container}': '{secret}' exists.")
_d(
    "preflight.secret.missing",
    "Container '{container}': the secret '{secret}' does not exist in {region}.",
)
_d(
    "preflight.parameter.missing",
    "Container '{container}': the parameter '{secret}' does not exist in {region}.",
)
_d(
    "preflight.parameter.other-account",
    "Not checked: the parameter '{secret}' of container '{container}' belongs to account "
    "{account}, and this account can only describe its own parameters.",
)
_d(
    "preflight.parameter.other-account.hint",
    "Check it in that account; it must be shared with this one (advanced tier) for ECS to read it.",
)
_d(
    "preflight.secret.missing.hint",
    "Create it, or fix valueFrom (an ARN, or a parameter name in the task's region).",
)
_d(
    "preflight.secret.deleted",
    "Container '{container}': the secret '{secret}' is scheduled for deletion ({date}); "
    "the task cannot read it.",
)
_d("preflight.secret.deleted.hint", "Restore it with '{command}', or use another secret.")
_d(
    "preflight.secret.needs-value",
    "Not checked: the JSON key or version '{detail}' of container '{container}' can only "
    "be checked by reading the secret's value, which the preflight never does.",
)
_d(
    "preflight.secret.needs-value.hint",
    "Make sure the secret holds that key and version; the task fails with "
    "ResourceInitializationError otherwise.",
)

# -- storage ----------------------------------------------------------------------------
_d("preflight.efs.file-system", "Volume '{volume}': the EFS file system {file_system} exists.")
_d(
    "preflight.efs.no-file-system",
    "Volume '{volume}': the EFS file system {file_system} does not exist in {region}.",
)
_d("preflight.efs.access-point", "Volume '{volume}': the access point {access_point} exists.")
_d(
    "preflight.efs.no-access-point",
    "Volume '{volume}': the EFS access point {access_point} does not exist in {region}.",
)
_d(
    "preflight.efs.missing.hint",
    "Fix the ID, or create it ('aws efs describe-file-systems' lists them).",
)
_d(
    "preflight.efs.other-file-system",
    "Volume '{volume}': the access point {access_point} belongs to {owner}, not to {file_system}.",
)
_d(
    "preflight.efs.other-file-system.hint",
    "Set fileSystemId to {owner}, or use its own access point.",
)
_d("preflight.s3.exists", "Container '{container}': the S3 object {object} exists.")
_d("preflight.s3.missing", "Container '{container}': the S3 object {object} does not exist.")
_d("preflight.s3.missing.hint", "Upload the file, or fix the ARN.")

# -- account and region -----------------------------------------------------------------
_d("preflight.account.same", "Every ARN is in account {account} and region {region}.")
_d(
    "preflight.partition",
    "{arn} is in the {partition} partition, but the account is in {own}; ECS cannot use it.",
)
_d("preflight.account.hint", "Use an ARN of this account's partition.")
_d(
    "preflight.account.role",
    "The role {arn} belongs to account {account}, not {own}: ECS may not be able to use "
    "another account's role.",
)
_d("preflight.account.role.hint", "Use a role of this account.")
_d(
    "preflight.account.secret",
    "{arn} belongs to account {account}, not {own}.",
)
_d(
    "preflight.account.secret.hint",
    "Its resource policy and its KMS key policy must let this account's task execution "
    "role read it.",
)
_d("preflight.region.secret", "{arn} is in {region}, not in the task's region {own}.")
_d("preflight.region.secret.hint", "That works with the full ARN; reading it crosses regions.")
_d("preflight.account.image", "The image {arn} is in account {account}, not {own}.")
_d(
    "preflight.account.image.hint",
    "The repository policy must let this account's task execution role pull it.",
)
_d("preflight.region.image", "The image {arn} is in {region}, not in the task's region {own}.")
_d(
    "preflight.region.image.hint",
    "That works; pulling across regions is slower and costs data transfer.",
)

del _d
