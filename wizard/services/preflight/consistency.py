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
from wizard.services.preflight.reporter import Reporter
from wizard.services.preflight.results import Area
from wizard.services.preflight.secrets import secret_refs


def check_consistency(pf: Preflight) -> None:
    for field in ("executionRoleArn", "taskRoleArn"):
        value = pf.document.get(field)
        arn = parse_arn(value) if isinstance(value, str) else None
        if arn is None:
            continue
        if not _same_partition(pf, f"/{field}", arn.partition, arn.text):
            continue
        # IAM is global: a role of another region does not exist, so only the account.
        _elsewhere(pf, f"/{field}", arn.text, arn.account, pf.region, "role", Severity.WARNING)
    for ref in secret_refs(pf):
        arn = parse_arn(ref.value_from)
        if arn is None or not _same_partition(pf, ref.path, arn.partition, arn.text):
            continue
        _elsewhere(pf, ref.path, arn.text, arn.account, arn.region, "secret", Severity.WARNING)
    for path, _, image in ecr_images(pf):
        _elsewhere(
            pf, path, image.text, image.ecr_account, image.ecr_region, "image", Severity.INFO
        )
    if not pf.results_of("account.arns"):  # only this check makes account.arns results
        _arns(pf, "").passed(
            message("preflight.account.same", account=pf.account, region=pf.region),
            severity=Severity.WARNING,
        )


def _elsewhere(
    pf: Preflight,
    path: str,
    arn: str,
    account: str,
    region: str,
    what: str,
    account_severity: Severity,
) -> None:
    """A note when ``arn`` (a role, secret or image) is of another account, or else
    of another region (always information): ``preflight.account.WHAT`` /
    ``preflight.region.WHAT``."""
    if account != pf.account:
        _note(
            pf,
            path,
            account_severity,
            f"preflight.account.{what}",
            arn=arn,
            account=account,
            own=pf.account,
        )
    elif region != pf.region:
        _note(
            pf,
            path,
            Severity.INFO,
            f"preflight.region.{what}",
            arn=arn,
            region=region,
            own=pf.region,
        )


def _same_partition(pf: Preflight, path: str, partition: str, text: str) -> bool:
    if partition == pf.partition:
        return True
    _arns(pf, path, text).failed(
        message("preflight.partition", arn=text, partition=partition, own=pf.partition),
        message("preflight.account.hint"),
    )
    return False


def _note(pf: Preflight, path: str, severity: Severity, key: str, **params: str) -> None:
    _arns(pf, path, params.get("arn", "")).failed(
        message(key, **params), message(f"{key}.hint"), severity=severity
    )


def _arns(pf: Preflight, path: str, arn: str = "") -> Reporter:
    return Reporter(pf, "account.arns", Area.ACCOUNT, path, arn)
