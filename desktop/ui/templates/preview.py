"""A read-only preview of rendered text, with fill markers highlighted and errors shown above."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.core.templating import TemplateProblem
from desktop.ui.marker_highlighter import MarkerHighlighter
from desktop.ui.theme import hex_colour

__all__ = ["MarkerHighlighter", "PreviewPane"]


class PreviewPane(QWidget):
    """Rendered text, or the render error as ``file:line: message`` (the text stays below)."""

    def __init__(self, heading: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(heading or self.tr("Preview"))
        self.heading.setObjectName("paneHeading")
        self.error = QLabel()
        self.error.setObjectName("renderError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {hex_colour('error_text')}; font-weight: bold;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setVisible(False)
        self.text = QPlainTextEdit()
        self.text.setObjectName("templatePreview")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.highlighter = MarkerHighlighter(self.text.document())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addWidget(self.text, 1)

    def show_text(self, text: str) -> None:
        """Show rendered text and hide any earlier error."""
        self.error.setVisible(False)
        self.error.clear()
        self.text.setEnabled(True)
        if text != self.text.toPlainText():
            bar = self.text.verticalScrollBar()
            position = bar.value()
            self.text.setPlainText(text)
            bar.setValue(position)  # keep the reader's place while they type

    def show_problem(self, problem: TemplateProblem) -> None:
        """Show why rendering failed; the last good text stays, greyed out."""
        self.error.setText(
            self.tr("Cannot render: {problem}").format(problem=problem.format(with_severity=False))
        )
        self.error.setToolTip(problem.format())
        self.error.setVisible(True)
        self.text.setEnabled(False)

    def problem_text(self) -> str:
        """The error shown, or "" when the preview is fine."""
        return self.error.text()
