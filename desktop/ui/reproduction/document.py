"""The checklist being edited: the current value plus a QUndoStack of core edits."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core.checklist import (
    Checklist,
    ChecklistValueError,
    Edit,
    ReplaceAll,
    UpdateHeader,
    UpdateStep,
)

TYPING_ID = 4711  # QUndoCommand.id() of text typed into one field; consecutive ones merge


class EditCommand(QUndoCommand):
    """A core :class:`Edit` on the undo stack; its inverse is taken from the checklist before."""

    def __init__(self, document: ChecklistDocument, edit: Edit, *, typing: bool = False) -> None:
        super().__init__(edit.description)
        self._document = document
        self.edit = edit
        self.inverse = edit.inverse(document.checklist())
        self.typing = typing

    def redo(self) -> None:
        self._document._apply(self.edit)

    def undo(self) -> None:
        self._document._apply(self.inverse)

    def id(self) -> int:
        return TYPING_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing into the same field of the same step (or header) is one undo step."""
        if not isinstance(other, EditCommand) or not (self.typing and other.typing):
            return False
        if _typing_target(self.edit) != _typing_target(other.edit):
            return False
        self.edit = other.edit
        return True


def _typing_target(edit: Edit) -> tuple[object, ...]:
    if isinstance(edit, UpdateStep):
        return ("step", edit.index, tuple(edit.changes))
    if isinstance(edit, UpdateHeader):
        return ("header", tuple(edit.changes))
    return ("other", id(edit))


class ChecklistDocument(QObject):
    """Holds the checklist; every user change goes through :meth:`push` and can be undone.

    Signals:
        edit_applied(object): a core edit (or an undo's inverse edit) changed the checklist.
        reset(): the checklist was replaced without undo (another case was opened).
        checklist_changed(): the checklist is different, for whatever reason.
    """

    edit_applied = Signal(object)
    reset = Signal()
    checklist_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checklist = Checklist()
        self.undo_stack = QUndoStack(self)

    def checklist(self) -> Checklist:
        """The checklist as it is now."""
        return self._checklist

    def push(self, edit: Edit, *, typing: bool = False) -> bool:
        """Make ``edit`` as one undoable step; return False if it changes nothing."""
        try:
            if edit.apply(self._checklist) == self._checklist:
                return False
        except ChecklistValueError:  # e.g. a step index that no longer exists
            return False
        self.undo_stack.push(EditCommand(self, edit, typing=typing))
        return True

    def replace_undoably(self, checklist: Checklist, description: str) -> bool:
        """Replace the whole checklist as one undoable step (template, import, history)."""
        return self.push(ReplaceAll(checklist, description))

    def load(self, checklist: Checklist) -> None:
        """Show another case's checklist; its undo history starts fresh."""
        self.undo_stack.clear()
        self._checklist = checklist
        self.reset.emit()
        self.checklist_changed.emit()

    def break_typing(self) -> None:
        """End the current typing run, so the next keystroke starts a new undo step."""
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(command, EditCommand):
            command.typing = False

    def _apply(self, edit: Edit) -> None:
        self._checklist = edit.apply(self._checklist)
        self.edit_applied.emit(edit)
        self.checklist_changed.emit()
