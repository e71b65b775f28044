"""Text fields refuse, whole and with a message, a paste with a line too long to lay out.

Line edits get a deliberate length instead of Qt's default, which cuts a paste silently at
32,767 characters; text editors check what is pasted or dropped before Qt lays it out.
Every editable text field of the app is one of these (tests/ui/test_long_lines.py walks
the window and the dialogs to check it).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMimeData, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QClipboard,
    QContextMenuEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QValidator,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.core.line_limit import LINE_LIMIT, longest_line, too_long

log = logging.getLogger(__name__)

# Larger than any paste, so the check sees all of it and refuses it whole.
_NO_CUT = 2**31 - 1


def tell_refused(
    field: QWidget, length: int, limit: int = LINE_LIMIT, *, whole: bool = False
) -> None:
    """Say in one line, where the user looks, that a paste was refused and why (``whole``:
    the field's whole text would be too long, not one line)."""
    locale = QLocale()
    if whole:
        message = QCoreApplication.translate(
            "LongLines",
            "Not pasted: this field would hold {length} characters, more than it takes "
            "({limit}); the clipboard still holds it, attach it as a file instead.",
        )
    else:
        message = QCoreApplication.translate(
            "LongLines",
            "Not pasted: a line of {length} characters is longer than this field takes "
            "({limit}); the clipboard still holds it, attach it as a file instead.",
        )
    message = message.format(length=locale.toString(length), limit=locale.toString(limit))
    log.info("refused a paste of %d characters (limit %d)", length, limit)  # never the text
    window = field.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 20_000)
    else:  # a dialog has no status line: say it under the field
        _Notice(field, message)
    field.setProperty("refused_message", message)  # what the user was told, for tests


class _Notice(QLabel):
    """A note under a dialog's field for 10 s. Not a QToolTip: Qt hides those on the next key
    event, which is the V of Ctrl+V being let go."""

    def __init__(self, field: QWidget, message: str) -> None:
        super().__init__(message, field, Qt.WindowType.ToolTip)
        self.setObjectName("refusedPasteNotice")
        self.setWordWrap(True)
        self.setMargin(4)
        self.setFixedWidth(max(field.width(), 320))
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setAutoFillBackground(True)
        for old in field.findChildren(_Notice):
            if old is not self:
                old.deleteLater()
        self.move(field.mapToGlobal(QPoint(0, field.height())))
        self.show()
        QTimer.singleShot(10_000, self.deleteLater)


class _LengthLimit(QValidator):
    """The backstop for edits the paste check does not see (an input method, a script):
    Qt undoes an edit the validator calls invalid, so nothing is cut."""

    def __init__(self, field: QLineEdit, limit: int) -> None:
        super().__init__(field)
        self._field = field
        self._limit = limit

    def validate(self, text: str, pos: int) -> QValidator.State:
        if len(text) <= self._limit:
            return QValidator.State.Acceptable
        # Loading a stored value also asks (and keeps it); only an edit Qt undid was refused.
        length = len(text)
        QTimer.singleShot(0, self._field, lambda: self._told(length))
        return QValidator.State.Invalid

    def _told(self, length: int) -> None:
        if len(self._field.text()) <= self._limit:
            tell_refused(self._field, length, self._limit)


class _PasteCheck(QObject):
    """Looks at a paste or drop before the line edit takes it: Qt's own refusal of a 10 MB
    paste (through the validator) takes seconds."""

    def __init__(self, field: QLineEdit, limit: int) -> None:
        super().__init__(field)
        self._field = field
        self._limit = limit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return event.matches(QKeySequence.StandardKey.Paste) and self._refused(
                QGuiApplication.clipboard().text()
            )
        if (
            kind == QEvent.Type.Drop
            and isinstance(event, QDropEvent)
            and self._refused(event.mimeData().text())
        ):
            event.ignore()
            return True
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            # X11's middle-click paste of the selection
            return event.button() == Qt.MouseButton.MiddleButton and self._refused(
                QGuiApplication.clipboard().text(QClipboard.Mode.Selection)
            )
        if kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            self._context_menu(event)
            return True
        return False

    def _refused(self, text: str) -> bool:
        if len(text) + len(self._field.text()) - len(self._field.selectedText()) <= self._limit:
            return False
        tell_refused(self._field, len(text), self._limit)
        return True

    def _context_menu(self, event: QContextMenuEvent) -> None:
        menu = self._field.createStandardContextMenu()
        paste = menu.findChild(QAction, "edit-paste")
        if paste is not None:  # Qt names the action; route it through the check
            paste.triggered.disconnect()
            paste.triggered.connect(self._paste_from_menu)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def _paste_from_menu(self) -> None:
        if not self._refused(QGuiApplication.clipboard().text()):
            self._field.paste()


def hold_long_lines(field: QLineEdit, limit: int = LINE_LIMIT) -> QLineEdit:
    """Let ``field`` take up to ``limit`` characters and refuse a longer paste whole."""
    field.setMaxLength(_NO_CUT)
    field.setValidator(_LengthLimit(field, limit))
    field.installEventFilter(_PasteCheck(field, limit))
    return field


class RefusesLongLines:
    """Mixin for QPlainTextEdit/QTextEdit subclasses (listed before the Qt class): a paste or
    drop with a line longer than ``LINE_LIMIT`` is refused whole, before Qt lays it out.

    A class may also set ``most_characters``, a limit on the whole text after the paste.
    """

    most_characters: int | None = None

    def insertFromMimeData(self, source: QMimeData) -> None:
        assert isinstance(self, QPlainTextEdit | QTextEdit)
        text = source.text() if source.hasText() else ""
        if too_long(text):
            tell_refused(self, longest_line(text))
            return
        if self.most_characters is not None and text:
            replaced = len(self.textCursor().selectedText())
            after = len(self.toPlainText()) - replaced + len(text)
            if after > self.most_characters:
                tell_refused(self, after, self.most_characters, whole=True)
                return
        super().insertFromMimeData(source)  # type: ignore[misc]


class PlainTextField(RefusesLongLines, QPlainTextEdit):
    """A plain-text editor for forms and dialogs that refuses over-long lines."""
