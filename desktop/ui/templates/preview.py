"""A read-only preview of rendered text, with fill markers highlighted and errors shown above."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.core.markers import FILL_MARKER_RE
from desktop.core.templating import TemplateProblem
from desktop.ui.theme import colour, hex_colour


class MarkerHighlighter(QSyntaxHighlighter):
    """Shows each ``[[FILL: ...]]`` marker on a yellow background."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.marker_format = QTextCharFormat()
        self.marker_format.setBackground(colour("marker"))
        self.marker_format.setForeground(colour("marker_text"))
        self.marker_format.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:
        for match in FILL_MARKER_RE.finditer(text):
            # QSyntaxHighlighter counts UTF-16 units; Python counts code points.
            start = _utf16_len(text[: match.start()])
            self.setFormat(start, _utf16_len(match.group(0)), self.marker_format)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class PreviewPane(QWidget):
    """Rendered text, or the render error as ``file:line: message`` (the text stays below)."""

    def __init__(self, heading: str = "Preview", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(heading)
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
        self.error.setText(f"Cannot render: {problem.format(with_severity=False)}")
        self.error.setToolTip(problem.format())
        self.error.setVisible(True)
        self.text.setEnabled(False)

    def problem_text(self) -> str:
        """The error shown, or "" when the preview is fine."""
        return self.error.text()
