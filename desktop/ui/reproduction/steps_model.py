"""The table model over the checklist's steps: #, action, expected, actual, status, evidence.

The model keeps its own snapshot of the checklist and moves it forward one core edit at a
time, so views keep their selection and scroll position across edits, undo and redo. Writes
(cell edits, drops) become core edits pushed onto the document's undo stack.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.core.checklist import (
    BLOCKED,
    FAILED,
    PASSED,
    STATUS_LABELS,
    Edit,
    InsertStep,
    MoveStep,
    RemoveStep,
    UpdateStep,
    step_shows_problem,
)
from desktop.core.i18n import translate
from desktop.ui.i18n import core_text
from desktop.ui.reproduction.document import ChecklistDocument
from desktop.ui.theme import colour

COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", "#"),
    ("action", translate("StepEditor", "Action")),
    ("expected", translate("StepEditor", "Expected")),
    ("actual", translate("StepEditor", "Actual")),
    ("status", translate("StepsModel", "Status")),
    ("evidence", translate("StepEditor", "Evidence")),
)
COLUMN_OF = {name: column for column, (name, _title) in enumerate(COLUMNS)}
# Status cells are tinted so a run can be read at a glance (text stays dark for contrast).
STATUS_BACKGROUNDS = {PASSED: "step_passed", FAILED: "step_failed", BLOCKED: "step_blocked"}
STEP_MIME = "application/x-casewright-step-row"
Index = QModelIndex | QPersistentModelIndex


def _one_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " ⏎ ".join(lines)


class StepsModel(QAbstractTableModel):
    """Rows are steps. ``Qt.UserRole`` on the status column gives the status code."""

    def __init__(self, document: ChecklistDocument) -> None:
        super().__init__(document)
        self._document = document
        self._checklist = document.checklist()
        document.edit_applied.connect(self._on_document_edit_applied)
        document.reset.connect(self._on_document_reset)

    # Reading -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._checklist.steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return core_text(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._checklist.steps):
            return None
        step = self._checklist.steps[index.row()]
        name = COLUMNS[index.column()][0]
        if name == "number":
            if role == Qt.ItemDataRole.DisplayRole:
                return str(index.row() + 1)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        value = str(getattr(step, name))
        if role == Qt.ItemDataRole.DisplayRole:
            return core_text(STATUS_LABELS[value]) if name == "status" else _one_line(value)
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.UserRole):
            return value
        if role == Qt.ItemDataRole.ToolTipRole and name != "status":
            return value or None
        if name == "status" and role == Qt.ItemDataRole.BackgroundRole:
            return colour(STATUS_BACKGROUNDS[value]) if value in STATUS_BACKGROUNDS else None
        if role == Qt.ItemDataRole.ForegroundRole and name == "status" and step_shows_problem(step):
            return colour("error_text")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if COLUMNS[index.column()][0] != "number":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # Writing -------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = COLUMNS[index.column()][0]
        if name == "number":
            return False
        description = self.tr("Set step status") if name == "status" else self.tr("Edit step")
        edit = UpdateStep(index.row(), {name: str(value)}, description)
        self._document.push(edit)
        return True

    # Drag and drop: rows move within the table ---------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [STEP_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        if rows:
            data.setData(STEP_MIME, QByteArray(str(rows[0]).encode("ascii")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(STEP_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged step to the drop position (one undoable "Move step")."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            source = int(bytes(data.data(STEP_MIME).data()).decode("ascii"))
        except ValueError:
            return False
        count = len(self._checklist.steps)
        if row >= 0:  # dropped between rows: go before ``row``
            target = row - 1 if row > source else row
        else:  # dropped onto a row: take its place; onto empty space: go last
            target = parent.row() if parent.isValid() else count - 1
        target = max(0, min(target, count - 1))
        if 0 <= source < count and target != source:
            self._document.push(MoveStep(source, target))
        # The document moved the row already; returning False stops the view removing one.
        return False

    # Following the document ----------------------------------------------------------------

    def _on_document_edit_applied(self, edit: Edit) -> None:
        after = self._document.checklist()
        if isinstance(edit, InsertStep):
            self.beginInsertRows(QModelIndex(), edit.index, edit.index)
            self._checklist = after
            self.endInsertRows()
        elif isinstance(edit, RemoveStep):
            self.beginRemoveRows(QModelIndex(), edit.index, edit.index)
            self._checklist = after
            self.endRemoveRows()
        elif isinstance(edit, MoveStep) and edit.source != edit.target:
            # Qt's destination is the row the step goes before, counted before the move.
            destination = edit.target + 1 if edit.target > edit.source else edit.target
            self.beginMoveRows(QModelIndex(), edit.source, edit.source, QModelIndex(), destination)
            self._checklist = after
            self.endMoveRows()
            self._renumber()
        elif isinstance(edit, UpdateStep):
            self._checklist = after
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(edit.index, 0), self.index(edit.index, last))
        elif after.steps != self._checklist.steps:
            self._on_document_reset()
        else:
            self._checklist = after
        if isinstance(edit, (InsertStep, RemoveStep)):
            self._renumber()

    def _on_document_reset(self) -> None:
        self.beginResetModel()
        self._checklist = self._document.checklist()
        self.endResetModel()

    def _renumber(self) -> None:
        if self._checklist.steps:
            last = len(self._checklist.steps) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, 0))
