"""The picker's result list: title, then id · language · source (and override) under it, a star."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.core.templating import SearchHit, TemplateEntry
from desktop.ui.theme import colour

EntryRole = Qt.ItemDataRole.UserRole + 1
FavouriteRole = Qt.ItemDataRole.UserRole + 2
_STAR_WIDTH = 28
_Index = QModelIndex | QPersistentModelIndex


def details_line(entry: TemplateEntry) -> str:
    """``reply/en/acknowledgement · en · Bundled`` plus an override note when there is one."""
    source = entry.source.name
    if entry.source.kind == "bundled":
        source = QCoreApplication.translate("Results", "Bundled")
    parts = [entry.id, entry.language or QCoreApplication.translate("Results", "any language"), source]
    if entry.overrides_bundled:
        parts.append(QCoreApplication.translate("Results", "overrides bundled"))
    return " · ".join(parts)


class ResultsModel(QAbstractListModel):
    """Search hits as rows; the favourite flag is read live from ``is_favourite``."""

    def __init__(self, is_favourite: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._is_favourite = is_favourite

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show ``hits`` in order."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def entry_at(self, row: int) -> TemplateEntry | None:
        """The template on ``row``, or None."""
        return self._hits[row].entry if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.title}\n{details_line(entry)}\n{entry.path}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.title}, {details_line(entry)}"
        if role == EntryRole:
            return entry
        if role == FavouriteRole:
            return bool(self._is_favourite(entry))
        return None

    def refresh_row(self, row: int) -> None:
        """Repaint ``row`` (after its favourite flag changed)."""
        index = self.index(row)
        self.dataChanged.emit(index, index)


class ResultDelegate(QStyledItemDelegate):
    """Paints a two-line row with a clickable star on the right.

    Signals:
        star_clicked(int): the star of this row was clicked.
    """

    star_clicked = Signal(int)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = option.fontMetrics.lineSpacing() * 2 + 10
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        entry: TemplateEntry | None = index.data(EntryRole)
        if entry is None:
            return
        self.initStyleOption(option, index)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.fillRect(rect, colour("highlight") if selected else palette.base())
        painter.setPen(colour("separator"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        line = option.fontMetrics.lineSpacing()
        text_rect = rect.adjusted(6, 4, -_STAR_WIDTH, 0)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(colour("highlighted_text") if selected else colour("text"))
        title = painter.fontMetrics().elidedText(
            entry.title, Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(text_rect.x(), text_rect.y() + line - 3, title)
        painter.setFont(option.font)
        details = details_line(entry)
        painter.setPen(colour("warning_text") if entry.overrides_bundled else colour("muted_text"))
        details = painter.fontMetrics().elidedText(
            details, Qt.TextElideMode.ElideMiddle, text_rect.width()
        )
        painter.drawText(text_rect.x(), text_rect.y() + 2 * line - 1, details)
        favourite = bool(index.data(FavouriteRole))
        painter.setPen(colour("favourite") if favourite else colour("not_favourite"))
        star_rect = QRect(rect.right() - _STAR_WIDTH, rect.top(), _STAR_WIDTH, rect.height())
        painter.drawText(star_rect, Qt.AlignmentFlag.AlignCenter, "★" if favourite else "☆")
        painter.restore()

    def editorEvent(
        self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            rect: QRect = option.rect
            if event.position().x() >= rect.right() - _STAR_WIDTH:
                self.star_clicked.emit(index.row())
                return True
        return super().editorEvent(event, model, option, index)
