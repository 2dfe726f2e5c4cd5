"""Which AWS Region applies when the user has not picked one.

The AWS CLI and the SDKs read ``AWS_REGION`` first, then ``AWS_DEFAULT_REGION``
(https://docs.aws.amazon.com/sdkref/latest/guide/feature-region.html); the GUI,
``cost`` and the Connect dialog follow the same order, from this one place. The
environment is passed in so that the domain stays free of process state.
"""

from __future__ import annotations

from collections.abc import Mapping

# Where prices and new containers' logs start when nothing names a Region.
DEFAULT_REGION = "us-east-1"


def environment_region(environ: Mapping[str, str]) -> str:
    """The Region the environment names, as the AWS CLI would pick it ("" if none)."""
    return environ.get("AWS_REGION") or environ.get("AWS_DEFAULT_REGION") or ""


def default_region(environ: Mapping[str, str]) -> str:
    """The environment's Region, else :data:`DEFAULT_REGION`."""
    return environment_region(environ) or DEFAULT_REGION
