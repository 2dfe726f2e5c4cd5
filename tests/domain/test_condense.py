"""A flood of one finding is condensed to the first 50 and a count."""

from __future__ import annotations

from tests.rulekit import container, fargate_doc
from wizard.domain.analysis import analyse
from wizard.domain.condense import LIMIT, condense
from wizard.domain.findings import Finding, Severity


def test_twenty_thousand_wrong_items_give_fifty_and_a_count() -> None:
    doc = fargate_doc(container("app", command=[0] * 20_000))
    findings = analyse(doc)
    under = [f for f in findings if f.path.startswith("/containerDefinitions/0/command/")]
    assert len(under) == LIMIT and len({f.rule for f in under}) == 1
    (summary,) = [f for f in findings if f.rule == "findings-condensed"]
    assert summary.path == "/containerDefinitions/0/command"
    assert summary.severity is Severity.INFO
    assert summary.message == (
        f"{20_000 - LIMIT} more '{under[0].rule}' findings under "
        "/containerDefinitions/0/command are not listed."
    )


def test_fewer_than_the_limit_are_all_kept_in_order() -> None:
    findings = [Finding("r", Severity.ERROR, f"/a/{i}") for i in range(LIMIT)]
    findings += [Finding("other", Severity.WARNING, f"/a/{i}") for i in range(3)]
    kept = condense(list(reversed(findings)))
    assert len(kept) == LIMIT + 3
    assert not any(f.rule == "findings-condensed" for f in kept)
    assert kept[0].severity is Severity.ERROR and kept[-1].severity is Severity.WARNING


def test_each_rule_and_parent_is_counted_on_its_own() -> None:
    findings = [Finding("r", Severity.ERROR, f"/a/{i}") for i in range(LIMIT + 2)]
    findings += [Finding("r", Severity.ERROR, f"/b/{i}") for i in range(LIMIT + 1)]
    kept = condense(findings)
    summaries = {f.path: f.params["count"] for f in kept if f.rule == "findings-condensed"}
    assert summaries == {"/a": 2, "/b": 1}
    assert len(kept) == 2 * LIMIT + 2
