"""Paints case-list rows: two lines (subject; ID, customer, status) in any script.

The list uses uniform row heights (10,000 cases scroll smoothly), so the one height must hold
two lines of the tallest script: Chinese and Japanese glyphs come from a fallback font whose
lines are taller than the Latin font's, and a height measured on a Latin row cut off the
second line of a CJK row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

# Latin with descenders plus Han, kana and hangul: the tallest lines a subject can have.
TALLEST_LINE = "Ágjy 漢字かなカナ한글"


class CaseRowDelegate(QStyledItemDelegate):
    """Rows sized for two lines of the tallest script, whatever the first row holds."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The row's own size, grown to two lines of :data:`TALLEST_LINE` if that is taller."""
        own = super().sizeHint(option, index)
        sample = QStyleOptionViewItem(option)
        self.initStyleOption(sample, index)
        sample.text = f"{TALLEST_LINE}\u2028{TALLEST_LINE}"  # Qt's line separator, as in rows
        # The PySide6 stubs lack QStyleOptionViewItem.widget; it is there at run time.
        widget: QWidget | None = getattr(option, "widget", None)
        style = widget.style() if widget is not None else QApplication.style()
        tallest = style.sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, sample, QSize(), widget
        )
        return QSize(own.width(), max(own.height(), tallest.height()))
