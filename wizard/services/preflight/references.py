"""What the definition refers to: ARNs, role names and image references, parsed.

Pure functions, no calls: the checks decide what to ask the account from these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
_ARN = re.compile(
    r"^arn:(?P<partition>aws[a-z-]*):(?P<service>[a-z0-9-]+):(?P<region>[a-z0-9-]*):"
    r"(?P<account>\d{12}|aws|):(?P<resource>.+)$"
)
# https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html (registry URL shape)
_ECR_HOST = re.compile(
    r"^(?P<account>\d{12})\.dkr\.ecr(?:-fips)?\.(?P<region>[a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$"
)
DOCKER_HUB = "docker.io"
# Registries the anonymous token flow of the registry HTTP API is tried on.
PUBLIC_REGISTRIES = (DOCKER_HUB, "public.ecr.aws", "ghcr.io", "quay.io")


@dataclass(frozen=True)
class Arn:
    partition: str
    service: str
    region: str
    account: str
    resource: str

    @property
    def text(self) -> str:
        return f"arn:{self.partition}:{self.service}:{self.region}:{self.account}:{self.resource}"


def parse_arn(text: str) -> Arn | None:
    m = _ARN.match(text.strip()) if isinstance(text, str) else None
    if not m:
        return None
    return Arn(m["partition"], m["service"], m["region"], m["account"], m["resource"])


@dataclass(frozen=True)
class RoleRef:
    """A role named in ``executionRoleArn`` / ``taskRoleArn``: an ARN or a plain name."""

    name: str
    arn: Arn | None


def parse_role(text: str) -> RoleRef | None:
    """The role's name (the last path segment), or None when it is no role reference."""
    if not isinstance(text, str) or not text.strip():
        return None
    arn = parse_arn(text)
    if arn is None:
        if text.startswith("arn:") or "/" in text.strip("/"):
            return None
        return RoleRef(text.strip(), None)  # ECS takes a bare role name too
    if arn.service != "iam" or not arn.resource.startswith("role/"):
        return None
    return RoleRef(arn.resource.rsplit("/", 1)[-1], arn)


@dataclass(frozen=True)
class ImageRef:
    """``registry/repository[:tag][@digest]``; ``registry`` is ``docker.io`` for Docker Hub."""

    text: str
    registry: str
    repository: str
    tag: str
    digest: str
    ecr_account: str = ""
    ecr_region: str = ""

    @property
    def is_ecr(self) -> bool:
        return bool(self.ecr_account)

    @property
    def reference(self) -> str:
        """What the manifest is fetched by: the digest when there is one, else the tag."""
        return self.digest or self.tag


def parse_image(text: str) -> ImageRef | None:
    """Docker's reference grammar, simplified; None for what no registry could serve."""
    if not isinstance(text, str):
        return None
    ref = text.strip()
    if not ref or any(c.isspace() for c in ref) or "${" in ref or "{{" in ref:
        return None
    digest = ""
    if "@" in ref:
        ref, digest = ref.split("@", 1)
        if not re.fullmatch(r"[a-z0-9]+:[A-Fa-f0-9]{32,}", digest):
            return None
    first, _, rest = ref.partition("/")
    if rest and ("." in first or ":" in first or first == "localhost"):
        registry, path = first.lower(), rest
    else:
        registry, path = DOCKER_HUB, ref
    tag = ""
    last = path.rsplit("/", 1)[-1]
    if ":" in last:
        path, tag = path.rsplit(":", 1)
    if not tag and not digest:
        tag = "latest"  # what Docker and ECS pull when no tag is given
    if registry in ("registry-1.docker.io", "index.docker.io"):
        registry = DOCKER_HUB
    if registry == DOCKER_HUB and "/" not in path:
        path = f"library/{path}"  # official images live under library/
    if not re.fullmatch(r"[a-z0-9]+(?:[._/-]+[a-z0-9]+)*", path):
        return None
    m = _ECR_HOST.match(registry)
    return ImageRef(
        text.strip(),
        registry,
        path,
        tag,
        digest,
        ecr_account=m["account"] if m else "",
        ecr_region=m["region"] if m else "",
    )


def ecr_repository_arn(image: ImageRef, partition: str = "aws") -> str:
    return (
        f"arn:{partition}:ecr:{image.ecr_region}:{image.ecr_account}:repository/{image.repository}"
    )
