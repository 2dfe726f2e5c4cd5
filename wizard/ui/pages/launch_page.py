"""Page 1, "Launch type and family": the family name, the launch types the task
definition must satisfy (``requiresCompatibilities``) and the operating system /
CPU architecture (``runtimePlatform``), in the console's order.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.launch_types import LAUNCH_TYPES, assumed_launch_type
from wizard.ui.draft.controller import REMOVE, DraftController
from wizard.ui.pages.base import PageId
from wizard.ui.pages.page_layout import ScrollingPage, section
from wizard.ui.pages.page_of import PAGE_PREFIXES
from wizard.ui.widgets.field_row import FieldRow, bind_text
from wizard.ui.widgets.findings_row import FindingsRow
from wizard.ui.widgets.form_rows import FormRows

# (operatingSystemFamily, cpuArchitecture) pairs offered like the console's
# "Operating system/Architecture" list; Windows runs only on X86_64.
PLATFORMS: tuple[tuple[str, str], ...] = (
    ("LINUX", "X86_64"),
    ("LINUX", "ARM64"),
    ("WINDOWS_SERVER_2019_FULL", "X86_64"),
    ("WINDOWS_SERVER_2019_CORE", "X86_64"),
    ("WINDOWS_SERVER_2022_FULL", "X86_64"),
    ("WINDOWS_SERVER_2022_CORE", "X86_64"),
    ("WINDOWS_SERVER_2025_FULL", "X86_64"),
    ("WINDOWS_SERVER_2025_CORE", "X86_64"),
)
# The architecture ECS assumes when runtimePlatform names only the OS.
DEFAULT_ARCHITECTURE = "X86_64"


def platform_label(os_family: str, arch: str) -> str:
    """Console spelling: "Linux/ARM64", "Windows Server 2022 Core/X86_64"."""
    if os_family == "LINUX":
        name = "Linux"
    elif os_family.startswith("WINDOWS_SERVER_"):
        parts = os_family.removeprefix("WINDOWS_SERVER_").split("_")
        name = "Windows Server " + " ".join(p.capitalize() for p in parts)
    else:
        name = os_family
    return f"{name}/{arch}"


def platform_key(os_family: Any, arch: Any) -> str:
    return f"{os_family}/{arch}"


class LaunchPage(ScrollingPage):
    PAGE_ID = PageId.LAUNCH
    PREFIXES = PAGE_PREFIXES[PageId.LAUNCH]

    def __init__(self, controller: DraftController) -> None:
        super().__init__(controller)
        column = self.scroll_column(
            self.tr("Launch type and family"),
            self.tr(
                "Name the task definition, choose where its tasks will run and the operating "
                "system they need. The next pages only offer what these choices allow."
            ),
        )
        column.addWidget(self._build_family())
        column.addWidget(self._build_launch_types())
        column.addWidget(self._build_platform())
        column.addStretch(1)
        self.follow_draft(self._sync)
        self._sync()

    # --- family -----------------------------------------------------------
    def _build_family(self) -> QWidget:
        box, form = section(self.tr("Task definition configuration"), self)
        self.family_edit = QLineEdit(box)
        self.family_edit.setPlaceholderText(self.tr("e.g. web-app"))
        bind_text(self.controller, "/family", self.family_edit)
        self.family_row = FieldRow(
            self.controller,
            "/family",
            self.family_edit,
            self.tr(
                "The name every revision of this task definition shares: up to 255 letters, "
                "numbers, hyphens and underscores."
            ),
            box,
        )
        form.field(
            self.tr("Task definition &family"),
            self.family_edit,
            cell=self.family_row,
            hint=self.tr("Letters, numbers, hyphens and underscores, up to 255."),
        )
        self.focus_targets["/family"] = self.family_edit
        return box

    # --- launch types -----------------------------------------------------
    def _build_launch_types(self) -> QWidget:
        box, form = section(self.tr("Infrastructure requirements"), self)
        frame = QFrame(box)
        frame.setObjectName("checkGroup")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(2, 2, 2, 2)
        self.launch_boxes: dict[str, QCheckBox] = {}
        for value, text, tip in (
            (
                "FARGATE",
                self.tr("AWS Fargate"),
                self.tr("Serverless: AWS runs the task on fixed CPU / memory sizes."),
            ),
            (
                "EC2",
                self.tr("Amazon EC2 instances"),
                self.tr("Tasks run on EC2 container instances of your cluster; any network mode."),
            ),
            (
                "EXTERNAL",
                self.tr("External (ECS Anywhere)"),
                self.tr("Tasks run on your own servers registered with ECS Anywhere (no awsvpc)."),
            ),
            (
                "MANAGED_INSTANCES",
                self.tr("Managed Instances"),
                self.tr("ECS Managed Instances: EC2 capacity that AWS manages; Linux only."),
            ),
        ):
            check = QCheckBox(text, frame)
            check.setAccessibleName(text)
            check.setToolTip(tip)
            check.setProperty("plainText", text)
            check.setProperty("plainTip", tip)
            check.clicked.connect(lambda checked, v=value: self._launch_type_clicked(v, checked))
            layout.addWidget(check)
            self.launch_boxes[value] = check
        help_text = self.tr(
            "ECS checks the task definition against every launch type chosen here. "
            "Several are allowed; the definition must then satisfy all of them."
        )
        self.launch_row = FindingsRow(
            self.controller,
            frame,
            help_text,
            subtree=lambda: ("/requiresCompatibilities",),
            parent=box,
        )
        form.field(
            self.tr("&Launch type"),
            frame,
            cell=self.launch_row,
            buddy=self.launch_boxes["FARGATE"],
            hint=help_text,
        )
        self.focus_targets["/requiresCompatibilities"] = self.launch_boxes["FARGATE"]
        self._build_extra_launch_types(box, form)
        return box

    def _build_extra_launch_types(self, box: QWidget, form: FormRows) -> None:
        """Launch types to check against without declaring them: what
        ``lint --launch-type`` does, kept with the saved draft (never exported)."""
        frame = QFrame(box)
        frame.setObjectName("checkGroup")
        # Two columns: four boxes side by side would widen the page past the window.
        layout = QGridLayout(frame)
        layout.setContentsMargins(2, 2, 2, 2)
        self.extra_boxes: dict[str, QCheckBox] = {}
        for position, value in enumerate(LAUNCH_TYPES):
            text = str(self.launch_boxes[value].property("plainText"))
            check = QCheckBox(text, frame)
            check.setAccessibleName(self.tr("Also check against {0}").format(text))
            check.clicked.connect(lambda checked, v=value: self._extra_clicked(v, checked))
            layout.addWidget(check, position // 2, position % 2)
            self.extra_boxes[value] = check
        help_text = self.tr(
            "Check the definition against these launch types too, without declaring them in "
            "requiresCompatibilities (as 'lint --launch-type' does): for a file that will also "
            "run elsewhere. Kept with the saved draft, never written to the exported JSON."
        )
        frame.setToolTip(help_text)
        for check in self.extra_boxes.values():
            check.setAccessibleDescription(help_text)
        form.field(self.tr("Also &check against"), frame, buddy=self.extra_boxes["FARGATE"])

    def _extra_clicked(self, value: str, checked: bool) -> None:
        extra = [v for v in self.controller.launch_types if v != value]
        if checked:
            extra.append(value)
        self.controller.set_launch_types(tuple(extra))

    def launch_types(self) -> list[Any]:
        value = self.controller.get("/requiresCompatibilities")
        return list(value) if isinstance(value, list) else []

    def _launch_type_clicked(self, value: str, checked: bool) -> None:
        if not checked and value == assumed_launch_type(self.controller.document):
            # Clicking the assumed EC2 box makes the choice explicit.
            self.controller.set("/requiresCompatibilities", [value])
            return
        # Keep entries this page does not know (a typo from a file is shown by
        # its finding, not silently dropped) and the user's order.
        current = [v for v in self.launch_types() if v != value]
        if checked:
            current.append(value)
        self.controller.set("/requiresCompatibilities", current if current else REMOVE)
        if checked and value == "FARGATE" and self.controller.get("/networkMode") is None:
            # Fargate only runs awsvpc. An existing different mode is left alone:
            # the rule reports it on the task size page, where it can be changed.
            self.controller.set("/networkMode", "awsvpc")

    def _show_assumed(self, check: QCheckBox, assumed: bool) -> None:
        """A launch type ECS assumes (none is declared) reads "(assumed)"."""
        text = str(check.property("plainText"))
        tip = str(check.property("plainTip"))
        if assumed:
            text = self.tr("{0} (assumed)").format(text)
            tip = self.tr(
                "{0} This file declares no launch type (requiresCompatibilities), so it is "
                "checked as EC2. Click to choose EC2 explicitly."
            ).format(tip)
        if check.text() != text:
            check.setText(text)
            check.setToolTip(tip)

    # --- platform ---------------------------------------------------------
    def _build_platform(self) -> QWidget:
        box, form = section(self.tr("Operating system"), self)
        self.platform_combo = QComboBox(box)
        for os_family, arch in PLATFORMS:
            self.platform_combo.addItem(
                platform_label(os_family, arch), platform_key(os_family, arch)
            )
        # Left out, ECS takes Linux on x86_64 (RuntimePlatform in the API reference:
        # https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RuntimePlatform.html).
        self.platform_combo.addItem(self.tr("Not specified (Linux on x86_64)"), "")
        self.platform_combo.activated.connect(self._platform_chosen)
        help_text = self.tr(
            "The operating system and CPU architecture the task's images are built for. "
            "Fargate defaults to Linux/X86_64; Windows runs only on X86_64."
        )
        self.platform_row = FindingsRow(
            self.controller,
            self.platform_combo,
            help_text,
            subtree=lambda: ("/runtimePlatform",),
            parent=box,
        )
        form.field(
            self.tr("&Operating system/Architecture"), self.platform_combo, cell=self.platform_row
        )
        self.focus_targets["/runtimePlatform"] = self.platform_combo
        return box

    @Slot(int)
    def _platform_chosen(self, index: int) -> None:
        key = self.platform_combo.itemData(index)
        if not key:
            self.controller.set("/runtimePlatform", REMOVE)
            return
        os_family, arch = str(key).split("/", 1)
        self.controller.set(
            "/runtimePlatform", {"operatingSystemFamily": os_family, "cpuArchitecture": arch}
        )

    def _platform_key(self) -> str:
        platform = self.controller.get("/runtimePlatform")
        if not isinstance(platform, dict) or not platform:
            return ""
        os_family = platform.get("operatingSystemFamily", "LINUX")
        return platform_key(os_family, platform.get("cpuArchitecture", DEFAULT_ARCHITECTURE))

    # --- draft -> widgets -------------------------------------------------
    @Slot(str)
    def _sync(self, _changed: str = "") -> None:
        chosen = self.launch_types()
        assumed = assumed_launch_type(self.controller.document)
        for value, check in self.launch_boxes.items():
            check.setChecked(value in chosen or value == assumed)
            self._show_assumed(check, value == assumed)
        extra = self.controller.launch_types
        for value, check in self.extra_boxes.items():
            # A declared launch type is checked anyway: nothing to add.
            check.setEnabled(value not in chosen)
            check.setChecked(value in extra or value in chosen)
        key = self._platform_key()
        offered = len(PLATFORMS) + 1  # the list plus "Not specified"
        while self.platform_combo.count() > offered:  # an earlier value from a file
            self.platform_combo.removeItem(offered)
        index = self.platform_combo.findData(key)
        if index < 0:
            # A pair from a file that the list does not offer: show it as it is;
            # its finding (if any) appears below the combo.
            os_family, arch = key.split("/", 1)
            self.platform_combo.addItem(f"{os_family}/{arch}", key)
            index = self.platform_combo.count() - 1
        self.platform_combo.setCurrentIndex(index)
