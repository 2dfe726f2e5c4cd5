"""Container images: present, well-formed references, and pinned versions.

Source: the API reference, ContainerDefinition ``image``. Whether an image
needs a task execution role is ``execution_role.py``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wizard.domain.findings import Finding, Severity
from wizard.domain.messages.catalog import define
from wizard.domain.rules.context import RuleContext, container_label
from wizard.domain.rules.registry import container_check
from wizard.domain.rules.sources import api

define(
    "image-missing",
    Severity.ERROR,
    "Container '{container}' has no image.",
    "Set 'image' to the image to run, e.g. 'public.ecr.aws/nginx/nginx:1.27' or "
    "'123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2'.",
    api("ContainerDefinition", "image"),
)
define(
    "image-too-long",
    Severity.ERROR,
    "The image of container '{container}' is {length} characters long before any "
    "'@' digest; at most {limit} are allowed.",
    "Shorten the repository name or tag, or pin the image by digest (name@sha256:...).",
    api("ContainerDefinition", "image"),
)
define(
    "image-invalid-characters",
    Severity.ERROR,
    "The image '{image}' of container '{container}' contains characters that are not "
    "allowed: {characters}.",
    "Use only letters, digits and - _ : . / # in the image name and tag "
    "(plus '@sha256:<digest>' to pin a digest); remove spaces and quotes.",
    api("ContainerDefinition", "image"),
)
define(
    "image-digest-invalid",
    Severity.ERROR,
    "The digest '{digest}' in the image of container '{container}' is not valid.",
    "A digest must be 'sha256:' followed by exactly 64 hexadecimal characters, "
    "e.g. 'repo@sha256:<64 hex>'; copy it from 'docker inspect' or the registry.",
    api("ContainerDefinition", "image"),
)
define(
    "image-repository-uppercase",
    Severity.WARNING,
    "The repository path '{repository}' of container '{container}' contains upper-case "
    "letters; Docker refuses such image references, so the image cannot be pulled.",
    "Write the repository path in lower case (only the registry host and the tag may "
    "contain upper-case letters) and check the repository's real name in the registry.",
    "https://docs.docker.com/reference/cli/docker/image/tag/",
)
define(
    "image-mutable-tag",
    Severity.INFO,
    "Container '{container}' uses image '{image}' without a version tag (no tag or "
    "'latest'); each deployment may get a different image.",
    "Pin a version tag (e.g. ':1.27') or a digest. Until then, versionConsistency "
    "(default 'enabled') makes ECS resolve the tag to a digest at deployment, so the "
    "tasks of one deployment at least run the same image.",
    api("ContainerDefinition", "versionConsistency"),
)
define(
    "version-consistency-disabled",
    Severity.INFO,
    "Container '{container}' uses image '{image}' without a version tag and has "
    "versionConsistency 'disabled': tasks of the same deployment may run different images.",
    "Pin a version tag or digest, or remove versionConsistency so ECS resolves the tag to "
    "a digest at deployment.",
    api("ContainerDefinition", "versionConsistency"),
)


IMAGE_MAX_LENGTH = 255
# Characters the model documentation does not allow in the name/tag part of an image.
_IMAGE_BAD_CHARS = re.compile(r"[^A-Za-z0-9_:./#-]")
_DIGEST = re.compile(r"sha256:[0-9A-Fa-f]{64}")


def split_image(image: str) -> tuple[str, str | None, str | None]:
    """``(repository, tag, digest)`` of an image reference.

    The tag is what follows the last ':' of the last path component (a ':'
    earlier on belongs to a registry port, as in ``localhost:5000/app``).
    """
    name, _, digest = image.partition("@")
    last_slash = name.rfind("/")
    colon = name.rfind(":")
    if colon > last_slash:
        return name[:colon], name[colon + 1 :], digest if "@" in image else None
    return name, None, digest if "@" in image else None


def _repository_path(repository: str) -> str:
    """The repository without its registry host.

    As in Docker's reference grammar, the first component is a registry host
    when it contains '.' or ':' or is 'localhost' and more components follow.
    """
    first, sep, rest = repository.partition("/")
    if sep and ("." in first or ":" in first or first == "localhost"):
        return rest
    return repository


def _image_format_findings(
    ctx: RuleContext, index: int, label: str, image: str
) -> Iterator[Finding]:
    name, _, digest = image.partition("@")
    path = ("containerDefinitions", index, "image")
    if len(name) > IMAGE_MAX_LENGTH:
        yield ctx.finding(
            "image-too-long", *path, container=label, length=len(name), limit=IMAGE_MAX_LENGTH
        )
    bad = sorted(set(_IMAGE_BAD_CHARS.findall(name)))
    if bad:
        yield ctx.finding(
            "image-invalid-characters",
            *path,
            container=label,
            image=image,
            characters=" ".join(repr(ch) for ch in bad),
        )
    if "@" in image and not _DIGEST.fullmatch(digest):
        yield ctx.finding("image-digest-invalid", *path, container=label, digest=digest)
    repository, _, _ = split_image(image)
    repo_path = _repository_path(repository)
    if not bad and repo_path != repo_path.lower():
        yield ctx.finding(
            "image-repository-uppercase", *path, container=label, repository=repo_path
        )


@container_check
def check_images(ctx: RuleContext) -> Iterator[Finding]:
    for index, c in ctx.containers:
        label = container_label(index, c)
        image = c.get("image")
        if image is None or (isinstance(image, str) and not image.strip()):
            yield ctx.finding(
                "image-missing", "containerDefinitions", index, "image", container=label
            )
            continue
        if not isinstance(image, str) or ctx.placeholder(image):
            continue
        problems = list(_image_format_findings(ctx, index, label, image))
        yield from problems
        _, tag, digest = split_image(image)
        # A malformed reference needs fixing first; advice on its tag would be noise.
        if problems or digest is not None or (tag is not None and tag != "latest"):
            continue
        rule = (
            "version-consistency-disabled"
            if c.get("versionConsistency") == "disabled"
            else "image-mutable-tag"
        )
        yield ctx.finding(
            rule, "containerDefinitions", index, "image", container=label, image=image
        )
