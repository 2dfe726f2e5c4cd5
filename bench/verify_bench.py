"""Preflight wall time: a 10-container definition against a local moto account.

Every container has its own ECR image (a multi-platform index), log group,
Secrets Manager secret and SSM parameter; the task has an EFS volume with an
access point and IAM authorization. moto runs on 127.0.0.1 behind the tests'
account double (which answers iam:SimulatePrincipalPolicy); nothing leaves the
machine. Prints the time from connecting to the finished report (target: under
2 s), over REPEATS runs.

Usage: python bench/verify_bench.py [REPEATS]
"""

from __future__ import annotations

import copy
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _stats import summary  # noqa: E402

REGION = "eu-west-1"
CONTAINERS = 10


def _private_aws_environment(folder: Path) -> None:
    """Fake keys and empty AWS files: the user's own AWS setup is never read."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            del os.environ[name]
    (folder / "config").write_text("", encoding="utf-8")
    (folder / "credentials").write_text("", encoding="utf-8")
    os.environ.update(
        AWS_CONFIG_FILE=str(folder / "config"),
        AWS_SHARED_CREDENTIALS_FILE=str(folder / "credentials"),
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        AWS_DEFAULT_REGION=REGION,
        AWS_EC2_METADATA_DISABLED="true",
        # The preflight world's account: moto's default is the documentation account,
        # which the rules report as a placeholder.
        MOTO_ACCOUNT_ID="210987654321",
    )


def _account(moto_url: str) -> dict:
    """Everything the definition needs, made in moto; returns the definition."""
    import boto3

    from tests.services.preflight_world import ACCOUNT, ECR_HOST, TRUST, push

    def client(service: str):
        return boto3.client(service, region_name=REGION, endpoint_url=moto_url)

    client("iam").create_role(
        RoleName="ecsTaskExecutionRole", AssumeRolePolicyDocument=json.dumps(TRUST)
    )
    client("iam").create_role(RoleName="benchTaskRole", AssumeRolePolicyDocument=json.dumps(TRUST))
    efs = client("efs")
    fs = efs.create_file_system(CreationToken="bench")["FileSystemId"]
    ap = efs.create_access_point(FileSystemId=fs)["AccessPointId"]
    containers = []
    for i in range(CONTAINERS):
        client("ecr").create_repository(repositoryName=f"bench/c{i}")
        push(client("ecr"), f"bench/c{i}", "1.0", "linux/amd64", "linux/arm64")
        client("logs").create_log_group(logGroupName=f"/ecs/bench/c{i}")
        secret = client("secretsmanager").create_secret(Name=f"bench/c{i}", SecretString="x")
        client("ssm").put_parameter(Name=f"/bench/c{i}", Value="x", Type="SecureString")
        containers.append(
            {
                "name": f"c{i}",
                "image": f"{ECR_HOST}/bench/c{i}:1.0",
                "essential": i == 0,
                "memoryReservation": 64,
                "logConfiguration": {
                    "logDriver": "awslogs",
                    "options": {
                        "awslogs-group": f"/ecs/bench/c{i}",
                        "awslogs-region": REGION,
                        "awslogs-stream-prefix": "bench",
                    },
                },
                "secrets": [
                    {"name": "A", "valueFrom": secret["ARN"]},
                    {"name": "B", "valueFrom": f"/bench/c{i}"},
                ],
                "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"}],
            }
        )
    return {
        "family": "bench",
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": "1024",
        "memory": "2048",
        "executionRoleArn": f"arn:aws:iam::{ACCOUNT}:role/ecsTaskExecutionRole",
        "taskRoleArn": f"arn:aws:iam::{ACCOUNT}:role/benchTaskRole",
        "containerDefinitions": containers,
        "volumes": [
            {
                "name": "data",
                "efsVolumeConfiguration": {
                    "fileSystemId": fs,
                    "transitEncryption": "ENABLED",
                    "authorizationConfig": {"accessPointId": ap, "iam": "ENABLED"},
                },
            }
        ],
    }


def main(repeats: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _private_aws_environment(Path(folder))
        from moto.server import ThreadedMotoServer

        from tests.services.account_double import AccountDouble
        from wizard.services.preflight.context import Options
        from wizard.services.preflight.results import Status
        from wizard.services.preflight.runner import connect_for_preflight, run_preflight

        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # a line per request otherwise
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        double = AccountDouble(f"http://{host}:{port}", lifetime=600, max_requests=100_000)
        try:
            document = _account(f"http://{host}:{port}")
            samples, checks = [], 0
            for _ in range(repeats):
                start = time.perf_counter()
                conn = connect_for_preflight(None, REGION, double.url)
                report = run_preflight(copy.deepcopy(document), conn, Options())
                samples.append((time.perf_counter() - start) * 1000)
                checks = len(report.checks)
                failed = [c.message for c in report.checks if c.status is not Status.PASS]
                assert not failed, failed
        finally:
            double.stop()
            server.stop()
    print(f"verify, {CONTAINERS} containers, {checks} checks, against moto on 127.0.0.1:")
    print(f"  connect + preflight: {summary(samples)} (target: median under 2000 ms)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
