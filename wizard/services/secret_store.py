"""Storing a secret value in the account, so a task definition can refer to it.

The "Move to secrets" fix can keep the value in SSM Parameter Store (a
``SecureString``) or in AWS Secrets Manager, and then uses the ARN these return
as the secret's ``valueFrom``. Nothing is ever overwritten: an existing
parameter or secret of that name is reported, not replaced.

The value is only handed to the create call. It is never logged, and it is cut
out of any error text before that text reaches the user (a service that echoes
the request must not put the password on screen).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wizard.domain.edits.secret_move import PARAMETER_STORE, SECRETS_MANAGER
from wizard.services.errors import AwsError, map_error
from wizard.services.messages import message

if TYPE_CHECKING:  # boto3 loads only when a connection is made, not with this module
    from wizard.services.session import AwsConnection

_HIDDEN = "[value hidden]"


@dataclass(frozen=True)
class StoredSecret:
    """What was created: ``value_from`` goes into ``secrets[].valueFrom``."""

    store: str
    name: str
    value_from: str


class SecretStore:
    """Creates SSM SecureString parameters and Secrets Manager secrets.

    Clients are made on the GUI thread (see ``session``); the calls may run in a
    worker. A client that is None raises ``AwsError('not-connected')`` when used.
    """

    def __init__(
        self,
        ssm_client: Any = None,
        secrets_client: Any = None,
        *,
        profile: str | None = None,
        endpoint_url: str | None = None,
    ) -> None:
        self._clients = {PARAMETER_STORE: ssm_client, SECRETS_MANAGER: secrets_client}
        self._profile = profile
        self._endpoint_url = endpoint_url

    def store(self, store: str, name: str, value: str, description: str = "") -> StoredSecret:
        """Create the parameter (``store`` = ``ssm``) or secret (``secretsmanager``)."""
        if not name.strip():
            raise AwsError(
                "invalid-value",
                message("secret.no-name.message"),
                message("secret.no-name.hint"),
            )
        if not value:
            raise AwsError(
                "invalid-value",
                message("secret.empty.message"),
                message("secret.empty.hint"),
            )
        if store == PARAMETER_STORE:
            arn = self.put_parameter(name, value, description)
        elif store == SECRETS_MANAGER:
            arn = self.create_secret(name, value, description)
        else:
            raise ValueError(f"unknown secret store {store!r}")
        return StoredSecret(store, name, arn)

    # -- SSM Parameter Store -------------------------------------------------------
    def put_parameter(self, name: str, value: str, description: str = "") -> str:
        """Create a SecureString parameter (encrypted with the account's default SSM
        key) and return its ARN; the name alone when the ARN cannot be read back."""
        ssm = self._client(PARAMETER_STORE)
        params: dict[str, Any] = {
            "Name": name,
            "Value": value,
            "Type": "SecureString",
            "Overwrite": False,
        }
        if description:
            params["Description"] = description
        try:
            self._call("ssm:PutParameter", ssm.put_parameter, value, **params)
        except AwsError as exc:
            if exc.code == "ParameterAlreadyExists":
                raise AwsError(
                    "already-exists",
                    message("secret.parameter-exists.message", name=name),
                    message("secret.parameter-exists.hint"),
                    action="ssm:PutParameter",
                    code=exc.code,
                ) from None
            raise
        return self._parameter_arn(ssm, name)

    def _parameter_arn(self, ssm: Any, name: str) -> str:
        # PutParameter does not return the ARN. DescribeParameters gives it without
        # reading the value; some emulators leave it out, GetParameter has it too.
        # The parameter exists by now, so failing here must not fail the whole store:
        # ECS takes a parameter's name in the task's own Region.
        try:
            found = ssm.describe_parameters(
                ParameterFilters=[{"Key": "Name", "Option": "Equals", "Values": [name]}]
            ).get("Parameters", [])
            arn = next((p.get("ARN") for p in found if p.get("Name") == name), None)
            if not arn:
                arn = ssm.get_parameter(Name=name, WithDecryption=False)["Parameter"].get("ARN")
        except Exception:  # noqa: BLE001 - any failure: fall back to the name
            arn = None
        return str(arn) if arn else name

    # -- Secrets Manager ------------------------------------------------------------
    def create_secret(self, name: str, value: str, description: str = "") -> str:
        """Create a secret holding ``value`` as its string and return its full ARN."""
        sm = self._client(SECRETS_MANAGER)
        params: dict[str, Any] = {"Name": name, "SecretString": value}
        if description:
            params["Description"] = description
        try:
            response = self._call("secretsmanager:CreateSecret", sm.create_secret, value, **params)
        except AwsError as exc:
            if exc.kind == "already-exists":
                raise AwsError(
                    "already-exists",
                    message("secret.secret-exists.message", name=name),
                    message("secret.secret-exists.hint"),
                    action="secretsmanager:CreateSecret",
                    code=exc.code,
                ) from None
            if "scheduled for deletion" in exc.message:
                exc.kind = "already-exists"
                exc.hint = message(
                    "secret.scheduled-deletion.hint",
                    command=f"aws secretsmanager restore-secret --secret-id {name}",
                )
            raise
        return str(response.get("ARN") or name)

    # -- plumbing ---------------------------------------------------------------------
    def _client(self, store: str) -> Any:
        client = self._clients.get(store)
        if client is None:
            service = "SSM" if store == PARAMETER_STORE else "Secrets Manager"
            raise AwsError(
                "not-connected",
                message("no-client.message", service=service),
                message("no-client.hint"),
            )
        return client

    def _call(self, action: str, fn: Callable[..., Any], secret: str, **kwargs: Any) -> Any:
        try:
            return fn(**kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure becomes an AwsError
            error = map_error(
                exc, action=action, profile=self._profile, endpoint_url=self._endpoint_url
            )
            raise _without(error, secret) from None


def _without(error: AwsError, secret: str) -> AwsError:
    """``error`` with the secret cut out of everything it shows."""
    if secret:
        error.message = error.message.replace(secret, _HIDDEN)
        error.hint = error.hint.replace(secret, _HIDDEN)
        error.args = (error.message,)
    return error


def secret_store_for(conn: AwsConnection) -> SecretStore:
    """A store over the SSM and Secrets Manager clients of ``conn``."""
    return SecretStore(
        conn.clients.get("ssm"),
        conn.clients.get("secretsmanager"),
        profile=conn.profile,
        endpoint_url=conn.endpoint_url,
    )
