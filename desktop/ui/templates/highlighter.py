"""Jinja syntax colours for the template editor: tags, expressions, comments, metadata block."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desktop.core.templating.metadata import CLOSING, OPENING
from desktop.ui.theme import colour

NORMAL, COMMENT, TAG, EXPRESSION, METADATA = 0, 1, 2, 3, 4
_CLOSERS = {COMMENT: "#}", TAG: "%}", EXPRESSION: "}}"}
_OPENERS = {"{#": COMMENT, "{%": TAG, "{{": EXPRESSION}
_OPENER_RE = re.compile(r"\{[{%#]")
_YAML_KEY_RE = re.compile(r"^\s*(- )?[A-Za-z_][\w-]*:")


def _format(
    color: str, *, bold: bool = False, italic: bool = False, background: str = ""
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(colour(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    if background:
        fmt.setBackground(colour(background))
    return fmt


class JinjaHighlighter(QSyntaxHighlighter):
    """Colours Jinja constructs, which may span lines (block state remembers where we are)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = {
            COMMENT: _format("syntax_comment", italic=True),
            TAG: _format("syntax_tag", bold=True),
            EXPRESSION: _format("syntax_expression", background="syntax_expression_background"),
            METADATA: _format("syntax_metadata", background="syntax_metadata_background"),
        }
        self.metadata_key = _format(
            "syntax_metadata", bold=True, background="syntax_metadata_background"
        )

    def highlightBlock(self, text: str) -> None:
        state = max(self.previousBlockState(), NORMAL)
        if state == METADATA or (
            self.currentBlock().blockNumber() == 0 and text.startswith(OPENING)
        ):
            self._metadata_line(text)
            return
        pos = 0
        while pos < len(text):
            if state == NORMAL:
                match = _OPENER_RE.search(text, pos)
                if match is None:
                    break
                pos, state = match.start(), _OPENERS[match.group(0)]
                continue
            end = text.find(_CLOSERS[state], pos + 2 if self._opens_at(text, pos) else pos)
            stop = len(text) if end < 0 else end + 2
            self._apply(text, pos, stop, self.formats[state])
            pos = stop
            if end >= 0:
                state = NORMAL
        self.setCurrentBlockState(state)

    @staticmethod
    def _opens_at(text: str, pos: int) -> bool:
        return text[pos : pos + 2] in _OPENERS

    def _metadata_line(self, text: str) -> None:
        self._apply(text, 0, len(text), self.formats[METADATA])
        match = _YAML_KEY_RE.match(text)
        if match and not text.startswith(OPENING):
            self._apply(text, 0, match.end(), self.metadata_key)
        self.setCurrentBlockState(NORMAL if text.strip() == CLOSING else METADATA)

    def _apply(self, text: str, start: int, end: int, fmt: QTextCharFormat) -> None:
        """Format ``text[start:end]``; Qt counts UTF-16 units, Python counts code points."""
        first = _utf16(text[:start])
        self.setFormat(first, _utf16(text[start:end]), fmt)


def _utf16(text: str) -> int:
    return (
        len(text) + sum(1 for char in text if ord(char) > 0xFFFF)
        if not text.isascii()
        else len(text)
    )
