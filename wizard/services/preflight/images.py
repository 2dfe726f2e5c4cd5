"""Check 3, private images: ECR repositories, tags or digests, and platforms.

ecr:DescribeImages says whether the repository and the tag or digest exist, in
the image's own region; ecr:BatchGetImage returns the manifest (no layers),
whose platforms must include the task's:
https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeImages.html
https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchGetImage.html
Public registries are in :mod:`.registry`.
"""

from __future__ import annotations

from typing import Any

from wizard.services.errors import AwsError
from wizard.services.messages import message
from wizard.services.preflight.context import Preflight
from wizard.services.preflight.platforms import ACCEPTED_TYPES, parse_manifest, task_platform
from wizard.services.preflight.references import ImageRef, parse_image
from wizard.services.preflight.reporter import Reporter
from wizard.services.preflight.results import Area, ImageState


def image_fields(pf: Preflight) -> list[tuple[str, str, ImageRef]]:
    """(pointer, container name, image) of every container with a parsable image."""
    found = []
    for i, container in pf.containers():
        image = parse_image(container.get("image", ""))
        if image is not None:
            found.append(
                (f"/containerDefinitions/{i}/image", pf.container_name(container, i), image)
            )
    return found


def ecr_images(pf: Preflight) -> list[tuple[str, str, ImageRef]]:
    return [item for item in image_fields(pf) if item[2].is_ecr]


def check_ecr_image(pf: Preflight, path: str, container: str, image: ImageRef) -> None:
    ecr = pf.client("ecr", image.ecr_region)
    image_id = {"imageDigest": image.digest} if image.digest else {"imageTag": image.tag}
    found = Reporter(pf, "image.exists", Area.IMAGES, path, image.text).describe(
        "ecr:DescribeImages",
        ecr.describe_images,
        missing=lambda exc: _missing(container, image, exc),
        missing_state=ImageState.MISSING,
        registryId=image.ecr_account,
        repositoryName=image.repository,
        imageIds=[image_id],
    )
    if found is None:
        return
    report_exists(pf, path, container, image)
    want = task_platform(pf.document)
    if want is None:
        return
    at = Reporter(pf, "image.platform", Area.IMAGES, path, image.text)
    answer = at.describe(
        "ecr:BatchGetImage",
        ecr.batch_get_image,
        missing=lambda _exc: None,  # DescribeImages has just found it: any error is a skip
        registryId=image.ecr_account,
        repositoryName=image.repository,
        imageIds=[image_id],
        acceptedMediaTypes=list(ACCEPTED_TYPES),
    )
    if answer is None:
        return
    images: list[Any] = answer.get("images") or []
    raw = images[0].get("imageManifest", "") if images and isinstance(images[0], dict) else ""
    media = images[0].get("imageManifestMediaType", "") if images else ""
    manifest = parse_manifest(raw, str(media)) if raw else None
    if manifest is None or not manifest.is_index:
        at.skipped(
            message("preflight.image.platform-single-ecr", container=container, image=image.text),
            message("preflight.image.platform-single-ecr.hint", platform=want.text),
        )
        return
    report_platforms(pf, path, container, image, [p.text for p in manifest.platforms], want.text)


def report_exists(pf: Preflight, path: str, container: str, image: ImageRef) -> None:
    """The image was found, shared by ECR and the public registries."""
    Reporter(pf, "image.exists", Area.IMAGES, path, image.text).passed(
        message("preflight.image.exists", container=container, image=image.text),
        image_state=ImageState.EXISTS,
    )


def report_platforms(
    pf: Preflight, path: str, container: str, image: ImageRef, offered: list[str], wanted: str
) -> None:
    """Pass or fail of the platform check, shared by ECR and the public registries."""
    at = Reporter(pf, "image.platform", Area.IMAGES, path, image.text)
    if wanted in offered:
        at.passed(
            message("preflight.image.platform-pass", image=image.text, platform=wanted),
            image_state=ImageState.EXISTS,
        )
        return
    at.failed(
        message(
            "preflight.image.platform-fail",
            container=container,
            image=image.text,
            platform=wanted,
            offered=", ".join(offered) or "-",
        ),
        message("preflight.image.platform-fail.hint", platform=wanted),
        image_state=ImageState.WRONG_PLATFORM,
    )


def _missing(container: str, image: ImageRef, exc: AwsError) -> tuple[str, str] | None:
    """The failure's words when ECR says the repository or the tag is not there."""
    if exc.code == "RepositoryNotFoundException":
        text = message(
            "preflight.image.no-repository",
            container=container,
            repository=image.repository,
            region=image.ecr_region,
            account=image.ecr_account,
        )
    elif exc.code == "ImageNotFoundException":
        text = message(
            "preflight.image.no-tag",
            container=container,
            tag=image.reference,
            repository=image.repository,
        )
    else:
        return None
    return text, message("preflight.image.missing.hint", repository=image.repository)
