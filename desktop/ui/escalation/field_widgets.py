"""One editor per escalation field: a growing text box, or a choice, both alike to use.

Both editors have ``value()``, ``set_value(text)`` (loading: clears its undo history),
``replace_value(text)`` (filling: one undoable step) and a ``value_edited`` signal that fires
on the user's edits and on ``replace_value``, never on ``set_value``.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QComboBox, QSizePolicy, QTextEdit, QWidget

from desktop.core.escalation import REPRODUCIBILITY_CHOICES, FieldSpec, normalise_reproducibility
from desktop.ui.i18n import core_text
from desktop.ui.long_lines import RefusesLongLines

# Taller boxes for the fields that are usually long.
_MIN_LINES = {"summary": 2, "steps": 4, "evidence": 4, "actual": 3, "impact": 3}
MAX_LINES = 14
FIELD_LIMIT = 100_000  # characters in one field
_HINT_FLAGS = Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


class TextField(RefusesLongLines, QTextEdit):
    """A plain-text field that wraps and grows with its text up to ``MAX_LINES``.

    One-line fields (``spec.multiline`` false) start one line high and Enter moves on to the
    next field; pasted line breaks are kept rather than dropped.

    Signals:
        value_edited(): the user changed the text (or :meth:`replace_value` did).
    """

    value_edited = Signal()
    # Qt's QTextEdit lays text out at ~3 s per MB (bench/bench_long_lines.py), and the note
    # goes into a ticket: a longer paste is refused with a message; logs go in as a file.
    most_characters = FIELD_LIMIT

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._loading = False
        self._min_lines = _MIN_LINES.get(spec.name, 2 if spec.multiline else 1)
        self.setAcceptRichText(False)
        self.hint = core_text(spec.hint)  # drawn by paintEvent while the field is empty
        self.setToolTip(core_text(spec.hint))
        self.setTabChangesFocus(True)  # Tab moves through the form, as in any form
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(3)
        self.textChanged.connect(self._on_text_changed)
        self._fit()

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, text: str) -> None:
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        self._fit()

    def replace_value(self, text: str) -> None:
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)  # one undo step
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a one-line field moves to the next field instead of breaking the line."""
        if not self.spec.multiline and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the hint while the field is empty, wrapped (Qt's placeholder is one line)."""
        super().paintEvent(event)
        if self.document().isEmpty():
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self._hint_rect(), _HINT_FLAGS, self.hint)
            painter.end()

    def _hint_rect(self) -> QRect:
        margin = int(self.document().documentMargin())
        return self.viewport().rect().adjusted(margin, margin, -margin, -margin)

    def _on_text_changed(self) -> None:
        self._fit()
        if not self._loading:
            self.value_edited.emit()

    def _fit(self) -> None:
        document = self.document()
        if document.textWidth() != self.viewport().width():
            # Setting it lays the whole text out again, even unchanged: not on every keystroke.
            document.setTextWidth(self.viewport().width())
        line = self.fontMetrics().lineSpacing()
        chrome = 2 * document.documentMargin() + 2 * self.frameWidth() + 4
        lines = self._min_lines
        if document.isEmpty():  # show the whole hint
            bounds = self.fontMetrics().boundingRect(self._hint_rect(), _HINT_FLAGS, self.hint)
            lines = max(lines, round(bounds.height() / line))
        wanted = document.size().height() + 2 * self.frameWidth() + 4
        lowest, highest = lines * line + chrome, MAX_LINES * line + chrome
        height = int(max(lowest, min(highest, wanted)))
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)


class ChoiceField(QComboBox):
    """Reproducibility: a fixed choice; an unrecognised stored value is kept as an extra item.

    Signals: value_edited().
    """

    value_edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setToolTip(core_text(spec.hint))
        self.addItem(self.tr("Choose…"), "")
        for code, label in REPRODUCIBILITY_CHOICES.items():
            self.addItem(core_text(label), code)
        self._fixed = self.count()
        self.activated.connect(lambda _index: self.value_edited.emit())

    def value(self) -> str:
        return str(self.currentData() or "")

    def set_value(self, text: str) -> None:
        while self.count() > self._fixed:
            self.removeItem(self.count() - 1)
        code = normalise_reproducibility(text)
        if code is None:  # free text from elsewhere: show it rather than drop it
            self.addItem(text, text)
            self.setCurrentIndex(self.count() - 1)
        else:
            self.setCurrentIndex(max(0, self.findData(code)))

    def replace_value(self, text: str) -> None:
        self.set_value(text)
        self.value_edited.emit()


FieldEditor = TextField | ChoiceField


def make_editor(spec: FieldSpec) -> FieldEditor:
    """The editor for ``spec``: a choice list, or a text box that wraps long values."""
    editor: FieldEditor = ChoiceField(spec) if spec.choices else TextField(spec)
    editor.setAccessibleName(core_text(spec.label))
    return editor
