"""The steps table: a view with drag-and-drop reordering, a status combo and multi-line cells."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.core.checklist import STATUS_LABELS, STATUSES
from desktop.ui.i18n import core_text
from desktop.ui.long_lines import PlainTextField
from desktop.ui.reproduction.document import ChecklistDocument
from desktop.ui.reproduction.steps_model import COLUMN_OF

Index = QModelIndex | QPersistentModelIndex


class StatusDelegate(QStyledItemDelegate):
    """Edits a step's status with a combo box; choosing an entry commits at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for status in STATUSES:
            combo.addItem(core_text(STATUS_LABELS[status]), status)
        combo.activated.connect(lambda _row: self._on_combo_activated(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _on_combo_activated(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)


class MultiLineDelegate(QStyledItemDelegate):
    """Edits a long text cell in a few lines: Enter adds a line, Tab or a click elsewhere saves."""

    EDITOR_LINES = 5

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = PlainTextField(parent)
        editor.setTabChangesFocus(True)
        editor.setFrameShape(QPlainTextEdit.Shape.Box)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = QRect(option.rect)
        lines = editor.fontMetrics().lineSpacing() * self.EDITOR_LINES + 8
        rect.setHeight(max(rect.height(), lines))
        rect.setWidth(max(rect.width(), 260))
        viewport = editor.parentWidget()
        if viewport is not None:  # keep it inside the visible part of the table
            rect.moveRight(min(rect.right(), viewport.width() - 1))
            rect.moveBottom(min(rect.bottom(), viewport.height() - 1))
            rect.moveTop(max(rect.top(), 0))
            rect.moveLeft(max(rect.left(), 0))
        editor.setGeometry(rect)


class StepsTable(QTableView):
    """Shows the steps; rows are dragged to reorder. Undo/redo act on the checklist."""

    def __init__(self, document: ChecklistDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.setObjectName("stepsTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._status_delegate = StatusDelegate(self)
        self._text_delegate = MultiLineDelegate(self)
        self.setItemDelegate(self._text_delegate)
        self.setItemDelegateForColumn(COLUMN_OF["status"], self._status_delegate)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_OF["action"], QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_OF["number"], QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_OF["status"], QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(28)
        for name, width in (("expected", 88), ("actual", 88), ("evidence", 72)):
            self.setColumnWidth(COLUMN_OF[name], width)

    def current_row(self) -> int:
        """The selected step's index, or -1."""
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Make step ``row`` current and selected (nothing if out of range)."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        column = max(self.currentIndex().column(), COLUMN_OF["action"])
        self.setCurrentIndex(model.index(row, column))
        self.scrollTo(model.index(row, column))

    def undo(self) -> None:
        """Edit → Undo while the table has focus."""
        self._document.undo_stack.undo()

    def redo(self) -> None:
        """Edit → Redo while the table has focus."""
        self._document.undo_stack.redo()
