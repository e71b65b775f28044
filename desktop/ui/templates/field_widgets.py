"""One input widget per form-field kind, each with the same small value interface."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.templating import FormField
from desktop.ui.long_lines import PlainTextField, hold_long_lines

_UNSET_DATE = QDate(1900, 1, 1)
_CHOOSE = "— choose —"


class DateField(QDateEdit):
    """A date that starts unset ("Not set", so the template shows a marker) until touched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_UNSET_DATE)
        self.setSpecialValueText(self.tr("Not set"))
        self.setDate(_UNSET_DATE)

    def _start_today(self) -> None:
        if self.date() == _UNSET_DATE:
            self.setDate(QDate.currentDate())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._start_today()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape):
            self._start_today()
        super().keyPressEvent(event)


class FieldInput(QWidget):
    """Wraps the right widget for a field's kind.

    Signals:
        edited(): the user changed the value.
    """

    edited = Signal()

    def __init__(self, field: FormField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.widget = self._make(field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)
        self.widget.setToolTip(field.help)
        self.setFocusProxy(self.widget)
        self.set_value(field.default)

    def _make(self, field: FormField) -> QWidget:
        if field.kind in ("multiline", "list"):
            edit = PlainTextField()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
            if field.kind == "list":
                edit.setPlaceholderText(self.tr("One item per line"))
            edit.textChanged.connect(self.edited)
            return edit
        if field.kind == "choice":
            combo = QComboBox()
            combo.addItem(_CHOOSE, "")
            for choice in field.choices:
                combo.addItem(choice, choice)
            combo.currentIndexChanged.connect(self.edited)
            return combo
        if field.kind == "bool":
            box = QCheckBox(self.tr("Yes"))
            box.toggled.connect(self.edited)
            return box
        if field.kind == "date":
            date = DateField()
            date.dateChanged.connect(self.edited)
            return date
        line = hold_long_lines(QLineEdit())
        line.textEdited.connect(self.edited)
        return line

    def value(self) -> Any:
        """The value for the template: text, a list of lines, a bool, or an ISO date ("")."""
        widget = self.widget
        if isinstance(widget, QPlainTextEdit):
            text = widget.toPlainText()
            if self.field.kind == "list":
                return [line.strip() for line in text.splitlines() if line.strip()]
            return text
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, DateField):
            date = widget.date()
            return "" if date == _UNSET_DATE else date.toString(Qt.DateFormat.ISODate)
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def set_value(self, value: Any) -> None:
        """Show ``value`` without announcing an edit."""
        widget = self.widget
        widget.blockSignals(True)
        try:
            if isinstance(widget, QPlainTextEdit):
                lines = value if isinstance(value, list | tuple) else None
                widget.setPlainText("\n".join(map(str, lines)) if lines is not None else str(value))
            elif isinstance(widget, QComboBox):
                index = widget.findData(str(value)) if value not in (None, "") else 0
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, DateField):
                date = QDate.fromString(str(value or ""), Qt.DateFormat.ISODate)
                widget.setDate(date if date.isValid() else _UNSET_DATE)
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
                widget.setCursorPosition(0)
        finally:
            widget.blockSignals(False)
