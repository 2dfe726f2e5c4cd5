"""The selected container, shared by every section of the container editor.

Fields are built once and bound through pointer callables that read
``EditorContext.index``; selecting another container only changes the index
and emits ``rebound`` so each section re-reads its fields. Nothing is rebuilt,
so switching is instant and no connection outlives its widget.

Signals:
    rebound(): the editor now shows another container (or the list changed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from wizard.ui.draft.controller import DraftController, environment_region
from wizard.ui.draft.watchers import Relative

RegionProvider = Callable[[], str]
__all__ = ["EditorContext", "RegionProvider", "environment_region"]


class EditorContext(QObject):
    rebound = Signal()

    def __init__(
        self,
        controller: DraftController,
        region_provider: RegionProvider | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.index = 0
        # One source for the awslogs Region: the controller's (see DraftController).
        self.region_provider: RegionProvider = region_provider or (
            lambda: controller.region_provider()
        )

    def base(self) -> str:
        return f"/containerDefinitions/{self.index}"

    def ptr(self, rel: str) -> Callable[[], str]:
        """A pointer that follows the selection: ``rel`` is e.g. "/memory"."""
        return Relative(self.base, rel)

    def get(self, rel: str, default: Any = None) -> Any:
        return self.controller.get(self.base() + rel, default)

    def set(self, rel: str, value: Any) -> None:
        self.controller.set(self.base() + rel, value)

    def on_fargate(self) -> bool:
        """FARGATE among the launch types the rules check: declared in the draft,
        or added as a launch type to check against (as the rules' context does)."""
        return self.controller.applicable_launch_types.fargate

    def on_awsvpc(self) -> bool:
        """The rules judge a Fargate task as awsvpc whatever it declares."""
        return self.on_fargate() or self.controller.get("/networkMode") == "awsvpc"

    def exists(self) -> bool:
        return isinstance(self.controller.get(self.base()), dict)

    def set_index(self, index: int) -> None:
        self.index = index
        self.rebound.emit()
