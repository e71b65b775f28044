"""Case → Checklist history…: browse saved versions (as Markdown) and restore one undoably."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.core.case import CHECKLIST
from desktop.core.checklist import checklist_to_markdown, read_stored_checklist
from desktop.ui import history_dialog

if TYPE_CHECKING:
    from desktop.ui.install_context import InstallContext
    from desktop.ui.reproduction.pane import ReproductionPane


def show_checklist_history(context: InstallContext, pane: ReproductionPane) -> bool:
    """Let the user restore a saved version of this case's checklist; return whether they did."""
    key, app = context.current_key, context.app
    if key is None:
        return False
    app.autosaver.flush()
    app.tasks.wait_for_writes(2000)  # include what was just changed
    versions = app.store.history(key, CHECKLIST)
    if not versions:
        QMessageBox.information(
            context.parent,
            QCoreApplication.translate("History", "Checklist history"),
            QCoreApplication.translate("History", "No saved checklist versions yet."),
        )
        return False
    readable = [
        replace(version, content=checklist_to_markdown(read_stored_checklist(version.content)[0]))
        for version in versions
    ]
    dialog = history_dialog.HistoryDialog(
        QCoreApplication.translate("History", "Checklist history"), readable, context.parent
    )
    if not dialog.exec() or dialog.chosen() is None:
        return False
    original = versions[dialog.list.currentRow()]
    checklist, problem = read_stored_checklist(original.content)
    if problem:
        pane.status_message.emit(problem)
    pane.replace_checklist(
        checklist, QCoreApplication.translate("History", "Restore checklist version")
    )
    pane.status_message.emit(
        QCoreApplication.translate("History", "Restored the checklist version; Ctrl+Z undoes it")
    )
    return True
