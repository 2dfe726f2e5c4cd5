"""The wizard's AWS features: connection, Register, Open from account, pickers.

Only :func:`install_aws_ui` is needed by the main window. Every AWS call runs in
a worker (``jobs``); dialogs open through one-call wrappers (``ask``/``launch``).
"""

from __future__ import annotations

from wizard.ui.aws.install import AwsUi, install_aws_ui

__all__ = ["AwsUi", "install_aws_ui"]
