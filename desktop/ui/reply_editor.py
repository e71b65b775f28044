"""The reply editor: the customer-facing draft, freely editable, with undo."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.ui.long_lines import RefusesLongLines
from desktop.ui.marker_highlighter import MarkerHighlighter


class ReplyEditor(RefusesLongLines, QPlainTextEdit):
    """A plain-text editor whose programmatic changes stay on the undo stack."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyEditor")
        self.setPlaceholderText(
            self.tr("Write the reply to the customer here, or press Ctrl+K for a template.")
        )
        self.setAccessibleName(self.tr("Reply to customer"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Tab moves on, as in every field: a tab character in a reply renders differently in
        # every mail client, and a Tab that never leaves the editor traps keyboard users.
        self.setTabChangesFocus(True)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)
        # Unfilled template values stand out in yellow until the engineer types over them.
        self.markers = MarkerHighlighter(self.document())

    def load_text(self, text: str) -> None:
        """Show another case's text; its undo history starts fresh."""
        self.setPlainText(text)
        self.document().setModified(False)

    def replace_all_undoably(self, text: str) -> None:
        """Replace the whole text as one step that Ctrl+Z takes back."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def insert_undoably(self, text: str) -> None:
        """Insert ``text`` at the cursor (replacing a selection) as one undoable step."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)


class ReplyPane(QWidget):
    """The reply editor under its heading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Reply to customer"))
        self.heading.setObjectName("paneHeading")
        self.editor = ReplyEditor()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.editor, 1)
