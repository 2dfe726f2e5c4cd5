import pytest

from wizard.domain.launch_types import launch_types_of
from wizard.domain.rules.context import RuleContext


def test_declared_launch_types_are_checked():
    lt = launch_types_of({"requiresCompatibilities": ["FARGATE"]})
    assert lt.fargate and not lt.ec2 and not lt.assumed
    assert lt.checked == {"FARGATE"}


def test_none_declared_means_ec2_assumed():
    for doc in ({}, {"requiresCompatibilities": []}, {"requiresCompatibilities": "FARGATE"}):
        lt = launch_types_of(doc)
        assert lt.assumed and lt.ec2 and not lt.fargate
        assert lt.effective == {"EC2"} and lt.checked == set()


def test_extra_launch_types_count_and_unknown_values_do_not():
    lt = launch_types_of({"requiresCompatibilities": ["EC2", "BOGUS", 3]}, ("FARGATE", "NOPE"))
    assert lt.checked == {"EC2", "FARGATE"}
    assert lt.fargate and lt.ec2 and not lt.assumed


@pytest.mark.parametrize(
    ("declared", "extra"),
    [([], ()), (["EXTERNAL"], ()), (["EC2"], ("FARGATE",)), (["MANAGED_INSTANCES"], ("EC2",))],
)
def test_the_rules_context_gives_the_same_answer(declared, extra):
    doc = {"requiresCompatibilities": declared}
    lt = launch_types_of(doc, extra)
    ctx = RuleContext(doc, extra)
    assert (ctx.is_fargate, ctx.is_ec2, ctx.is_external, ctx.is_managed_instances) == (
        lt.fargate,
        lt.ec2,
        lt.external,
        lt.managed_instances,
    )
