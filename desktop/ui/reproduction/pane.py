"""The Reproduction tab: header, progress, steps table and step editor, with undo/redo.

Signals:
    checklist_changed(): the checklist changed (edit, undo, redo, load of another case).
    status_message(str): something the status bar should say.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.checklist import (
    Checklist,
    ChecklistLibrary,
    InsertStep,
    MoveStep,
    RemoveStep,
    Step,
    checklist_to_json,
    read_stored_checklist,
)
from desktop.ui.reproduction.document import ChecklistDocument
from desktop.ui.reproduction.header_form import HeaderForm
from desktop.ui.reproduction.progress_strip import ProgressStrip
from desktop.ui.reproduction.step_editor import StepEditor
from desktop.ui.reproduction.steps_model import StepsModel
from desktop.ui.reproduction.steps_table import StepsTable
from desktop.ui.reproduction.toolbar import build_toolbars

LibraryLoader = Callable[[], ChecklistLibrary]


def confirm_replace(parent: QWidget, what: str) -> bool:
    """Ask before a non-empty checklist is replaced (Ctrl+Z would still bring it back)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Pane", "Replace the checklist?"),
        QCoreApplication.translate(
            "Pane",
            "{what} replaces this case's checklist and its steps.\n\n"
            "You can take it back with Undo (Ctrl+Z).",
        ).format(what=what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class ReproductionPane(QWidget):
    """The per-case reproduction checklist; every change is undoable and autosaved."""

    checklist_changed = Signal()
    status_message = Signal(str)

    def __init__(self, load_library: LibraryLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reproductionPane")
        self.load_library = load_library
        self.document = ChecklistDocument(self)
        self.undo_stack = self.document.undo_stack
        self.model = StepsModel(self.document)
        self.table = StepsTable(self.document)
        self.table.setModel(self.model)
        self.header = HeaderForm(self.document)
        self.progress = ProgressStrip()
        self.step_editor = StepEditor(self.document, self.table.current_row)
        self.notice = QLabel()
        self.notice.setObjectName("checklistNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.actions_by_name: dict[str, QAction] = {}
        top_bar, steps_bar = build_toolbars(self)

        steps_box = QWidget()
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.setSpacing(2)
        steps_layout.addWidget(steps_bar)
        steps_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(steps_box)
        self.splitter.addWidget(self.step_editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(top_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.header)
        layout.addWidget(self.progress)
        layout.addWidget(self.splitter, 1)

        self.document.checklist_changed.connect(self._on_document_checklist_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self._on_document_checklist_changed()

    # The checklist -------------------------------------------------------------------------

    def checklist(self) -> Checklist:
        """The checklist on screen."""
        return self.document.checklist()

    def replace_checklist(self, checklist: Checklist, description: str = "") -> bool:
        """Replace the whole checklist as one undoable step, without asking."""
        description = description or self.tr("Replace checklist")
        return self.document.replace_undoably(checklist, description)

    def replace_with_confirmation(self, checklist: Checklist, description: str) -> bool:
        """Replace the checklist, asking first unless it is blank; return whether it was."""
        if self.checklist() != Checklist() and not confirm_replace(self, description):
            return False
        return self.replace_checklist(checklist, description)

    # Document binding (see desktop.ui.document_binding) -----------------------------------

    def document_json(self) -> str:
        """The case document to save."""
        return checklist_to_json(self.checklist())

    def show_document(self, content: str) -> None:
        """Show another case's saved checklist; its undo history starts fresh."""
        checklist, problem = read_stored_checklist(content)
        self.document.load(checklist)
        self.notice.setText(problem)
        self.notice.setVisible(bool(problem))
        if problem:
            self.status_message.emit(problem)

    # Steps ---------------------------------------------------------------------------------

    def add_step(self) -> None:
        """Add a blank step after the selected one (or at the end) and start editing it."""
        row = self.table.current_row()
        at = row + 1 if row >= 0 else len(self.checklist().steps)
        self.document.push(InsertStep(at, Step()))
        self.table.select_row(at)
        self.step_editor.editors["action"].setFocus()

    def remove_step(self) -> None:
        """Remove the selected step."""
        row = self.table.current_row()
        if row < 0:
            return
        self.document.push(RemoveStep(row))
        self.table.select_row(min(row, len(self.checklist().steps) - 1))

    def move_step(self, delta: int) -> None:
        """Move the selected step up (-1) or down (+1)."""
        row = self.table.current_row()
        target = row + delta
        if row < 0 or not 0 <= target < len(self.checklist().steps):
            return
        self.document.push(MoveStep(row, target))
        self.table.select_row(target)

    def new_blank(self) -> None:
        """Start over with a blank checklist (asks first; undoable)."""
        if self.replace_with_confirmation(Checklist(), self.tr("A new blank checklist")):
            self.status_message.emit(self.tr("New blank checklist; Ctrl+Z brings the old one back"))

    def focus_steps(self) -> None:
        """Put the keyboard focus in the steps table."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # Reacting ------------------------------------------------------------------------------

    def _on_document_checklist_changed(self) -> None:
        checklist = self.checklist()
        self.progress.show_checklist(checklist)
        self._update_actions()
        self.checklist_changed.emit()

    def _update_actions(self) -> None:
        row = self.table.current_row()
        count = len(self.checklist().steps)
        enabled = {
            "remove_step": row >= 0,
            "move_up": row > 0,
            "move_down": 0 <= row < count - 1,
        }
        for name, on in enabled.items():
            self.actions_by_name[name].setEnabled(on)

    def _on_model_reset(self) -> None:
        self.table.select_row(0)
        self.step_editor.refresh()
        self._update_actions()

    def _on_table_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.document.break_typing()
        self.step_editor.refresh()
        self._update_actions()
