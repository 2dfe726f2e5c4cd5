"""Preflight: the definition checked against the AWS account before a task starts.

Read-only account calls only (``iam:GetRole``, ``ecr:DescribeImages``,
``secretsmanager:DescribeSecret``, ``iam:SimulatePrincipalPolicy``, ...): the
preflight never reads a secret or parameter value and changes nothing. One
module per area; :mod:`.runner` runs them on a bounded pool and returns a
:class:`~.results.Report`. Nothing here imports Qt.

Kept import-free on purpose: ``wizard.services.messages`` loads
:mod:`.texts` from here, and the rest is imported by module.
"""
