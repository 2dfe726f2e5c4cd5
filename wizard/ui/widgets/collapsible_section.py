"""A titled section whose content folds away, with a findings badge in the title.

Long forms (the container editor) keep the common sections open and the rest
folded; the badge ("2 errors") tells the user that a folded section needs
attention without opening it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget

from wizard.ui.widgets.field_row import repolish


class CollapsibleSection(QWidget):
    def __init__(
        self, title: str, content: QWidget, expanded: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.content = content
        self.button = QToolButton(self)
        self.button.setObjectName("sectionHeader")
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.button.setAutoRaise(True)
        self.button.setText(title)
        self.button.setAccessibleName(title)
        self.button.toggled.connect(self.set_expanded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.button)
        layout.addWidget(content)
        # Indent the content so it reads as belonging to the header.
        content.setContentsMargins(18, 0, 0, 6)
        self.button.setChecked(expanded)
        self.set_expanded(expanded)

    def is_expanded(self) -> bool:
        return self.button.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        if self.button.isChecked() != expanded:
            self.button.setChecked(expanded)  # re-enters through toggled
            return
        self.button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.content.setVisible(expanded)

    def set_badge(self, text: str, severity: str = "") -> None:
        """Show e.g. "2 errors" after the title; ``severity`` colours it (app.qss)."""
        label = f"{self.title}  ({text})" if text else self.title
        if self.button.text() != label:
            self.button.setText(label)
        if (self.button.property("severity") or "") != severity:
            self.button.setProperty("severity", severity)
            repolish(self.button)
