"""One error type for everything that can go wrong talking to AWS.

botocore raises dozens of exception classes, and ECS puts most validation
failures into one ``ClientException`` with free text. The CLI and the GUI want
the same three things from each: what happened, what to do about it, and which
field of the draft it concerns. :func:`map_error` turns any botocore exception
into an :class:`AwsError` carrying those.

Messages never contain credentials: they are built from our own text plus the
service's message, and the service's message is scrubbed of anything that
looks like an access key before it is shown (some services echo the key id).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from botocore import exceptions as bex

from wizard.domain.text.redact import redact_userinfo
from wizard.services.client_messages import field_for_client_message
from wizard.services.messages import attempts, message, or_noun
from wizard.services.sent_once import action_is_sent_once, check_command


class AwsError(Exception):
    """A failed AWS call, explained.

    ``kind`` is a stable id the GUI can switch on (``no-credentials``,
    ``sso-expired``, ``access-denied``, ``invalid-value``, ``unreachable``,
    ``timeout``, ``connection-dropped``, ``incomplete-response``, ``throttled``,
    ``server``, ``no-region``, ``no-profile``, ``not-found``, ...).
    ``field_pointer`` is a JSON Pointer into the register-input document when
    the error concerns a field ("" = the whole document), else None.
    ``maybe_applied``: the request reached AWS but its answer did not come back
    (a timeout, a dropped connection, a cut-off answer), so a change it asked
    for may have been made all the same.
    """

    def __init__(
        self,
        kind: str,
        message: str,
        hint: str = "",
        field_pointer: str | None = None,
        action: str | None = None,
        code: str | None = None,
        maybe_applied: bool = False,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.hint = hint
        self.field_pointer = field_pointer
        self.action = action
        # The service's error code (e.g. "ClientException"), when AWS sent one.
        self.code = code
        self.maybe_applied = maybe_applied

    @property
    def retryable(self) -> bool:
        """Trying the same request again may work: the network, AWS or the login
        was at fault, not the request (a refused value fails the same way again)."""
        return self.kind in RETRYABLE_KINDS

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"AwsError({self.kind!r}, {self.message!r})"


# Failures that go away by themselves or after a login, without changing the request.
RETRYABLE_KINDS = frozenset(
    {
        "unreachable",
        "timeout",
        "connection-dropped",
        "incomplete-response",
        "throttled",
        "server",
        "expired-credentials",
        "sso-expired",
        "no-credentials",
        "invalid-credentials",
    }
)

# Access key ids have a fixed shape; secret keys are 40 characters of base64.
_KEY_ID = re.compile(r"\b(?:AKIA|ASIA|AROA|AIDA)[A-Z0-9]{12,}\b")
_SECRET_LIKE = re.compile(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])")
_MAX_SERVICE_TEXT = 600

_ACCESS_DENIED = frozenset(
    {
        "AccessDenied",
        "AccessDeniedException",
        "UnauthorizedOperation",
        "AuthorizationError",
        "UnauthorizedException",
    }
)
_THROTTLED = frozenset(
    {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "TooManyRequestsException",
        "RequestLimitExceeded",
        "RequestThrottled",
        "RequestThrottledException",
        "SlowDown",
    }
)
_EXPIRED = frozenset({"ExpiredToken", "ExpiredTokenException", "RequestExpired"})
_BAD_KEYS = frozenset(
    {
        "UnrecognizedClientException",
        "InvalidClientTokenId",
        "InvalidSignatureException",
        "SignatureDoesNotMatch",
        "InvalidAccessKeyId",
        "IncompleteSignature",
    }
)
_SERVER = frozenset(
    {"ServerException", "InternalFailure", "InternalError", "ServiceUnavailable", "ServiceFailure"}
)
_EXISTS = frozenset(
    {"EntityAlreadyExists", "ResourceAlreadyExistsException", "ResourceExistsException"}
)
_NOT_FOUND = frozenset(
    {
        "ResourceNotFoundException",
        "NoSuchEntity",
        "RepositoryNotFoundException",
        "ParameterNotFound",
    }
)


def _botocore_exceptions() -> Any:  # the botocore.exceptions module
    # Imported on first use: botocore takes ~100 ms to load, and the GUI's first
    # page imports this module (the price section) before any AWS call is made.
    from botocore import exceptions

    return exceptions


def _login_errors() -> tuple[type[BaseException], ...]:
    # "aws login" sessions arrived in botocore 1.40-something; older botocore has no such class.
    bex = _botocore_exceptions()
    return tuple(c for c in (getattr(bex, "LoginError", None),) if isinstance(c, type))


_NOT_AUTHORIZED = re.compile(r"not authorized to perform:?\s*([A-Za-z0-9-]+:[A-Za-z0-9*]+)")


def scrub(text: str) -> str:
    """Service text with anything key-shaped replaced, and bounded in length."""
    text = redact_userinfo(text)  # botocore quotes the endpoint URL, password and all
    text = _KEY_ID.sub("[access key id]", text)
    text = _SECRET_LIKE.sub("[redacted]", text)
    if len(text) > _MAX_SERVICE_TEXT:
        text = text[:_MAX_SERVICE_TEXT] + "..."
    return text


def _profile_flag(profile: str | None) -> str:
    return f" --profile {profile}" if profile and profile != "default" else ""


def _who(profile: str | None) -> str:
    return message("who-profile", profile=profile) if profile else message("who-default")


def map_error(
    exc: BaseException,
    *,
    action: str | None = None,
    profile: str | None = None,
    endpoint_url: str | None = None,
    document: dict[str, Any] | None = None,
    params: dict[str, Any] | None = None,
) -> AwsError:
    """The :class:`AwsError` for any exception raised by a boto3 call.

    ``action`` is the IAM action of the call (``ecs:RegisterTaskDefinition``);
    ``document`` is the request body, used to find the field a ClientException
    text refers to; ``params`` are the call's parameters, which name what a
    change that may have been made is (for the command that checks it).
    """
    if isinstance(exc, AwsError):
        return exc
    bex = _botocore_exceptions()
    if isinstance(exc, bex.ClientError):
        error = _from_client_error(exc, action, profile, document)
        return _sent_once_outcome(error, params or document)
    if isinstance(exc, bex.BotoCoreError):
        error = _from_botocore_error(exc, action, profile, endpoint_url)
        return _sent_once_outcome(error, params or document)
    return AwsError(
        "aws",
        message(
            "unexpected.message",
            action=or_noun(action, "fallback-aws"),
            error_type=type(exc).__name__,
            text=scrub(str(exc)),
        ),
        message("unexpected.hint"),
        action=action,
    )


def _from_botocore_error(
    exc: bex.BotoCoreError, action: str | None, profile: str | None, endpoint_url: str | None
) -> AwsError:
    bex = _botocore_exceptions()
    flag = _profile_flag(profile)
    who = _who(profile)
    # SSO and "aws login" sessions first: they subclass the generic token errors.
    if isinstance(exc, bex.SSOError | bex.TokenRetrievalError):
        return AwsError(
            "sso-expired",
            message("sso-expired.message", who=who),
            message("run-and-retry.hint", command=f"aws sso login{flag}"),
            action=action,
        )
    if _login_errors() and isinstance(exc, _login_errors()):
        return AwsError(
            "sso-expired",
            message("login-expired.message", who=who),
            message("run-and-retry.hint", command=f"aws login{flag}"),
            action=action,
        )
    if isinstance(exc, bex.NoCredentialsError | bex.PartialCredentialsError):
        return AwsError(
            "no-credentials",
            message("no-credentials.message", who=who),
            message(
                "no-credentials.hint",
                configure=f"aws configure{flag}",
                configure_sso=f"aws configure sso{flag}",
                sso_login=f"aws sso login{flag}",
            ),
            action=action,
        )
    if isinstance(exc, bex.CredentialRetrievalError):
        return AwsError(
            "no-credentials",
            message("credentials-unobtainable.message", who=who, text=scrub(str(exc))),
            message("credentials-unobtainable.hint"),
            action=action,
        )
    if isinstance(exc, bex.NoRegionError):
        return no_region_error(profile)
    if isinstance(exc, bex.ProfileNotFound):
        return AwsError(
            "no-profile",
            message("no-profile.message", profile=exc.kwargs.get("profile", profile)),
            message("no-profile.hint"),
        )
    if isinstance(exc, bex.ParamValidationError):
        return AwsError(
            "invalid-request",
            message("invalid-request.message", text=scrub(str(exc))),
            message("invalid-request.hint"),
            field_pointer="",
            action=action,
        )
    # A dropped connection and a read timeout come after the request was sent:
    # unlike a refused connection, the call may have taken effect.
    if isinstance(exc, bex.ConnectionClosedError):
        url = _url(exc, endpoint_url)
        return AwsError(
            "connection-dropped",
            message(
                "connection-dropped.message",
                url=url,
                action=or_noun(action, "fallback-request"),
            ),
            message("connection-dropped.hint"),
            action=action,
            maybe_applied=True,
        )
    if isinstance(exc, bex.EndpointConnectionError | bex.ConnectTimeoutError):
        return AwsError(
            "unreachable",
            message("unreachable.message", url=_url(exc, endpoint_url)),
            message("unreachable.hint"),
            action=action,
        )
    from wizard.services.transport import AnswerTooLarge, CallDeadlineExceeded

    if isinstance(exc, AnswerTooLarge):
        return AwsError(
            "too-large",
            message(
                "too-large.message",
                url=_url(exc, endpoint_url),
                action=or_noun(action, "fallback-request"),
                limit=int(exc.kwargs.get("limit", 0)) // (1024 * 1024),
            ),
            message("too-large.hint"),
            action=action,
            maybe_applied=True,
        )
    if isinstance(exc, CallDeadlineExceeded):
        return AwsError(
            "timeout",
            message(
                "deadline.message",
                url=_url(exc, endpoint_url),
                action=or_noun(action, "fallback-request"),
                seconds=f"{float(exc.kwargs.get('seconds', 0)):g}",
            ),
            message("deadline.hint"),
            action=action,
            maybe_applied=True,
        )
    if isinstance(exc, bex.ReadTimeoutError):
        return AwsError(
            "timeout",
            message(
                "timeout.message",
                url=_url(exc, endpoint_url),
                action=or_noun(action, "fallback-request"),
            ),
            message("timeout.hint"),
            action=action,
            maybe_applied=True,
        )
    return AwsError(
        "aws",
        message("botocore.message", text=scrub(str(exc))),
        message("botocore.hint"),
        action=action,
    )


def _url(exc: bex.BotoCoreError, endpoint_url: str | None) -> str:
    """The endpoint the failed call went to, as the user should see it (no password)."""
    url = exc.kwargs.get("endpoint_url") or endpoint_url
    return redact_userinfo(str(url)) if url else message("fallback-endpoint")


def _sent_once_outcome(error: AwsError, params: dict[str, Any] | None) -> AwsError:
    """For a call that is sent once (``sent_once``): whether the change may exist, and
    how to check. A 5xx answer says nothing about it (AWS may fail after making the
    change); throttling and a refused value do (nothing was done)."""
    if not action_is_sent_once(error.action):
        return error
    if error.kind == "server":
        error.maybe_applied = True
    if not error.maybe_applied or error.kind == "incomplete-response":
        return error
    error.message = message("may-exist.message", text=error.message)
    error.args = (error.message,)
    command = check_command(error.action, params)
    error.hint = (
        message("may-exist.hint", command=command) if command else message("may-exist-account.hint")
    )
    return error


def _from_client_error(
    exc: bex.ClientError, action: str | None, profile: str | None, document: dict[str, Any] | None
) -> AwsError:
    mapped = _classify_client_error(exc, action, profile, document)
    error = exc.response.get("Error", {}) if isinstance(exc.response, dict) else {}
    mapped.code = str(error.get("Code", "")) or None
    return mapped


def _classify_client_error(
    exc: bex.ClientError, action: str | None, profile: str | None, document: dict[str, Any] | None
) -> AwsError:
    error = exc.response.get("Error", {}) if isinstance(exc.response, dict) else {}
    code = str(error.get("Code", "Unknown"))
    text = scrub(str(error.get("Message", "") or ""))
    metadata = exc.response.get("ResponseMetadata", {})
    status = metadata.get("HTTPStatusCode", 0)
    # botocore counts the retries it made; say how many tries the user waited through.
    tries = attempts(int(metadata.get("RetryAttempts", 0)) + 1)
    flag = _profile_flag(profile)
    if code in _ACCESS_DENIED:
        named = _NOT_AUTHORIZED.search(text)
        needed = named.group(1) if named else action
        return AwsError(
            "access-denied",
            message("access-denied.message", action=or_noun(needed, "fallback-this-action")),
            message("access-denied.hint", action=or_noun(needed, "fallback-the-action")),
            action=needed,
        )
    if code in _THROTTLED or "Too many concurrent attempts" in text:
        return AwsError(
            "throttled",
            message("throttled.message", action=or_noun(action, "fallback-request"), tries=tries),
            message("throttled.hint"),
            action=action,
        )
    if code in _EXPIRED:
        return AwsError(
            "expired-credentials",
            message("expired-credentials.message"),
            message("expired-credentials.hint", command=f"aws sso login{flag}"),
            action=action,
        )
    if code in _BAD_KEYS:
        return AwsError(
            "invalid-credentials",
            message("invalid-credentials.message", code=code),
            message("invalid-credentials.hint", command=f"aws configure{flag}"),
            action=action,
        )
    if code in _SERVER or status >= 500:
        return AwsError(
            "server",
            message(
                "server.message", code=code, action=or_noun(action, "fallback-call"), tries=tries
            ),
            message("server.hint"),
            action=action,
        )
    if code in _EXISTS:
        return AwsError(
            "already-exists",
            text or message("already-exists.message", code=code),
            "",
            action=action,
        )
    if code in _NOT_FOUND:
        return AwsError(
            "not-found", text or message("not-found.message", code=code), "", action=action
        )
    pointer, hint = field_for_client_message(text, document)
    return AwsError(
        "invalid-value",
        message(
            "invalid-value.message", action=or_noun(action, "fallback-request"), text=text or code
        ),
        hint or message("invalid-value.hint"),
        field_pointer=pointer,
        action=action,
    )


def no_region_error(profile: str | None) -> AwsError:
    flag = _profile_flag(profile)
    return AwsError(
        "no-region",
        message("no-region.message"),
        message("no-region.hint", command=f"aws configure set region eu-west-1{flag}"),
    )
