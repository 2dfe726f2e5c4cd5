import pytest

from wizard.domain.analysis import analyse
from wizard.domain.launch_types import assumed_launch_type, declared_launch_types, launch_types_of
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


"""The one answer to "which launch types apply" when a file declares none."""


def test_declared_launch_types_keep_the_files_order_and_skip_unknown_values():
    doc = {"requiresCompatibilities": ["FARGATE", "BOGUS", "EC2"]}
    assert declared_launch_types(doc) == ("FARGATE", "EC2")
    assert assumed_launch_type(doc) is None


def test_ec2_is_assumed_when_nothing_known_is_declared():
    for doc in ({}, {"requiresCompatibilities": []}, {"requiresCompatibilities": "EC2"}):
        assert assumed_launch_type(doc) == "EC2"


def test_the_rules_check_a_file_without_launch_types_as_ec2():
    # bridge with a host port is EC2-only; checked as Fargate it would be an error.
    doc = {
        "family": "legacy",
        "containerDefinitions": [
            {
                "name": "web",
                "image": "nginx:1.27",
                "memory": 256,
                "portMappings": [{"containerPort": 80, "hostPort": 8080}],
            }
        ],
    }
    assert assumed_launch_type(doc) == "EC2"
    errors = [f.rule for f in analyse(doc, ()) if f.severity.value == "error"]
    assert errors == []
    fargate = dict(doc, requiresCompatibilities=["FARGATE"])
    assert any(f.severity.value == "error" for f in analyse(fargate, ()))
