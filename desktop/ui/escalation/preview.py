"""The live preview of the rendered escalation: Markdown shown formatted, or as its source."""

from __future__ import annotations

from PySide6.QtGui import (
    QFontDatabase,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

_GITHUB = QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
_UNDERLINE = 0x4000  # md4c's MD_FLAG_UNDERLINE: GitHub shows _text_ in italics, as should we
# GitHub tables and lists, _emphasis_ in italics, and raw HTML shown as text (never run).
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature(
    (_GITHUB & ~_UNDERLINE) | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)
# Qt's size steps (FontSizeAdjustment): 0 normal, 1 large, 2 x-large; Markdown gives h1 xx-large.
HEADING_SIZE = {1: 2, 2: 1}


def _tone_down_headings(document: QTextDocument) -> None:
    """Qt's default headings are poster-sized for a narrow pane; scale them to the text."""
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            size = QTextCharFormat()
            size.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE.get(level, 0))
            cursor.mergeCharFormat(size)
        block = block.next()


class EscalationPreview(QWidget):
    """Shows the Markdown it is given, or a problem; keeps the scroll position across updates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.markdown = ""
        self.problem = ""
        self.browser = QTextBrowser()
        self.browser.setObjectName("escalationPreview")
        self.browser.setOpenLinks(False)  # offline app: links are shown, not followed
        # Long request IDs and URLs wrap instead of scrolling sideways.
        self.browser.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.source_toggle = QCheckBox(self.tr("Source"))
        self.source_toggle.setToolTip(
            self.tr("Show the Markdown text that Copy and Export produce.")
        )
        self.source_toggle.toggled.connect(lambda _on: self._redraw())
        self.caption = QLabel()
        self.caption.setObjectName("previewCaption")
        self.caption.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(self.source_toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)

    def show_markdown(self, markdown: str, caption: str = "") -> None:
        """Show rendered Markdown; ``caption`` says which template made it."""
        self.markdown, self.problem = markdown, ""
        self.caption.setText(caption)
        self._redraw()

    def show_problem(self, message: str) -> None:
        """Show why nothing could be rendered."""
        self.markdown, self.problem = "", message
        self.caption.setText(self.tr("The escalation could not be rendered"))
        self._redraw()

    def _redraw(self) -> None:
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        if self.problem:
            self.browser.setPlainText(self.problem)
        elif self.source_toggle.isChecked():
            self.browser.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.browser.setPlainText(self.markdown)
        else:
            self.browser.setFont(self.font())
            self.browser.document().setMarkdown(self.markdown, MARKDOWN_FEATURES)
            _tone_down_headings(self.browser.document())
        bar.setValue(min(position, bar.maximum()))
