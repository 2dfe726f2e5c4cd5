"""botocore exceptions, constructed as botocore raises them, mapped to AwsError."""

from __future__ import annotations

import pytest
from botocore import exceptions as bex

from wizard.services.client_messages import field_for_client_message
from wizard.services.errors import AwsError, map_error, scrub


def client_error(code: str, message: str, status: int = 400, retries: int = 0) -> bex.ClientError:
    response = {
        "Error": {"Code": code, "Message": message},
        "ResponseMetadata": {"HTTPStatusCode": status, "RetryAttempts": retries},
    }
    return bex.ClientError(response, "RegisterTaskDefinition")


@pytest.mark.parametrize(
    "exc",
    [
        bex.TokenRetrievalError(provider="sso", error_msg="Token has expired and refresh failed"),
        bex.SSOTokenLoadError(error_msg="Token for corp does not exist"),
        bex.UnauthorizedSSOTokenError(),
    ],
    ids=["TokenRetrievalError", "SSOTokenLoadError", "UnauthorizedSSOTokenError"],
)
def test_expired_sso_token_says_which_command_refreshes_it(exc):
    error = map_error(exc, action="ecs:RegisterTaskDefinition", profile="corp")
    assert error.kind == "sso-expired"
    assert "profile 'corp'" in error.message
    assert error.hint == "Run 'aws sso login --profile corp' and try again."


def test_login_session_points_at_aws_login():
    login_error = getattr(bex, "LoginTokenLoadError", None)
    if login_error is None:
        pytest.skip("this botocore has no 'aws login' sessions")
    error = map_error(login_error(error_msg="no session"), profile="corp")
    assert error.kind == "sso-expired" and "aws login --profile corp" in error.hint


@pytest.mark.parametrize(
    "exc",
    [bex.NoCredentialsError(), bex.PartialCredentialsError(provider="env", cred_var="secret")],
)
def test_no_credentials_says_how_to_configure(exc):
    error = map_error(exc, profile="dev")
    assert error.kind == "no-credentials"
    assert "'aws configure --profile dev'" in error.hint
    assert "'aws sso login --profile dev'" in error.hint


def test_default_profile_hints_carry_no_profile_flag():
    error = map_error(bex.NoCredentialsError(), profile=None)
    assert "the default profile" in error.message and "--profile default" not in error.hint


def test_endpoint_unreachable_names_the_url():
    exc = bex.EndpointConnectionError(endpoint_url="https://ecs.eu-west-1.amazonaws.com/")
    error = map_error(exc, action="ecs:ListTaskDefinitionFamilies")
    assert error.kind == "unreachable"
    assert "https://ecs.eu-west-1.amazonaws.com/" in error.message


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("AccessDeniedException", "access-denied"),
        ("ThrottlingException", "throttled"),
        ("ExpiredTokenException", "expired-credentials"),
        ("UnrecognizedClientException", "invalid-credentials"),
        ("ServerException", "server"),
        ("ClientException", "invalid-value"),
        ("EntityAlreadyExists", "already-exists"),
        ("NoSuchEntity", "not-found"),
    ],
)
def test_client_error_codes(code, kind):
    error = map_error(client_error(code, "text", status=500 if kind == "server" else 400))
    assert error.kind == kind and error.code == code


def test_access_denied_takes_the_action_from_the_message():
    exc = client_error(
        "AccessDeniedException",
        "User: arn:aws:sts::123456789012:assumed-role/dev/me is not authorized to perform: "
        "iam:ListRoles on resource: *",
    )
    error = map_error(exc, action="ecs:RegisterTaskDefinition")
    assert error.action == "iam:ListRoles" and "iam:ListRoles" in error.message


def test_access_denied_without_detail_names_our_action():
    error = map_error(
        client_error("AccessDenied", "Access Denied"), action="ecs:ListTaskDefinitions"
    )
    assert "ecs:ListTaskDefinitions" in error.message


def test_throttling_message_counts_the_attempts():
    error = map_error(client_error("ThrottlingException", "Rate exceeded", retries=5))
    assert "after 6 attempts" in error.message


def test_concurrent_revision_attempts_count_as_throttling():
    text = "Too many concurrent attempts to create a new revision of the specified family."
    assert map_error(client_error("ClientException", text)).kind == "throttled"


def test_unknown_exception_is_still_an_aws_error():
    error = map_error(RuntimeError("boom"), action="ecs:DescribeTaskDefinition")
    assert isinstance(error, AwsError) and "ecs:DescribeTaskDefinition" in error.message


def test_scrub_removes_key_shaped_text():
    text = "bad key AKIAABCDEFGHIJKLMNOP with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY!"
    cleaned = scrub(text)
    assert "AKIAABCDEFGHIJKLMNOP" not in cleaned and "wJalrXUtnFEMI" not in cleaned
    assert cleaned.startswith("bad key [access key id] with secret [redacted]")


def test_scrub_keeps_arns_readable():
    arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf"
    assert scrub(f"cannot read {arn}") == f"cannot read {arn}"


DOC = {
    "family": "web",
    "memory": "512",
    "containerDefinitions": [
        {"name": "app", "image": "nginx", "portMappings": [{"containerPort": 80, "hostPort": 80}]},
        {"name": "db", "image": "", "portMappings": [{"containerPort": 5432, "hostPort": 15432}]},
        {"name": "app", "image": "x"},
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No Fargate configuration exists for given values: 256 CPU, 4096 memory.", "/memory"),
        ("Invalid 'cpu' setting for task.", "/cpu"),
        (
            "Invalid setting for container 'db'. At least one of 'memory' or 'memoryReservation' "
            "must be specified.",
            "/containerDefinitions/1/memory",
        ),
        (
            "The 'memory' setting for container 'app' is greater than for the task.",
            "/containerDefinitions/0/memory",
        ),
        (
            "The sum of all container 'memoryReservation' values cannot be greater than the value "
            "of the task 'memory'.",
            "/memory",
        ),
        (
            "The sum of all container 'cpu' values cannot be greater than the value of the "
            "task 'cpu'.",
            "/cpu",
        ),
        (
            "When networkMode=awsvpc, the host ports and container ports in port mappings must "
            "match.",
            "/containerDefinitions/1/portMappings/0/hostPort",
        ),
        (
            "Invalid 'containerPort' setting for container 'db'.",
            "/containerDefinitions/1/portMappings",
        ),
        (
            "Fargate requires task definition to have execution role ARN to support log driver "
            "awslogs.",
            "/executionRoleArn",
        ),
        (
            "Container names must be unique within a Task Definition.",
            "/containerDefinitions/2/name",
        ),
        ("container.image should not be null or empty.", "/containerDefinitions/1/image"),
        ("Family contains invalid characters.", "/family"),
        ("Too many containers.", "/containerDefinitions"),
        ("Actual length: '66420'. Max allowed length is '65536' bytes.", ""),
    ],
)
def test_client_exception_texts_map_to_fields(text, expected):
    pointer, hint = field_for_client_message(text, DOC)
    assert pointer == expected
    assert hint


def test_unknown_client_exception_text_has_no_field():
    assert field_for_client_message("Something new went wrong.", DOC) == (None, "")
    error = map_error(client_error("ClientException", "Something new went wrong."))
    assert error.field_pointer is None and "Something new went wrong." in error.message


def test_container_name_errors_without_a_document_point_at_the_list():
    pointer, _ = field_for_client_message("Container.name should not be null or empty.", None)
    assert pointer == "/containerDefinitions"
