"""Check 3, public images: Docker Hub, public.ecr.aws, ghcr.io and quay.io.

The registry HTTP API (OCI distribution) with the anonymous token flow: a GET
of the manifest answers 401 with a ``WWW-Authenticate: Bearer realm=...``
challenge; the realm gives a pull token for ``repository:NAME:pull``; the
manifest GET is repeated with it. Only manifests (and, for a single-platform
manifest, its small config blob) are fetched, never layers:
https://github.com/opencontainers/distribution-spec/blob/main/spec.md
https://distribution.github.io/distribution/spec/auth/token/
Every request is bounded in time and size; a registry that is slow, refuses or
rate-limits (Docker Hub's anonymous limit: https://docs.docker.com/docker-hub/usage/)
makes the check a ``skip``, never a failure.
"""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message

from wizard.services.messages import message
from wizard.services.preflight.context import Preflight
from wizard.services.preflight.images import report_exists, report_platforms
from wizard.services.preflight.platforms import (
    ACCEPTED_TYPES,
    config_platform,
    parse_manifest,
    task_platform,
)
from wizard.services.preflight.references import DOCKER_HUB, PUBLIC_REGISTRIES, ImageRef
from wizard.services.preflight.reporter import Reporter
from wizard.services.preflight.results import Area, ImageState

BASE_URLS = {
    DOCKER_HUB: "https://registry-1.docker.io",
    "public.ecr.aws": "https://public.ecr.aws",
    "ghcr.io": "https://ghcr.io",
    "quay.io": "https://quay.io",
}
# An image manifest may be up to 4 MiB (the distribution spec's suggested limit).
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_TOKEN_BYTES = 64 * 1024
_CHALLENGE = re.compile(r'(\w+)="([^"]*)"')


class RegistryProblem(Exception):
    """Why a registry could not answer: ``key`` is the message id, ``params`` its values."""

    def __init__(self, key: str, **params: str) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass
class Answer:
    status: int
    headers: Message
    body: bytes


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # followed by hand, without the token (blobs go to a CDN)


_OPENER = urllib.request.build_opener(_NoRedirect)


class RegistryClient:
    """GETs against one registry, with its anonymous pull token, inside one deadline."""

    def __init__(self, base: str, repository: str, timeout: float) -> None:
        self.base = base.rstrip("/")
        self.repository = repository
        self.timeout = timeout
        self.deadline = time.monotonic() + 3 * timeout
        self.token = ""

    def get(self, path: str, accept: str, limit: int = MAX_MANIFEST_BYTES) -> Answer:
        url = f"{self.base}/v2/{self.repository}/{path}"
        answer = self._fetch(url, accept, limit, authorised=True)
        if answer.status == 401 and not self.token:
            self.token = self._token(answer.headers.get("WWW-Authenticate", ""))
            answer = self._fetch(url, accept, limit, authorised=True)
        for _ in range(3):  # a blob is usually served from elsewhere
            if answer.status not in (301, 302, 303, 307, 308):
                break
            location = urllib.parse.urljoin(url, answer.headers.get("Location", ""))
            if urllib.parse.urlsplit(location).scheme not in ("http", "https"):
                raise RegistryProblem("preflight.registry.bad-answer", status=str(answer.status))
            answer = self._fetch(location, accept, limit, authorised=False)
        return answer

    def _token(self, challenge: str) -> str:
        if not challenge.lower().startswith("bearer "):
            raise RegistryProblem("preflight.registry.needs-login", registry=self.base)
        fields = dict(_CHALLENGE.findall(challenge))
        realm = fields.get("realm", "")
        if urllib.parse.urlsplit(realm).scheme not in ("http", "https"):
            raise RegistryProblem("preflight.registry.needs-login", registry=self.base)
        query = {"scope": f"repository:{self.repository}:pull"}
        if fields.get("service"):
            query["service"] = fields["service"]
        sep = "&" if "?" in realm else "?"
        answer = self._fetch(
            realm + sep + urllib.parse.urlencode(query),
            "application/json",
            MAX_TOKEN_BYTES,
            authorised=False,
        )
        if answer.status != 200:
            raise RegistryProblem("preflight.registry.needs-login", registry=self.base)
        try:
            body = json.loads(answer.body)
        except ValueError:
            raise RegistryProblem("preflight.registry.bad-answer", status="200") from None
        token = body.get("token") or body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise RegistryProblem("preflight.registry.needs-login", registry=self.base)
        return token

    def _fetch(self, url: str, accept: str, limit: int, *, authorised: bool) -> Answer:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise RegistryProblem("preflight.registry.slow", seconds=f"{3 * self.timeout:g}")
        request = urllib.request.Request(url, headers={"Accept": accept})
        if authorised and self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            response = _OPENER.open(request, timeout=min(self.timeout, remaining))
        except urllib.error.HTTPError as exc:
            response = exc  # an error status is an answer too
        except TimeoutError:
            raise RegistryProblem("preflight.registry.slow", seconds=f"{self.timeout:g}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError):
                raise RegistryProblem(
                    "preflight.registry.slow", seconds=f"{self.timeout:g}"
                ) from None
            raise RegistryProblem(
                "preflight.registry.unreachable", registry=self.base, text=str(reason)[:200]
            ) from None
        with response:
            try:
                body = response.read(limit + 1)
            except TimeoutError:
                raise RegistryProblem(
                    "preflight.registry.slow", seconds=f"{self.timeout:g}"
                ) from None
            except OSError as exc:
                raise RegistryProblem(
                    "preflight.registry.unreachable", registry=self.base, text=str(exc)[:200]
                ) from None
        if len(body) > limit:
            raise RegistryProblem("preflight.registry.too-big", limit=str(limit))
        return Answer(
            response.status if hasattr(response, "status") else response.code,
            response.headers,
            body,
        )


def registry_base(pf: Preflight, image: ImageRef) -> str | None:
    override = pf.options.registry_urls.get(image.registry)
    if override:
        return override
    return BASE_URLS.get(image.registry) if image.registry in PUBLIC_REGISTRIES else None


def check_public_image(
    pf: Preflight, path: str, container: str, image: ImageRef, private: bool
) -> None:
    base = registry_base(pf, image)
    exists = Reporter(pf, "image.exists", Area.IMAGES, path, image.text)
    if private or base is None:
        key = "preflight.registry.private" if private else "preflight.registry.not-public"
        exists.skipped(
            message(key, image=image.text, registry=image.registry),
            message(f"{key}.hint"),
            image_state=ImageState.UNKNOWN,
        )
        return
    client = RegistryClient(base, image.repository, pf.options.registry_timeout)
    try:
        answer = client.get(f"manifests/{image.reference}", ", ".join(ACCEPTED_TYPES))
        if answer.status == 404:
            exists.failed(
                message(
                    "preflight.registry.missing",
                    container=container,
                    image=image.text,
                    registry=image.registry,
                ),
                message("preflight.registry.missing.hint"),
                image_state=ImageState.MISSING,
            )
            return
        _raise_for(answer, image)
        report_exists(pf, path, container, image)
        want = task_platform(pf.document)
        if want is None:
            return
        manifest = parse_manifest(answer.body, answer.headers.get("Content-Type", ""))
        if manifest is None:
            raise RegistryProblem("preflight.registry.bad-answer", status=str(answer.status))
        if manifest.is_index:
            offered = [p.text for p in manifest.platforms]
        else:
            config = client.get(f"blobs/{manifest.config_digest}", "*/*")
            _raise_for(config, image)
            platform = config_platform(config.body)
            if platform is None:
                raise RegistryProblem("preflight.registry.bad-answer", status=str(config.status))
            offered = [platform.text]
        report_platforms(pf, path, container, image, offered, want.text)
    except RegistryProblem as problem:
        check = (
            "image.platform"
            if pf.results_of_subject("image.exists", image.text)
            else "image.exists"
        )
        Reporter(pf, check, Area.IMAGES, path, image.text).skipped(
            message(problem.key, **problem.params),
            message(f"{problem.key}.hint"),
            image_state=None if check == "image.platform" else ImageState.UNKNOWN,
        )


def _raise_for(answer: Answer, image: ImageRef) -> None:
    if answer.status == 200:
        return
    if answer.status == 429:
        raise RegistryProblem("preflight.registry.rate-limited", registry=image.registry)
    if answer.status in (401, 403):
        raise RegistryProblem("preflight.registry.needs-login", registry=image.registry)
    raise RegistryProblem("preflight.registry.bad-answer", status=str(answer.status))
