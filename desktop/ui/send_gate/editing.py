"""Selecting and replacing a finding's span in a Qt editor (Python offsets -> UTF-16 positions)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from desktop.core.grammar.offsets import OffsetMap

Edit = tuple[int, int, str]  # (start, end, replacement) in Python offsets of the editor's text


def select_span(editor: QPlainTextEdit, start: int, end: int) -> None:
    """Select ``text[start:end]`` of the editor's text, scroll to it and focus the editor."""
    offsets = OffsetMap(editor.toPlainText())
    cursor = QTextCursor(editor.document())
    cursor.setPosition(offsets.to_utf16(start))
    cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    editor.setFocus()


def apply_edits(editor: QPlainTextEdit, edits: Sequence[Edit]) -> None:
    """Apply non-overlapping ``edits`` as one step that Ctrl+Z takes back.

    Offsets refer to the text before any of the edits; they are applied from the end so each
    stays right.
    """
    offsets = OffsetMap(editor.toPlainText())
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    try:
        for start, end, replacement in sorted(edits, reverse=True):
            cursor.setPosition(offsets.to_utf16(start))
            cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
    finally:
        cursor.endEditBlock()
