"""Where the user was in a case (side tab, editor with focus, cursor), kept per case and put back
when the case is opened again."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from shiboken6 import isValid

from desktop.core.queue.work import Place

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext

_Editor = QPlainTextEdit | QTextEdit | QLineEdit


def _cursor(widget: QWidget) -> int:
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textCursor().position()
    return 0


def _set_cursor(widget: QWidget, position: int) -> None:
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(min(position, len(widget.text())))
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(min(position, max(0, widget.document().characterCount() - 1)))
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()


class PlaceKeeper(QObject):
    """Follows focus, cursor and the side tab while the user works in a case."""

    def __init__(self, context: InstallContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.place = Place()
        self._followed: weakref.WeakSet[QWidget] = weakref.WeakSet()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)
        context.tabs.currentChanged.connect(lambda _index: self.track())
        context.reply_editor.cursorPositionChanged.connect(self.track)

    def _editor(self) -> QWidget | None:
        focused = QApplication.focusWidget()
        if (
            isinstance(focused, _Editor)
            and focused.objectName()
            and self._context.parent.isAncestorOf(focused)
        ):
            return focused
        return None

    def track(self) -> None:
        """Remember where the user is now (ignored while a case is being loaded)."""
        context = self._context
        if not isValid(context.parent) or not context.parent.isVisible():
            return  # focus moves while a closed window is being destroyed
        if context.loading or context.current_key is None:
            return
        tabs = self._context.tabs
        tab = tabs.tabText(tabs.currentIndex()) if tabs.count() else ""
        editor = self._editor()
        if editor is None:  # focus in a button or the list: keep the last editor and cursor
            self.place = Place(tab, self.place.editor, self.place.cursor)
        else:
            self.place = Place(tab, editor.objectName(), _cursor(editor))

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, _Editor) and new not in self._followed:
            self._followed.add(new)
            new_editor = new
            if isinstance(new_editor, QLineEdit):
                new_editor.cursorPositionChanged.connect(self._on_line_cursor_moved)
            elif isinstance(new_editor, QPlainTextEdit | QTextEdit):
                new_editor.cursorPositionChanged.connect(self.track)
        self.track()

    def _on_line_cursor_moved(self, _old: int, _new: int) -> None:
        self.track()

    def leave(self) -> Place:
        """The place of the case being left, and forget it."""
        place, self.place = self.place, Place()
        return place

    def arrive(self, place: Place) -> None:
        """Put the user back where they were (after the case's documents are shown)."""
        self.place = place
        QTimer.singleShot(0, lambda: self._restore(place))

    def _restore(self, place: Place) -> None:
        tabs = self._context.tabs
        for index in range(tabs.count()):
            if place.tab and tabs.tabText(index) == place.tab:
                tabs.setCurrentIndex(index)
        if place.editor:
            editor = self._context.parent.findChild(QWidget, place.editor)
            if editor is not None and editor.isVisible():
                editor.setFocus()
                _set_cursor(editor, place.cursor)
        self.place = place
