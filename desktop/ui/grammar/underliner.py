"""Wavy underlines for grammar issues in any QPlainTextEdit or QTextEdit, outside the undo stack.

Issues arrive with Python offsets into the text they were found in; here, and only here, they
become Qt's UTF-16 positions. Each underline is a live ``QTextCursor``, so it moves with the
text as the user types; an underline whose words the user edits disappears until the next
check. Underlines are ``ExtraSelection``s (not document formatting, so never undone), tagged
so that other features' extra selections on the same editor are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from desktop.core.grammar.issue import Category, Issue
from desktop.core.grammar.offsets import OffsetMap, utf16_length
from desktop.ui.theme import colour

TextEditor = QPlainTextEdit | QTextEdit
#: Underline colours (palette names): spelling red, grammar blue, punctuation purple,
#: style (and typography) green.
COLOUR_NAMES = {
    Category.SPELLING: "underline_spelling",
    Category.GRAMMAR: "underline_grammar",
    Category.PUNCTUATION: "underline_punctuation",
    Category.STYLE: "underline_style",
    Category.TYPOGRAPHY: "underline_style",
}


def underline_colour(category: Category) -> QColor:
    """The colour of ``category``'s underline in the light or dark scheme in use."""
    return colour(COLOUR_NAMES.get(category, "underline_style"))


_TAG = QTextFormat.Property.UserProperty + 0x6772  # marks our extra selections


def _is_word(char: str) -> bool:
    return bool(char) and (char.isalnum() or char in "_'")


@dataclass
class Mark:
    """One underlined issue: the issue as found, and a live cursor over its text now."""

    issue: Issue
    cursor: QTextCursor
    text: str
    edges: tuple[bool, bool]

    @property
    def start(self) -> int:
        """UTF-16 position where the underline starts now."""
        return self.cursor.selectionStart()

    @property
    def end(self) -> int:
        """UTF-16 position just past the underline now."""
        return self.cursor.selectionEnd()


class Underliner(QObject):
    """Shows issues as wavy underlines in ``editor`` and finds the issue at a position.

    Signals:
        marks_changed(): underlines were added, moved away or removed.
    """

    marks_changed = Signal()

    def __init__(self, editor: TextEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.marks: list[Mark] = []
        editor.document().contentsChange.connect(self._on_document_contents_change)

    def show(self, issues: Iterable[Issue], text: str) -> None:
        """Underline ``issues``, whose Python offsets are into ``text`` (the editor's text)."""
        offsets = OffsetMap(text)
        document = self.editor.document()
        marks = []
        for issue in issues:
            cursor = QTextCursor(document)
            cursor.setPosition(offsets.to_utf16(issue.start))
            cursor.setPosition(offsets.to_utf16(issue.end), QTextCursor.MoveMode.KeepAnchor)
            if cursor.hasSelection():
                marks.append(Mark(issue, cursor, cursor.selectedText(), self._edges(cursor)))
        self.marks = marks
        self._apply()

    def clear(self) -> None:
        """Remove every underline."""
        if self.marks:
            self.marks = []
            self._apply()

    def remove(self, keep: Callable[[Mark], bool]) -> None:
        """Remove the underlines for which ``keep`` is false."""
        kept = [mark for mark in self.marks if keep(mark)]
        if len(kept) != len(self.marks):
            self.marks = kept
            self._apply()

    def mark_at(self, position: int) -> Mark | None:
        """The underlined issue at UTF-16 ``position`` (a word's end counts as inside it)."""
        inside = [m for m in self.marks if m.start <= position < m.end]
        touching = [m for m in self.marks if m.start < position == m.end]
        found = inside or touching
        return min(found, key=lambda m: m.end - m.start) if found else None

    def _edges(self, cursor: QTextCursor) -> tuple[bool, bool]:
        """Whether word characters sit right before and right after the selection."""
        document = self.editor.document()
        before = document.characterAt(cursor.selectionStart() - 1)
        after = document.characterAt(cursor.selectionEnd())
        return _is_word(before), _is_word(after)

    def _still_valid(self, mark: Mark) -> bool:
        text = mark.cursor.selectedText()
        if text != mark.text:
            # Typing right after the underlined words grows the cursor: trim it back when
            # what was typed starts a new word (a space, a comma...).
            if not (text.startswith(mark.text) and not _is_word(text[len(mark.text)])):
                return False
            start = mark.cursor.selectionStart()
            mark.cursor.setPosition(start)
            end = start + utf16_length(mark.text)
            mark.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return self._edges(mark.cursor) == mark.edges

    def _on_document_contents_change(self, position: int, _removed: int, added: int) -> None:
        if not self.marks:
            return
        low, high = position - 1, position + added + 1
        kept = [m for m in self.marks if m.end < low or m.start > high or self._still_valid(m)]
        if len(kept) != len(self.marks):
            self.marks = kept
            self._apply()

    def _apply(self) -> None:
        others = [s for s in self.editor.extraSelections() if not s.format.hasProperty(_TAG)]
        selections = []
        for mark in self.marks:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = mark.cursor
            text_format = QTextCharFormat()
            text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            text_format.setUnderlineColor(underline_colour(mark.issue.category))
            text_format.setProperty(_TAG, True)
            selection.format = text_format
            selections.append(selection)
        self.editor.setExtraSelections(others + selections)
        self.marks_changed.emit()
