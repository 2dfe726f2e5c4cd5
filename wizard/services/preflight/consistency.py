"""Check 7: ARNs of another partition, account or region, named with the reason.

- Another partition (aws-cn, aws-us-gov): ECS cannot reach it at all (error).
- A role of another account: iam:PassRole passes roles of the caller's own
  account, so ECS is not given it (warning: "may not be usable").
  https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
- A secret or parameter of another account: needs a resource policy and a key
  policy that let this account read it (warning); of another region: allowed
  with the full ARN (info).
  https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html
- An ECR image of another account needs a repository policy; of another region
  it is pulled across regions (info).
  https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html
"""

from __future__ import annotations

from wizard.domain.findings import Severity
from wizard.services.messages import message
from wizard.services.preflight.context import Preflight
from wizard.services.preflight.images import ecr_images
from wizard.services.preflight.references import parse_arn
from wizard.services.preflight.results import Area, Status
from wizard.services.preflight.secrets import secret_refs


def check_consistency(pf: Preflight) -> None:
    for field in ("executionRoleArn", "taskRoleArn"):
        value = pf.document.get(field)
        arn = parse_arn(value) if isinstance(value, str) else None
        if arn is None:
            continue
        if not _same_partition(pf, f"/{field}", arn.partition, arn.text):
            continue
        if arn.account != pf.account:
            _note(
                pf,
                f"/{field}",
                Severity.WARNING,
                "preflight.account.role",
                arn=arn.text,
                account=arn.account,
                own=pf.account,
            )
    for ref in secret_refs(pf):
        arn = parse_arn(ref.value_from)
        if arn is None or not _same_partition(pf, ref.path, arn.partition, arn.text):
            continue
        if arn.account != pf.account:
            _note(
                pf,
                ref.path,
                Severity.WARNING,
                "preflight.account.secret",
                arn=arn.text,
                account=arn.account,
                own=pf.account,
            )
        elif arn.region != pf.region:
            _note(
                pf,
                ref.path,
                Severity.INFO,
                "preflight.region.secret",
                arn=arn.text,
                region=arn.region,
                own=pf.region,
            )
    for path, _, image in ecr_images(pf):
        if image.ecr_account != pf.account:
            _note(
                pf,
                path,
                Severity.INFO,
                "preflight.account.image",
                arn=image.text,
                account=image.ecr_account,
                own=pf.account,
            )
        elif image.ecr_region != pf.region:
            _note(
                pf,
                path,
                Severity.INFO,
                "preflight.region.image",
                arn=image.text,
                region=image.ecr_region,
                own=pf.region,
            )
    if not pf.results_of("account.arns"):  # only this check makes account.arns results
        pf.add(
            "account.arns",
            Area.ACCOUNT,
            Status.PASS,
            "",
            message("preflight.account.same", account=pf.account, region=pf.region),
            severity=Severity.WARNING,
        )


def _same_partition(pf: Preflight, path: str, partition: str, text: str) -> bool:
    if partition == pf.partition:
        return True
    pf.add(
        "account.arns",
        Area.ACCOUNT,
        Status.FAIL,
        path,
        message("preflight.partition", arn=text, partition=partition, own=pf.partition),
        message("preflight.account.hint"),
        severity=Severity.ERROR,
        subject=text,
    )
    return False


def _note(pf: Preflight, path: str, severity: Severity, key: str, **params: str) -> None:
    pf.add(
        "account.arns",
        Area.ACCOUNT,
        Status.FAIL,
        path,
        message(key, **params),
        message(f"{key}.hint"),
        severity=severity,
        subject=params.get("arn", ""),
    )
