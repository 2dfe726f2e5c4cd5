"""Beside a container's image field: what the last account check found for that image
(exists, missing, wrong architecture), empty when the image was not checked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QWidget

from wizard.services.preflight.results import ImageState
from wizard.ui.container_editor.context import EditorContext


class ImageStatus(QLabel):
    def __init__(self, ctx: EditorContext, flow: Any, parent: QWidget | None = None) -> None:
        """``flow``: the :class:`~wizard.ui.aws.preflight_flow.PreflightFlow`."""
        super().__init__(parent)
        self.setObjectName("statusNote")
        self.ctx = ctx
        self.flow = flow
        self.state: ImageState | None = None
        flow.finished.connect(self.refresh)
        # The image of the container shown: the selection follows ctx.ptr().
        ctx.controller.watch(self, ctx.ptr("/image"), on_document=self.refresh)
        ctx.rebound.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self, *_: object) -> None:
        image = str(self.ctx.get("/image") or "").strip()
        report = self.flow.report
        state = report.image_states().get(image) if report is not None and image else None
        self.state = state
        texts = {
            ImageState.EXISTS: (
                self.tr("Exists"),
                self.tr("The last account check found it."),
                "ok",
            ),
            ImageState.MISSING: (
                self.tr("Missing"),
                self.tr("The last account check did not find this image or tag."),
                "error",
            ),
            ImageState.WRONG_PLATFORM: (
                self.tr("Wrong architecture"),
                self.tr("The image has no variant for the task's CPU architecture and OS."),
                "error",
            ),
            ImageState.UNKNOWN: (
                self.tr("Not checked"),
                self.tr("The last account check could not check this image (see Review)."),
                "warning",
            ),
        }
        text, tip, severity = texts.get(state, ("", "", "ok")) if state else ("", "", "ok")
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(self.tr("Image check: {0}").format(text) if text else "")
        self.setVisible(bool(text))
        if self.property("severity") != severity:
            self.setProperty("severity", severity)
            self.style().unpolish(self)
            self.style().polish(self)
