"""Text fields whose Ctrl+Z/Ctrl+Shift+Z (and Edit → Undo) act on the checklist's undo stack.

Every keystroke in these fields is already a checklist edit on the shared stack, so the
fields' own undo would fight it; they hand undo and redo to the stack instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from desktop.ui.long_lines import RefusesLongLines, hold_long_lines
from desktop.ui.reproduction.document import ChecklistDocument

REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")


def undo_or_redo(event: QKeyEvent) -> str:
    """ "undo", "redo" or "" for a key event."""
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    pressed = QKeySequence(event.keyCombination())
    if event.matches(QKeySequence.StandardKey.Redo) or any(
        pressed == QKeySequence(keys) for keys in REDO_KEYS
    ):
        return "redo"
    return ""


def route_undo_event(document: ChecklistDocument, event: QEvent) -> bool:
    """Handle ``event`` if it is an undo/redo key; return whether it was handled."""
    if not isinstance(event, QKeyEvent) or not (operation := undo_or_redo(event)):
        return False
    if event.type() == QEvent.Type.ShortcutOverride:
        event.accept()  # the key comes to us, not to a window-wide shortcut
        return True
    if event.type() == QEvent.Type.KeyPress:
        getattr(document.undo_stack, operation)()
        return True
    return False


# The mixin always sits before a Qt widget class: the type checker sees that base, while at
# run time it stays a plain mixin.
if TYPE_CHECKING:
    _WidgetBase = QWidget
else:
    _WidgetBase = object


class _OnChecklistStack(_WidgetBase):
    """Undo, redo and focus behaviour shared by the checklist's text fields (a mixin placed
    before the Qt class, which provides ``event`` and ``focusInEvent``)."""

    _document: ChecklistDocument

    def event(self, event: QEvent) -> bool:
        return route_undo_event(self._document, event) or super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._document.break_typing()
        super().focusInEvent(event)

    def undo(self) -> None:
        self._document.undo_stack.undo()

    def redo(self) -> None:
        self._document.undo_stack.redo()


class StackLineEdit(_OnChecklistStack, QLineEdit):
    """A one-line field of the checklist."""

    def __init__(self, document: ChecklistDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        hold_long_lines(self)

    def show_value(self, text: str) -> None:
        """Show ``text`` unless it is already shown (keeps the cursor while typing)."""
        if self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)


class StackTextEdit(_OnChecklistStack, RefusesLongLines, QPlainTextEdit):
    """A multi-line field of the checklist; Tab moves on to the next field."""

    def __init__(
        self, document: ChecklistDocument, lines: int = 3, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = self.fontMetrics().lineSpacing()
        chrome = int(self.document().documentMargin() * 2) + self.frameWidth() * 2 + 2
        self.setMinimumHeight(line * min(lines, 2) + chrome)
        self.setSizeAdjustPolicy(QPlainTextEdit.SizeAdjustPolicy.AdjustIgnored)
        self._preferred_height = line * lines + chrome
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(self._preferred_height)
        return hint

    def show_value(self, text: str) -> None:
        """Show ``text`` unless it is already shown (keeps the cursor while typing)."""
        if self.toPlainText() != text:
            self.setPlainText(text)
