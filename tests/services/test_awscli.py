"""The AWS CLI's own register-task-definition accepts our export as is.

The AWS CLI is installed into its own virtual environment (it pins its own
botocore), then `aws ecs register-task-definition --cli-input-json file://...`
runs against the local moto endpoint. Skips, saying why, where the CLI cannot
be installed (no package index reachable).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import boto3
import pytest

from tests.aws_fixtures import BOOK, REGION
from tests.domain.formats.test_cloudformation import RICH_DOCUMENTS
from wizard.domain.formats.exporter import to_json


@pytest.fixture(scope="session")
def aws_cli(tmp_path_factory) -> Path:
    venv = tmp_path_factory.mktemp("awscli-venv")
    try:
        # No pip of its own (ensurepip is a few seconds): this environment's pip
        # installs into it with --python.
        subprocess.run(
            [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120
        )
        python = venv / "bin" / "python"
        subprocess.run(
            [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "awscli"],
            check=True,
            timeout=600,
            capture_output=True,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"the AWS CLI could not be installed into a virtual environment: {exc}")
    return venv / "bin" / "aws"


def register_with_cli(aws: Path, document: dict, tmp_path: Path, endpoint: str) -> dict:
    path = tmp_path / "taskdef.json"
    path.write_text(to_json(document), encoding="utf-8")
    proc = subprocess.run(
        [
            str(aws),
            "ecs",
            "register-task-definition",
            "--cli-input-json",
            f"file://{path}",
            "--endpoint-url",
            endpoint,
            "--region",
            REGION,
            "--output",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)["taskDefinition"]


@pytest.mark.parametrize(
    "document",
    [BOOK, *RICH_DOCUMENTS.values()],
    ids=["book", *RICH_DOCUMENTS],
)
def test_the_aws_cli_registers_our_export(aws_cli, moto_url, tmp_path, document):
    registered = register_with_cli(aws_cli, document, tmp_path, moto_url)
    assert registered["family"] == document["family"]
    ecs = boto3.client("ecs", region_name=REGION, endpoint_url=moto_url)
    described = ecs.describe_task_definition(taskDefinition=document["family"])["taskDefinition"]
    names = [c["name"] for c in described["containerDefinitions"]]
    assert names == [c["name"] for c in document["containerDefinitions"]]
