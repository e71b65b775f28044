"""Unfilled ``[[FILL: …]]`` markers on a yellow background, in the reply and in previews."""

from __future__ import annotations

from PySide6.QtGui import QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desktop.core.markers import FILL_MARKER_RE
from desktop.ui.theme import colour


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
