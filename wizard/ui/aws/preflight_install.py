"""Putting the preflight into the window: the checklist on the review page, the
image field's last result, and Register's check before sending."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wizard.ui.aws.account import AccountState
from wizard.ui.aws.image_status import ImageStatus
from wizard.ui.aws.placement import place_beside
from wizard.ui.aws.preflight_flow import PreflightFlow, PreflightPanel
from wizard.ui.container_editor.basics import BasicsSection
from wizard.ui.pages.base import PageId


def install_preflight(
    window: Any, account: AccountState, register_flow: Any, connect: Callable[[], bool]
) -> PreflightFlow:
    review = window.wizard.review
    panel = PreflightPanel(review)
    review.add_section(panel)
    flow = PreflightFlow(window.controller, account, panel, window.wizard.jump_to, connect)
    editor = window.wizard.pages[PageId.CONTAINERS].editor
    basics = editor.section(BasicsSection)
    flow.image_status = ImageStatus(editor.ctx, flow)
    place_beside(basics.image, flow.image_status)
    register_flow.preflight = flow
    return flow
