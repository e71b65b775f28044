"""The internal escalation-notes pane: for the product team, never mixed into the reply."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

INTERNAL_BANNER = "INTERNAL · escalation notes for the product team · never sent to the customer"


class EscalationPane(QWidget):
    """A visibly internal editor for the case's escalation draft."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalationPane")
        self.banner = QLabel(INTERNAL_BANNER)
        self.banner.setObjectName("internalBanner")
        self.banner.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("escalationEditor")
        self.editor.setPlaceholderText(
            "What is broken, how to reproduce it, who is affected, what you ask of the team."
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.editor, 1)
